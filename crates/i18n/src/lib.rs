//! The six UN languages through Fluent. Every interface and e-mail string goes through
//! `t` (the server's pages, the use cases' e-mails).

pub use fluent_templates::fluent_bundle::FluentValue;
pub use zones::{canonical_zones, zone_city, zone_label};

pub mod dates;
pub mod numbers;
pub mod zones;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

static_loader! {
    static LOCALES = {
        locales: "../../web/locales",
        fallback_language: "en",
        // Templates isolate embedded names themselves (<bdi>); Fluent's invisible
        // isolation marks would otherwise end up inside attributes and e-mail text.
        // Counts grouped by each language's rules (numbers.rs).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let lang = bundle.locales.first().map(|l| l.language.as_str().to_string()).unwrap_or_default();
            bundle.set_formatter(Some(numbers::formatter_for(&lang)));
        },
    };
}

/// Supported interface languages, in the UN's order (alphabetical in English).
pub const LANGS: [&str; 6] = gctcp_domain::account::UI_LANGUAGES;

/// A language's place in `LANGS` (English's for anything else), for per-language tables.
pub fn lang_index(lang: &str) -> usize {
    LANGS
        .iter()
        .position(|l| *l == lang)
        .or_else(|| LANGS.iter().position(|l| *l == "en"))
        .unwrap_or(0)
}

/// Each language's name in itself, for the switcher.
pub fn native_name(lang: &str) -> &'static str {
    match lang {
        "ar" => "العربية",
        "zh" => "中文",
        "fr" => "Français",
        "ru" => "Русский",
        "es" => "Español",
        _ => "English",
    }
}

/// Maps any string to a supported language code (`"en"` if unknown).
pub fn supported(lang: &str) -> Option<&'static str> {
    gctcp_domain::account::ui_language(lang)
}

pub fn dir(lang: &str) -> &'static str {
    if lang == "ar" {
        "rtl"
    } else {
        "ltr"
    }
}

/// The reader's collation (CLDR): names sorted as a dictionary in that language sorts
/// them (accents and case secondary; Chinese by pinyin; Arabic and Cyrillic in their
/// alphabets' order). One per language, made on first use.
pub fn collator(lang: &str) -> &'static icu_collator::CollatorBorrowed<'static> {
    static COLLATORS: [OnceLock<icu_collator::CollatorBorrowed<'static>>; 6] =
        [const { OnceLock::new() }; 6];
    let i = lang_index(lang);
    COLLATORS[i].get_or_init(|| {
        let locale: icu_locale_core::Locale = LANGS[i].parse().expect("a valid language tag");
        icu_collator::Collator::try_new((&locale).into(), Default::default())
            .expect("compiled collation data covers the six languages")
    })
}

/// Sorts `items` by `key` in the reader's collation (stable: equal names keep their order).
///
/// Lists of names (filters' options, organizations) are sorted on every page; the
/// collation's sort key of each name is made once and kept (names are reference data
/// and space names: a few thousand at most; the memory is dropped and refilled if it
/// ever holds more), so a sort costs byte comparisons.
pub fn sort_by_name<T>(lang: &str, items: &mut [T], key: impl Fn(&T) -> &str) {
    if items.len() < 2 {
        return;
    }
    let i = lang_index(lang);
    items.sort_by_cached_key(|x| sort_key(i, key(x)));
}

type SortKeys = std::sync::Mutex<HashMap<Box<str>, std::sync::Arc<[u8]>>>;

fn sort_key(lang: usize, name: &str) -> std::sync::Arc<[u8]> {
    const KEPT: usize = 8192;
    static KEYS: [OnceLock<SortKeys>; 6] = [const { OnceLock::new() }; 6];
    let keys = KEYS[lang].get_or_init(Default::default);
    if let Some(k) = keys.lock().unwrap_or_else(|e| e.into_inner()).get(name) {
        return k.clone();
    }
    let mut bytes = Vec::new();
    let Ok(()) = collator(LANGS[lang]).write_sort_key_to(name, &mut bytes);
    let k: std::sync::Arc<[u8]> = bytes.into();
    let mut kept = keys.lock().unwrap_or_else(|e| e.into_inner());
    if kept.len() >= KEPT {
        kept.clear();
    }
    kept.insert(name.into(), k.clone());
    k
}

/// Picks the best supported language from an `Accept-Language` header (q-values honoured).
pub fn negotiate(accept_language: &str) -> &'static str {
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (pos, part) in accept_language.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        if let Some(lang) = supported(tag) {
            let better = match best {
                None => true,
                Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
            };
            if better {
                best = Some((q, pos, lang));
            }
        }
    }
    best.map(|b| b.2).unwrap_or("en")
}

fn langid(lang: &str) -> &'static LanguageIdentifier {
    static IDS: OnceLock<Vec<(&'static str, LanguageIdentifier)>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        LANGS
            .iter()
            .map(|l| (*l, l.parse().expect("valid language tag")))
            .collect()
    });
    ids.iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, id)| id)
        .unwrap_or(&ids[2].1)
}

/// A language's own part of something kept per language (None for a language not offered).
fn per_lang<T: Default>(kept: &'static OnceLock<Vec<T>>, lang: &str) -> Option<&'static T> {
    let kept = kept.get_or_init(|| LANGS.iter().map(|_| T::default()).collect());
    LANGS
        .iter()
        .position(|l| *l == lang)
        .and_then(|i| kept.get(i))
}

/// A message without arguments. Each is formatted once per language and kept for the
/// life of the process (only messages that exist: unknown keys are not kept, so no input
/// can grow what is kept; they read as Fluent's "unknown key" text, made each time).
///
/// A page writes a hundred or so of these: each thread keeps its own table of the ones
/// it has written (no lock, no atomic shared between threads, no copy), and the text
/// itself is kept once for all threads.
pub fn t(lang: &str, key: &str) -> Cow<'static, str> {
    type Seen = HashMap<Box<str>, &'static str, BuildHasherDefault<rustc_hash::FxHasher>>;
    thread_local! {
        static SEEN: std::cell::RefCell<[Seen; 6]> = std::cell::RefCell::new(Default::default());
    }
    let Some(i) = LANGS.iter().position(|l| *l == lang) else {
        return Cow::Owned(LOCALES.lookup(langid(lang), key));
    };
    if let Some(m) = SEEN.with_borrow(|seen| seen[i].get(key).copied()) {
        return Cow::Borrowed(m);
    }
    match kept(i, key) {
        Some(m) => {
            SEEN.with_borrow_mut(|seen| seen[i].insert(key.into(), m));
            Cow::Borrowed(m)
        }
        None => Cow::Owned(LOCALES.lookup(langid(lang), key)),
    }
}

/// A message without arguments as every thread shares it, formatted on first use.
fn kept(lang: usize, key: &str) -> Option<&'static str> {
    type Kept = std::sync::RwLock<HashMap<Box<str>, &'static str>>;
    static KEPT: [OnceLock<Kept>; 6] = [const { OnceLock::new() }; 6];
    let slot = KEPT[lang].get_or_init(Default::default);
    if let Some(m) = slot.read().unwrap_or_else(|p| p.into_inner()).get(key) {
        return Some(m);
    }
    let m = LOCALES.try_lookup(langid(LANGS[lang]), key)?;
    let mut w = slot.write().unwrap_or_else(|p| p.into_inner());
    // Made once per message and language, then never dropped: the messages are the
    // compiled-in locale files', a fixed set.
    Some(
        *w.entry(key.into())
            .or_insert_with(|| Box::leak(m.into_boxed_str())),
    )
}

/// Translates a message with one count (plural rules applied, the count written in the
/// reader's digits), each formatted once: pages repeat the same few counts, and Fluent
/// formatting costs more than the rest of a short page's messages together.
pub fn t_count(lang: &str, key: &str, name: &'static str, n: i64) -> String {
    type Counts = HashMap<(&'static str, i64), std::sync::Arc<str>>;
    type Kept = std::sync::RwLock<HashMap<String, Counts>>;
    /// Enough for every page's counts; past it a language's messages start over.
    const KEEP: usize = 4096;
    static KEPT: OnceLock<Vec<Kept>> = OnceLock::new();
    let format = || t_args(lang, key, &[(name, FluentValue::from(n))]);
    let Some(slot) = per_lang(&KEPT, lang) else {
        return format();
    };
    let found = slot
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(key)
        .and_then(|m| m.get(&(name, n)).cloned());
    if let Some(m) = found {
        return m.to_string();
    }
    let m = format();
    let mut w = slot.write().unwrap_or_else(|p| p.into_inner());
    let counts = w.entry(key.to_string()).or_default();
    if counts.len() >= KEEP {
        counts.clear();
    }
    counts.insert((name, n), m.as_str().into());
    m
}

/// Translates a message with named arguments.
pub fn t_args(lang: &str, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES.lookup_with_args(langid(lang), key, &map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_negotiation() {
        assert_eq!(negotiate("ar-EG,ar;q=0.9,en;q=0.8"), "ar");
        assert_eq!(negotiate("de-DE,de;q=0.9,fr;q=0.5,en;q=0.4"), "fr");
        assert_eq!(negotiate("zh-CN"), "zh");
        assert_eq!(negotiate("es-419;q=0.7, ru;q=0.9"), "ru");
        assert_eq!(negotiate("de, ja"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("fr;q=0"), "en");
    }

    #[test]
    fn kept_counts_read_as_freshly_formatted_ones() {
        for lang in LANGS {
            for n in [0i64, 1, 2, 5, 11, 21, 101, 1234, 1_000_000] {
                let fresh = t_args(lang, "dir-count", &[("count", FluentValue::from(n))]);
                assert_eq!(t_count(lang, "dir-count", "count", n), fresh, "{lang} {n}");
                assert_eq!(
                    t_count(lang, "dir-count", "count", n),
                    fresh,
                    "{lang} {n} kept"
                );
            }
        }
    }

    #[test]
    fn kept_messages_read_as_fresh_ones_and_unknown_keys_are_not_kept() {
        for lang in LANGS {
            for key in ["login-failed", "cal-all-day", "field-time-zone"] {
                let fresh = LOCALES.lookup(langid(lang), key);
                assert!(!fresh.starts_with("Unknown"), "{lang} {key}");
                assert_eq!(t(lang, key), fresh, "{lang} {key}");
                assert_eq!(t(lang, key), fresh, "{lang} {key}, kept by this thread");
                let other = std::thread::spawn(move || t(lang, key).into_owned());
                assert_eq!(
                    other.join().expect("thread"),
                    fresh,
                    "{lang} {key}, another thread"
                );
            }
            let unknown = t(lang, "no-such-message");
            assert!(matches!(unknown, Cow::Owned(_)) && unknown.contains("no-such-message"));
            assert!(kept(lang_index(lang), "no-such-message").is_none());
        }
        // A language not offered reads English, kept or not.
        assert_eq!(t("de", "login-failed"), t("en", "login-failed"));
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(dir("ar"), "rtl");
        assert_eq!(dir("zh"), "ltr");
    }
}

#[cfg(test)]
mod collation_tests {
    use super::*;

    #[test]
    fn names_sort_in_the_readers_collation() {
        let mut fr = vec![
            "Égypte",
            "Espagne",
            "Eswatini",
            "Émirats arabes unis",
            "Zambie",
        ];
        sort_by_name("fr", &mut fr, |s| s);
        assert_eq!(
            fr,
            [
                "Égypte",
                "Émirats arabes unis",
                "Espagne",
                "Eswatini",
                "Zambie"
            ]
        );
        // Pinyin: 阿富汗 (Āfùhàn) before 巴西 (Bāxī) before 中国 (Zhōngguó).
        let mut zh = vec!["中国", "巴西", "阿富汗"];
        sort_by_name("zh", &mut zh, |s| s);
        assert_eq!(zh, ["阿富汗", "巴西", "中国"]);
        let mut ru = vec!["Ёмкость", "Япония", "Египет", "Австрия"];
        sort_by_name("ru", &mut ru, |s| s);
        assert_eq!(ru, ["Австрия", "Египет", "Ёмкость", "Япония"]);
        // An unknown language sorts and formats as English, never as another language.
        assert_eq!(LANGS[lang_index("xx")], "en");
    }
}
