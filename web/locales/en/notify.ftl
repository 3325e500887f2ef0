# Notification settings and digests (crates/app/src/notify.rs, digests.rs; crates/server/src/notifications.rs)
notice-settings = Choose what you receive by e-mail, and how often: { $url }
notifications-settings = E-mail settings
notifications-settings-intro = Everything always appears in your notifications here. Choose, for each kind, whether it is also e-mailed to you at once, gathered in a daily or weekly digest (sent at 07:00 in your time zone), or not e-mailed.
notifications-settings-saved = Your choices have been saved.
notifications-settings-save = Save my choices
notifications-kind = Kind of notification
delivery-immediately = At once
delivery-daily = Daily digest
delivery-weekly = Weekly digest
delivery-off = Not by e-mail
notice-kind-mention = Someone mentions me in a discussion
notice-kind-thread_reply = A reply in a discussion I follow
notice-kind-new_thread = A new discussion in one of my spaces
notice-kind-join_request = Someone asks to join a space I lead
notice-kind-join_approved = My request to join a space is approved
notice-kind-join_declined = My request to join a space is declined
notice-kind-space_added = I am added to a space
notice-kind-space_role_changed = My role in a space changes
notice-kind-space_removed = I am removed from a space
digest-daily-subject = { $count ->
    [one] Your daily digest: { $count } new notification
   *[other] Your daily digest: { $count } new notifications
}
digest-weekly-subject = { $count ->
    [one] Your weekly digest: { $count } new notification
   *[other] Your weekly digest: { $count } new notifications
}
digest-daily-intro = { $count ->
    [one] Since yesterday, { $count } thing happened that you asked to hear about:
   *[other] Since yesterday, { $count } things happened that you asked to hear about:
}
digest-weekly-intro = { $count ->
    [one] This week, { $count } thing happened that you asked to hear about:
   *[other] This week, { $count } things happened that you asked to hear about:
}
digest-open = Open my notifications
digest-unsubscribe = To stop this digest in one click: { $url }
unsubscribe-title = Stop a digest
unsubscribe-explain = This stops the e-mail digest this link came with. Your notifications stay on the platform, and you can choose again at any time in your e-mail settings.
unsubscribe-confirm = Stop this digest
unsubscribe-done-daily = The daily digest is stopped.
unsubscribe-done-weekly = The weekly digest is stopped.
notice-kind-new_document = A new document in one of my spaces
