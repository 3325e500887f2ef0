//! Where the demo people work and which languages they speak: a Member State's people in
//! a time zone of their own country (mostly the capital's) speaking its language; the
//! Compact entities' people at the UN duty stations. The tables are embedded CSV files
//! from `data/`, read once.

use rand::seq::SliceRandom;
use rand::Rng;
use std::collections::HashMap;
use std::sync::OnceLock;

/// ISO 3166 alpha-2 → IANA zones, the capital's first (generated from the tz database's
/// `zone.tab` by `data/zones_by_country.py`).
const ZONES_BY_COUNTRY: &str = include_str!("../data/zones_by_country.csv");
/// ISO 3166 alpha-2 → the offered languages its focal points speak, the main one first
/// (written by hand; only where they differ from the names' script language).
const LANGUAGES_BY_COUNTRY: &str = include_str!("../data/languages_by_country.csv");

/// The duty stations of the Compact entities' people, with their share in percent:
/// Headquarters, Geneva, Vienna, Nairobi, Paris, Rome, Brussels and Bangkok.
pub(crate) const DUTY_STATIONS: [(&str, u32); 8] = [
    ("America/New_York", 50),
    ("Europe/Zurich", 15),
    ("Europe/Vienna", 10),
    ("Africa/Nairobi", 8),
    ("Europe/Paris", 5),
    ("Europe/Rome", 4),
    ("Europe/Brussels", 4),
    ("Asia/Bangkok", 4),
];

/// How often a State's person is in the capital's zone when the country has several.
const CAPITAL_SHARE: f64 = 0.85;
/// How often a State's person speaks each of its other official languages.
const OTHER_OFFICIAL_SHARE: f64 = 0.6;
/// Languages anyone may speak besides their own, tried in this order.
const EXTRA_LANGUAGES: [&str; 10] = ["en", "fr", "es", "ar", "ru", "zh", "pt", "de", "sw", "tr"];
/// How often a person speaks English, and each other extra language.
const ENGLISH_SHARE: f64 = 0.75;
const EXTRA_SHARE: f64 = 0.08;

pub(crate) type Table = HashMap<&'static str, Vec<&'static str>>;

/// A `key,value value…` file with `#` comments and a header line.
fn parse(csv: &'static str) -> Table {
    csv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .map(|(k, v)| (k.trim(), v.split_whitespace().collect()))
        .collect()
}

pub(crate) fn zones_by_country() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(ZONES_BY_COUNTRY))
}

fn languages_by_country() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(LANGUAGES_BY_COUNTRY))
}

/// The country's row, for a Member State (`kind` as in `orgs.kind`) with an ISO code.
fn country<'t>(table: &'t Table, iso2: Option<&str>, kind: &str) -> Option<&'t [&'static str]> {
    if kind != "member_state" {
        return None;
    }
    table
        .get(iso2?)
        .map(Vec::as_slice)
        .filter(|v| !v.is_empty())
}

/// A person's time zone: for a Member State one of its own (the capital's most of the
/// time), for an entity (or a State missing from the table) a UN duty station.
pub(crate) fn zone_for(iso2: Option<&str>, kind: &str, rng: &mut impl Rng) -> &'static str {
    match country(zones_by_country(), iso2, kind) {
        Some([capital]) => capital,
        Some([capital, others @ ..]) => {
            if rng.gen_bool(CAPITAL_SHARE) {
                capital
            } else {
                others.choose(rng).expect("other zones")
            }
        }
        _ => {
            DUTY_STATIONS
                .choose_weighted(rng, |d| d.1)
                .expect("duty stations")
                .0
        }
    }
}

/// The languages a person speaks: a Member State's own first (or else `script_lang`, the
/// language of the person's name), its other official ones often, English often, and
/// now and then another.
pub(crate) fn languages_for(
    iso2: Option<&str>,
    kind: &str,
    script_lang: &'static str,
    rng: &mut impl Rng,
) -> Vec<&'static str> {
    let mut languages = Vec::with_capacity(4);
    match country(languages_by_country(), iso2, kind) {
        Some([main, others @ ..]) => {
            languages.push(*main);
            for l in others {
                if rng.gen_bool(OTHER_OFFICIAL_SHARE) {
                    languages.push(*l);
                }
            }
        }
        _ => languages.push(script_lang),
    }
    for l in EXTRA_LANGUAGES {
        let share = if l == "en" {
            ENGLISH_SHARE
        } else {
            EXTRA_SHARE
        };
        if !languages.contains(&l) && rng.gen_bool(share) {
            languages.push(l);
        }
    }
    languages
}

#[cfg(test)]
mod tests {
    use super::*;
    use gctcp_domain::directory::SPOKEN_LANGUAGES;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    const MEMBER_STATES: &str = include_str!("../../../reference/member_states.csv");

    /// The ISO alpha-2 codes of the 193 Member States.
    fn member_states() -> Vec<&'static str> {
        let mut lines = MEMBER_STATES.lines();
        let header: Vec<&str> = lines.next().expect("header").split(',').collect();
        let col = header.iter().position(|h| *h == "iso2").expect("iso2");
        lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split(',').nth(col).expect("iso2 value"))
            .collect()
    }

    fn rng() -> StdRng {
        StdRng::seed_from_u64(7)
    }

    #[test]
    fn every_member_state_has_zones_and_nothing_else_does() {
        let states = member_states();
        assert_eq!(states.len(), 193);
        for s in &states {
            let zones = zones_by_country().get(s);
            assert!(zones.is_some_and(|z| !z.is_empty()), "{s} has no zone");
        }
        assert_eq!(zones_by_country().len(), states.len());
        for c in languages_by_country().keys() {
            assert!(states.contains(c), "{c} is not a Member State");
        }
    }

    #[test]
    fn every_zone_is_one_the_app_offers() {
        let offered = gctcp_i18n::zones::canonical_zones();
        let tables = zones_by_country().values().flatten();
        let stations = DUTY_STATIONS.iter().map(|d| &d.0);
        for z in tables.chain(stations) {
            assert!(offered.contains(z), "{z} is not a canonical zone");
            assert!(
                z.parse::<chrono_tz::Tz>().is_ok(),
                "{z} is unknown to chrono-tz"
            );
        }
    }

    #[test]
    fn capitals_come_first() {
        for (iso2, zone) in [
            ("KE", "Africa/Nairobi"),
            ("US", "America/New_York"),
            ("RU", "Europe/Moscow"),
            ("BR", "America/Sao_Paulo"),
            ("AU", "Australia/Sydney"),
            ("KZ", "Asia/Almaty"),
            ("ID", "Asia/Jakarta"),
            ("CA", "America/Toronto"),
            ("MX", "America/Mexico_City"),
            ("CH", "Europe/Zurich"),
            ("UA", "Europe/Kyiv"),
            ("UZ", "Asia/Tashkent"),
            ("FM", "Pacific/Pohnpei"),
        ] {
            assert_eq!(zones_by_country()[iso2][0], zone, "{iso2}");
        }
    }

    #[test]
    fn a_kenyan_focal_point_is_in_nairobi() {
        let mut rng = rng();
        for _ in 0..200 {
            assert_eq!(
                zone_for(Some("KE"), "member_state", &mut rng),
                "Africa/Nairobi"
            );
        }
    }

    #[test]
    fn a_state_s_people_stay_in_their_country_mostly_in_the_capital() {
        let mut rng = rng();
        let us = &zones_by_country()["US"];
        let n = 2000;
        let picks: Vec<&str> = (0..n)
            .map(|_| zone_for(Some("US"), "member_state", &mut rng))
            .collect();
        assert!(picks.iter().all(|z| us.contains(z)));
        let capital = picks.iter().filter(|z| **z == "America/New_York").count();
        assert!(capital > n * 3 / 4 && capital < n * 19 / 20, "{capital}");
    }

    #[test]
    fn entity_people_work_at_duty_stations() {
        let mut rng = rng();
        let stations: Vec<&str> = DUTY_STATIONS.iter().map(|d| d.0).collect();
        let n = 2000;
        let mut hq = 0;
        for _ in 0..n {
            // An entity's ISO code, if it had one, does not matter.
            let z = zone_for(Some("KE"), "compact_entity", &mut rng);
            assert!(stations.contains(&z), "{z}");
            hq += usize::from(z == "America/New_York");
        }
        assert!(hq > n * 2 / 5 && hq < n * 3 / 5, "{hq}");
        assert_eq!(DUTY_STATIONS.iter().map(|d| d.1).sum::<u32>(), 100);
    }

    #[test]
    fn a_state_missing_from_the_table_gets_a_duty_station() {
        let mut rng = rng();
        let stations: Vec<&str> = DUTY_STATIONS.iter().map(|d| d.0).collect();
        assert!(stations.contains(&zone_for(None, "member_state", &mut rng)));
        assert!(stations.contains(&zone_for(Some("XX"), "member_state", &mut rng)));
    }

    #[test]
    fn people_speak_their_country_s_language_first() {
        assert!(SPOKEN_LANGUAGES.contains(&"de"));
        let mut rng = rng();
        for (iso2, script, first) in [
            ("DE", "en", "de"),
            ("KE", "en", "sw"),
            ("IR", "ar", "fa"),
            ("KZ", "ru", "kk"),
            ("EG", "ar", "ar"),
            ("FR", "fr", "fr"),
            ("GB", "en", "en"),
        ] {
            for _ in 0..50 {
                let l = languages_for(Some(iso2), "member_state", script, &mut rng);
                assert_eq!(l[0], first, "{iso2}: {l:?}");
            }
        }
    }

    #[test]
    fn languages_are_offered_and_not_repeated() {
        for l in languages_by_country().values().flatten() {
            assert!(SPOKEN_LANGUAGES.contains(l), "{l} is not offered");
        }
        let mut rng = rng();
        let mut english = 0;
        let n = 2000;
        for i in 0..n {
            let iso2 = ["CH", "CA", "DE", "KE", "SG", "FR"][i % 6];
            let l = languages_for(Some(iso2), "member_state", "en", &mut rng);
            assert!(l.iter().all(|x| SPOKEN_LANGUAGES.contains(x)), "{l:?}");
            let mut unique = l.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), l.len(), "{l:?}");
            english += usize::from(l.contains(&"en"));
        }
        assert!(english > n * 3 / 4, "{english}");
    }

    #[test]
    fn entity_people_speak_their_name_s_language_first() {
        let mut rng = rng();
        for _ in 0..50 {
            let l = languages_for(Some("DE"), "compact_entity", "zh", &mut rng);
            assert_eq!(l[0], "zh");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_people() {
        let draw = |seed| {
            let mut rng = StdRng::seed_from_u64(seed);
            (0..100)
                .map(|i| {
                    let iso2 = ["US", "RU", "KE", "CH"][i % 4];
                    let kind = ["member_state", "compact_entity"][i % 2];
                    (
                        zone_for(Some(iso2), kind, &mut rng),
                        languages_for(Some(iso2), kind, "en", &mut rng),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(draw(3), draw(3));
        assert_ne!(draw(3), draw(4));
    }
}
