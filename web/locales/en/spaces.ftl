# Spaces and notifications (crates/server/src/spaces.rs, notifications.rs; crates/app/src/notify.rs)
nav-spaces = Spaces
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $count } new)
   *[other] Notifications ({ $count } new)
}
spaces-title = Working groups and spaces
spaces-home-intro = The eight inter-agency working groups of the Compact and the other spaces where focal points work together. Open spaces can be read by every focal point and joined with a chair's approval; closed spaces are for members invited by their chairs.
spaces-new = Create a space
spaces-create = Create the space
spaces-mine = My spaces
spaces-all = All spaces
spaces-others = Other spaces
spaces-none-other = You are a member of every space.
space-open = Open
space-closed = Closed
space-field-name = Name
space-field-purpose = Purpose
space-field-pillar = Pillar of the Strategy
space-pillar-none = None
space-field-access = Who may read it
space-open-explained = Open: every focal point may read it and ask to join; a chair approves.
space-closed-explained = Closed: only its members read it; its chairs invite them.
space-new-chair = You will be the space's chair: you can then invite members and appoint other chairs.
space-you-are = You are { $role }
space-purpose = Purpose
space-no-purpose = No purpose has been written yet.
space-lead-entities = Chairing entities
space-lead-people = Chairs and vice-chairs
space-membership = Membership
space-leave = Leave this space
space-leave-chair-hint = A chair can leave once another chair has been appointed.
space-request-pending-since = Your request to join is waiting for a chair's decision (sent { $when }).
space-request-message = Message to the chairs (optional)
space-request = Ask to join
space-requests = { $count ->
    [0] Requests to join
    [one] { $count } request to join
   *[other] { $count } requests to join
}
space-no-requests = No request is waiting.
space-decision-note = Note to the person (optional)
space-approve = Approve
space-decline = Decline
space-role-of = Role of { $name }
space-change-role = Change role
space-documents = Recent documents
space-no-documents = No document has been shared in this space yet.
space-all-documents = { $count ->
    [one] The { $count } document of this space
   *[other] All { $count } documents of this space
}
space-done-requested = Your request has been sent to the chairs.
space-done-approved = The request has been approved: the person is now a member.
space-done-declined = The request has been declined.
space-done-added = The member has been added.
space-done-role-changed = The role has been changed.
space-done-removed = The member has been removed.
space-done-left = You have left the space.
space-done-created = The space has been created. You are its chair.
space-name-required = Give the space a name.
space-name-too-long = The name is too long (at most 120 characters).
space-purpose-too-long = The purpose is too long (at most 4,000 characters).
space-pillar-unknown = Choose one of the four pillars, or none.
space-message-too-long = The message is too long (at most 1,000 characters).
space-request-pending = You have already asked to join; the chairs will decide.
space-request-decided = This request has already been decided.
space-last-chair = A space keeps at least one chair: appoint another chair first.
notifications-title = Notifications
notifications-read-all = Mark all as read
notifications-none = Nothing new. You will be told here when someone asks to join a space you lead, answers your request, or changes your membership.
notifications-unread = Unread
notice-someone = Someone
notice-open = Open
notice-why = You receive this e-mail because of your role on the UN Global Counter-Terrorism Coordination Platform.
notice-join_request = { $actor } asks to join { $space }.
notice-join_approved = Your request to join { $space } was approved.
notice-join_declined = Your request to join { $space } was declined.
notice-space_added = { $actor } added you to { $space }.
notice-space_role_changed = { $actor } changed your role in { $space }: { $role }.
notice-space_removed = { $actor } removed you from { $space }.
event-space-created = Space created
event-space-join_requested = Asked to join a space
event-space-join_approved = Join request approved
event-space-join_declined = Join request declined
event-space-left = Left a space

space-pinned = Pinned
space-pin = Pin “{ $title }” to this space
space-unpin = Unpin “{ $title }”
space-done-pinned = Pinned to the space's home.
space-done-unpinned = Unpinned.
event-space-pinned = Pinned to a space
event-space-unpinned = Unpinned from a space

# Discussions (crates/server/src/discussions.rs)
discussions-title = Discussions
discussions-none = No discussion yet.
discussions-count = { $count ->
    [one] { $count } discussion
   *[other] { $count } discussions
}
discussions-all = { $count ->
    [0] Discussions
    [one] The { $count } discussion
   *[other] All { $count } discussions
}
discussions-all-and-start = All discussions, or start one
discussions-new = New
discussions-replies = { $count ->
    [0] no replies
    [one] { $count } reply
   *[other] { $count } replies
}
discussions-start = Start a discussion
discussions-start-submit = Post
discussions-field-title = Subject
discussions-field-body = Message
discussions-field-reply = Your reply
discussions-markdown-hint = Markdown works: **bold**, *italics*, lists, [links](https://…), links to library resources. Type @ and a name to mention someone who can read this space.
discussions-following = You follow this discussion: replies are in your notifications.
discussions-muted = You muted this discussion.
discussions-follow = Follow
discussions-mute = Mute
discussions-edited = edited
discussions-removed = This message was removed.
discussions-edit = Edit
discussions-remove = Remove
discussions-reply = Reply
discussions-reply-submit = Send the reply
discussions-members-only = Only the members of this space write here.
discussions-back = Back to the discussion
discussions-edit-window = A message can be edited for 15 minutes after it is sent; it then shows as edited.
discussions-save = Save
discussion-title-required = Give the discussion a subject.
discussion-title-too-long = The subject is too long (at most 200 characters).
discussion-body-required = Write a message.
discussion-body-too-long = The message is too long (at most 20,000 characters).
notice-mention = { $actor } mentioned you in { $space }.
notice-thread_reply = { $actor } replied in a discussion you follow in { $space }.
notice-new_thread = { $actor } started a discussion in { $space }.
event-discussion-post_removed = Message removed by a moderator
notice-new_document = { $actor } shared a document in { $space }.
discussions-attach-label = Attach files (optional)
discussions-attach-hint = Up to 10 files, { $mb } MB in all. Each becomes a document in the library, readable by exactly those who can read this discussion; you can describe it further there.
discussions-attachments = Attached files
discussions-attachment-page = in the library
discussion-too-many-files = Attach at most 10 files to one message.
space-events = Upcoming events
space-no-events = No event planned in the next two months.
space-all-events = The space's calendar
