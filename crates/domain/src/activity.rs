//! The activity tracker: kinds, statuses, and the date an activity is placed at.

use chrono::NaiveDate;

/// What an activity is.
pub const KINDS: [&str; 8] = [
    "workshop",
    "training",
    "assessment_visit",
    "expert_meeting",
    "expert_deployment",
    "publication",
    "conference",
    "other",
];

/// An activity's life.
pub const STATUSES: [&str; 5] = ["planned", "ongoing", "completed", "postponed", "cancelled"];

/// The dates an activity has: planned and actual, each a start and an end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dates {
    pub planned_start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
}

impl Dates {
    /// When the activity happens, as the timeline places it: when it actually started,
    /// else when it is planned to start, else its end.
    pub fn when(&self) -> Option<NaiveDate> {
        self.actual_start
            .or(self.planned_start)
            .or(self.actual_end)
            .or(self.planned_end)
    }
}

/// A month as the timeline and its links name it ("2027-03").
pub fn month_key(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// A month key read back (the first of that month), if it is one.
pub fn parse_month(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() != 7 {
        return None;
    }
    NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_activity_is_placed_when_it_actually_started_else_when_planned() {
        let mut x = Dates {
            planned_start: Some(d("2027-03-10")),
            ..Dates::default()
        };
        assert_eq!(x.when(), Some(d("2027-03-10")));
        x.actual_start = Some(d("2027-04-02"));
        assert_eq!(x.when(), Some(d("2027-04-02")));
        assert_eq!(Dates::default().when(), None);
        let only_end = Dates {
            planned_end: Some(d("2027-05-01")),
            ..Dates::default()
        };
        assert_eq!(only_end.when(), Some(d("2027-05-01")));
    }

    #[test]
    fn months_read_back_and_nothing_else_does() {
        assert_eq!(month_key(d("2027-03-10")), "2027-03");
        assert_eq!(parse_month("2027-03"), Some(d("2027-03-01")));
        for bad in [
            "",
            "2027",
            "2027-13",
            "2027-3",
            "abcd-ef",
            "2027-03-01",
            "٢٠٢٧-٠٣",
        ] {
            assert_eq!(parse_month(bad), None, "{bad:?}");
        }
    }
}
