//! Dates and times in the reader's language, by CLDR's patterns (ICU4X): "24 March 2026",
//! «24 مارس 2026», "24 марта 2026 г.", "2026年3月24日". English follows UN usage (day,
//! month, year; 24-hour clock): CLDR's en-GB.

use crate::LANGS;
use icu_datetime::fieldsets;
use icu_datetime::options::TimePrecision;
use icu_datetime::DateTimeFormatter;
use std::cell::RefCell;

/// The CLDR locale of each interface language.
fn locale(lang: &str) -> icu_locale_core::Locale {
    let tag = if lang == "en" { "en-GB" } else { lang };
    tag.parse().expect("a valid language tag")
}

struct Formatters {
    date: DateTimeFormatter<fieldsets::YMD>,
    date_time: DateTimeFormatter<fieldsets::YMDT>,
}

thread_local! {
    // ICU4X formatters are not `Sync`: one set per thread and language, made on first use.
    static FORMATTERS: RefCell<[Option<std::rc::Rc<Formatters>>; 6]> = const { RefCell::new([None, None, None, None, None, None]) };
}

fn formatters(lang: &str) -> std::rc::Rc<Formatters> {
    let i = crate::lang_index(lang);
    FORMATTERS.with(|f| {
        f.borrow_mut()[i]
            .get_or_insert_with(|| {
                let loc = locale(LANGS[i]);
                std::rc::Rc::new(Formatters {
                    date: DateTimeFormatter::try_new((&loc).into(), fieldsets::YMD::long())
                        .expect("compiled data has the six languages"),
                    date_time: DateTimeFormatter::try_new(
                        (&loc).into(),
                        fieldsets::YMDT::medium().with_time_precision(TimePrecision::Minute),
                    )
                    .expect("compiled data has the six languages"),
                })
            })
            .clone()
    })
}

fn iso(d: chrono::NaiveDate) -> Option<icu_calendar::Date<icu_calendar::Iso>> {
    use chrono::Datelike;
    icu_calendar::Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8).ok()
}

/// A day: "24 March 2026".
pub fn date(lang: &str, d: chrono::NaiveDate) -> String {
    /// Days a thread keeps written; past it, it starts over.
    const KEEP: usize = 4096;
    thread_local! {
        // Pages show the same few days again and again (a list of this week's
        // resources), and ICU4X's formatting was 2% of the dashboard's time.
        static KEPT: RefCell<std::collections::HashMap<(usize, chrono::NaiveDate), String>> =
            RefCell::new(std::collections::HashMap::new());
    }
    let key = (crate::lang_index(lang), d);
    if let Some(s) = KEPT.with(|k| k.borrow().get(&key).cloned()) {
        return s;
    }
    let s = match iso(d) {
        Some(x) => formatters(lang).date.format(&x).to_string(),
        None => d.to_string(),
    };
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        if k.len() >= KEEP {
            k.clear();
        }
        k.insert(key, s.clone());
    });
    s
}

/// A moment in a zone: "24 Mar 2026, 05:34".
pub fn date_time<Z: chrono::TimeZone>(lang: &str, at: &chrono::DateTime<Z>) -> String {
    use chrono::Timelike;
    let local = at.naive_local();
    let time = icu_time::Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0);
    match (iso(local.date()), time) {
        (Some(date), Ok(time)) => formatters(lang)
            .date_time
            .format(&icu_time::DateTime { date, time })
            .to_string(),
        _ => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// A month as the language names it: "March 2027", «مارس 2027», "2027年3月" (the
/// order and the words from the locale files' `cal-month-year`).
pub fn month_year(lang: &str, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    crate::t_args(
        lang,
        "cal-month-year",
        &[
            (
                "month",
                crate::FluentValue::from(crate::t(lang, &format!("cal-month-{}", d.month()))),
            ),
            ("monthnum", crate::FluentValue::from(d.month() as i64)),
            ("year", crate::FluentValue::from(d.year().to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The strings CLDR gives for these patterns in each language.
    #[test]
    fn dates_follow_cldr_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 24).unwrap();
        let expected = [
            ("ar", "24 مارس 2026"),
            ("en", "24 March 2026"),
            ("es", "24 de marzo de 2026"),
            ("fr", "24 mars 2026"),
            ("ru", "24 марта 2026\u{202f}г."),
            ("zh", "2026年3月24日"),
        ];
        // Twice: the second time the day comes from what the thread kept.
        for _ in 0..2 {
            for (lang, want) in expected {
                assert_eq!(date(lang, d), want, "{lang}");
            }
        }
        let next = d.succ_opt().unwrap();
        assert_eq!(
            date("en", next),
            "25 March 2026",
            "another day is not a kept one"
        );
        assert_eq!(
            date("xx", d),
            "24 March 2026",
            "an unknown language reads English"
        );
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(5, 34, 10)
            .unwrap()
            .and_utc();
        assert_eq!(date_time("en", &at), "2 Dec 2026, 05:34");
        assert_eq!(date_time("fr", &at), "2 déc. 2026, 05:34");
        assert_eq!(date_time("zh", &at), "2026年12月2日 05:34");
        assert!(date_time("ar", &at).contains("5:34"));
    }
}
