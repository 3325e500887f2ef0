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
    /// Not read with the session (the calendar's own views read it when they need it).
    Calendar = 3,
    /// Discussions and work-plan items, for global search (not read with the session).
    Content = 4,
    /// The project compendium (not read with the session).
    Projects = 5,
    /// The activity tracker (not read with the session).
    Activities = 6,
}

/// Every counter, as columns `directory_generation`, `library_generation` and
/// `catalog_generation` of a query that reads something else (the session's).
pub const GENERATIONS: &str =
    "(SELECT generation FROM directory_state WHERE id = 1) AS directory_generation,
    (SELECT generation FROM library_state WHERE id = 1) AS library_generation,
    (SELECT generation FROM catalog_state WHERE id = 1) AS catalog_generation";

/// The counters as one request found them (see the module's documentation).
#[derive(Debug, Default)]
pub struct Known([Cell<Option<i64>>; 7]);

impl Known {
    pub fn new(directory: Option<i64>, library: Option<i64>, catalog: Option<i64>) -> Known {
        Known([
            Cell::new(directory),
            Cell::new(library),
            Cell::new(catalog),
            Cell::new(None),
            Cell::new(None),
            Cell::new(None),
            Cell::new(None),
        ])
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
