//! Time zones as people say them: the city a zone is known by, in the reader's language
//! (CLDR exemplar cities through ICU4X), instead of IANA identifiers
//! ("America/Argentina/Buenos_Aires" is «بوينوس أيرس», "Буэнос-Айрес", "布宜诺斯艾利斯").

use crate::LANGS;
use chrono::{DateTime, Offset, Utc};
use chrono_tz::Tz;
use icu_datetime::fieldsets::zone::ExemplarCity;
use icu_datetime::NoCalendarFormatter;
use icu_time::zone::iana::IanaParserExtended;
use icu_time::zone::{IanaParser, TimeZone};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Geneva in each language: the UN's European seat keeps Zurich's zone, and a focal
/// point there says Geneva.
fn geneva(lang: &str) -> &'static str {
    match lang {
        "ar" => "جنيف",
        "es" => "Ginebra",
        "fr" => "Genève",
        "ru" => "Женева",
        "zh" => "日内瓦",
        _ => "Geneva",
    }
}

/// The city `iana` is known by in `lang` ("Nairobi"); the identifier's last part when
/// CLDR has no name for it; "UTC" for UTC.
pub fn zone_city(lang: &str, iana: &str) -> &'static str {
    static CITIES: [OnceLock<HashMap<&'static str, String>>; 6] = [const { OnceLock::new() }; 6];
    let i = crate::lang_index(lang);
    let cities = CITIES[i].get_or_init(|| cities(LANGS[i]));
    match cities.get(iana) {
        Some(c) => c.as_str(),
        None => cities.get("UTC").map(String::as_str).unwrap_or("UTC"),
    }
}

fn cities(lang: &'static str) -> HashMap<&'static str, String> {
    let locale: icu_locale_core::Locale = lang.parse().expect("a valid language tag");
    let format = NoCalendarFormatter::try_new((&locale).into(), ExemplarCity).ok();
    let parser = IanaParser::new();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| {
            let id = tz.name();
            let zone = parser.parse(id);
            let city = if id == "Europe/Zurich" {
                geneva(lang).to_string()
            } else if matches!(
                id,
                "UTC"
                    | "Etc/UTC"
                    | "Etc/UCT"
                    | "Etc/Universal"
                    | "Etc/Zulu"
                    | "UCT"
                    | "Universal"
                    | "Zulu"
                    | "Etc/GMT"
                    | "GMT"
            ) {
                "UTC".to_string()
            } else {
                match &format {
                    Some(f) if zone != TimeZone::UNKNOWN => {
                        f.format(&zone.without_offset()).to_string()
                    }
                    _ => gctcp_domain::calendar::zone_city(id),
                }
            };
            (id, city)
        })
        .collect()
}

/// The zones a person chooses from: one IANA identifier per zone (the canonical one,
/// not its aliases), without the fixed-offset "Etc/GMT+5" kind; UTC included.
pub fn canonical_zones() -> &'static [&'static str] {
    static ZONES: OnceLock<Vec<&'static str>> = OnceLock::new();
    ZONES.get_or_init(|| {
        let known: std::collections::HashSet<&str> =
            chrono_tz::TZ_VARIANTS.iter().map(|t| t.name()).collect();
        let mut v: Vec<&'static str> = IanaParserExtended::new()
            .iter()
            .map(|z| z.canonical)
            .filter(|id| id.contains('/') && !id.starts_with("Etc/") && known.contains(id))
            .collect();
        v.push("UTC");
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// A zone's offset from UTC at an instant, in seconds.
pub fn offset_seconds(tz: Tz, at: DateTime<Utc>) -> i32 {
    at.with_timezone(&tz).offset().fix().local_minus_utc()
}

/// "Nairobi (UTC+3)": the city in the reader's language and the offset at `at`.
/// UTC itself is just "UTC".
pub fn zone_label(lang: &str, tz: Tz, at: DateTime<Utc>) -> String {
    let city = zone_city(lang, tz.name());
    let offset = gctcp_domain::calendar::utc_offset(tz, at);
    if city == offset {
        offset
    } else {
        format!("{city} ({offset})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_named_by_their_city_in_the_readers_language() {
        let ba = "America/Argentina/Buenos_Aires";
        assert_eq!(zone_city("en", ba), "Buenos Aires");
        assert_eq!(zone_city("ru", ba), "Буэнос-Айрес");
        assert_eq!(zone_city("zh", ba), "布宜诺斯艾利斯");
        assert_eq!(zone_city("ar", "Africa/Nairobi"), "نيروبي");
        assert_eq!(zone_city("es", "America/New_York"), "Nueva York");
        assert_eq!(zone_city("fr", "Europe/Zurich"), "Genève");
        assert_eq!(zone_city("en", "Europe/Zurich"), "Geneva");
        assert_eq!(zone_city("zh", "Europe/Zurich"), "日内瓦");
        assert_eq!(zone_city("en", "Etc/UTC"), "UTC");
        assert_eq!(zone_city("en", "Not/AZone"), "UTC");
        let zones = canonical_zones();
        assert!(zones.contains(&"Africa/Nairobi") && zones.contains(&"Europe/Kyiv"));
        assert!(!zones.contains(&"Europe/Kiev"), "aliases are left out");
        assert!(!zones.iter().any(|z| z.starts_with("Etc/")));
        assert!(zones.len() > 300);
        let at = "2026-07-01T12:00:00Z".parse().unwrap();
        assert_eq!(
            zone_label("en", chrono_tz::Africa::Nairobi, at),
            "Nairobi (UTC+3)"
        );
        assert_eq!(zone_label("ar", chrono_tz::UTC, at), "UTC");
    }
}
