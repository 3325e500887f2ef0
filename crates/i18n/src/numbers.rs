//! Numbers in the reader's language, by CLDR (ICU4X): "12,345" in English, "12 345" in
//! French and Russian, "12.345" in Spanish. Every count a message shows goes through
//! here: Fluent's own formatting writes plain digits, so each language's bundle gets a
//! formatter (`formatter_for`).

use crate::LANGS;
use fluent_templates::fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    // ICU4X formatters are not `Sync`: one per thread and language, made on first use.
    static FORMATTERS: RefCell<[Option<Rc<DecimalFormatter>>; 6]> = const { RefCell::new([None, None, None, None, None, None]) };
}

fn formatter(lang: &str) -> Rc<DecimalFormatter> {
    let i = crate::lang_index(lang);
    FORMATTERS.with(|f| {
        f.borrow_mut()[i]
            .get_or_insert_with(|| {
                let loc: icu_locale_core::Locale = LANGS[i].parse().expect("a language tag");
                Rc::new(
                    DecimalFormatter::try_new((&loc).into(), Default::default())
                        .expect("compiled data has the six languages"),
                )
            })
            .clone()
    })
}

/// A whole number: "12,345", "12 345".
pub fn number(lang: &str, n: i64) -> String {
    // Below a thousand nothing is grouped, and the six languages write Latin digits
    // (CLDR's defaults): the common case needs no formatter.
    if (-999..=999).contains(&n) {
        return n.to_string();
    }
    formatter(lang).format(&Decimal::from(n)).to_string()
}

/// What Fluent shows for a value in `lang`: whole numbers by CLDR; anything else as
/// Fluent would (`None`).
fn format_value(lang: &str, v: &FluentValue) -> Option<String> {
    match v {
        FluentValue::Number(n)
            if n.value.fract() == 0.0
                && n.value.abs() < 1e15
                && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(number(lang, n.value as i64))
        }
        _ => None,
    }
}

macro_rules! formatters {
    ($($name:ident => $lang:literal),*) => {
        $(fn $name<M>(v: &FluentValue, _: &M) -> Option<String> {
            format_value($lang, v)
        })*
        /// The bundle formatter of a language (Fluent takes a plain function: one each).
        pub(crate) fn formatter_for<M>(lang: &str) -> fn(&FluentValue, &M) -> Option<String> {
            match lang {
                $($lang => $name::<M>,)*
                _ => en::<M>,
            }
        }
    };
}
formatters!(ar => "ar", zh => "zh", en => "en", fr => "fr", ru => "ru", es => "es");

#[cfg(test)]
mod tests {
    use super::number;

    fn number_slow(lang: &str, n: i64) -> String {
        super::formatter(lang)
            .format(&icu_decimal::input::Decimal::from(n))
            .to_string()
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        // CLDR: a comma in English and Chinese, a (narrow) no-break space in French and
        // Russian, a full stop in Spanish from five digits on (minimum grouping digits 2).
        assert_eq!(number("en", 100_000), "100,000");
        assert_eq!(number("zh", 12_345), "12,345");
        assert_eq!(number("fr", 100_000), "100\u{202f}000");
        assert_eq!(number("ru", 100_000), "100\u{a0}000");
        assert_eq!(number("es", 100_000), "100.000");
        assert_eq!(number("es", 1_234), "1234");
        assert_eq!(number("en", 7), "7");
        assert_eq!(number("ar", 999), number_slow("ar", 999));
        assert_eq!(number("zh", -42), number_slow("zh", -42));
        assert_eq!(number("xx", 1_000), "1,000");
    }

    #[test]
    fn messages_group_their_counts_and_keep_their_plurals() {
        use fluent_templates::fluent_bundle::FluentValue;
        let n = |lang, count: i64| {
            crate::t_args(lang, "dir-count", &[("count", FluentValue::from(count))])
        };
        assert_eq!(n("en", 12_345), "12,345 people");
        assert_eq!(n("en", 1), "1 person");
        assert!(
            n("fr", 12_345).starts_with("12\u{202f}345 "),
            "{}",
            n("fr", 12_345)
        );
        assert!(
            n("ru", 12_345).starts_with("12\u{a0}345 "),
            "{}",
            n("ru", 12_345)
        );
    }

    #[test]
    fn arabic_uses_the_digits_of_its_dates() {
        let n = number("ar", 100_000);
        // The same digits as the Arabic dates (CLDR's default for "ar").
        let date = crate::dates::date("ar", chrono::NaiveDate::from_ymd_opt(2026, 3, 24).unwrap());
        let latin = date.contains("2026");
        assert_eq!(n.contains("100"), latin, "{n} / {date}");
        assert_eq!(n.chars().filter(|c| c.is_numeric()).count(), 6, "{n}");
    }
}
