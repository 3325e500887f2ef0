//! Per-node in-memory indexes that follow the database.
//!
//! The directory and the library both keep, on each app node, a compact copy of what
//! their filters and facets need. The copy follows the database: every change bumps a
//! generation counter in the same transaction and logs which item it changed (NULL: many
//! items). Each search reads the counter (one primary-key lookup); when it moved, the node
//! re-reads only the changed items, or rebuilds everything after a bulk change. So any
//! node answers from current data, and nothing lives only in one node's memory.
//!
//! Reference data (`catalog`) follows the same way, without a change log: it is small, so
//! a change reloads it whole.
//!
//! A signed-in request reads every counter with its session, in that same round trip
//! (`GENERATIONS`), and runs with them as its `Known` generations: its searches and lists
//! then cost no further lookup. The request forgets them as soon as it writes (a
//! committed transaction or a statement outside one), so it always sees its own changes.

use crate::db::{query, Db, Result};
use crate::known::{known, Kind};
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use tokio::sync::{Mutex, RwLock};

/// A small set of interned values: the first 128 as a bitmask, kept inline (a facet pass
/// over 100,000 items follows no pointer), any beyond in a boxed slice.
#[derive(Default, Clone, Debug)]
pub struct Set {
    mask: u128,
    rest: Box<[u16]>,
}

impl Set {
    pub fn of(values: impl Iterator<Item = u16>) -> Set {
        let mut mask = 0u128;
        let mut rest = Vec::new();
        for v in values {
            if v < 128 {
                mask |= 1 << v;
            } else if !rest.contains(&v) {
                rest.push(v);
            }
        }
        Set {
            mask,
            rest: rest.into(),
        }
    }

    pub fn contains(&self, v: u16) -> bool {
        if v < 128 {
            self.mask >> v & 1 == 1
        } else {
            self.rest.contains(&v)
        }
    }

    pub fn for_each(&self, mut f: impl FnMut(u16)) {
        let mut m = self.mask;
        while m != 0 {
            f(m.trailing_zeros() as u16);
            m &= m - 1;
        }
        self.rest.iter().for_each(|v| f(*v));
    }
}

/// Interns strings to small numbers.
#[derive(Default, Clone, Debug)]
pub struct Table {
    pub values: Vec<String>,
    index: HashMap<String, u16>,
}

impl Table {
    pub fn id(&mut self, s: &str) -> u16 {
        if let Some(i) = self.index.get(s) {
            return *i;
        }
        let i = self.values.len() as u16;
        self.values.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }

    pub fn find(&self, s: &str) -> Option<u16> {
        self.index.get(s).copied()
    }

    /// The set of a comma-separated list of values.
    pub fn set(&mut self, list: &str) -> Set {
        let ids: Vec<u16> = list
            .split(',')
            .filter(|x| !x.is_empty())
            .map(|x| self.id(x))
            .collect();
        Set::of(ids.into_iter())
    }
}

/// A snapshot that can be loaded whole, or brought forward by re-reading some items.
pub trait Followed: Sized + Send + Sync + 'static {
    /// Its counter (`Kind::generation_sql`).
    const KIND: Kind;
    /// `SELECT generation, <item> FROM <changes> WHERE generation > $1 ORDER BY generation LIMIT $2`,
    /// or none: every change reloads the whole snapshot.
    const CHANGES: Option<&'static str>;
    fn generation(&self) -> i64;
    /// Everything, read after `generation` was read.
    fn load(db: &Db, generation: i64) -> impl Future<Output = Result<Self>> + Send;
    /// `old` with the items `ids` re-read (sorted, deduplicated), at `generation`.
    fn apply(
        db: &Db,
        old: &Self,
        generation: i64,
        ids: &[i64],
    ) -> impl Future<Output = Result<Self>> + Send;
}

/// Most single-item changes applied incrementally; beyond, a full rebuild is cheaper.
const CATCH_UP_LIMIT: usize = 2000;

/// The per-node cache of one snapshot.
pub struct Follower<S> {
    current: RwLock<Option<Arc<S>>>,
    loading: Mutex<()>,
    rebuilds: AtomicU64,
    catch_ups: AtomicU64,
}

impl<S> Default for Follower<S> {
    fn default() -> Self {
        Follower {
            current: RwLock::new(None),
            loading: Mutex::new(()),
            rebuilds: AtomicU64::new(0),
            catch_ups: AtomicU64::new(0),
        }
    }
}

async fn generation_of<S: Followed>(db: &Db) -> Result<i64> {
    query(S::KIND.generation_sql()).scalar(db).await
}

impl<S: Followed> Follower<S> {
    /// How often this node rebuilt its index from scratch, and caught up incrementally.
    pub fn stats(&self) -> (u64, u64) {
        (self.rebuilds.load(Relaxed), self.catch_ups.load(Relaxed))
    }

    /// The database's current generation (as the request found it, see `known`), without
    /// loading a snapshot: for memos elsewhere that hold what this one follows.
    pub async fn generation(&self, db: &Db) -> Result<i64> {
        match known(S::KIND) {
            Some(g) => Ok(g),
            None => generation_of::<S>(db).await,
        }
    }

    /// The snapshot for the database's current generation, brought up to date if needed
    /// (by one request at a time; the others wait for it rather than do it too).
    pub async fn snapshot(&self, db: &Db) -> Result<Arc<S>> {
        let wanted = match known(S::KIND) {
            Some(g) => g,
            None => generation_of::<S>(db).await?,
        };
        if let Some(s) = self.current.read().await.as_ref() {
            // Newer than wanted is as good: another request brought it forward meanwhile.
            if s.generation() >= wanted {
                return Ok(s.clone());
            }
        }
        let _guard = self.loading.lock().await;
        if let Some(s) = self.current.read().await.as_ref() {
            if s.generation() >= wanted {
                return Ok(s.clone());
            }
        }
        let previous = self.current.read().await.clone();
        let caught_up = match &previous {
            Some(old) => catch_up(db, old.as_ref()).await?,
            None => None,
        };
        let fresh = match caught_up {
            Some(s) => {
                self.catch_ups.fetch_add(1, Relaxed);
                s
            }
            None => {
                self.rebuilds.fetch_add(1, Relaxed);
                // The generation first: rows read after it are at least as new, so a
                // change landing in between only causes one more update, never staleness.
                let generation = generation_of::<S>(db).await?;
                S::load(db, generation).await?
            }
        };
        let fresh = Arc::new(fresh);
        *self.current.write().await = Some(fresh.clone());
        Ok(fresh)
    }
}

/// `None` when catching up is not possible (a bulk change, a gap in the change log, too
/// many changes): the caller rebuilds from scratch.
async fn catch_up<S: Followed>(db: &Db, old: &S) -> Result<Option<S>> {
    let Some(changes_sql) = S::CHANGES else {
        return Ok(None);
    };
    let changes: Vec<(i64, Option<i64>)> = query(changes_sql)
        .bind(old.generation())
        .bind(CATCH_UP_LIMIT as i64 + 1)
        .fetch_all(db)
        .await?;
    let contiguous = changes
        .iter()
        .enumerate()
        .all(|(i, (g, _))| *g == old.generation() + 1 + i as i64);
    if changes.is_empty()
        || changes.len() > CATCH_UP_LIMIT
        || !contiguous
        || changes.iter().any(|(_, a)| a.is_none())
    {
        return Ok(None);
    }
    let newest = changes.last().map(|c| c.0).unwrap_or(old.generation());
    let mut ids: Vec<i64> = changes.iter().filter_map(|c| c.1).collect();
    ids.sort_unstable();
    ids.dedup();
    // Rows read now may already hold changes logged after `newest`: the next search sees
    // a newer generation and applies those again, which is harmless.
    Ok(Some(S::apply(db, old, newest, &ids).await?))
}

/// Answers computed from one snapshot, kept with it (so they go when the data changes):
/// at most `cap` of them, the oldest forgotten first. Searches repeat — the same words
/// while one refines the filters, the same filters while one pages — and a kept answer
/// costs a lookup instead of a pass over every item. Requests that want an answer being
/// computed wait for it rather than compute it again (`get_or_try_insert`).
pub struct Memo<K, V> {
    inner: std::sync::Mutex<Kept<K, V>>,
    cap: usize,
}

struct Kept<K, V> {
    map: HashMap<K, Arc<tokio::sync::OnceCell<V>>>,
    /// Keys in the order they came, to forget the oldest first.
    order: std::collections::VecDeque<K>,
}

impl<K: std::hash::Hash + Eq + Clone, V: Clone> Memo<K, V> {
    pub fn new(cap: usize) -> Memo<K, V> {
        Memo {
            inner: std::sync::Mutex::new(Kept {
                map: HashMap::new(),
                order: Default::default(),
            }),
            cap: cap.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Kept<K, V>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cell for `k`, made (and the oldest forgotten) if there is none.
    fn cell(&self, k: K) -> Arc<tokio::sync::OnceCell<V>> {
        let mut kept = self.lock();
        if let Some(c) = kept.map.get(&k) {
            return c.clone();
        }
        while kept.map.len() >= self.cap {
            match kept.order.pop_front() {
                Some(old) => {
                    kept.map.remove(&old);
                }
                None => break,
            }
        }
        let c = Arc::new(tokio::sync::OnceCell::new());
        kept.map.insert(k.clone(), c.clone());
        kept.order.push_back(k);
        c
    }

    /// A kept answer, if it is ready.
    pub fn get<Q>(&self, k: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        self.lock().map.get(k).and_then(|c| c.get().cloned())
    }

    pub fn put(&self, k: K, v: V) {
        let _ = self.cell(k).set(v);
    }

    /// The kept answer, or `compute`'s, kept; one computation per key at a time.
    pub async fn get_or_try_insert<E, F, Fut>(&self, k: K, compute: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        let cell = self.cell(k);
        cell.get_or_try_init(compute).await.cloned()
    }
}

/// A facet's counters (indexed by value) as (value, count) pairs: values nothing has, or
/// whose name is empty, are left out.
pub fn facet_values(counts: Vec<i64>, name: impl Fn(usize) -> String) -> Vec<(String, i64)> {
    counts
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| (name(k), n))
        .filter(|(v, _)| !v.is_empty())
        .collect()
}

/// Each ID's place in a snapshot's entries: a table indexed by ID when the IDs are dense
/// (as database sequences make them), else a map. Looked up once per text match.
pub enum Places {
    Dense(Vec<u32>),
    Sparse(HashMap<i64, u32>),
}

impl Places {
    pub fn new(ids: impl Iterator<Item = i64> + Clone) -> Places {
        let (n, max) = ids
            .clone()
            .fold((0usize, 0i64), |(n, m), id| (n + 1, m.max(id)));
        let dense = ids.clone().all(|id| id >= 0) && (max as usize) < n.saturating_mul(4) + 1024;
        if dense {
            let mut table = vec![u32::MAX; max as usize + 1];
            for (at, id) in ids.enumerate() {
                table[id as usize] = at as u32;
            }
            Places::Dense(table)
        } else {
            Places::Sparse(ids.enumerate().map(|(at, id)| (id, at as u32)).collect())
        }
    }

    pub fn get(&self, id: i64) -> Option<u32> {
        match self {
            Places::Dense(t) => usize::try_from(id)
                .ok()
                .and_then(|i| t.get(i))
                .copied()
                .filter(|at| *at != u32::MAX),
            Places::Sparse(m) => m.get(&id).copied(),
        }
    }
}

/// The places in both sorted lists, in order (candidates that every part of a query
/// matched: walking the shorter list, each place found in the longer by halving).
pub fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut rest = long;
    let mut out = Vec::with_capacity(short.len());
    for &x in short {
        match rest.binary_search(&x) {
            Ok(i) => {
                out.push(x);
                rest = &rest[i + 1..];
            }
            Err(i) => rest = &rest[i..],
        }
    }
    out
}

/// `places` (each below `len`, without repeats) in ascending order. A long list (a broad
/// search's tens of thousands) is laid out through a bit per place, in one pass, rather
/// than sorted.
pub fn ascending(mut places: Vec<u32>, len: usize) -> Vec<u32> {
    if places.len() < len / 32 {
        places.sort_unstable();
        return places;
    }
    let mut bits = vec![0u64; len.div_ceil(64)];
    for &at in &places {
        bits[at as usize / 64] |= 1 << (at % 64);
    }
    places.clear();
    for (w, &word) in bits.iter().enumerate() {
        let mut word = word;
        while word != 0 {
            places.push((w * 64) as u32 + word.trailing_zeros());
            word &= word - 1;
        }
    }
    places
}

/// The places of `list` (sorted, without repeats) and those `also` adds, in order.
pub fn union_sorted(list: &[u32], also: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut out: Vec<u32> = list.iter().copied().chain(also).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `$1, $2, … $n`
pub use crate::placeholders;

/// Terms shorter than a trigram cannot be looked up by trigrams; they are matched as
/// substrings of every text.
pub const TRIGRAM: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[tokio::test]
    async fn a_memo_forgets_its_oldest_answers_first_and_computes_each_once() {
        let memo: Memo<i64, i64> = Memo::new(2);
        memo.put(1, 10);
        memo.put(2, 20);
        assert_eq!((memo.get(&1), memo.get(&2)), (Some(10), Some(20)));
        memo.put(3, 30);
        assert_eq!(memo.get(&1), None, "the oldest went");
        assert_eq!((memo.get(&2), memo.get(&3)), (Some(20), Some(30)));

        // Eight requests want the same answer at once: it is computed once.
        let memo: Arc<Memo<&str, i64>> = Arc::new(Memo::new(8));
        let runs = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (memo, runs) = (memo.clone(), runs.clone());
            tasks.push(tokio::spawn(async move {
                memo.get_or_try_insert("q", || async {
                    runs.fetch_add(1, Relaxed);
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    Ok::<_, ()>(42)
                })
                .await
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), Ok(42));
        }
        assert_eq!(runs.load(Relaxed), 1);

        // A failed computation keeps nothing: the next request tries again.
        let failed: Result<i64, &str> = memo.get_or_try_insert("e", || async { Err("down") }).await;
        assert_eq!(failed, Err("down"));
        assert_eq!(memo.get(&"e"), None);
        let ok: Result<i64, &str> = memo.get_or_try_insert("e", || async { Ok(7) }).await;
        assert_eq!(ok, Ok(7));
    }

    #[test]
    fn sorted_places_intersect_and_unite_as_sets_do() {
        // Checked against the sets' own operations over many pseudo-random lists.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for round in 0..200 {
            let mut list = |n: u32| -> Vec<u32> {
                let mut v: Vec<u32> = (0..n).map(|_| next() % 500).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let (a, b) = (list(round % 97), list((round * 7) % 300));
            let sa: std::collections::BTreeSet<u32> = a.iter().copied().collect();
            let sb: std::collections::BTreeSet<u32> = b.iter().copied().collect();
            let both: Vec<u32> = sa.intersection(&sb).copied().collect();
            let either: Vec<u32> = sa.union(&sb).copied().collect();
            assert_eq!(intersect(&a, &b), both);
            assert_eq!(intersect(&b, &a), both);
            assert_eq!(union_sorted(&a, b.iter().copied()), either);
        }
        assert_eq!(intersect(&[], &[1, 2]), Vec::<u32>::new());
    }

    #[test]
    fn places_come_out_ascending_short_or_long() {
        let mut seed = 3u64;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for len in [0usize, 1, 63, 64, 65, 1000, 5000] {
            for share in [0u64, 1, 10, 50, 100] {
                // Each place below `len` kept with probability share%, then shuffled.
                let mut places: Vec<u32> = (0..len as u32).filter(|_| next(100) < share).collect();
                let want = places.clone();
                for i in (1..places.len()).rev() {
                    places.swap(i, next(i as u64 + 1) as usize);
                }
                assert_eq!(ascending(places, len), want, "len {len}, share {share}");
            }
        }
    }

    #[test]
    fn places_are_found_by_id_dense_or_sparse() {
        for ids in [vec![5i64, 3, 9, 1], vec![7, 1 << 40, 2], vec![-4, 8]] {
            let places = Places::new(ids.iter().copied());
            for (at, id) in ids.iter().enumerate() {
                assert_eq!(places.get(*id), Some(at as u32));
            }
            assert_eq!(places.get(4), None);
            assert_eq!(places.get(-1), None);
            assert_eq!(places.get(1 << 41), None);
        }
        assert!(matches!(
            Places::new([5i64, 3].into_iter()),
            Places::Dense(_)
        ));
        assert!(matches!(
            Places::new([1i64 << 40].into_iter()),
            Places::Sparse(_)
        ));
    }
}
