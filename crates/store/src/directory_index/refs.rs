//! Words that name reference data: a word that is part of an organization's or a
//! thematic area's name in one of the six languages finds that organization's people,
//! or those with that expertise, besides those whose own text holds it.

use super::{short_cjk, text_positions, Snapshot};
use crate::db::{query, Db, Result};
use crate::follow::union_sorted;
use std::collections::HashMap;
use std::sync::Arc;

/// The places of the people of each organization (by ID) and of each thematic area (by
/// its place in the `themes` table), in order.
pub(super) struct ByReference {
    orgs: HashMap<i64, Vec<u32>>,
    themes: Vec<Vec<u32>>,
}

impl Snapshot {
    pub(super) fn by_reference(&self) -> &ByReference {
        self.memos.by_reference.get_or_init(|| {
            let mut by = ByReference {
                orgs: HashMap::new(),
                themes: vec![Vec::new(); self.themes.values.len()],
            };
            for (i, e) in self.entries.iter().enumerate() {
                by.orgs.entry(e.org).or_default().push(i as u32);
                e.themes.for_each(|t| {
                    if let Some(list) = by.themes.get_mut(t as usize) {
                        list.push(i as u32);
                    }
                });
            }
            by
        })
    }
}

/// Whether `term` is part of an organization's or a thematic area's name.
pub(super) fn names_reference(snap: &Snapshot, term: &str) -> bool {
    snap.org_text.iter().any(|(_, t)| t.contains(term))
        || snap.theme_text.iter().any(|(_, t)| t.contains(term))
}

/// The places of the people a term matches beyond their own text, in order: a short
/// CJK term through the character index, or a word naming an organization or a
/// thematic area in one of the six languages. People match by their own text, or by
/// their organization or a theme. Kept per snapshot and term, so a query visits only
/// its candidates, never every person.
pub(super) async fn ref_positions(db: &Db, snap: &Snapshot, term: &str) -> Result<Arc<[u32]>> {
    snap.memos
        .refs
        .get_or_try_insert(term.to_string(), || async {
            let people: Vec<u32> = if short_cjk(term) {
                let list: Option<String> = query(
                    "SELECT STRING_AGG(CAST(account_id AS TEXT), ',') FROM directory_grams WHERE gram = $1",
                )
                .bind(term)
                .scalar(db)
                .await?;
                let mut at: Vec<u32> = list
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|x| x.parse().ok())
                    .filter_map(|id| snap.position(id))
                    .collect();
                at.sort_unstable();
                at
            } else {
                text_positions(snap, vec![term.to_string()]).await?.to_vec()
            };
            let orgs: Vec<i64> = snap
                .org_text
                .iter()
                .filter(|(_, t)| t.contains(term))
                .map(|(id, _)| *id)
                .collect();
            let themes: Vec<u16> = snap
                .theme_text
                .iter()
                .filter(|(_, t)| t.contains(term))
                .filter_map(|(id, _)| snap.themes.find(id))
                .collect();
            if orgs.is_empty() && themes.is_empty() {
                return Ok::<_, crate::Error>(people.into());
            }
            let by = snap.by_reference();
            let theirs = orgs
                .iter()
                .filter_map(|o| by.orgs.get(o))
                .chain(themes.iter().filter_map(|t| by.themes.get(*t as usize)))
                .flat_map(|list| list.iter().copied());
            Ok(union_sorted(&people, theirs).into())
        })
        .await
}
