//! The fair-time finder: for the people of a meeting (their time zones), each hour of a
//! week scored by how many are in their working hours and by the burden on the others —
//! early or late hours cost a little, nights and weekends a lot — so the fairest slots
//! can be suggested, and for a series a rotation that shares the burden across zones
//! instead of always giving the night to the same region.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc, Weekday};
use chrono_tz::Tz;

/// Working hours, local time: 09:00–17:00, Monday to Friday.
const WORK: std::ops::Range<u32> = 9..17;
/// Early or late but bearable: 07:00–09:00 and 17:00–20:00.
fn edge(h: u32) -> bool {
    (7..9).contains(&h) || (17..20).contains(&h)
}

/// What one hour costs one person: 0 in working hours, 1 early or late, 3 at night or on
/// a weekend.
pub fn burden(local: DateTime<Tz>) -> u32 {
    if matches!(local.weekday(), Weekday::Sat | Weekday::Sun) {
        return 3;
    }
    let h = local.hour();
    if WORK.contains(&h) {
        0
    } else if edge(h) {
        1
    } else {
        3
    }
}

/// One hour of the week for the whole group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The hour's start.
    pub start: DateTime<Utc>,
    /// People in their working hours.
    pub working: usize,
    /// The group's summed burden.
    pub burden: u32,
    /// The zones (with how many people) for whom this hour is outside working hours.
    pub burdened: Vec<(Tz, usize)>,
}

/// Every hour of the week from `monday` (an instant, usually a Monday 00:00 in the
/// reader's zone) for people in `zones` (zone, how many people).
pub fn week(zones: &[(Tz, usize)], monday: DateTime<Utc>) -> Vec<Slot> {
    (0..168)
        .map(|h| {
            let start = monday + Duration::hours(h);
            let mut slot = Slot {
                start,
                working: 0,
                burden: 0,
                burdened: vec![],
            };
            for (tz, n) in zones {
                let b = burden(start.with_timezone(tz));
                if b == 0 {
                    slot.working += n;
                } else {
                    slot.burden += b * *n as u32;
                    slot.burdened.push((*tz, *n));
                }
            }
            slot
        })
        .collect()
}

/// The fairest single hours: least burden, then most people working; at most `n`, on
/// different days where possible.
pub fn fairest(slots: &[Slot], n: usize) -> Vec<Slot> {
    let mut sorted: Vec<&Slot> = slots.iter().collect();
    sorted.sort_by_key(|s| (s.burden, std::cmp::Reverse(s.working), s.start));
    let mut out: Vec<Slot> = Vec::new();
    for s in &sorted {
        if out.len() == n {
            break;
        }
        if !out
            .iter()
            .any(|o| o.start.date_naive() == s.start.date_naive())
        {
            out.push((*s).clone());
        }
    }
    for s in sorted {
        if out.len() == n {
            break;
        }
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// For a series: `n` hours to rotate between, chosen so that no zone carries the
/// out-of-hours burden every time — each pick is the good hour (among the 24 least
/// burdensome) that adds least to the zone already most burdened.
pub fn rotation(slots: &[Slot], n: usize) -> Vec<Slot> {
    let mut good: Vec<&Slot> = slots.iter().collect();
    good.sort_by_key(|s| (s.burden, std::cmp::Reverse(s.working), s.start));
    good.truncate(24);
    let mut carried: Vec<(Tz, u32)> = Vec::new();
    let mut out: Vec<Slot> = Vec::new();
    while out.len() < n {
        let worst_after = |s: &Slot| {
            let mut c = carried.clone();
            for (tz, k) in &s.burdened {
                match c.iter_mut().find(|(z, _)| z == tz) {
                    Some((_, v)) => *v += *k as u32,
                    None => c.push((*tz, *k as u32)),
                }
            }
            c.iter().map(|(_, v)| *v).max().unwrap_or(0)
        };
        let Some(best) = good
            .iter()
            .filter(|s| !out.iter().any(|o| o.start == s.start))
            .min_by_key(|s| (worst_after(s), s.burden, s.start))
        else {
            break;
        };
        for (tz, k) in &best.burdened {
            match carried.iter_mut().find(|(z, _)| z == tz) {
                Some((_, v)) => *v += *k as u32,
                None => carried.push((*tz, *k as u32)),
            }
        }
        out.push((*best).clone());
    }
    out.sort_by_key(|s| s.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn z(s: &str) -> Tz {
        s.parse().unwrap()
    }

    #[test]
    fn geneva_and_nairobi_share_their_mornings_and_new_york_gets_no_nights() {
        let monday = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
        let people = [
            (z("Europe/Zurich"), 4),
            (z("Africa/Nairobi"), 3),
            (z("America/New_York"), 2),
        ];
        let slots = week(&people, monday);
        assert_eq!(slots.len(), 168);
        // 14:00 UTC on Monday: 15:00 Geneva, 17:00 Nairobi (late), 09:00 New York.
        let s = &slots[14];
        assert_eq!(s.working, 6);
        assert_eq!(s.burden, 3);
        let best = fairest(&slots, 3);
        assert!(best.iter().all(|s| s.burden <= 3), "{best:?}");
        assert!(best
            .iter()
            .all(|s| s.start.weekday() != Weekday::Sat && s.start.weekday() != Weekday::Sun));
        // A rotation of three never puts the same zone out of hours every time when it
        // need not.
        let r = rotation(&slots, 3);
        assert_eq!(r.len(), 3);
        let ny = z("America/New_York");
        let every_time = r.iter().all(|s| s.burdened.iter().any(|(t, _)| *t == ny));
        assert!(!every_time, "{r:?}");
    }

    #[test]
    fn burden_by_hour_and_weekend() {
        let at = |h| {
            z("Asia/Bangkok")
                .with_ymd_and_hms(2027, 3, 3, h, 0, 0)
                .unwrap()
        };
        assert_eq!(burden(at(10)), 0);
        assert_eq!(burden(at(8)), 1);
        assert_eq!(burden(at(18)), 1);
        assert_eq!(burden(at(23)), 3);
        assert_eq!(
            burden(
                z("Asia/Bangkok")
                    .with_ymd_and_hms(2027, 3, 6, 10, 0, 0)
                    .unwrap()
            ),
            3
        );
    }
}
