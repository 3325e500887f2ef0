//! Background text extraction. Uploads return at once; every node runs one extractor that
//! claims waiting file versions one at a time (claims are safe across nodes), extracts
//! their text on a blocking thread, and stores it, which makes the resource findable by
//! the words inside its files. Woken at once by uploads on this node, and every few
//! seconds for uploads on other nodes.

use gctcp_store::blobs::Blobs;
use gctcp_store::files::{self, Kind};
use gctcp_store::library::{self, TEXT_MAX};
use gctcp_store::Db;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

const POLL: Duration = Duration::from_secs(5);

/// Extracts one waiting version, if any; returns whether there was one.
pub async fn run_once(db: &Db, blobs: &Blobs) -> anyhow::Result<bool> {
    let Some(claimed) = library::claim_pending(db).await? else {
        return Ok(false);
    };
    let text = match Kind::from_code(&claimed.kind) {
        Some(kind) if kind.extractable() => {
            let file = blobs.local_file(&claimed.blob_key).await?;
            let started = std::time::Instant::now();
            let result = tokio::task::spawn_blocking(move || {
                // One character more than the budget tells whether the file was cut.
                files::extract_text(&file.path, kind, TEXT_MAX + 1)
            })
            .await?;
            match result {
                Ok(t) if !t.trim().is_empty() => {
                    tracing::info!(
                        version = claimed.id,
                        chars = t.chars().count(),
                        ms = started.elapsed().as_millis() as u64,
                        "text extracted"
                    );
                    Some(t)
                }
                Ok(_) => {
                    tracing::info!(version = claimed.id, "no text in file");
                    None
                }
                Err(e) => {
                    tracing::warn!(version = claimed.id, error = %e, "text extraction failed");
                    None
                }
            }
        }
        _ => None,
    };
    library::finish_extraction(db, claimed.id, text.as_deref()).await?;
    Ok(true)
}

/// Starts this node's extractor (restarted if it ever panics).
pub fn spawn(db: Db, blobs: Blobs, wake: Arc<Notify>) -> tokio::task::JoinHandle<()> {
    crate::tasks::supervise("text-extractor", move || {
        let (db, blobs, wake) = (db.clone(), blobs.clone(), wake.clone());
        async move {
            loop {
                match run_once(&db, &blobs).await {
                    Ok(true) => continue,
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "text extractor"),
                }
                tokio::select! {
                    _ = wake.notified() => {}
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
        }
    })
}
