//! Reference lists for forms, in the reader's language and collation.

use crate::i18n::sort_by_name;
use gctcp_store::catalog::Catalog;
use gctcp_store::directory::Theme;
use gctcp_store::orgs::Org;

/// Compact entities, then Member States, each by name in the reader's collation.
pub fn orgs(catalog: &Catalog, lang: &str) -> Vec<Org> {
    let mut v = catalog.orgs.clone();
    sort_by_name(lang, &mut v, |o| o.name(lang));
    v.sort_by_key(|o| o.is_member_state());
    v
}

/// Organizations as filters name them, "Name (CODE)" in the reader's language, with
/// their place in the reader's collation: made once per reference data and language
/// (a filter lists up to 239 of them on every search page).
pub struct OrgLabels {
    by_id: std::collections::HashMap<i64, (u32, String)>,
}

impl OrgLabels {
    pub fn label(&self, id: i64) -> Option<&str> {
        self.by_id.get(&id).map(|(_, l)| l.as_str())
    }
    /// The place in the reader's collation (unknown ones last).
    pub fn rank(&self, id: i64) -> u32 {
        self.by_id.get(&id).map_or(u32::MAX, |(r, _)| *r)
    }
}

pub fn org_labels(catalog: &std::sync::Arc<Catalog>, lang: &str) -> std::sync::Arc<OrgLabels> {
    use std::sync::{Arc, Mutex};
    // The catalog they were made from (kept, so that its address is not reused) and the
    // labels in each language.
    type Kept = (Arc<Catalog>, [Option<Arc<OrgLabels>>; 6]);
    static KEPT: Mutex<Option<Kept>> = Mutex::new(None);
    let i = crate::i18n::lang_index(lang);
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    if !matches!(&*kept, Some((c, _)) if Arc::ptr_eq(c, catalog)) {
        *kept = Some((catalog.clone(), Default::default()));
    }
    let (_, langs) = kept.as_mut().expect("just set");
    langs[i]
        .get_or_insert_with(|| {
            let lang = crate::i18n::LANGS[i];
            let mut labels: Vec<(i64, String)> = catalog
                .orgs
                .iter()
                .map(|o| (o.id, format!("{} ({})", o.name(lang), o.code)))
                .collect();
            sort_by_name(lang, &mut labels, |(_, l)| l);
            Arc::new(OrgLabels {
                by_id: labels
                    .into_iter()
                    .enumerate()
                    .map(|(rank, (id, l))| (id, (rank as u32, l)))
                    .collect(),
            })
        })
        .clone()
}

/// Thematic areas by name in the reader's collation.
pub fn themes(catalog: &Catalog, lang: &str) -> Vec<Theme> {
    let mut v = catalog.themes.clone();
    sort_by_name(lang, &mut v, |t| t.name(lang));
    v
}

/// Names of reference data in the reader's language.
pub struct Names {
    pub catalog: std::sync::Arc<Catalog>,
    pub lang: &'static str,
}

impl Names {
    /// Organizations in the reader's collation, by the ranks kept per language (no
    /// collation at each call).
    pub fn in_order(&self, ids: &[i64]) -> Vec<i64> {
        let labels = org_labels(&self.catalog, self.lang);
        let mut ids = ids.to_vec();
        ids.sort_by_key(|id| labels.rank(*id));
        ids
    }

    pub fn org(&self, id: i64) -> String {
        self.catalog
            .org(gctcp_domain::OrgId(id))
            .map(|o| o.name(self.lang).to_string())
            .unwrap_or_default()
    }
    pub fn code(&self, id: i64) -> String {
        self.catalog
            .org(gctcp_domain::OrgId(id))
            .map(|o| o.code.clone())
            .unwrap_or_default()
    }
    pub fn theme(&self, id: i64) -> String {
        self.catalog
            .theme(id)
            .map(|t| t.name(self.lang).to_string())
            .unwrap_or_default()
    }
    pub fn theme_slug(&self, id: i64) -> String {
        self.catalog
            .theme(id)
            .map(|t| t.slug.clone())
            .unwrap_or_default()
    }
    pub fn pillar(&self, n: i64) -> String {
        self.catalog
            .pillar(n)
            .map(|p| p.name(self.lang).to_string())
            .unwrap_or_default()
    }
    pub fn region(&self, english: &str) -> String {
        self.catalog.region_name(english, self.lang).to_string()
    }
}
