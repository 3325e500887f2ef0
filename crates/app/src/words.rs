//! The words of a list's search box (activities, projects), each with the items it finds:
//! those whose own folded text holds it (one pass over the list's `Texts`) and those of
//! the organizations whose code or names in the six languages hold it (from the list's
//! `OrgPlaces`). An item matches when every word finds it.

use gctcp_domain::directory::terms;
use gctcp_store::catalog::Catalog;
use gctcp_store::texts::Texts;
use std::collections::HashMap;

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
