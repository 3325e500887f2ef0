"""Reads an iCalendar file with icalendar and recurring-ical-events (independent
implementations of RFC 5545) and prints, as JSON, what a calendar client would show
between two dates given as arguments (YYYY-MM-DD): every occurrence with its start and
end as ISO 8601 instants in UTC (or dates for all-day events), its UID, summary, status
and RECURRENCE-ID. Also prints the calendar's events as parsed (UID, SEQUENCE, RRULE,
EXDATE count), and fails on anything the parsers reject."""
import datetime
import json
import sys

import icalendar
import recurring_ical_events

text = sys.stdin.buffer.read()
cal = icalendar.Calendar.from_ical(text)
start = datetime.date.fromisoformat(sys.argv[1])
end = datetime.date.fromisoformat(sys.argv[2])


def instant(v):
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None:
            raise SystemExit("floating date-time in output: %r" % v)
        return v.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return v.isoformat()


occurrences = []
for ev in recurring_ical_events.of(cal).between(start, end):
    rid = ev.get("RECURRENCE-ID")
    occurrences.append({
        "uid": str(ev.get("UID")),
        "summary": str(ev.get("SUMMARY")),
        "start": instant(ev.decoded("DTSTART")),
        "end": instant(ev.decoded("DTEND")),
        "status": str(ev.get("STATUS", "")),
        "recurrence_id": instant(rid.dt) if rid is not None else None,
        "sequence": int(ev.get("SEQUENCE", 0)),
    })
occurrences.sort(key=lambda o: (o["start"], o["uid"]))
events = []
for ev in cal.walk("VEVENT"):
    ex = ev.get("EXDATE")
    exdates = 0
    if ex is not None:
        for e in ex if isinstance(ex, list) else [ex]:
            exdates += len(e.dts)
    events.append({
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "rrule": ev.get("RRULE").to_ical().decode() if ev.get("RRULE") else None,
        "exdates": exdates,
        "status": str(ev.get("STATUS", "")),
        "tzid": ev.get("DTSTART").params.get("TZID"),
        "recurrence_id": instant(ev.decoded("RECURRENCE-ID")) if ev.get("RECURRENCE-ID") else None,
    })
zones = [str(z.get("TZID")) for z in cal.walk("VTIMEZONE")]

# Our VTIMEZONE components, read as they stand (not replaced by the tz database), must
# give every occurrence the offset the tz database gives it.
import zoneinfo

zone_mismatches = []
for comp in cal.walk("VTIMEZONE"):
    tzid = str(comp.get("TZID"))
    ours = comp.to_tz(lookup_tzid=False)
    real = zoneinfo.ZoneInfo(tzid)
    for o in occurrences:
        if len(o["start"]) <= 10:
            continue
        t = datetime.datetime.strptime(o["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        a, b = t.astimezone(ours).utcoffset(), t.astimezone(real).utcoffset()
        if a != b:
            zone_mismatches.append([tzid, o["start"], str(a), str(b)])
print(json.dumps({"occurrences": occurrences, "events": events, "zones": zones,
                  "zone_mismatches": zone_mismatches}, ensure_ascii=False))
