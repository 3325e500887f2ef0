//! Pieces of pages rendered once per change of what they show, then served as they are
//! (`App::pieces`). A piece's key names everything it was made from — the language, the
//! generations of the data it shows, the minute when it shows clocks — so a kept piece is
//! exactly what rendering it again would give, and a change of any input is a new key.
//! Only what every reader is shown alike may be a piece: nothing that depends on who reads.

use std::future::Future;
use std::sync::Arc;

use crate::error::AppResult;
use crate::state::AppState;

/// Keys longer than this (a pasted megabyte in a query) are rendered but not kept.
const KEY_MAX: usize = 1024;

/// The piece kept under `key`, or `make`'s, kept; one rendering per key at a time (other
/// requests for it wait for that one rather than render it too).
pub async fn kept<F, Fut>(state: &AppState, key: String, make: F) -> AppResult<Arc<str>>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = AppResult<String>>,
{
    if key.len() > KEY_MAX {
        return Ok(make().await?.into());
    }
    state
        .pieces
        .get_or_try_insert(key, || async { make().await.map(Arc::from) })
        .await
}

/// A key's parts joined by a separator no part holds (unit separator, U+001F: input
/// with control characters never reaches here, and codes and numbers have none).
pub fn key(parts: &[&dyn std::fmt::Display]) -> String {
    use std::fmt::Write;
    let mut k = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            k.push('\u{1f}');
        }
        let _ = write!(k, "{p}");
    }
    k
}
