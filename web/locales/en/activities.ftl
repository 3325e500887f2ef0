# The activity tracker: who does what, where and when.
nav-activities = Activities
activities-title = Activities
activities-intro = Workshops, trainings, assessment visits, expert meetings and other activities of the Compact's entities: who leads them, where, when, and how they are going.
activities-views = Views of the activities
activities-view-list = List
activities-view-timeline = Timeline
activities-view-where = Where
activity-add = Add an activity
activity-edit = Edit the activity
activity-back = ← All activities
activity-save = Save the activity
activity-saved = The activity was saved.
activity-update-added = Your progress update was added.
activity-search-label = Search activities
activity-search-placeholder = Title, description, entity or country
activity-sort-date = Latest first
activity-sort-earliest = Earliest first
activity-sort-recent = Recently changed
activity-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
activity-empty = No activity matches these filters.
activity-no-date = No date yet
activity-status = Status
activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-completed = Completed
activity-status-postponed = Postponed
activity-status-cancelled = Cancelled
activity-status-unchanged = Status unchanged
activity-kind = Kind of activity
activity-kind-workshop = Workshop
activity-kind-training = Training
activity-kind-assessment_visit = Assessment visit
activity-kind-expert_meeting = Expert meeting
activity-kind-expert_deployment = Deployment of experts
activity-kind-publication = Publication
activity-kind-conference = Conference
activity-kind-other = Other
activity-year = Year
activity-month = Month
activity-space = Space
activity-of-project = Activities of one project
activity-project = Project
activity-planned = Planned dates
activity-actual = Actual dates
activity-participants = Participants
activity-participants-hint = Where known. Leave blank what was not counted.
activity-women = Women
activity-men = Men
activity-others = Other or not recorded
activity-women-count = { $count ->
    [one] { $count } woman
   *[other] { $count } women
}
activity-men-count = { $count ->
    [one] { $count } man
   *[other] { $count } men
}
activity-others-count = { $count } other or not recorded
activity-outputs = Outputs (library documents)
activity-no-outputs = No output yet.
activity-events = Calendar events
activity-events-hint = Links to events of the calendar (or their numbers), one per line.
activity-progress = Progress
activity-update-label = Progress update
activity-update-status = Status after this update
activity-update-add = Add the update
activity-no-updates = No progress update yet.
activity-updates-count = { $count ->
    [one] { $count } progress update
   *[other] { $count } progress updates
}
activity-month-all = { $count ->
    [one] See the activity of this month
   *[other] See all { $count } activities of this month
}
activity-undated = { $count ->
    [one] { $count } activity has no date yet and is only in the list.
   *[other] { $count } activities have no date yet and are only in the list.
}
activity-where-note = An activity counts in each region it serves, by name or through a beneficiary country.
activity-global-count = { $count ->
    [one] { $count } activity is global (no beneficiary country or region).
   *[other] { $count } activities are global (no beneficiary country or region).
}
activity-about = About the activity
activity-field-description = Description
activity-lead-hint = Your own entity, or any entity for an activity of a space you chair.
activity-field-project = Project code
activity-project-hint = The code of the compendium project this activity belongs to, if any.
activity-participants-invalid = Enter participants as a whole number.
activity-kind-required = Choose the kind of activity.
activity-description-too-long = The description is too long (at most 10,000 characters).
activity-lead-not-yours = You may record activities your entity leads, or activities of a space you chair.
activity-project-unknown = No project has the code { $code }.
activity-event-unknown = No calendar event you can see is { $event }.
activity-update-required = Write the progress update.
activity-update-too-long = The update is too long (at most 5,000 characters).
activity-col-id = Number
activity-col-kind = Kind
activity-col-status = Status
activity-col-space = Space
activity-col-project = Project
activity-col-planned-start = Planned start
activity-col-planned-end = Planned end
activity-col-actual-start = Actual start
activity-col-actual-end = Actual end
activity-col-women = Women
activity-col-men = Men
activity-col-others = Other participants
activity-org-beneficiary = Activities for this country
activity-org-implementer = Activities this entity leads or partners in
activity-all = { $count ->
    [one] See the activity in the list
   *[other] See all { $count } activities in the list
}
activity-project-heading = Activities of this project
event-activity-created = Activity added
event-activity-changed = Activity changed
event-activity-progress = Activity progress update
