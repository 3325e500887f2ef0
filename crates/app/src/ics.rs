//! iCalendar (RFC 5545) output for one event, an invitation and the private feeds:
//! VTIMEZONE components computed from the tz database, stable UIDs, SEQUENCE, STATUS,
//! RRULE with EXDATE for cancelled occurrences and RECURRENCE-ID for moved ones. Text is
//! escaped and lines folded at 75 octets (never inside a UTF-8 character). No maintained
//! crate writes VTIMEZONE from the tz database, so this is written here; the tests read
//! it back with Python's `icalendar` and `recurring-ical-events`.

use crate::App;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use gctcp_store::calendar::{parse_local, Event, Exception};
use std::fmt::Write;

/// One VEVENT to write.
pub struct Vevent<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub stamp: DateTime<Utc>,
    pub title: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: Option<String>,
    pub tz: Tz,
    pub all_day: bool,
    /// Wall-clock start in `tz` (a date at midnight for all-day events).
    pub start: NaiveDateTime,
    pub duration: Duration,
    pub rrule: Option<&'a str>,
    /// Cancelled occurrences of the series (their original wall-clock starts).
    pub exdates: Vec<NaiveDateTime>,
    /// For a moved occurrence: the original start it replaces.
    pub recurrence_id: Option<NaiveDateTime>,
    pub cancelled: bool,
    pub organizer: Option<(&'a str, &'a str)>,
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets on character boundaries.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
}

/// The zone's offset changes between `from` and `to`: (instant, offset before, after,
/// whether the new offset is daylight time, its abbreviation).
fn transitions(
    tz: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, i32, i32, bool, String)> {
    let off = |t: DateTime<Utc>| {
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let mut out = Vec::new();
    let mut t = from;
    while t < to {
        let next = t + Duration::hours(12);
        if off(t) != off(next) {
            // Narrow the change down to the second (changes fall on whole seconds).
            let (mut lo, mut hi) = (t.timestamp(), next.timestamp());
            let at = |secs: i64| DateTime::from_timestamp(secs, 0).unwrap_or(t);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if off(at(mid)) == off(at(lo)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let (lo, hi) = (at(lo), at(hi));
            let o = tz.offset_from_utc_datetime(&hi.naive_utc());
            let dst = o.dst_offset() != Duration::zero();
            let name = o.abbreviation().unwrap_or("").to_string();
            out.push((hi, off(lo), off(hi), dst, name));
        }
        t = next;
    }
    out
}

/// A VTIMEZONE for `tz` covering the years `from`–`to`: every change as its own
/// STANDARD or DAYLIGHT component (what the zone really did and will do, without RRULE
/// approximations), or a single STANDARD one for zones without changes.
pub fn vtimezone(out: &mut String, tz: Tz, from: i32, to: i32) {
    let start = Utc
        .with_ymd_and_hms(from, 1, 1, 0, 0, 0)
        .single()
        .expect("a valid date");
    let end = Utc
        .with_ymd_and_hms(to + 1, 1, 1, 0, 0, 0)
        .single()
        .expect("a valid date");
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", tz.name()));
    let first = tz.offset_from_utc_datetime(&start.naive_utc());
    let changes = transitions(tz, start, end);
    if changes.is_empty() {
        let o = first.fix().local_minus_utc();
        line(out, "BEGIN:STANDARD");
        line(out, &format!("DTSTART:{}", local(start.naive_utc())));
        line(out, &format!("TZOFFSETFROM:{}", offset(o)));
        line(out, &format!("TZOFFSETTO:{}", offset(o)));
        if let Some(n) = first.abbreviation() {
            line(out, &format!("TZNAME:{}", text(n)));
        }
        line(out, "END:STANDARD");
    } else {
        // The offset in force at the start of the range, so every instant is covered.
        let o = first.fix().local_minus_utc();
        let kind = if first.dst_offset() != Duration::zero() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        line(out, &format!("BEGIN:{kind}"));
        line(
            out,
            &format!(
                "DTSTART:{}",
                local(start.naive_utc() + Duration::seconds(o as i64))
            ),
        );
        line(out, &format!("TZOFFSETFROM:{}", offset(o)));
        line(out, &format!("TZOFFSETTO:{}", offset(o)));
        line(out, &format!("END:{kind}"));
        for (at, before, after, dst, name) in changes {
            let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
            line(out, &format!("BEGIN:{kind}"));
            // DTSTART is the local time of the change in the offset before it.
            line(
                out,
                &format!(
                    "DTSTART:{}",
                    local(at.naive_utc() + Duration::seconds(before as i64))
                ),
            );
            line(out, &format!("TZOFFSETFROM:{}", offset(before)));
            line(out, &format!("TZOFFSETTO:{}", offset(after)));
            if !name.is_empty() {
                line(out, &format!("TZNAME:{}", text(&name)));
            }
            line(out, &format!("END:{kind}"));
        }
    }
    line(out, "END:VTIMEZONE");
}

fn when(out: &mut String, name: &str, e: &Vevent, t: NaiveDateTime) {
    if e.all_day {
        line(out, &format!("{name};VALUE=DATE:{}", date(t.date())));
    } else {
        line(out, &format!("{name};TZID={}:{}", e.tz.name(), local(t)));
    }
}

/// Writes one VEVENT.
pub fn vevent(out: &mut String, e: &Vevent) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", text(e.uid)));
    line(out, &format!("SEQUENCE:{}", e.sequence));
    line(out, &format!("DTSTAMP:{}", utc(e.stamp)));
    when(out, "DTSTART", e, e.start);
    when(out, "DTEND", e, e.start + e.duration);
    if let Some(r) = e.recurrence_id {
        when(out, "RECURRENCE-ID", e, r);
    }
    if let Some(rule) = e.rrule {
        line(out, &format!("RRULE:{rule}"));
        for x in &e.exdates {
            when(out, "EXDATE", e, *x);
        }
    }
    line(out, &format!("SUMMARY:{}", text(e.title)));
    if !e.description.is_empty() {
        line(out, &format!("DESCRIPTION:{}", text(e.description)));
    }
    if !e.location.is_empty() {
        line(out, &format!("LOCATION:{}", text(e.location)));
    }
    if let Some(u) = &e.url {
        line(out, &format!("URL:{u}"));
    }
    if let Some((name, email)) = e.organizer {
        line(
            out,
            &format!("ORGANIZER;CN=\"{}\":mailto:{email}", name.replace('"', "'")),
        );
    }
    line(
        out,
        if e.cancelled {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        },
    );
    line(out, "END:VEVENT");
}

/// A whole calendar: the zones the events use, then the events. `method` is PUBLISH for
/// feeds and downloads, REQUEST or CANCEL for invitations.
pub fn calendar(name: &str, method: &str, events: &[Vevent]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        "PRODID:-//UN Global Counter-Terrorism Coordination Platform//gctcp//EN",
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("METHOD:{method}"));
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    let mut zones: Vec<(Tz, i32, i32)> = Vec::new();
    for e in events.iter().filter(|e| !e.all_day) {
        let y = e.start.year();
        let last = match e.rrule {
            Some(_) => y + 5,
            None => y,
        };
        match zones.iter_mut().find(|(z, _, _)| *z == e.tz) {
            Some((_, a, b)) => {
                *a = (*a).min(y - 1);
                *b = (*b).max(last + 1);
            }
            None => zones.push((e.tz, y - 1, last + 1)),
        }
    }
    for (tz, a, b) in zones {
        vtimezone(&mut out, tz, a, b);
    }
    for e in events {
        vevent(&mut out, e);
    }
    line(&mut out, "END:VCALENDAR");
    let _ = write!(out, "");
    out
}

/// An event's VEVENTs: the series (with EXDATE for cancelled occurrences) and one per
/// moved occurrence (with RECURRENCE-ID).
pub fn vevents<'a>(
    app: &App,
    e: &'a Event,
    exceptions: &[Exception],
    organizer: Option<(&'a str, &'a str)>,
) -> Vec<Vevent<'a>> {
    let tz: Tz = e.time_zone.parse().unwrap_or(Tz::UTC);
    let Some(t) = e.timing() else { return vec![] };
    let url = app.config.link(&format!("/calendar/events/{}", e.id));
    let mut base = Vevent {
        uid: &e.uid,
        sequence: e.sequence,
        stamp: e.updated_at,
        title: &e.title,
        description: &e.description,
        location: if e.location.is_empty() {
            &e.online_url
        } else {
            &e.location
        },
        url: Some(url.clone()),
        tz,
        all_day: e.all_day,
        start: t.start,
        duration: t.duration,
        rrule: e.rrule.as_deref(),
        exdates: vec![],
        recurrence_id: None,
        cancelled: e.is_cancelled(),
        organizer,
    };
    let mut out = Vec::new();
    let mut moved = Vec::new();
    for x in exceptions.iter().filter(|x| x.event_id == e.id) {
        let Some(original) = parse_local(&x.original_local) else {
            continue;
        };
        if x.cancelled {
            base.exdates.push(original);
        } else if let (Some(l), Some(d)) = (
            x.local_start.as_deref().and_then(parse_local),
            x.duration_minutes,
        ) {
            moved.push((original, l, d, x.sequence));
        }
    }
    for (original, l, d, seq) in moved {
        out.push(Vevent {
            uid: &e.uid,
            sequence: e.sequence + seq,
            stamp: e.updated_at,
            title: &e.title,
            description: &e.description,
            location: base.location,
            url: Some(url.clone()),
            tz,
            all_day: e.all_day,
            start: l,
            duration: Duration::minutes(d),
            rrule: None,
            exdates: vec![],
            recurrence_id: Some(original),
            cancelled: e.is_cancelled(),
            organizer,
        });
    }
    out.insert(0, base);
    out
}

/// An event as an iCalendar file to attach to an e-mail (its series, without
/// exceptions: for a new event or a reminder).
pub fn event_file(app: &App, e: &Event) -> String {
    calendar(&e.title, "PUBLISH", &vevents(app, e, &[], None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters_and_text_is_escaped() {
        let mut out = String::new();
        let title = format!("SUMMARY:{}", text(&"é; a,b\\ ".repeat(20)));
        line(&mut out, &title);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.strip_suffix("\r\n"), Some(title.as_str()));
        assert!(title.contains("é\\; a\\,b\\\\ "));
    }

    #[test]
    fn a_zone_with_changes_lists_each_and_one_without_has_a_single_offset() {
        let mut out = String::new();
        vtimezone(&mut out, "Europe/Zurich".parse().unwrap(), 2027, 2027);
        assert!(out.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"), "{out}");
        assert!(
            out.contains("DTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"),
            "{out}"
        );
        let mut out = String::new();
        vtimezone(&mut out, "Africa/Nairobi".parse().unwrap(), 2027, 2028);
        assert_eq!(out.matches("BEGIN:STANDARD").count(), 1);
        assert!(out.contains("TZOFFSETTO:+0300"));
    }
}
