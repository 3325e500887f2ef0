//! What every node runs in the background: the text extractor, housekeeping, and
//! warming the search indexes at start. Each runs supervised (`tasks::supervise`): a
//! panic is logged and the task started again.

use crate::tasks::supervise;
use crate::App;
use std::time::Duration;
use tokio::task::JoinHandle;

/// How often the extractor looks for uploads made on other nodes.
const EXTRACT_POLL: Duration = Duration::from_secs(5);
/// How often housekeeping runs.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(600);
/// An upload in progress writes its staging file continuously; a day-old one was
/// abandoned.
const STAGING_MAX_AGE: Duration = Duration::from_secs(24 * 3600);

/// Starts this node's background work; abort the handles to stop it.
pub fn start(app: &App) -> Vec<JoinHandle<()>> {
    vec![extractor(app), housekeeping(app)]
}

/// Claims waiting file versions one at a time and extracts their text. Woken at once by
/// uploads on this node, and every few seconds for uploads on others.
pub fn extractor(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("text-extractor", move || {
        let app = app.clone();
        async move {
            loop {
                match crate::library::extract_one(&app).await {
                    Ok(true) => continue,
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "text extractor"),
                }
                tokio::select! {
                    _ = app.extractor.notified() => {}
                    _ = tokio::time::sleep(EXTRACT_POLL) => {}
                }
            }
        }
    })
}

/// Deletes expired sessions, prunes change logs no node still needs, and removes
/// abandoned uploads (any node may do it; it is idempotent).
pub fn housekeeping(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("housekeeping", move || {
        let app = app.clone();
        async move {
            let mut tick = tokio::time::interval(HOUSEKEEPING_EVERY);
            loop {
                tick.tick().await;
                housekeeping_round(&app).await;
            }
        }
    })
}

async fn housekeeping_round(app: &App) {
    let now = gctcp_store::now();
    let idle =
        chrono::Duration::from_std(app.config.session_idle).unwrap_or(chrono::Duration::hours(2));
    let absolute = chrono::Duration::from_std(app.config.session_absolute)
        .unwrap_or(chrono::Duration::hours(12));
    if let Err(e) = gctcp_store::sessions::purge(&app.db, now - idle, now - absolute).await {
        tracing::warn!(error = %e, "session purge failed");
    }
    if let Err(e) = gctcp_store::directory_index::prune_changes(&app.db).await {
        tracing::warn!(error = %e, "directory change log prune failed");
    }
    if let Err(e) = gctcp_store::library_index::prune_changes(&app.db).await {
        tracing::warn!(error = %e, "library change log prune failed");
    }
    let blobs = app.blobs.clone();
    match tokio::task::spawn_blocking(move || blobs.clean_staging(STAGING_MAX_AGE)).await {
        Ok(Ok(0)) => {}
        Ok(Ok(n)) => tracing::info!(files = n, "removed abandoned uploads from staging"),
        Ok(Err(e)) => tracing::warn!(error = %e, "staging clean-up failed"),
        Err(e) => tracing::warn!(error = %e, "staging clean-up failed"),
    }
}

/// Builds the directory and library indexes now rather than during the first search.
pub fn warm_indexes(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("index-warm-up", move || {
        let app = app.clone();
        async move {
            if let Err(e) = app.directory.snapshot(&app.db).await {
                tracing::warn!(error = %e, "directory index not built");
            }
            if let Err(e) = app.library.snapshot(&app.db).await {
                tracing::warn!(error = %e, "library index not built");
            }
        }
    })
}
