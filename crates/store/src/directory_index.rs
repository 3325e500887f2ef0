//! The directory's in-memory facet index, one per app node.
//!
//! Text is searched in memory too: each person's own words by trigrams (`text`), the
//! names of their organization and thematic areas in six languages through the
//! reference data (`refs`). Filters, the eight facet counts and the name ordering are
//! then computed here, over a compact copy of every active person's filter values, kept
//! sorted by name. At 100,000 people a facet pass
//! takes a few milliseconds, where eight GROUP BY queries took hundreds.
//!
//! The copy follows the database through its counter (`known::Kind::Directory`) and the
//! `directory_changes` log (see `crate::follow`).

use crate::db::{query, Db, Result};
use crate::directory::Hit;
use crate::follow::{
    facet_values, intersect, placeholders, Followed, Follower, Memo, Places, Set, Table, TRIGRAM,
};
use crate::known::Kind;
use gctcp_domain::directory::{fold, is_cjk};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

mod probe;
mod refs;
mod text;
use probe::{Names, Probe};
use refs::{names_reference, ref_positions, ByReference};
use text::OwnText;

/// A directory search: free text plus filters (all optional, all combined).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded terms (see `gctcp_domain::directory::terms`); every term must match.
    pub terms: Vec<String>,
    pub org_type: Option<String>,
    pub org: Option<i64>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub regional_group: Option<String>,
    pub space: Option<i64>,
    pub theme: Option<i64>,
    pub lang: Option<String>,
}

/// The filter dimensions (facets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    OrgType,
    Org,
    Region,
    Subregion,
    RegionalGroup,
    Space,
    Theme,
    Lang,
}

pub const DIMS: [Dim; 8] = [
    Dim::OrgType,
    Dim::Org,
    Dim::Region,
    Dim::Subregion,
    Dim::RegionalGroup,
    Dim::Space,
    Dim::Theme,
    Dim::Lang,
];

/// One person's filter values.
#[derive(Clone)]
struct Entry {
    id: i64,
    name_key: Arc<str>,
    /// What the search's ordering asks of the name, kept here (see `probe`).
    probe: Probe,
    org: i64,
    org_type: u8,
    region: u16,
    subregion: u16,
    group: u16,
    langs: Set,
    themes: Set,
    spaces: Set,
}

const ORG_TYPES: [&str; 3] = ["member_state", "compact_member", "compact_observer"];

/// A snapshot of the directory at one generation.
pub struct Snapshot {
    generation: i64,
    entries: Vec<Entry>,
    regions: Table,
    subregions: Table,
    groups: Table,
    langs: Table,
    themes: Table,
    spaces: Table,
    /// Folded code, other acronyms and six-language names of every organization, and the
    /// six names of every thematic area: a word that names one of them finds the people
    /// of that organization or with that expertise, in whatever language the reader
    /// writes (people's own text is in `text`).
    org_text: Vec<(i64, String)>,
    theme_text: Vec<(String, String)>,
    /// Every listed person's own text, searched in memory.
    text: OwnText,
    /// People per organization and per space, counted once per snapshot.
    counts: OnceLock<Arc<Counts>>,
    /// What was computed from this snapshot and kept with it.
    memos: Memos,
}

/// Answers kept with one snapshot (see `follow::Memo`).
struct Memos {
    /// "Same thematic areas" lists already ranked, by set of themes.
    similar: Memo<Vec<u16>, Arc<[(i64, i64)]>>,
    /// Each person's place in `entries`.
    positions: OnceLock<Places>,
    /// The places of each organization's people, and of each thematic area's.
    by_reference: OnceLock<ByReference>,
    /// The places of the people a set of words matches (`text`).
    texts: Memo<Vec<String>, Arc<[u32]>>,
    /// The places of the people a word naming reference data matches (`ref_positions`).
    refs: Memo<String, Arc<[u32]>>,
    /// Whole answers, by query.
    answers: Memo<String, Arc<Found>>,
    /// Result rows, by person.
    hits: Memo<i64, Hit>,
    /// Whole profiles (person pages, profile forms), by person.
    profiles: Memo<i64, Option<Arc<crate::directory::Profile>>>,
}

impl Memos {
    fn new() -> Memos {
        Memos {
            similar: Memo::new(SIMILAR_MEMO),
            positions: OnceLock::new(),
            by_reference: OnceLock::new(),
            texts: Memo::new(TEXT_MEMO),
            refs: Memo::new(TEXT_MEMO),
            answers: Memo::new(ANSWER_MEMO),
            hits: Memo::new(HIT_MEMO),
            profiles: Memo::new(PROFILE_MEMO),
        }
    }
}

impl Snapshot {
    fn position(&self, id: i64) -> Option<u32> {
        self.memos
            .positions
            .get_or_init(|| Places::new(self.entries.iter().map(|e| e.id)))
            .get(id)
    }
}

/// Word sets, whole answers and result rows kept per snapshot (see `follow::Memo`).
const TEXT_MEMO: usize = 256;
const HIT_MEMO: usize = 20_000;
const PROFILE_MEMO: usize = 5_000;
const ANSWER_MEMO: usize = 128;
/// An answer keeps the first IDs of its list (the first fifty pages); a page beyond is
/// computed afresh.
const ANSWER_IDS: usize = 1000;

impl Snapshot {
    pub fn generation(&self) -> i64 {
        self.generation
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The per-node cache of the snapshot.
#[derive(Default)]
pub struct DirectoryIndex(Follower<Snapshot>);

impl DirectoryIndex {
    pub fn new() -> DirectoryIndex {
        DirectoryIndex::default()
    }

    /// How often this node rebuilt its index from scratch, and caught up incrementally.
    pub fn stats(&self) -> (u64, u64) {
        self.0.stats()
    }

    pub async fn snapshot(&self, db: &Db) -> Result<Arc<Snapshot>> {
        self.0.snapshot(db).await
    }

    /// The directory's current generation, without loading the index.
    pub async fn generation(&self, db: &Db) -> Result<i64> {
        self.0.generation(db).await
    }
}

impl Followed for Snapshot {
    const KIND: Kind = Kind::Directory;
    const CHANGES: Option<&'static str> = Some(
        "SELECT generation, account_id FROM directory_changes
            WHERE generation > $1 ORDER BY generation LIMIT $2",
    );
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Snapshot> {
        load(db, generation).await
    }
    async fn apply(db: &Db, old: &Snapshot, generation: i64, ids: &[i64]) -> Result<Snapshot> {
        apply(db, old, generation, ids).await
    }
}

#[derive(sqlx::FromRow)]
struct DocRow {
    account_id: i64,
    doc: String,
    name_key: String,
    org_id: i64,
    org_type: String,
    region: String,
    subregion: String,
    regional_group: String,
    langs: String,
    themes: String,
    spaces: String,
}

const DOC_COLUMNS: &str =
    "account_id, doc, name_key, org_id, org_type, region, subregion, regional_group, langs, themes, spaces";

impl Snapshot {
    /// Turns a row into an entry, interning its values.
    fn entry(&mut self, d: DocRow) -> Entry {
        Entry {
            id: d.account_id,
            org: d.org_id,
            org_type: ORG_TYPES.iter().position(|t| *t == d.org_type).unwrap_or(1) as u8,
            region: self.regions.id(&d.region),
            subregion: self.subregions.id(&d.subregion),
            group: self.groups.id(&d.regional_group),
            langs: self.langs.set(&d.langs),
            themes: self.themes.set(&d.themes),
            spaces: self.spaces.set(&d.spaces),
            probe: Probe::of(&d.name_key),
            name_key: d.name_key.into(),
        }
    }
}

/// Byte order of the folded names, then ID: the same order on both databases.
fn order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    a.name_key
        .as_bytes()
        .cmp(b.name_key.as_bytes())
        .then(a.id.cmp(&b.id))
}

async fn load(db: &Db, generation: i64) -> Result<Snapshot> {
    let sql = format!("SELECT {DOC_COLUMNS} FROM directory_docs");
    let docs: Vec<DocRow> = query(sql).fetch_all(db).await?;
    type Reference = (Vec<(i64, String)>, Vec<(i64, String)>);
    let (org_rows, theme_rows): Reference = (
        query(
            "SELECT id, code || ' ' || aliases || ' ' || name_ar || ' ' || name_en || ' ' || name_es
                 || ' ' || name_fr || ' ' || name_ru || ' ' || name_zh FROM organizations",
        )
        .fetch_all(db)
        .await?,
        query(
            "SELECT id, name_ar || ' ' || name_en || ' ' || name_es || ' ' || name_fr || ' ' || name_ru
                 || ' ' || name_zh FROM themes",
        )
        .fetch_all(db)
        .await?,
    );
    let mut snap = Snapshot {
        generation,
        entries: Vec::new(),
        regions: Table::default(),
        subregions: Table::default(),
        groups: Table::default(),
        langs: Table::default(),
        themes: Table::default(),
        spaces: Table::default(),
        org_text: org_rows
            .into_iter()
            .map(|(id, text)| (id, fold(&text)))
            .collect(),
        theme_text: theme_rows
            .into_iter()
            .map(|(id, text)| (id.to_string(), fold(&text)))
            .collect(),
        text: OwnText::new(docs.iter().map(|d| (d.account_id, d.doc.as_str()))),
        counts: OnceLock::new(),
        memos: Memos::new(),
    };
    let mut entries: Vec<Entry> = docs.into_iter().map(|d| snap.entry(d)).collect();
    entries.sort_by(order);
    // Names copied again in the entries' order, all before the first copies are freed:
    // a search reads the names of its candidates in that order, so they are read from
    // memory one after another instead of from wherever each row happened to land.
    let names: Vec<Arc<str>> = entries.iter().map(|e| Arc::from(&*e.name_key)).collect();
    for (e, name) in entries.iter_mut().zip(names) {
        e.name_key = name;
    }
    snap.entries = entries;
    Ok(snap)
}

/// `old` with the people `ids` re-read.
async fn apply(db: &Db, old: &Snapshot, newest: i64, ids: &[i64]) -> Result<Snapshot> {
    let placeholders = placeholders(ids.len());
    let sql =
        format!("SELECT {DOC_COLUMNS} FROM directory_docs WHERE account_id IN ({placeholders})");
    let mut q = query(sql);
    for id in ids {
        q = q.bind(*id);
    }
    let rows: Vec<DocRow> = q.fetch_all(db).await?;
    let mut snap = Snapshot {
        generation: newest,
        entries: Vec::with_capacity(old.entries.len() + rows.len()),
        regions: old.regions.clone(),
        subregions: old.subregions.clone(),
        groups: old.groups.clone(),
        langs: old.langs.clone(),
        themes: old.themes.clone(),
        spaces: old.spaces.clone(),
        org_text: old.org_text.clone(),
        theme_text: old.theme_text.clone(),
        text: old
            .text
            .with(ids, rows.iter().map(|r| (r.account_id, r.doc.as_str()))),
        counts: OnceLock::new(),
        memos: Memos::new(),
    };
    snap.entries.extend(
        old.entries
            .iter()
            .filter(|e| ids.binary_search(&e.id).is_err())
            .cloned(),
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

impl DirectoryIndex {
    /// The result rows of these people, in this order (read once per snapshot: every
    /// change to what a row shows — name, title, time zone, photo, organization — is a
    /// change of the directory's generation). The organization's code and names are as
    /// the row was read; pages take them from the reference data.
    pub async fn hits(&self, db: &Db, ids: &[i64]) -> Result<Vec<Hit>> {
        let snap = self.snapshot(db).await?;
        let mut out: Vec<Option<Hit>> = ids.iter().map(|id| snap.memos.hits.get(id)).collect();
        let missing: Vec<i64> = ids
            .iter()
            .zip(&out)
            .filter(|(_, h)| h.is_none())
            .map(|(id, _)| *id)
            .collect();
        if !missing.is_empty() {
            for h in crate::directory::hits(db, &missing).await? {
                snap.memos.hits.put(h.id, h.clone());
                if let Some(at) = ids.iter().position(|i| *i == h.id) {
                    out[at] = Some(h);
                }
            }
        }
        Ok(out.into_iter().flatten().collect())
    }
}

impl DirectoryIndex {
    /// A person with their expertise and spaces, read once per snapshot: every change to
    /// what a profile holds — the person's fields, status, photo, expertise, spaces,
    /// interface language — is a change of the directory's generation
    /// (`directory::refresh`). The organization's code and names are as the row was read;
    /// pages take them from the reference data.
    pub async fn profile(
        &self,
        db: &Db,
        id: i64,
    ) -> Result<Option<Arc<crate::directory::Profile>>> {
        let snap = self.snapshot(db).await?;
        snap.memos
            .profiles
            .get_or_try_insert(id, || async move {
                Ok(crate::directory::profile(db, gctcp_domain::AccountId(id))
                    .await?
                    .map(Arc::new))
            })
            .await
    }
}

/// Ranked lists kept per snapshot before the memo starts over (each is a few IDs).
const SIMILAR_MEMO: usize = 10_000;

/// How many are ranked and kept per set of themes (a page shows six, one may be the person).
const SIMILAR_KEEP: usize = 16;

impl DirectoryIndex {
    /// The people sharing the most of `themes` (a person's thematic areas), most shared
    /// first, then by name; `except` (that person) left out. A pass over everyone, done
    /// once per set of themes and generation.
    pub async fn same_themes(
        &self,
        db: &Db,
        except: i64,
        themes: &[i64],
        limit: usize,
    ) -> Result<Vec<(i64, i64)>> {
        let snap = self.snapshot(db).await?;
        let mut key: Vec<u16> = themes
            .iter()
            .filter_map(|t| snap.themes.find(&t.to_string()))
            .collect();
        key.sort_unstable();
        key.dedup();
        if key.is_empty() {
            return Ok(vec![]);
        }
        let keep = SIMILAR_KEEP.max(limit + 1);
        let ranked = match snap.memos.similar.get(&key) {
            // Enough to fill `limit` without `except`, or all there are.
            Some(r) if r.len() > limit || r.len() < SIMILAR_KEEP => r,
            _ => {
                let r: Arc<[(i64, i64)]> = rank_shared(&snap.entries, &key, keep).into();
                snap.memos.similar.put(key, r.clone());
                r
            }
        };
        Ok(ranked
            .iter()
            .filter(|(id, _)| *id != except)
            .take(limit)
            .copied()
            .collect())
    }
}

/// The `keep` entries sharing most of `themes`: (id, shared), most first, then in the
/// entries' (name) order.
fn rank_shared(entries: &[Entry], themes: &[u16], keep: usize) -> Vec<(i64, i64)> {
    let mut best: Vec<(i64, i64)> = Vec::with_capacity(keep + 1);
    for e in entries {
        let shared = themes.iter().filter(|t| e.themes.contains(**t)).count() as i64;
        if shared == 0 || (best.len() == keep && best[keep - 1].1 >= shared) {
            continue;
        }
        // After every entry sharing as many or more: ties keep name order.
        let at = best.partition_point(|(_, n)| *n >= shared);
        best.insert(at, (e.id, shared));
        best.truncate(keep);
    }
    best
}

/// Active people per organization and per space, from the index (no database scan).
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub orgs: HashMap<i64, i64>,
    pub spaces: HashMap<i64, i64>,
}

impl Counts {
    pub fn org(&self, id: i64) -> i64 {
        self.orgs.get(&id).copied().unwrap_or(0)
    }
    pub fn space(&self, id: i64) -> i64 {
        self.spaces.get(&id).copied().unwrap_or(0)
    }
}

impl DirectoryIndex {
    /// People per organization and per space (counted once per generation).
    pub async fn counts(&self, db: &Db) -> Result<Arc<Counts>> {
        let snap = self.snapshot(db).await?;
        Ok(snap
            .counts
            .get_or_init(|| {
                let mut c = Counts::default();
                for e in &snap.entries {
                    *c.orgs.entry(e.org).or_default() += 1;
                    e.spaces.for_each(|s| {
                        if let Ok(id) = snap.spaces.values[s as usize].parse() {
                            *c.spaces.entry(id).or_default() += 1;
                        }
                    });
                }
                Arc::new(c)
            })
            .clone())
    }
}

/// A one- or two-character CJK term: matched through `directory_grams` and the reference data.
fn short_cjk(t: &str) -> bool {
    t.chars().count() < TRIGRAM && t.chars().all(is_cjk)
}

/// What a search found: the page of IDs (best first), the total, and per dimension the
/// count each value would leave (given the text and every other filter).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    pub ids: Vec<i64>,
    pub total: i64,
    pub facets: Facets,
}

/// Per dimension, each value with the number of results it would leave; one `Arc` for
/// every page of a kept answer, so that a page knows the same counts by identity.
pub type Facets = Arc<Vec<(Dim, Vec<(String, i64)>)>>;

/// The filters of a query, resolved against a snapshot's tables.
struct Resolved {
    org_type: Option<Option<u8>>,
    org: Option<i64>,
    region: Option<Option<u16>>,
    subregion: Option<Option<u16>>,
    group: Option<Option<u16>>,
    space: Option<Option<u16>>,
    theme: Option<Option<u16>>,
    lang: Option<Option<u16>>,
}

impl Resolved {
    fn new(s: &Snapshot, q: &Query) -> Resolved {
        Resolved {
            org_type: q
                .org_type
                .as_ref()
                .map(|t| ORG_TYPES.iter().position(|x| x == t).map(|p| p as u8)),
            org: q.org,
            region: q.region.as_ref().map(|r| s.regions.find(r)),
            subregion: q.subregion.as_ref().map(|r| s.subregions.find(r)),
            group: q.regional_group.as_ref().map(|r| s.groups.find(r)),
            space: q.space.map(|v| s.spaces.find(&v.to_string())),
            theme: q.theme.map(|v| s.themes.find(&v.to_string())),
            lang: q.lang.as_ref().map(|l| s.langs.find(l)),
        }
    }

    /// Which filters an entry fails, as a bit per dimension (in `DIMS` order).
    fn failures(&self, e: &Entry) -> u8 {
        let mut f = 0u8;
        let mut check = |i: usize, ok: bool| {
            if !ok {
                f |= 1 << i;
            }
        };
        check(0, self.org_type.is_none_or(|t| t == Some(e.org_type)));
        check(1, self.org.is_none_or(|o| o == e.org));
        check(2, self.region.is_none_or(|r| r == Some(e.region)));
        check(3, self.subregion.is_none_or(|r| r == Some(e.subregion)));
        check(4, self.group.is_none_or(|r| r == Some(e.group)));
        check(
            5,
            self.space
                .is_none_or(|v| v.is_some_and(|v| e.spaces.contains(v))),
        );
        check(
            6,
            self.theme
                .is_none_or(|v| v.is_some_and(|v| e.themes.contains(v))),
        );
        check(
            7,
            self.lang
                .is_none_or(|l| l.is_some_and(|l| e.langs.contains(l))),
        );
        f
    }
}

/// Runs a search: text in the database, filters, facets and order here.
pub async fn search(
    index: &DirectoryIndex,
    db: &Db,
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
    let found = snap
        .memos
        .answers
        .get_or_try_insert(format!("{q:?}"), || async {
            let mut found = answer(db, &snap, q).await?;
            found.ids.truncate(ANSWER_IDS);
            Ok::<_, crate::Error>(Arc::new(found))
        })
        .await?;
    if offset + limit <= ANSWER_IDS {
        return Ok(page(&found));
    }
    // Deeper than an answer keeps: the whole list again, with the kept counts (the same
    // counts, and the same `Arc`, so the page's rendered filters are found kept).
    let whole = answer(db, &snap, q).await?;
    Ok(page(&Found {
        facets: found.facets.clone(),
        ..whole
    }))
}

/// The places in `entries` of the people every term matches, in order.
async fn text_positions(snap: &Snapshot, terms: Vec<String>) -> Result<Arc<[u32]>> {
    snap.memos
        .texts
        .get_or_try_insert(terms.clone(), || async {
            let mut at: Vec<u32> = snap
                .text
                .matches(&terms)
                .into_iter()
                .filter_map(|id| snap.position(id))
                .collect();
            at.sort_unstable();
            Ok::<_, crate::Error>(at.into())
        })
        .await
}

/// The whole answer to a query: every match in order, the total and the facets.
async fn answer(db: &Db, snap: &Snapshot, q: &Query) -> Result<Found> {
    // Short CJK terms and words that name reference data are matched term by term
    // (`RefTerm`); every other term through the own-text index, all at once.
    let (cjk, other): (Vec<&String>, Vec<&String>) = q
        .terms
        .iter()
        .partition(|t| short_cjk(t) || names_reference(snap, t));
    let other: Vec<String> = other.into_iter().cloned().collect();
    // The candidates: the places every part of the query matched (None: everyone).
    let mut candidates: Option<Arc<[u32]>> = if other.is_empty() {
        None
    } else {
        Some(text_positions(snap, other).await?)
    };
    for t in cjk {
        let at = ref_positions(db, snap, t).await?;
        candidates = Some(match candidates {
            None => at,
            Some(c) => intersect(&c, &at).into(),
        });
    }
    let r = Resolved::new(snap, q);
    // Counters indexed by value (interned strings, or reference-data IDs, all small).
    let mut counts: Vec<Vec<i64>> = vec![Vec::new(); DIMS.len()];
    fn bump(c: &mut Vec<i64>, k: usize) {
        if c.len() <= k {
            c.resize(k + 1, 0);
        }
        c[k] += 1;
    }
    let mut prefix_hits = Vec::new();
    let mut name_hits = Vec::new();
    let mut other_hits = Vec::new();
    let names = Names::new(&q.terms);
    let mut visit = |e: &Entry| {
        let fails = r.failures(e);
        if fails == 0 {
            if names.prefix_of(e.probe, &e.name_key) {
                prefix_hits.push(e.id);
            } else if names.all_begin_words(e.probe, &e.name_key) {
                name_hits.push(e.id);
            } else {
                other_hits.push(e.id);
            }
        }
        // An entry counts for dimension d when it passes every filter but d's own.
        for (d, c) in counts.iter_mut().enumerate() {
            if fails & !(1 << d) != 0 {
                continue;
            }
            match d {
                0 => bump(c, e.org_type as usize),
                1 => bump(c, e.org.max(0) as usize),
                2 => bump(c, e.region as usize),
                3 => bump(c, e.subregion as usize),
                4 => bump(c, e.group as usize),
                5 => e.spaces.for_each(|v| bump(c, v as usize)),
                6 => e.themes.for_each(|v| bump(c, v as usize)),
                _ => e.langs.for_each(|v| bump(c, v as usize)),
            }
        }
    };
    match &candidates {
        Some(at) => at.iter().for_each(|i| visit(&snap.entries[*i as usize])),
        None => snap.entries.iter().for_each(visit),
    }
    let total = (prefix_hits.len() + name_hits.len() + other_hits.len()) as i64;
    // Names that start with the first term come first, then names every term matches,
    // then the rest (found by organization, title, e-mail…); each group in name order.
    let mut ids = prefix_hits;
    ids.extend(name_hits);
    ids.extend(other_hits);
    let facets: Facets = Arc::new(
        DIMS.iter()
            .zip(counts)
            .map(|(dim, c)| {
                let mut values = facet_values(c, |k| match dim {
                    Dim::OrgType => ORG_TYPES[k].to_string(),
                    Dim::Region => snap.regions.values[k].clone(),
                    Dim::Subregion => snap.subregions.values[k].clone(),
                    Dim::RegionalGroup => snap.groups.values[k].clone(),
                    Dim::Lang => snap.langs.values[k].clone(),
                    Dim::Space => snap.spaces.values[k].clone(),
                    Dim::Theme => snap.themes.values[k].clone(),
                    Dim::Org => (k as i64).to_string(),
                });
                values.sort();
                (*dim, values)
            })
            .collect(),
    );
    Ok(Found { ids, total, facets })
}

/// Forgets change records no node can still need (they only ever catch up a few).
pub async fn prune_changes(db: &Db) -> Result<u64> {
    query(
        "DELETE FROM directory_changes WHERE generation < (SELECT generation FROM generations WHERE kind = 0) - 10000",
    )
    .execute(db)
    .await
}
