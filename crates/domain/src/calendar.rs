//! The joint calendar's rules: an event's time (a wall-clock start in its IANA zone, or
//! whole days that are the same days everywhere), its recurrence (the RFC 5545 RRULE
//! subset people can edit: daily, weekly on given weekdays, monthly by date or by
//! weekday, yearly; an interval; until a date or a count), and the expansion of a series
//! into occurrences — done by the `rrule` crate in the event's own zone, so a weekly
//! 10:00 Geneva meeting stays at 10:00 in Geneva across daylight-saving changes.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

/// At most this many occurrences are expanded for one view of one series.
pub const EXPAND_MAX: u16 = 2_000;
/// A series may not run for more occurrences than this (a count).
pub const COUNT_MAX: u32 = 1_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freq {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

impl Freq {
    pub fn code(self) -> &'static str {
        match self {
            Freq::Daily => "daily",
            Freq::Weekly => "weekly",
            Freq::Monthly => "monthly",
            Freq::Yearly => "yearly",
        }
    }

    pub fn parse(s: &str) -> Option<Freq> {
        Some(match s {
            "daily" => Freq::Daily,
            "weekly" => Freq::Weekly,
            "monthly" => Freq::Monthly,
            "yearly" => Freq::Yearly,
            _ => return None,
        })
    }

    fn rrule(self) -> &'static str {
        match self {
            Freq::Daily => "DAILY",
            Freq::Weekly => "WEEKLY",
            Freq::Monthly => "MONTHLY",
            Freq::Yearly => "YEARLY",
        }
    }
}

/// How a monthly series finds its day: the start's date (the 14th), or the start's
/// weekday in the month (the second Tuesday; the last Friday when the start is the fifth).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MonthlyBy {
    #[default]
    Date,
    Weekday,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum End {
    #[default]
    Never,
    /// The last day an occurrence may start on (in the event's zone).
    Until(NaiveDate),
    Count(u32),
}

/// A series' rule as people edit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurrence {
    pub freq: Freq,
    /// Every `interval` days, weeks, months or years (1 or more).
    pub interval: u32,
    /// Weekly: the weekdays (empty: the start's weekday).
    pub weekdays: Vec<Weekday>,
    pub monthly: MonthlyBy,
    pub end: End,
}

fn weekday_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

fn weekday_from_code(s: &str) -> Option<Weekday> {
    Some(match s {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// The ordinal of a date's weekday in its month: 1–4, or -1 for a fifth (the last).
pub fn nth_weekday(date: NaiveDate) -> i32 {
    let n = (date.day0() / 7 + 1) as i32;
    if n == 5 {
        -1
    } else {
        n
    }
}

impl Recurrence {
    /// The RRULE value (without "RRULE:") for a series starting at `start` (wall clock
    /// in `tz`; `all_day`: whole days). UNTIL is UTC for timed series (RFC 5545 requires
    /// it with a zoned DTSTART) and a date for all-day ones.
    pub fn to_rrule(&self, start: NaiveDateTime, tz: Tz, all_day: bool) -> String {
        let mut parts = vec![format!("FREQ={}", self.freq.rrule())];
        if self.interval > 1 {
            parts.push(format!("INTERVAL={}", self.interval));
        }
        match self.freq {
            Freq::Weekly => {
                let mut days = self.weekdays.clone();
                if days.is_empty() {
                    days.push(start.weekday());
                }
                days.sort_by_key(|d| d.num_days_from_monday());
                days.dedup();
                let codes: Vec<&str> = days.into_iter().map(weekday_code).collect();
                parts.push(format!("BYDAY={}", codes.join(",")));
            }
            Freq::Monthly if self.monthly == MonthlyBy::Weekday => {
                let d = start.date();
                parts.push(format!(
                    "BYDAY={}{}",
                    nth_weekday(d),
                    weekday_code(d.weekday())
                ));
            }
            _ => {}
        }
        match self.end {
            End::Never => {}
            End::Count(n) => parts.push(format!("COUNT={n}")),
            End::Until(day) => {
                if all_day {
                    parts.push(format!("UNTIL={}", day.format("%Y%m%d")));
                } else {
                    let last = day.and_hms_opt(23, 59, 59).expect("a valid time");
                    let utc = local_to_utc(last, tz);
                    parts.push(format!("UNTIL={}", utc.format("%Y%m%dT%H%M%SZ")));
                }
            }
        }
        parts.join(";")
    }

    /// Reads back a rule this module wrote (None for anything else).
    pub fn parse(rrule: &str, tz: Tz) -> Option<Recurrence> {
        let mut r = Recurrence {
            freq: Freq::Daily,
            interval: 1,
            weekdays: vec![],
            monthly: MonthlyBy::Date,
            end: End::Never,
        };
        let mut freq = None;
        for part in rrule.split(';') {
            let (k, v) = part.split_once('=')?;
            match k {
                "FREQ" => {
                    freq = Some(match v {
                        "DAILY" => Freq::Daily,
                        "WEEKLY" => Freq::Weekly,
                        "MONTHLY" => Freq::Monthly,
                        "YEARLY" => Freq::Yearly,
                        _ => return None,
                    })
                }
                "INTERVAL" => r.interval = v.parse().ok().filter(|n| *n >= 1)?,
                "COUNT" => r.end = End::Count(v.parse().ok()?),
                "UNTIL" => {
                    let day = if v.len() == 8 {
                        NaiveDate::parse_from_str(v, "%Y%m%d").ok()?
                    } else {
                        let utc = NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%SZ").ok()?;
                        Utc.from_utc_datetime(&utc).with_timezone(&tz).date_naive()
                    };
                    r.end = End::Until(day);
                }
                "BYDAY" => {
                    for code in v.split(',') {
                        let letters = &code[code.len().saturating_sub(2)..];
                        let day = weekday_from_code(letters)?;
                        if code.len() > 2 {
                            r.monthly = MonthlyBy::Weekday;
                        } else {
                            r.weekdays.push(day);
                        }
                    }
                }
                _ => return None,
            }
        }
        r.freq = freq?;
        if r.freq != Freq::Weekly {
            r.weekdays.clear();
        }
        Some(r)
    }
}

/// The instant a wall-clock time in `tz` names. A time skipped by a daylight-saving
/// change is read as the same wall-clock time one hour later (as calendar clients do);
/// a repeated one as its first occurrence.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        chrono::LocalResult::None => tz
            .from_local_datetime(&(local + Duration::hours(1)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&local)),
    }
}

/// An event's timing: where its series starts and how long each occurrence lasts.
#[derive(Clone, Debug)]
pub struct Timing<'a> {
    /// The first occurrence's start, wall clock in `tz` (midnight for all-day events).
    pub start: NaiveDateTime,
    pub tz: Tz,
    pub all_day: bool,
    /// Each occurrence's length (whole days for all-day events).
    pub duration: Duration,
    /// The RRULE value, if the event repeats.
    pub rrule: Option<&'a str>,
}

/// One occurrence of a series, named by its original start (the RECURRENCE-ID).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    /// The original start, wall clock in the event's zone (a date at midnight for
    /// all-day events).
    pub local: NaiveDateTime,
    /// Its instant (for all-day events: midnight UTC of the date, a key only).
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Timing<'_> {
    /// The zone occurrences are computed in: the event's, or UTC for all-day events,
    /// whose dates are the same everywhere ("floating").
    fn zone(&self) -> Tz {
        if self.all_day {
            Tz::UTC
        } else {
            self.tz
        }
    }

    fn occurrence(&self, local: NaiveDateTime) -> Occurrence {
        let start = local_to_utc(local, self.zone());
        // An occurrence lasts its wall-clock length: a 2-hour meeting across a change
        // still ends two hours of wall-clock time after it starts.
        let end = local_to_utc(local + self.duration, self.zone());
        Occurrence { local, start, end }
    }

    /// The occurrences that start before `to` and end after `from` (for all-day
    /// events, callers widen the window to cover the dates they show), at most
    /// `EXPAND_MAX`; a rule this module cannot read yields the first occurrence only.
    pub fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Occurrence> {
        let Some(rule) = self.rrule else {
            let o = self.occurrence(self.start);
            return if o.start < to && o.end > from {
                vec![o]
            } else {
                vec![]
            };
        };
        let zone = self.zone();
        let rtz = rrule::Tz::Tz(zone);
        let dt_start = rtz
            .from_local_datetime(&self.start)
            .earliest()
            .unwrap_or_else(|| {
                rtz.from_utc_datetime(&self.occurrence(self.start).start.naive_utc())
            });
        let set = rule
            .parse::<rrule::RRule<rrule::Unvalidated>>()
            .and_then(|r| r.build(dt_start));
        let Ok(set) = set else {
            return self.between_single(from, to);
        };
        // Starts from `from - duration` still overlap the window.
        let after = rtz.from_utc_datetime(&(from - self.duration).naive_utc());
        let before = rtz.from_utc_datetime(&to.naive_utc());
        set.after(after)
            .before(before)
            .all(EXPAND_MAX)
            .dates
            .into_iter()
            .map(|d| self.occurrence(d.naive_local()))
            .filter(|o| o.start < to && o.end > from)
            .collect()
    }

    fn between_single(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Occurrence> {
        Timing {
            rrule: None,
            ..self.clone()
        }
        .between(from, to)
    }

    /// The occurrence of this series that originally starts at `local`, if there is one.
    pub fn occurrence_at(&self, local: NaiveDateTime) -> Option<Occurrence> {
        let o = self.occurrence(local);
        self.between(o.start, o.start + Duration::seconds(1))
            .into_iter()
            .find(|x| x.local == local)
    }

    /// When the series ends (the last occurrence's end), or None if it never does.
    pub fn last_end(&self) -> Option<DateTime<Utc>> {
        let Some(rule) = self.rrule else {
            return Some(self.occurrence(self.start).end);
        };
        let r = Recurrence::parse(rule, self.zone())?;
        match r.end {
            End::Never => None,
            End::Until(day) => {
                let last = day.and_hms_opt(23, 59, 59).expect("a valid time");
                Some(local_to_utc(last, self.zone()) + self.duration)
            }
            End::Count(_) => {
                let far = Utc::now() + Duration::days(366 * 200);
                let all = self.between(self.occurrence(self.start).start, far);
                all.last().map(|o| o.end)
            }
        }
    }
}

/// A zone as people say it: its city ("America/Argentina/Buenos_Aires" → "Buenos
/// Aires"), or the identifier for zones without one ("UTC"). Geneva, a main UN duty
/// station, has no zone of its own in the tz database: it shares Zurich's, which the
/// Compact knows as Geneva's.
pub fn zone_city(id: &str) -> String {
    if id == "Europe/Zurich" {
        return "Geneva".to_string();
    }
    id.rsplit('/').next().unwrap_or(id).replace('_', " ")
}

/// A zone's offset from UTC at an instant, as "UTC+3", "UTC−10", "UTC+5:30".
pub fn utc_offset(tz: Tz, at: DateTime<Utc>) -> String {
    use chrono::Offset;
    let secs = at.with_timezone(&tz).offset().fix().local_minus_utc();
    let sign = if secs < 0 { '−' } else { '+' };
    let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    if secs == 0 {
        "UTC".to_string()
    } else if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        Utc.from_utc_datetime(&at(s))
    }

    #[test]
    fn a_weekly_geneva_meeting_stays_at_ten_in_geneva_across_both_changes() {
        let geneva: Tz = "Europe/Zurich".parse().unwrap();
        let rule = Recurrence {
            freq: Freq::Weekly,
            interval: 1,
            weekdays: vec![Weekday::Tue],
            monthly: MonthlyBy::Date,
            end: End::Until(NaiveDate::from_ymd_opt(2027, 11, 30).unwrap()),
        }
        .to_rrule(at("2027-03-02 10:00"), geneva, false);
        assert!(
            rule.starts_with("FREQ=WEEKLY;BYDAY=TU;UNTIL=20271130T225959Z"),
            "{rule}"
        );
        let t = Timing {
            start: at("2027-03-02 10:00"),
            tz: geneva,
            all_day: false,
            duration: Duration::minutes(90),
            rrule: Some(&rule),
        };
        let all = t.between(utc("2027-01-01 00:00"), utc("2028-01-01 00:00"));
        assert_eq!(all.len(), 40);
        assert!(all
            .iter()
            .all(|o| o.local.format("%H:%M").to_string() == "10:00"));
        // Before 28 March Geneva is UTC+1, then UTC+2 until 31 October.
        assert_eq!(all[0].start, utc("2027-03-02 09:00"));
        assert_eq!(all[4].start, utc("2027-03-30 08:00"));
        assert_eq!(all[4].end, utc("2027-03-30 09:30"));
        let nov = all
            .iter()
            .find(|o| o.local.date() == NaiveDate::from_ymd_opt(2027, 11, 2).unwrap());
        assert_eq!(nov.unwrap().start, utc("2027-11-02 09:00"));
        // Seen from New York, whose changes fall on other days, it moves.
        let ny: Tz = "America/New_York".parse().unwrap();
        let hours: Vec<String> = all
            .iter()
            .map(|o| o.start.with_timezone(&ny).format("%H:%M").to_string())
            .collect();
        assert_eq!(hours[0], "04:00"); // both on winter time
        assert_eq!(hours[2], "05:00"); // New York changed on 14 March, Geneva not yet
        assert_eq!(hours[4], "04:00"); // both on summer time
        assert_eq!(
            Recurrence::parse(&rule, geneva).unwrap().end,
            End::Until(NaiveDate::from_ymd_opt(2027, 11, 30).unwrap())
        );
    }

    #[test]
    fn monthly_by_weekday_and_last_weekday() {
        let tz: Tz = "Africa/Nairobi".parse().unwrap();
        // 29 March 2027 is the fifth Monday: the series is on every last Monday.
        let start = at("2027-03-29 14:00");
        let r = Recurrence {
            freq: Freq::Monthly,
            interval: 1,
            weekdays: vec![],
            monthly: MonthlyBy::Weekday,
            end: End::Count(3),
        };
        let rule = r.to_rrule(start, tz, false);
        assert_eq!(rule, "FREQ=MONTHLY;BYDAY=-1MO;COUNT=3");
        let t = Timing {
            start,
            tz,
            all_day: false,
            duration: Duration::hours(1),
            rrule: Some(&rule),
        };
        let days: Vec<String> = t
            .between(utc("2027-01-01 00:00"), utc("2028-01-01 00:00"))
            .iter()
            .map(|o| o.local.format("%Y-%m-%d").to_string())
            .collect();
        assert_eq!(days, ["2027-03-29", "2027-04-26", "2027-05-31"]);
        assert_eq!(Recurrence::parse(&rule, tz), Some(r));
        assert_eq!(t.last_end(), Some(utc("2027-05-31 12:00")));
    }

    #[test]
    fn all_day_events_keep_their_dates_and_a_skipped_hour_moves_forward() {
        let t = Timing {
            start: at("2027-06-10 00:00"),
            tz: "Pacific/Honolulu".parse().unwrap(),
            all_day: true,
            duration: Duration::days(2),
            rrule: Some("FREQ=YEARLY;COUNT=2"),
        };
        let all = t.between(utc("2027-01-01 00:00"), utc("2029-01-01 00:00"));
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].local, at("2028-06-10 00:00"));
        assert_eq!(all[1].end, utc("2028-06-12 00:00"));
        // 02:30 on 28 March 2027 does not exist in Geneva: it is read as 03:30.
        let geneva: Tz = "Europe/Zurich".parse().unwrap();
        assert_eq!(
            local_to_utc(at("2027-03-28 02:30"), geneva),
            utc("2027-03-28 01:30")
        );
        assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(
            utc_offset("Asia/Kolkata".parse().unwrap(), utc("2027-01-01 00:00")),
            "UTC+5:30"
        );
        assert_eq!(
            utc_offset("Pacific/Honolulu".parse().unwrap(), utc("2027-01-01 00:00")),
            "UTC−10"
        );
    }
}
