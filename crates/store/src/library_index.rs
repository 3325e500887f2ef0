//! The library's in-memory facet index, one per app node (the directory's design, see
//! `crate::follow`): text matching runs in the database's own index over the folded
//! search text; visibility, filters, the seven facet counts, ranking and ordering run here
//! over a compact copy of every resource not deleted.
//!
//! Visibility is decided per resource by `gctcp_domain::policy::can` itself — the one
//! access policy — so results and counts can never show a resource the viewer may not
//! read, and there is no second, SQL, rendering of the rules to drift from it.

mod rank;
mod tally;
mod text;

use text::text_search;

use crate::db::{query, Db, Result};
use crate::follow::{
    ascending, facet_values, intersect, placeholders, union_sorted, Followed, Follower, Memo,
    Places, Set, Table,
};
use crate::known::Kind;
pub use crate::library::Card;
use chrono::{Datelike, NaiveDate};
use gctcp_domain::directory::fold;
use gctcp_domain::library::DOC_TYPES;
use gctcp_domain::policy::{can, Action, Item, Viewer};
use gctcp_domain::text::{lookup, Lookup};
use memchr::memmem::Finder;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

#[derive(Clone)]
struct Entry {
    id: i64,
    date: NaiveDate,
    doc_type: u8,
    pillars: Set,
    themes: Set,
    langs: Set,
    org: i64,
    space: i64,
    /// Folded title and symbol; folded summary: for ranking.
    title: Box<str>,
    summary: Box<str>,
    item: Item,
}

/// Newest first, then by ID (the same order on both databases).
fn order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then(b.id.cmp(&a.id))
}

pub struct Snapshot {
    generation: i64,
    entries: Vec<Entry>,
    pillars: Table,
    themes: Table,
    langs: Table,
    /// Each resource's place in `entries`.
    positions: OnceLock<Places>,
    /// The places of each organization's resources, in order.
    by_org: OnceLock<HashMap<i64, Vec<u32>>>,
    /// The places of the resources a set of words matches (the same for every reader:
    /// what each may read is decided afterwards, here).
    texts: Memo<Vec<String>, Arc<[u32]>>,
    /// The places of the resources a word naming organizations matches: theirs, or its
    /// text (`named_positions`), by word and organizations.
    named: Memo<(String, Vec<i64>), Arc<[u32]>>,
    /// Whole answers, by reader and query.
    answers: Memo<String, Arc<Found>>,
    /// What each recent reader may read (`readable`), by `viewer_key`.
    readable: Memo<String, Readable>,
    /// The facet counts of the whole library, by reader and filters (`tally`).
    wholes: Memo<String, Arc<tally::Counts>>,
    /// Result cards, by resource.
    cards: Memo<i64, Card>,
    /// Whole resources (their pages), by resource and the directory's generation (the
    /// names of who created and uploaded come with them).
    fulls: Memo<(i64, i64), Option<Arc<crate::library::Full>>>,
}

/// Word sets and whole answers kept per snapshot (see `follow::Memo`).
const TEXT_MEMO: usize = 256;
const ANSWER_MEMO: usize = 256;
/// Readers whose `Readable` bits are kept (6 KB each at 50,000 resources).
const READABLE_MEMO: usize = 512;
const CARD_MEMO: usize = 5_000;
const FULL_MEMO: usize = 2_000;
/// An answer keeps the first IDs of its list (the first fifty pages).
const ANSWER_IDS: usize = 1000;

impl Snapshot {
    fn new(
        generation: i64,
        entries: Vec<Entry>,
        pillars: Table,
        themes: Table,
        langs: Table,
    ) -> Snapshot {
        Snapshot {
            generation,
            entries,
            pillars,
            themes,
            langs,
            positions: OnceLock::new(),
            by_org: OnceLock::new(),
            texts: Memo::new(TEXT_MEMO),
            named: Memo::new(TEXT_MEMO),
            answers: Memo::new(ANSWER_MEMO),
            readable: Memo::new(READABLE_MEMO),
            wholes: Memo::new(ANSWER_MEMO),
            cards: Memo::new(CARD_MEMO),
            fulls: Memo::new(FULL_MEMO),
        }
    }

    fn position(&self, id: i64) -> Option<u32> {
        self.positions
            .get_or_init(|| Places::new(self.entries.iter().map(|e| e.id)))
            .get(id)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[derive(Default)]
pub struct LibraryIndex(Follower<Snapshot>);

impl LibraryIndex {
    pub fn new() -> LibraryIndex {
        LibraryIndex::default()
    }
    pub fn stats(&self) -> (u64, u64) {
        self.0.stats()
    }
    pub async fn snapshot(&self, db: &Db) -> Result<Arc<Snapshot>> {
        self.0.snapshot(db).await
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    doc_type: String,
    published_on: NaiveDate,
    org_id: i64,
    space_id: Option<i64>,
    visibility: String,
    created_by: i64,
    title: String,
    symbol: String,
    summary: String,
    lang: String,
    pillars: String,
    themes: String,
    langs: String,
    reader_spaces: String,
    reader_orgs: String,
}

const ROWS: &str = "SELECT r.id, r.doc_type, r.published_on, r.org_id, r.space_id, r.visibility,
    r.created_by, r.title, r.symbol, r.summary, r.lang,
    COALESCE((SELECT STRING_AGG(CAST(pillar AS TEXT), ',') FROM resource_pillars WHERE resource_id = r.id), '') AS pillars,
    COALESCE((SELECT STRING_AGG(CAST(theme_id AS TEXT), ',') FROM resource_themes WHERE resource_id = r.id), '') AS themes,
    COALESCE((SELECT STRING_AGG(lang, ',') FROM resource_files WHERE resource_id = r.id), '') AS langs,
    COALESCE((SELECT STRING_AGG(CAST(space_id AS TEXT), ',') FROM resource_readers_spaces WHERE resource_id = r.id), '') AS reader_spaces,
    COALESCE((SELECT STRING_AGG(CAST(org_id AS TEXT), ',') FROM resource_readers_orgs WHERE resource_id = r.id), '') AS reader_orgs
    FROM resources r WHERE r.deleted_at IS NULL";

fn ids(list: &str) -> Vec<i64> {
    list.split(',').filter_map(|x| x.parse().ok()).collect()
}

impl Snapshot {
    fn entry(&mut self, r: Row) -> Entry {
        let langs = format!("{},{}", r.lang, r.langs);
        Entry {
            id: r.id,
            date: r.published_on,
            doc_type: DOC_TYPES
                .iter()
                .position(|t| *t == r.doc_type)
                .unwrap_or(DOC_TYPES.len() - 1) as u8,
            pillars: self.pillars.set(&r.pillars),
            themes: self.themes.set(&r.themes),
            langs: self.langs.set(&langs),
            org: r.org_id,
            space: r.space_id.unwrap_or(0),
            title: fold(&format!("{} {}", r.title, r.symbol)).into(),
            summary: fold(&r.summary).into(),
            item: crate::library::item(
                r.created_by,
                r.org_id,
                r.space_id,
                &r.visibility,
                &ids(&r.reader_spaces),
                &ids(&r.reader_orgs),
                // The index holds resources that are not deleted only.
                false,
            ),
        }
    }
}

impl Followed for Snapshot {
    const KIND: Kind = Kind::Library;
    const CHANGES: Option<&'static str> = Some(
        "SELECT generation, resource_id FROM library_changes
            WHERE generation > $1 ORDER BY generation LIMIT $2",
    );

    fn generation(&self) -> i64 {
        self.generation
    }

    async fn load(db: &Db, generation: i64) -> Result<Snapshot> {
        let rows: Vec<Row> = query(ROWS).fetch_all(db).await?;
        let mut snap = Snapshot::new(
            generation,
            Vec::new(),
            Table::default(),
            Table::default(),
            Table::default(),
        );
        let mut entries: Vec<Entry> = rows.into_iter().map(|r| snap.entry(r)).collect();
        entries.sort_by(order);
        snap.entries = entries;
        Ok(snap)
    }

    async fn apply(db: &Db, old: &Snapshot, generation: i64, ids: &[i64]) -> Result<Snapshot> {
        let sql = format!("{ROWS} AND r.id IN ({})", placeholders(ids.len()));
        let mut q = query(sql);
        for id in ids {
            q = q.bind(*id);
        }
        let rows: Vec<Row> = q.fetch_all(db).await?;
        let mut snap = Snapshot::new(
            generation,
            old.entries
                .iter()
                .filter(|e| ids.binary_search(&e.id).is_err())
                .cloned()
                .collect(),
            old.pillars.clone(),
            old.themes.clone(),
            old.langs.clone(),
        );
        for row in rows {
            let e = snap.entry(row);
            let at = snap
                .entries
                .binary_search_by(|x| order(x, &e))
                .unwrap_or_else(|i| i);
            snap.entries.insert(at, e);
        }
        Ok(snap)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first (the default when there is text to match), then newest.
    #[default]
    Relevance,
    Newest,
    Oldest,
}

/// A library search: free text plus filters (all optional, all combined).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded terms; every term must match.
    pub terms: Vec<String>,
    /// Terms that name organizations (in any of the six languages, by code or other
    /// acronym), with those organizations: such a term also matches their resources.
    /// Filled by the use case from the reference data.
    pub org_terms: Vec<(String, Vec<i64>)>,
    pub doc_type: Option<String>,
    pub pillar: Option<i64>,
    pub theme: Option<i64>,
    pub lang: Option<String>,
    pub org: Option<i64>,
    pub space: Option<i64>,
    pub year: Option<i32>,
    pub sort: Sort,
}

/// The facets, in the order the page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    Type,
    Pillar,
    Theme,
    Lang,
    Org,
    Space,
    Year,
}

pub const DIMS: [Dim; 7] = [
    Dim::Type,
    Dim::Pillar,
    Dim::Theme,
    Dim::Lang,
    Dim::Org,
    Dim::Space,
    Dim::Year,
];

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    pub ids: Vec<i64>,
    pub total: i64,
    pub facets: Facets,
}

/// Per dimension, each value with the number of results it would leave; one `Arc` for
/// every page of a kept answer, so that a page knows the same counts by identity.
pub type Facets = Arc<Vec<(Dim, Vec<(String, i64)>)>>;

/// The query's filters resolved against a snapshot (`Some(None)`: a value nothing has).
struct Resolved {
    /// No filter at all: nothing to check.
    none: bool,
    doc_type: Option<Option<u8>>,
    pillar: Option<Option<u16>>,
    theme: Option<Option<u16>>,
    lang: Option<Option<u16>>,
    org: Option<i64>,
    space: Option<i64>,
    year: Option<i32>,
}

impl Resolved {
    fn new(s: &Snapshot, q: &Query) -> Resolved {
        Resolved {
            none: q.doc_type.is_none()
                && q.pillar.is_none()
                && q.theme.is_none()
                && q.lang.is_none()
                && q.org.is_none()
                && q.space.is_none()
                && q.year.is_none(),
            doc_type: q
                .doc_type
                .as_ref()
                .map(|t| DOC_TYPES.iter().position(|x| x == t).map(|p| p as u8)),
            pillar: q.pillar.map(|p| s.pillars.find(&p.to_string())),
            theme: q.theme.map(|t| s.themes.find(&t.to_string())),
            lang: q.lang.as_ref().map(|l| s.langs.find(l)),
            org: q.org,
            space: q.space,
            year: q.year,
        }
    }

    /// Which filters an entry fails, one bit per dimension (in `DIMS` order).
    fn failures(&self, e: &Entry) -> u8 {
        if self.none {
            return 0;
        }
        let in_set = |want: Option<Option<u16>>, set: &Set| {
            want.is_none_or(|v| v.is_some_and(|v| set.contains(v)))
        };
        let checks = [
            self.doc_type.is_none_or(|t| t == Some(e.doc_type)),
            in_set(self.pillar, &e.pillars),
            in_set(self.theme, &e.themes),
            in_set(self.lang, &e.langs),
            self.org.is_none_or(|o| o == e.org),
            self.space.is_none_or(|s| s == e.space),
            self.year.is_none_or(|y| y == e.date.year()),
        ];
        checks
            .iter()
            .enumerate()
            .fold(0u8, |f, (i, ok)| if *ok { f } else { f | 1 << i })
    }
}

/// Whether each entry may be read by one viewer, a bit per place (`can` itself, asked
/// once per snapshot and viewer instead of once per candidate and query).
type Readable = Arc<[u64]>;

/// From this many candidates on, a search asks the viewer's kept `Readable` bits (made
/// once, a pass over every entry) rather than `can` for each candidate.
const READABLE_FROM: usize = 2048;

/// What `can` reads of a viewer, as a key: who, which organization, which role, and each
/// space with the role in it (a chair may read what a member may not).
fn viewer_key(viewer: &Viewer) -> String {
    format!(
        "{}|{}|{:?}|{:?}",
        viewer.id.0, viewer.org.0, viewer.role, viewer.spaces
    )
}

fn readable(snap: &Snapshot, key: &str, viewer: &Viewer) -> Readable {
    if let Some(bits) = snap.readable.get(&key.to_string()) {
        return bits;
    }
    let mut bits = vec![0u64; snap.entries.len().div_ceil(64)];
    for (at, e) in snap.entries.iter().enumerate() {
        if can(viewer, Action::Read, &e.item) {
            bits[at / 64] |= 1 << (at % 64);
        }
    }
    let bits: Readable = bits.into();
    snap.readable.put(key.to_string(), bits.clone());
    bits
}

/// Whether the viewer may read the entry at a place: from their kept bits when a search
/// visits many places, else `can` itself.
fn may_read<'a>(
    bits: &'a Option<Readable>,
    viewer: &'a Viewer,
) -> impl Fn(usize, &Entry) -> bool + 'a {
    move |at, e| match bits {
        Some(b) => b[at / 64] >> (at % 64) & 1 == 1,
        None => can(viewer, Action::Read, &e.item),
    }
}

/// Runs a search for `viewer`: text in the database, everything else here.
pub async fn search(
    index: &LibraryIndex,
    db: &Db,
    viewer: &Viewer,
    q: &Query,
    limit: usize,
    offset: usize,
) -> Result<Found> {
    let snap = index.snapshot(db).await?;
    let page = |f: &Found| Found {
        ids: f.ids.iter().skip(offset).take(limit).copied().collect(),
        total: f.total,
        facets: f.facets.clone(),
    };
    let who = viewer_key(viewer);
    let found = snap
        .answers
        .get_or_try_insert(format!("{who}|{q:?}"), || async {
            let found = answer(db, &snap, viewer, &who, q, ANSWER_IDS).await?;
            Ok::<_, crate::Error>(Arc::new(found))
        })
        .await?;
    if offset + limit <= ANSWER_IDS {
        return Ok(page(&found));
    }
    // Deeper than an answer keeps: the whole list again, with the kept counts (the same
    // counts, and the same `Arc`, so the page's rendered filters are found kept).
    let whole = answer(db, &snap, viewer, &who, q, offset + limit).await?;
    Ok(page(&Found {
        facets: found.facets.clone(),
        ..whole
    }))
}

impl LibraryIndex {
    /// The cards of `ids`, in that order (read once per snapshot: every change to what a
    /// card shows — the resource, its files, their text extraction — is a change of the
    /// library's generation). The organization's code is as the card was read; pages
    /// take it from the reference data.
    pub async fn cards(&self, db: &Db, ids: &[i64]) -> Result<Vec<Card>> {
        let snap = self.snapshot(db).await?;
        let mut out: Vec<Option<Card>> = ids.iter().map(|id| snap.cards.get(id)).collect();
        let missing: Vec<i64> = ids
            .iter()
            .zip(&out)
            .filter(|(_, c)| c.is_none())
            .map(|(id, _)| *id)
            .collect();
        if !missing.is_empty() {
            for c in crate::library::cards(db, &missing).await? {
                snap.cards.put(c.id, c.clone());
                if let Some(at) = ids.iter().position(|i| *i == c.id) {
                    out[at] = Some(c);
                }
            }
        }
        Ok(out.into_iter().flatten().collect())
    }

    /// A resource with everything its page shows, deleted or not, read once per snapshot
    /// and directory generation (`people`): every change to the resource, its files and
    /// their extraction is a change of the library's generation, and a renamed person is
    /// a change of the directory's. Organization and space names are as read; pages take
    /// them from the reference data.
    pub async fn full(
        &self,
        db: &Db,
        id: i64,
        people: i64,
    ) -> Result<Option<Arc<crate::library::Full>>> {
        let snap = self.snapshot(db).await?;
        snap.fulls
            .get_or_try_insert((id, people), || async move {
                Ok(crate::library::get(db, id).await?.map(Arc::new))
            })
            .await
    }
}

/// The `limit` newest resources this viewer may read (the dashboard's list: no facets).
pub async fn newest(
    index: &LibraryIndex,
    db: &Db,
    viewer: &Viewer,
    limit: usize,
) -> Result<Vec<i64>> {
    let snap = index.snapshot(db).await?;
    Ok(snap
        .entries
        .iter()
        .filter(|e| can(viewer, Action::Read, &e.item))
        .take(limit)
        .map(|e| e.id)
        .collect())
}

/// The places in `entries` of the resources every term matches, in order.
async fn text_positions(db: &Db, snap: &Snapshot, terms: Vec<String>) -> Result<Arc<[u32]>> {
    snap.texts
        .get_or_try_insert(terms.clone(), || async {
            let at: Vec<u32> = text_search(db, &terms)
                .await?
                .into_iter()
                .filter_map(|id| snap.position(id))
                .collect();
            Ok::<_, crate::Error>(ascending(at, snap.entries.len()).into())
        })
        .await
}

/// The places of the resources of `orgs` and of those whose text `term` matches, in
/// order (kept per snapshot, so a query naming an organization visits only these).
async fn named_positions(db: &Db, snap: &Snapshot, term: &str, orgs: &[i64]) -> Result<Arc<[u32]>> {
    snap.named
        .get_or_try_insert((term.to_string(), orgs.to_vec()), || async {
            let text = text_positions(db, snap, vec![term.to_string()]).await?;
            let by_org = snap.by_org.get_or_init(|| {
                let mut by: HashMap<i64, Vec<u32>> = HashMap::new();
                for (i, e) in snap.entries.iter().enumerate() {
                    by.entry(e.org).or_default().push(i as u32);
                }
                by
            });
            let theirs = orgs
                .iter()
                .filter_map(|o| by_org.get(o))
                .flat_map(|list| list.iter().copied());
            Ok::<_, crate::Error>(union_sorted(&text, theirs).into())
        })
        .await
}

/// The answer: the first `keep` matches this viewer may read, in order; the total; the
/// facets.
async fn answer(
    db: &Db,
    snap: &Snapshot,
    viewer: &Viewer,
    who: &str,
    q: &Query,
    keep: usize,
) -> Result<Found> {
    // Terms go to the database's indexes (titles, summaries, symbols, organizations and
    // the text of files): words of alphabetic scripts and one- or two-character Chinese,
    // Japanese and Korean words to the word index, other terms of three characters or
    // more (Arabic, symbols) to the trigram index. Other short terms ("UN") would match
    // most of any text as a word beginning: they are matched here against titles,
    // symbols and summaries.
    // A term that names organizations matches their resources or its text, on its own.
    let mut named: Vec<Arc<[u32]>> = Vec::new();
    for (term, orgs) in &q.org_terms {
        if q.terms.contains(term) && lookup(term) != Lookup::Short {
            named.push(named_positions(db, snap, term, orgs).await?);
        }
    }
    let (long, short): (Vec<String>, Vec<String>) = q
        .terms
        .iter()
        .filter(|t| !q.org_terms.iter().any(|(n, _)| n == *t) || lookup(t) == Lookup::Short)
        .cloned()
        .partition(|t| lookup(t) != Lookup::Short);
    // The candidates: the places every indexed term matched (None: every resource).
    let mut candidates: Option<Arc<[u32]>> = if long.is_empty() {
        None
    } else {
        Some(text_positions(db, snap, long).await?)
    };
    for at in named {
        candidates = Some(match candidates {
            None => at,
            Some(c) => intersect(&c, &at).into(),
        });
    }
    let r = Resolved::new(snap, q);
    let short: Vec<Finder> = short.iter().map(|t| Finder::new(t.as_bytes())).collect();
    let n = snap.entries.len() as u32;
    let (mut hits, counts) = match &candidates {
        None => {
            let bits = (n as usize >= READABLE_FROM).then(|| readable(snap, who, viewer));
            tally::direct(snap, 0..n, &short, may_read(&bits, viewer), &r)
        }
        Some(places) if short.is_empty() && tally::worth_complement(places.len(), n as usize) => {
            // Most of the library matched: its counts are the whole library's (for this
            // reader and these filters, kept) less those of what did not match.
            let bits = Some(readable(snap, who, viewer));
            let whole = Query {
                terms: Vec::new(),
                org_terms: Vec::new(),
                sort: Sort::Newest,
                ..q.clone()
            };
            let whole = snap
                .wholes
                .get_or_try_insert(format!("{who}|{whole:?}"), || async {
                    let (_, c) = tally::direct(snap, 0..n, &[], may_read(&bits, viewer), &r);
                    Ok::<_, crate::Error>(Arc::new(c))
                })
                .await?;
            let read = may_read(&bits, viewer);
            tally::by_complement(snap, places, |at| read(at, &snap.entries[at]), &r, &whole)
        }
        Some(places) => {
            let bits = (places.len() >= READABLE_FROM).then(|| readable(snap, who, viewer));
            tally::direct(
                snap,
                places.iter().copied(),
                &short,
                may_read(&bits, viewer),
                &r,
            )
        }
    };
    let total = hits.len() as i64;
    let sort = match q.sort {
        Sort::Relevance if q.terms.is_empty() => Sort::Newest,
        s => s,
    };
    match sort {
        Sort::Relevance => {
            let terms: Vec<Finder> = q.terms.iter().map(|t| Finder::new(t.as_bytes())).collect();
            let e = |at: usize| &snap.entries[at];
            hits = match terms.as_slice() {
                [t] => rank::best_first_one(
                    &hits,
                    keep,
                    |at| t.find(e(at).title.as_bytes()).is_some(),
                    |at| t.find(e(at).summary.as_bytes()).is_some(),
                ),
                _ => rank::best_first(&hits, keep, rank::top(terms.len()), |at| {
                    rank::score(&e(at).title, &e(at).summary, &terms)
                }),
            };
        }
        Sort::Oldest => hits.reverse(),
        Sort::Newest => {}
    }
    let ids = hits
        .iter()
        .take(keep)
        .map(|at| snap.entries[*at].id)
        .collect();
    let facets: Facets = Arc::new(
        DIMS.iter()
            .zip(counts)
            .map(|(dim, c)| {
                let mut values = facet_values(c, |k| match dim {
                    Dim::Type => DOC_TYPES[k].to_string(),
                    Dim::Pillar => snap.pillars.values[k].clone(),
                    Dim::Theme => snap.themes.values[k].clone(),
                    Dim::Lang => snap.langs.values[k].clone(),
                    Dim::Org | Dim::Space => k.to_string(),
                    Dim::Year => (tally::FIRST_YEAR + k as i32).to_string(),
                });
                match dim {
                    Dim::Year => values.sort_by(|a, b| b.0.cmp(&a.0)),
                    _ => values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0))),
                }
                (*dim, values)
            })
            .collect(),
    );
    Ok(Found { ids, total, facets })
}

/// Forgets change records no node can still need.
pub async fn prune_changes(db: &Db) -> Result<u64> {
    query(
        "DELETE FROM library_changes WHERE generation < (SELECT generation FROM generations WHERE kind = 1) - 10000",
    )
    .execute(db)
    .await
}
