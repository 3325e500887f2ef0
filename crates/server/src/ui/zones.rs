//! The time-zone picker: every zone by the city people know it by, in the reader's
//! language, with its offset now ("Nairobi (UTC+3)"), nearest offsets together.

use crate::i18n::{canonical_zones, sort_by_name, zone_city, zone_label, LANGS};
use chrono::Utc;
use chrono_tz::Tz;
use std::sync::{Arc, Mutex};

/// The `<option>`s, `selected` chosen (kept even if it is an alias the list leaves out).
/// Built once per language and hour (offsets follow daylight saving), then shared.
pub fn options(lang: &str, selected: &str) -> String {
    type Built = Option<(i64, Arc<String>)>;
    static BUILT: Mutex<[Built; 6]> = Mutex::new([const { None }; 6]);
    let i = crate::i18n::lang_index(lang);
    let hour = Utc::now().timestamp() / 3600;
    let cached = BUILT.lock().unwrap_or_else(|e| e.into_inner())[i]
        .as_ref()
        .filter(|(h, _)| *h == hour)
        .map(|(_, html)| html.clone());
    let all = match cached {
        Some(html) => html,
        None => {
            let html = Arc::new(build(LANGS[i]));
            BUILT.lock().unwrap_or_else(|e| e.into_inner())[i] = Some((hour, html.clone()));
            html
        }
    };
    let mine = format!("<option value=\"{}\">", escape(selected));
    match all.find(&mine) {
        Some(at) => {
            let mut out = String::with_capacity(all.len() + 10);
            out.push_str(&all[..at + mine.len() - 1]);
            out.push_str(" selected>");
            out.push_str(&all[at + mine.len()..]);
            out
        }
        None => match selected.parse::<Tz>() {
            Ok(tz) => format!(
                "<option value=\"{}\" selected>{}</option>\n{all}",
                escape(selected),
                escape(&zone_label(lang, tz, Utc::now()))
            ),
            Err(_) => all.to_string(),
        },
    }
}

fn build(lang: &str) -> String {
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
    let mut out = String::with_capacity(zones.len() * 64);
    for (_, id, label) in zones {
        out.push_str(&format!(
            "<option value=\"{}\">{}</option>\n",
            escape(id),
            escape(&label)
        ));
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
