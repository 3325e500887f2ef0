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

/// Every counter, in `Kind`'s order, as columns of a query that reads something else (the
/// session's): one primary-key lookup each, so that a page of any module — a country page
/// shows people, projects and activities — needs no round trip of its own to know that
/// its copies are current.
pub const GENERATIONS: &str =
    "(SELECT generation FROM directory_state WHERE id = 1) AS directory_generation,
    (SELECT generation FROM library_state WHERE id = 1) AS library_generation,
    (SELECT generation FROM catalog_state WHERE id = 1) AS catalog_generation,
    (SELECT generation FROM calendar_state WHERE id = 1) AS calendar_generation,
    (SELECT generation FROM content_state WHERE id = 1) AS content_generation,
    (SELECT generation FROM project_state WHERE id = 1) AS project_generation,
    (SELECT generation FROM activity_state WHERE id = 1) AS activity_generation,
    (SELECT generation FROM cted_state WHERE id = 1) AS cted_generation";

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
