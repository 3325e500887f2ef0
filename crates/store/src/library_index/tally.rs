//! A search's matches and its seven facet counts, from the places its text matched.
//!
//! A broad term ("con", "ter") matches most of the library. Counting its facets means
//! visiting tens of thousands of entries, seven dimensions each (a quarter of the node's
//! time for a new broad query). The same counts come from the other side: what the
//! viewer's filters leave of the *whole* library (kept per viewer and filters) minus what
//! they leave of the entries the text did *not* match. When the text matched more than
//! half, that visits fewer entries; the arithmetic gives exactly the same numbers.

use super::{Dim, Entry, Resolved, Snapshot, DIMS};
use chrono::Datelike;
use memchr::memmem::Finder;

/// Per dimension (in `DIMS` order), the number of results each value would leave,
/// indexed by value (a type's or a set value's number, an organization's or space's ID,
/// a year from `FIRST_YEAR`).
pub(super) type Counts = [Vec<i64>; DIMS.len()];

/// Years are counted from here.
pub(super) const FIRST_YEAR: i32 = 1900;

/// Adds `by` to each of `e`'s values in the dimensions whose *other* filters it passes
/// (`fails`: one bit per failed filter, `Resolved::failures`, in `DIMS` order). A value
/// shows how many results choosing it would leave, so its own dimension's filter does not
/// count: an entry that fails no filter counts in every dimension, one that fails one
/// filter in that filter's dimension only, one that fails two in none.
fn add(counts: &mut Counts, e: &Entry, fails: u8, by: i64) {
    fn bump(c: &mut Vec<i64>, k: usize, by: i64) {
        if c.len() <= k {
            c.resize(k + 1, 0);
        }
        c[k] += by;
    }
    let only = match fails {
        0 => None,
        f if f.is_power_of_two() => Some(DIMS[f.trailing_zeros() as usize]),
        _ => return,
    };
    let wants = |d: Dim| only.is_none_or(|o| o == d);
    let [types, pillars, themes, langs, orgs, spaces, years] = counts;
    if wants(Dim::Type) {
        bump(types, e.doc_type as usize, by);
    }
    if wants(Dim::Pillar) {
        e.pillars.for_each(|v| bump(pillars, v as usize, by));
    }
    if wants(Dim::Theme) {
        e.themes.for_each(|v| bump(themes, v as usize, by));
    }
    if wants(Dim::Lang) {
        e.langs.for_each(|v| bump(langs, v as usize, by));
    }
    if wants(Dim::Org) {
        bump(orgs, e.org.max(0) as usize, by);
    }
    if wants(Dim::Space) && e.space > 0 {
        bump(spaces, e.space as usize, by);
    }
    if wants(Dim::Year) {
        bump(years, (e.date.year() - FIRST_YEAR).max(0) as usize, by);
    }
}

/// The results among `places` (ascending places in `snap.entries`) — those every short
/// term finds in the title or summary, that the viewer may read and that pass every
/// filter — in order, with the facet counts, visiting each place.
pub(super) fn direct(
    snap: &Snapshot,
    places: impl Iterator<Item = u32>,
    short: &[Finder],
    may_read: impl Fn(usize, &Entry) -> bool,
    r: &Resolved,
) -> (Vec<usize>, Counts) {
    let mut hits = Vec::new();
    let mut counts = Counts::default();
    for at in places {
        let at = at as usize;
        let e = &snap.entries[at];
        if !short
            .iter()
            .all(|t| t.find(e.title.as_bytes()).is_some() || t.find(e.summary.as_bytes()).is_some())
        {
            continue;
        }
        if !may_read(at, e) {
            continue;
        }
        let fails = r.failures(e);
        if fails == 0 {
            hits.push(at);
        }
        add(&mut counts, e, fails, 1);
    }
    (hits, counts)
}

/// The same as `direct` over `places` with no short terms, from `whole` (`direct`'s
/// counts over every entry, for the same viewer and filters): the hits are found among
/// `places`, the counts of the entries outside them are taken away from `whole`.
pub(super) fn by_complement(
    snap: &Snapshot,
    places: &[u32],
    may_read: impl Fn(usize) -> bool,
    r: &Resolved,
    whole: &Counts,
) -> (Vec<usize>, Counts) {
    let mut hits = Vec::with_capacity(places.len());
    for &at in places {
        let at = at as usize;
        if may_read(at) && r.failures(&snap.entries[at]) == 0 {
            hits.push(at);
        }
    }
    let mut counts = whole.clone();
    let mut next = places.iter().peekable();
    for at in 0..snap.entries.len() {
        if next.next_if(|p| **p as usize == at).is_some() || !may_read(at) {
            continue;
        }
        let e = &snap.entries[at];
        add(&mut counts, e, r.failures(e), -1);
    }
    (hits, counts)
}

/// Whether counting by the complement visits fewer entries: the text matched more than
/// half of them.
pub(super) fn worth_complement(places: usize, entries: usize) -> bool {
    places * 2 > entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow::Table;
    use crate::library_index::{Query, Snapshot};
    use chrono::NaiveDate;
    use gctcp_domain::policy::Viewer;
    use gctcp_domain::{AccountId, OrgId, PlatformRole, SpaceId, SpaceRole};

    /// A library of `n` pseudo-random resources: types, pillars, themes, languages,
    /// organizations, spaces, years and visibilities drawn from small ranges, so that
    /// every facet has several values and the viewer may read some but not all.
    fn library(n: usize, seed: u64) -> Snapshot {
        let mut seed = seed;
        let mut next = move |k: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % k
        };
        let mut snap = Snapshot::new(
            1,
            Vec::new(),
            Table::default(),
            Table::default(),
            Table::default(),
        );
        let mut entries = Vec::new();
        for id in 1..=n as i64 {
            let list = |next: &mut dyn FnMut(u64) -> u64, of: u64| {
                (0..next(3))
                    .map(|_| (1 + next(of)).to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let pillars = list(&mut next, 4);
            let themes = list(&mut next, 12);
            let langs = ["en", "fr", "ar", "ru", "zh", "es"][next(6) as usize].to_string();
            let org = 1 + next(9) as i64;
            let space = next(4) as i64;
            let visibility = ["all", "spaces", "orgs"][next(3) as usize];
            let row = super::super::Row {
                id,
                doc_type: gctcp_domain::library::DOC_TYPES[next(5) as usize].to_string(),
                published_on: NaiveDate::from_ymd_opt(
                    2015 + next(10) as i32,
                    1 + next(12) as u32,
                    1,
                )
                .unwrap(),
                org_id: org,
                space_id: (space > 0).then_some(space),
                visibility: visibility.to_string(),
                created_by: 100 + next(50) as i64,
                title: format!("title {id}"),
                symbol: String::new(),
                summary: String::new(),
                lang: langs,
                pillars,
                themes,
                langs: String::new(),
                reader_spaces: (1 + next(3)).to_string(),
                reader_orgs: format!("{},{}", org, 1 + next(9)),
            };
            entries.push(snap.entry(row));
        }
        entries.sort_by(super::super::order);
        snap.entries = entries;
        snap
    }

    #[test]
    fn counting_by_the_complement_gives_the_direct_counts() {
        let viewer = Viewer {
            id: AccountId(7),
            org: OrgId(3),
            role: PlatformRole::FocalPoint,
            spaces: [
                (SpaceId(1), SpaceRole::Member),
                (SpaceId(2), SpaceRole::Chair),
            ]
            .into(),
        };
        let queries = [
            Query::default(),
            Query {
                pillar: Some(2),
                ..Query::default()
            },
            Query {
                theme: Some(5),
                lang: Some("fr".into()),
                ..Query::default()
            },
            Query {
                org: Some(3),
                year: Some(2019),
                doc_type: Some(gctcp_domain::library::DOC_TYPES[1].into()),
                ..Query::default()
            },
            Query {
                space: Some(2),
                pillar: Some(9),
                ..Query::default()
            },
        ];
        for seed in 0..6 {
            let snap = library(600, seed);
            let n = snap.entries.len() as u32;
            let may_read = |_: usize, e: &Entry| {
                gctcp_domain::policy::can(&viewer, gctcp_domain::policy::Action::Read, &e.item)
            };
            for q in &queries {
                let r = Resolved::new(&snap, q);
                let (_, whole) = direct(&snap, 0..n, &[], may_read, &r);
                for keep_one_in in [1, 2, 3, 7] {
                    let places: Vec<u32> = (0..n)
                        .filter(|p| (p * 31 + seed as u32) % keep_one_in != 1)
                        .collect();
                    let want = direct(&snap, places.iter().copied(), &[], may_read, &r);
                    let got = by_complement(
                        &snap,
                        &places,
                        |at| may_read(at, &snap.entries[at]),
                        &r,
                        &whole,
                    );
                    // The same hits; the same non-zero counts (a vector may be longer,
                    // with zeros, when the whole library has values the matches lack).
                    assert_eq!(got.0, want.0, "seed {seed}, {q:?}, one in {keep_one_in}");
                    assert!(!want.0.is_empty() || q != &queries[0]);
                    for (d, (g, w)) in got.1.iter().zip(&want.1).enumerate() {
                        let nonzero = |c: &Vec<i64>| {
                            c.iter()
                                .enumerate()
                                .filter(|(_, n)| **n != 0)
                                .map(|(k, n)| (k, *n))
                                .collect::<Vec<_>>()
                        };
                        assert_eq!(
                            nonzero(g),
                            nonzero(w),
                            "seed {seed}, {q:?}, one in {keep_one_in}, {:?}",
                            DIMS[d]
                        );
                        assert!(g.iter().all(|n| *n >= 0));
                    }
                }
            }
        }
    }
}
