# The joint calendar.
nav-calendar = Calendar
cal-title = Calendar
cal-add = Add an event
cal-subscribe = Subscribe in my calendar app
cal-views = Calendar views
cal-agenda = Agenda
cal-week = Week
cal-month = Month
cal-filters = Filters
cal-filter-space = Space
cal-filter-pillar = Pillar
cal-filter-organizer = Organizer
cal-filter-mine = Only events I attend
cal-any = Any
cal-apply = Apply
cal-your-zone = Times are shown in your time zone: { $zone }.
cal-change-zone = Change it in your profile
cal-earlier = ‹ Earlier
cal-later = Later ›
cal-prev-week = ‹ Previous week
cal-next-week = Next week ›
cal-prev-month = ‹ Previous month
cal-next-month = Next month ›
cal-none = No events in these weeks.
cal-nothing = Nothing planned.
cal-today = Today
cal-more = { $count ->
    [one] { $count } more
   *[other] { $count } more
}
cal-cancelled = Cancelled
cal-moved = Moved
cal-moved-note = This occurrence was moved from its usual time.
cal-all-day = All day
cal-all-day-until = All day, until { $date }
# A date as the language writes it: weekday, day, month name, month number, year.
cal-date = { $weekday } { $day } { $month } { $year }
cal-month-year = { $month } { $year }
cal-weekday-1 = Monday
cal-weekday-2 = Tuesday
cal-weekday-3 = Wednesday
cal-weekday-4 = Thursday
cal-weekday-5 = Friday
cal-weekday-6 = Saturday
cal-weekday-7 = Sunday
cal-weekday-short-1 = Mon
cal-weekday-short-2 = Tue
cal-weekday-short-3 = Wed
cal-weekday-short-4 = Thu
cal-weekday-short-5 = Fri
cal-weekday-short-6 = Sat
cal-weekday-short-7 = Sun
cal-month-1 = January
cal-month-2 = February
cal-month-3 = March
cal-month-4 = April
cal-month-5 = May
cal-month-6 = June
cal-month-7 = July
cal-month-8 = August
cal-month-9 = September
cal-month-10 = October
cal-month-11 = November
cal-month-12 = December
cal-when = When
cal-your-time = your time ({ $zone })
cal-event-time = the event's time ({ $zone })
cal-repeats = Repeats
cal-every-day = { $n ->
    [one] Every day
   *[other] Every { $n } days
}
cal-every-week = { $n ->
    [one] Every week
   *[other] Every { $n } weeks
}
cal-every-month = { $n ->
    [one] Every month
   *[other] Every { $n } months
}
cal-every-year = { $n ->
    [one] Every year
   *[other] Every { $n } years
}
cal-on-days = {" "}on { $days }
cal-on-nth = { $nth ->
    [-1] {" "}on the last { $weekday }
    [1] {" "}on the first { $weekday }
    [2] {" "}on the second { $weekday }
    [3] {" "}on the third { $weekday }
   *[4] {" "}on the fourth { $weekday }
}
cal-until = , until { $date }
cal-count = { $n ->
    [one] , once
   *[other] , { $n } times
}
cal-location = Place
cal-online = Online meeting link
cal-organizer = Organizer
cal-space = Space
cal-no-space = None (the Compact's calendar)
cal-pillars = Pillars
cal-themes = Themes
cal-resources = Documents (agenda, minutes)
cal-resources-hint = Library links or numbers, one per line, e.g. /library/12.
cal-visibility = Who sees it
cal-members-only = Only the space's members see this event
cal-download-ics = Add to my calendar (.ics)
cal-answer-title = Will you attend?
cal-answer-attending = Attending
cal-answer-maybe = Maybe
cal-answer-declined = Not attending
cal-answer-waiting = On the waiting list
cal-answer-saved = Your answer is saved.
cal-answer-waiting-notice = The event is full: you are on the waiting list, and will be told if a place opens up.
cal-capacity = Places
cal-capacity-hint = Leave empty for no limit. Beyond it, people join a waiting list.
cal-waiting-count = { $count ->
    [one] { $count } waiting
   *[other] { $count } waiting
}
cal-attendees = { $count ->
    [one] { $count } attending
   *[other] { $count } attending
}
cal-no-attendees = Nobody has answered yet.
cal-attendees-csv = Attendee list (CSV)
cal-manage = Manage this event
cal-edit = Edit the event
cal-edit-this = Change this occurrence only
cal-edit-following = Change this and the following occurrences
cal-edit-all = Change the whole series
cal-this-only-time = Only the time of this one occurrence changes; the rest of the series stays as it is.
cal-cancel-this = Cancel this occurrence
cal-cancel-this-confirm = Cancel this occurrence? The others stay.
cal-cancel-event = Cancel the event
cal-cancel-confirm = Cancel the event? It stays in the calendar, marked as cancelled.
cal-delete = Delete
cal-delete-confirm = Delete the event from every calendar?
cal-field-title = Title
cal-field-start-date = Start date
cal-field-start-time = Start time
cal-field-end-date = End date
cal-field-end-time = End time
cal-field-zone = Time zone of the event
cal-zone-hint = The zone where the times above are meant: everyone else sees them converted to their own.
cal-field-repeat = Repeats
cal-repeat-none = Does not repeat
cal-repeat-daily = Daily
cal-repeat-weekly = Weekly
cal-repeat-monthly = Monthly
cal-repeat-yearly = Yearly
cal-field-interval = Every how many days, weeks, months or years
cal-field-weekdays = On these weekdays (weekly)
cal-field-monthly = Monthly on
cal-monthly-date = the same date
cal-monthly-weekday = the same weekday (e.g. the second Tuesday)
cal-field-ends = Ends
cal-ends-never = Never
cal-ends-until = On a date
cal-ends-count = After a number of times
cal-field-description = Description
cal-save = Save
cal-save-anyway = Save anyway
cal-clash-title = Other events at this time for the same space or organizer:
cal-clash-explain = Check whether this is intended. Saving again keeps your event as it is.
cal-subscribe-explain = Your private calendar address shows every event you may see in Outlook, Google Calendar or Apple Calendar, and keeps them up to date. Keep it to yourself: anyone with the address sees those events.
cal-feed-new = Your new calendar address:
cal-feed-address = Calendar address
cal-feed-once = It is shown only this once. Copy it into your calendar app (“Subscribe to calendar” / “From URL”). If you lose it, create a new one: the old one stops working.
cal-feed-active = You have a calendar address, created on { $since }.
cal-feed-none = You have no calendar address yet.
cal-feed-space = Which events
cal-feed-all = Every event I may see
cal-feed-create = Create my calendar address
cal-feed-regenerate = Replace my calendar address
cal-feed-revoke = Stop my calendar address
cal-feed-revoke-confirm = Stop the address? Calendar apps using it will no longer update.
cal-csv-name = Name
cal-csv-email = E-mail
cal-csv-org = Organization
cal-csv-answer = Answer
cal-csv-answered = Answered at
cal-error-title = Give the event a title.
cal-error-title-long = The title is too long (200 characters at most).
cal-error-description-long = The description is too long (8,000 characters at most).
cal-error-zone = Choose the event's time zone.
cal-error-start = Give a valid start date.
cal-error-start-time = Give a valid start time.
cal-error-end-time = Give a valid end time.
cal-error-end = The end must come after the start.
cal-error-too-long = An event lasts at most 14 days (62 days for all-day events); for longer, repeat it.
cal-error-interval = The interval is a whole number from 1 to 99.
cal-error-until = The end date of the series must be on or after its start.
cal-error-count = The number of times is a whole number from 1 to { $max }.
cal-error-text-long = This is too long (500 characters at most).
cal-error-url = The online meeting link must start with https:// or http://.
cal-error-space = You can add events only to spaces you are a member of.
cal-error-capacity = The number of places is a whole number of at least 1.
cal-error-resource = { $resource } is not a library document you can read.
cal-error-cancelled = The event is cancelled.
notice-event_place = A place opened up: you now attend this event.
notice-event_reminder = Reminder: this event starts within a day.
notice-kind-event_place = A place opens up for me at a full event
notice-kind-event_reminder = A reminder a day before an event I attend
event-event-created = Event added
event-event-changed = Event changed
event-event-occurrence_moved = One occurrence moved
event-event-occurrence_cancelled = One occurrence cancelled
event-event-series_split = Series changed from one occurrence on
event-event-cancelled = Event cancelled
event-event-deleted = Event deleted
event-calendar-feed_created = Calendar address created
event-calendar-feed_revoked = Calendar address stopped
notice-new_event = { $actor } added an event in { $space }.
notice-kind-new_event = A new event in one of my spaces
cal-places-taken = { $taken } of { $capacity } places taken
