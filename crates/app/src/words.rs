//! The words of a list's search box (activities, projects), each with the items it finds:
//! those whose own folded text holds it (one pass over the list's `Texts`) and those of
//! the organizations whose code or names in the six languages hold it (from the list's
//! `OrgPlaces`). An item matches when every word finds it.

use gctcp_domain::directory::terms;
use gctcp_store::catalog::Catalog;
use gctcp_store::follow::Memo;
use gctcp_store::texts::Texts;
use std::collections::HashMap;
use std::sync::Arc;

/// For each organization, the places (in the list) of the items it leads, partners or
/// benefits from, each once.
#[derive(Default)]
pub struct OrgPlaces(HashMap<i64, Vec<u32>>);

impl OrgPlaces {
    /// From each item's organizations, in the list's order.
    pub fn new<I: IntoIterator<Item = i64>>(items: impl Iterator<Item = I>) -> OrgPlaces {
        let mut m: HashMap<i64, Vec<u32>> = HashMap::new();
        for (place, orgs) in items.enumerate() {
            for o in orgs {
                let v = m.entry(o).or_default();
                if v.last() != Some(&(place as u32)) {
                    v.push(place as u32);
                }
            }
        }
        OrgPlaces(m)
    }
}

/// Per word, whether it finds each item.
pub struct Words(Vec<Vec<bool>>);

impl Words {
    pub fn new(q: &str, texts: &Texts, orgs: &OrgPlaces, catalog: &Catalog) -> Words {
        Words(
            terms(q)
                .into_iter()
                .map(|w| {
                    let mut found = texts.containing(&w);
                    for o in catalog.orgs_containing(&w) {
                        for place in orgs.0.get(&o).into_iter().flatten() {
                            if let Some(f) = found.get_mut(*place as usize) {
                                *f = true;
                            }
                        }
                    }
                    found
                })
                .collect(),
        )
    }

    /// No words: every item matches.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every word finds the item at place `i`.
    pub fn matches(&self, i: usize) -> bool {
        self.0.iter().all(|found| found[i])
    }
}

/// Global search's page of a list: the places (in `order`) of the items every word of `q`
/// finds, worked out once per query and kept in `kept`, then `limit` items from `offset`.
/// Returns how many there are in all, and the page.
#[allow(clippy::too_many_arguments)]
pub fn kept_page<T>(
    kept: &Memo<Vec<String>, Arc<Vec<u32>>>,
    q: &str,
    texts: &Texts,
    orgs: &OrgPlaces,
    catalog: &Catalog,
    order: impl Iterator<Item = usize>,
    items: &[Arc<T>],
    (limit, offset): (usize, usize),
) -> (usize, Vec<Arc<T>>) {
    let key = terms(q);
    let places = match kept.get(&key) {
        Some(p) => p,
        None => {
            let words = Words::new(q, texts, orgs, catalog);
            let places: Arc<Vec<u32>> = Arc::new(
                order
                    .filter(|i| words.matches(*i))
                    .map(|i| i as u32)
                    .collect(),
            );
            kept.put(key, places.clone());
            places
        }
    };
    let page = places
        .iter()
        .skip(offset)
        .take(limit)
        .map(|i| items[*i as usize].clone())
        .collect();
    (places.len(), page)
}
