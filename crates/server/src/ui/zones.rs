//! The time-zone picker: every zone by the city people know it by, in the reader's
//! language, with its offset now ("Nairobi (UTC+3)"), nearest offsets together.

use crate::i18n::{canonical_zones, sort_by_name, zone_city, zone_label, LANGS};
use chrono::Utc;
use chrono_tz::Tz;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The `<option>`s of one language at one hour, and where each zone's option ends its
/// opening tag (where ` selected` goes).
struct Built {
    html: String,
    at: HashMap<String, usize>,
}

/// The `<option>`s, `selected` chosen (kept even if it is an alias the list leaves out).
/// Built once per language and hour (offsets follow daylight saving), then shared: the
/// page writes the shared text around ` selected`, without copying or searching it.
pub struct Options {
    all: Arc<Built>,
    /// Where ` selected` goes in `all`.
    at: Option<usize>,
    /// An option put first for a zone the list leaves out.
    first: Option<String>,
}

impl std::fmt::Display for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let html = &self.all.html;
        if let Some(first) = &self.first {
            f.write_str(first)?;
        }
        match self.at {
            Some(at) => {
                f.write_str(&html[..at])?;
                f.write_str(" selected")?;
                f.write_str(&html[at..])
            }
            None => f.write_str(html),
        }
    }
}

pub fn options(lang: &str, selected: &str) -> Options {
    type Kept = Option<(i64, Arc<Built>)>;
    static BUILT: Mutex<[Kept; 6]> = Mutex::new([const { None }; 6]);
    let i = crate::i18n::lang_index(lang);
    let hour = Utc::now().timestamp() / 3600;
    let cached = BUILT.lock().unwrap_or_else(|e| e.into_inner())[i]
        .as_ref()
        .filter(|(h, _)| *h == hour)
        .map(|(_, built)| built.clone());
    let all = match cached {
        Some(built) => built,
        None => {
            let built = Arc::new(build(LANGS[i]));
            BUILT.lock().unwrap_or_else(|e| e.into_inner())[i] = Some((hour, built.clone()));
            built
        }
    };
    let at = all.at.get(selected).copied();
    let first = match (at, selected.parse::<Tz>()) {
        (None, Ok(tz)) => Some(format!(
            "<option value=\"{}\" selected>{}</option>\n",
            escape(selected),
            escape(&zone_label(lang, tz, Utc::now()))
        )),
        _ => None,
    };
    Options { all, at, first }
}

fn build(lang: &str) -> Built {
    let now = Utc::now();
    let mut zones: Vec<(i32, &str, String)> = canonical_zones()
        .iter()
        .filter_map(|id| id.parse::<Tz>().ok().map(|tz| (tz, *id)))
        .map(|(tz, id)| {
            let offset = crate::i18n::zones::offset_seconds(tz, now);
            (offset, id, zone_label(lang, tz, now))
        })
        .collect();
    sort_by_name(lang, &mut zones, |z| zone_city(lang, z.1));
    zones.sort_by_key(|z| z.0);
    let mut html = String::with_capacity(zones.len() * 64);
    let mut at = HashMap::with_capacity(zones.len());
    for (_, id, label) in zones {
        html.push_str(&format!("<option value=\"{}\"", escape(id)));
        at.insert(id.to_string(), html.len());
        html.push_str(&format!(">{}</option>\n", escape(&label)));
    }
    Built { html, at }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::options;

    #[test]
    fn the_chosen_zone_is_selected_once_and_nothing_else_changes() {
        let plain = options("en", "").to_string();
        assert!(!plain.contains("selected"));
        let html = options("en", "Africa/Nairobi").to_string();
        assert_eq!(html.matches(" selected").count(), 1);
        assert!(html.contains("<option value=\"Africa/Nairobi\" selected>"));
        assert_eq!(html.replace(" selected", ""), plain);
        // A zone the list leaves out is put first, selected.
        let alias = options("fr", "Etc/GMT+3").to_string();
        assert!(alias.starts_with("<option value=\"Etc/GMT+3\" selected>"));
        // Not a zone at all: nothing is selected.
        assert_eq!(options("en", "Mars/Olympus").to_string(), plain);
    }
}
