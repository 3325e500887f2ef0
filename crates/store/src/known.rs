//! The generations a request found at its start (see the `follow` module): read with the
//! session in one round trip, used by every search and list of the request instead of
//! reading them again, and forgotten as soon as the request writes. Depends on nothing in
//! the store, so that `db` (which forgets) and `follow` (which reads) both can use it.

use std::cell::Cell;
use std::future::Future;

/// What follows the database, each with its counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Directory = 0,
    Library = 1,
    Catalog = 2,
    Calendar = 3,
    /// Discussions and work-plan items, for global search.
    Content = 4,
    /// The project compendium.
    Projects = 5,
    /// The activity tracker.
    Activities = 6,
    /// CTED's assessments, recommendations and the States' consents.
    Cted = 7,
}

/// How many counters there are.
pub const KINDS: usize = 8;

impl Kind {
    /// Every kind, in order.
    pub const ALL: [Kind; KINDS] = [
        Kind::Directory,
        Kind::Library,
        Kind::Catalog,
        Kind::Calendar,
        Kind::Content,
        Kind::Projects,
        Kind::Activities,
        Kind::Cted,
    ];

    /// The query that reads this counter (a literal, so that it is prepared once and
    /// needs no parameter whose type the two databases would infer differently).
    pub const fn generation_sql(self) -> &'static str {
        match self {
            Kind::Directory => "SELECT generation FROM generations WHERE kind = 0",
            Kind::Library => "SELECT generation FROM generations WHERE kind = 1",
            Kind::Catalog => "SELECT generation FROM generations WHERE kind = 2",
            Kind::Calendar => "SELECT generation FROM generations WHERE kind = 3",
            Kind::Content => "SELECT generation FROM generations WHERE kind = 4",
            Kind::Projects => "SELECT generation FROM generations WHERE kind = 5",
            Kind::Activities => "SELECT generation FROM generations WHERE kind = 6",
            Kind::Cted => "SELECT generation FROM generations WHERE kind = 7",
        }
    }

    /// The statement that moves this counter on (the others are moved by triggers).
    pub const fn bump_sql(self) -> &'static str {
        match self {
            Kind::Directory => "UPDATE generations SET generation = generation + 1 WHERE kind = 0",
            Kind::Library => "UPDATE generations SET generation = generation + 1 WHERE kind = 1",
            Kind::Catalog => "UPDATE generations SET generation = generation + 1 WHERE kind = 2",
            Kind::Calendar => "UPDATE generations SET generation = generation + 1 WHERE kind = 3",
            Kind::Content => "UPDATE generations SET generation = generation + 1 WHERE kind = 4",
            Kind::Projects => "UPDATE generations SET generation = generation + 1 WHERE kind = 5",
            Kind::Activities => "UPDATE generations SET generation = generation + 1 WHERE kind = 6",
            Kind::Cted => "UPDATE generations SET generation = generation + 1 WHERE kind = 7",
        }
    }
}

/// Every counter as one column of a query that reads something else (the session's),
/// `kind:generation` pairs joined by commas (read by [`parse`]): one scan of one small
/// table, so that a page of any module — a country page shows people, projects and
/// activities — needs no round trip of its own to know that its copies are current.
pub const GENERATIONS: &str =
    "(SELECT STRING_AGG(CAST(kind AS TEXT) || ':' || CAST(generation AS TEXT), ',')
        FROM generations) AS generations";

/// The counters of a [`GENERATIONS`] column, in `Kind`'s order (`None`: not there).
pub fn parse(column: Option<&str>) -> [Option<i64>; KINDS] {
    let mut out = [None; KINDS];
    for pair in column.unwrap_or("").split(',') {
        if let Some((k, g)) = pair.split_once(':') {
            if let (Ok(k), Ok(g)) = (k.parse::<usize>(), g.parse::<i64>()) {
                if let Some(slot) = out.get_mut(k) {
                    *slot = Some(g);
                }
            }
        }
    }
    out
}

/// The counters as one request found them (see the module's documentation).
#[derive(Debug, Default)]
pub struct Known([Cell<Option<i64>>; KINDS]);

impl Known {
    /// The counters in `Kind`'s order (`None`: not known, read when needed).
    pub fn new(generations: [Option<i64>; KINDS]) -> Known {
        Known(generations.map(Cell::new))
    }
}

tokio::task_local! {
    static KNOWN: Known;
}

/// Runs a request with the counters read at its start.
pub async fn with_known<F: Future>(known: Known, f: F) -> F::Output {
    KNOWN.scope(known, f).await
}

pub(crate) fn known(kind: Kind) -> Option<i64> {
    KNOWN.try_with(|k| k.0[kind as usize].get()).ok().flatten()
}

/// The request wrote something: from now on it reads the counters afresh.
pub fn forget_known() {
    let _ = KNOWN.try_with(|k| k.0.iter().for_each(|c| c.set(None)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_and_moves_its_own_row() {
        for (i, kind) in Kind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, i);
            let row = format!("WHERE kind = {i}");
            assert!(kind.generation_sql().ends_with(&row), "{kind:?}");
            assert!(kind.bump_sql().ends_with(&row), "{kind:?}");
        }
    }

    #[test]
    fn the_column_is_read_whatever_the_order_of_its_rows() {
        assert_eq!(
            parse(Some("3:30,0:7,7:1,1:12")),
            [Some(7), Some(12), None, Some(30), None, None, None, Some(1)]
        );
        assert_eq!(parse(None), [None; KINDS]);
        // A kind this build does not know (a newer node's) is left alone.
        assert_eq!(parse(Some("9:1,x:y,2:5"))[2], Some(5));
    }
}
