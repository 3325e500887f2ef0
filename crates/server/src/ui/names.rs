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

/// Thematic areas by name in the reader's collation.
pub fn themes(catalog: &Catalog, lang: &str) -> Vec<Theme> {
    let mut v = catalog.themes.clone();
    sort_by_name(lang, &mut v, |t| t.name(lang));
    v
}
