//! How the calendar says dates and times: in the reader's language (weekday and month
//! names from the locale files, the order each language writes a date in), every time
//! in the reader's zone with the event's own alongside when it differs ("10:00 Geneva").

use crate::i18n::{self, FluentValue};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use gctcp_app::calendar_view::Shown;

/// "Tuesday 9 March 2027", as the language writes it.
pub fn day(lang: &str, d: NaiveDate) -> String {
    gctcp_app::calendar_view::day_label(lang, d)
}

/// The short weekday names, Monday first.
pub fn weekdays_short(lang: &str) -> Vec<String> {
    (1..=7)
        .map(|n| i18n::t(lang, &format!("cal-weekday-short-{n}")).into_owned())
        .collect()
}

/// Isolates a value set inside a sentence (FSI … PDI) and keeps it on one line (no-break
/// spaces): "New York (UTC−4)" in an Arabic sentence keeps its parentheses and order.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{}\u{2069}", s.replace(' ', "\u{a0}"))
}

/// A zone as people say it, in the reader's language: "Nairobi (UTC+3)".
pub fn zone(lang: &str, tz: Tz, at: DateTime<Utc>) -> String {
    i18n::zone_label(lang, tz, at)
}

fn hm(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%H:%M").to_string()
}

/// An occurrence's time as the reader sees it.
#[derive(Clone, Debug)]
pub struct When {
    /// The reader's date of its start.
    pub date: NaiveDate,
    /// "10:00–11:30" in the reader's zone, or "All day".
    pub time: String,
    /// The event's own time when its zone differs: "10:00–11:30 Geneva".
    pub theirs: Option<String>,
}

pub fn when(lang: &str, s: &Shown, reader: Tz) -> When {
    if let Some((first, last)) = s.days {
        let time = if first == last {
            i18n::t(lang, "cal-all-day").into_owned()
        } else {
            i18n::t_args(
                lang,
                "cal-all-day-until",
                &[("date", FluentValue::from(day(lang, last)))],
            )
        };
        return When {
            date: first,
            time,
            theirs: None,
        };
    }
    let date = s.start.with_timezone(&reader).date_naive();
    let range = |tz: Tz| {
        let end =
            if s.end.with_timezone(&tz).date_naive() != s.start.with_timezone(&tz).date_naive() {
                format!(
                    "{} {}",
                    day(lang, s.end.with_timezone(&tz).date_naive()),
                    hm(s.end, tz)
                )
            } else {
                hm(s.end, tz)
            };
        format!("{}–{}", hm(s.start, tz), end)
    };
    let own: Tz = s.event.time_zone.parse().unwrap_or(Tz::UTC);
    let differs = own != reader;
    When {
        date,
        time: range(reader),
        theirs: differs.then(|| format!("{} {}", range(own), i18n::zone_city(lang, own.name()))),
    }
}

/// The reader's zone (their profile's; UTC when unknown).
pub fn reader_zone(ctx: &crate::ui::ctx::Ctx) -> Tz {
    ctx.user
        .as_ref()
        .and_then(|u| u.account.time_zone.parse().ok())
        .unwrap_or(Tz::UTC)
}
