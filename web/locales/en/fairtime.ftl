# The fair-time finder.
fair-title = Find a fair time
fair-explain = Members of the Compact work in every time zone. Choose a space or some organizations: this shows, for each hour of next week, how many of their people are in working hours (09:00–17:00, Monday to Friday, their own time), the fairest hours, and for a series, hours to rotate between so that the same region does not always meet at night.
fair-space = Members of a space
fair-orgs = And/or the people of these organizations
fair-orgs-hint = Codes separated by commas, e.g. KEN, UNODC, JOR.
fair-find = Find fair times
fair-unknown = Unknown organization codes: { $codes }
fair-people = { $count ->
    [one] { $count } person, in these time zones
   *[other] { $count } people, in these time zones
}
fair-best = The fairest hours
fair-rotation = For a series: rotate between
fair-rotation-explain = Each meeting of the series at the next of these hours: whoever has an early, late or night meeting changes from one to the next.
fair-working = { $count ->
    [one] { $count } in working hours
   *[other] { $count } in working hours
}
fair-outside = outside working hours: { $zones }
fair-map = Who is in working hours, hour by hour
fair-map-explain = Next week, in your time zone ({ $zone }); each cell is the number of people then in their working hours. Darker is better.
fair-hour = Hour
fair-nobody = Nobody found: choose a space with members or organizations with people.
