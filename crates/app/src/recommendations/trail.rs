//! The access trail, written in groups. Every view that shows a recommendation keeps its
//! read in the trail and the audit log before the page is sent; alone, each would be a
//! transaction of its own, one disk flush each, and under load (32 readers at once)
//! those flushes queue one behind the other. Here reads are handed to one writer, which
//! takes every read waiting, writes them in one transaction and then answers each: the
//! page still waits for its read to be kept, but a flush now keeps all the reads that
//! came while the one before was written.
//!
//! A request dropped while its read waits does not undo it: the read is written all the
//! same (it may have been shown). If the group's transaction fails, each of its reads is
//! written alone, so one read that cannot be kept never fails the others. Without the
//! writer (it has stopped), a read is written by its request, as before.

use gctcp_store::recommendations as store;
use gctcp_store::{audit, Db, Error, Result};
use std::sync::OnceLock;
use tokio::sync::{mpsc, oneshot};

/// Reads written in one transaction at most.
const GROUP: usize = 256;
/// Reads waiting for the writer at most; more wait to be queued.
const QUEUE: usize = 4096;

/// One read to keep: who, from where, how, and which assessments.
pub struct Read {
    pub account: i64,
    pub org: i64,
    /// One of `store::HOWS`.
    pub how: &'static str,
    pub assessments: Vec<i64>,
    pub ip: Option<String>,
}

struct Job {
    read: Read,
    kept: oneshot::Sender<Result<(), String>>,
}

/// This node's trail writer, started with the first read.
#[derive(Default)]
pub struct Trail {
    queue: OnceLock<mpsc::Sender<Job>>,
}

impl Trail {
    /// Keeps `read`; returns once it is committed.
    pub async fn keep(&self, db: &Db, read: Read) -> Result<()> {
        let queue = self.queue.get_or_init(|| start(db.clone()));
        let (kept, answer) = oneshot::channel();
        match queue.send(Job { read, kept }).await {
            Ok(()) => match answer.await {
                Ok(out) => out.map_err(Error::Other),
                // The writer stopped amid this read's group: whether it was kept is not
                // known, so the page is not shown.
                Err(_) => Err(Error::Other("the access trail's writer stopped".into())),
            },
            Err(mpsc::error::SendError(job)) => write(db, std::slice::from_ref(&job)).await,
        }
    }
}

fn start(db: Db) -> mpsc::Sender<Job> {
    let (tx, mut rx) = mpsc::channel::<Job>(QUEUE);
    tokio::spawn(async move {
        let mut group = Vec::with_capacity(GROUP);
        while rx.recv_many(&mut group, GROUP).await > 0 {
            match write(&db, &group).await {
                Ok(()) => {
                    for job in group.drain(..) {
                        let _ = job.kept.send(Ok(()));
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, reads = group.len(), "a group of the access trail failed; writing each read alone");
                    for job in group.drain(..) {
                        let out = write(&db, std::slice::from_ref(&job))
                            .await
                            .map_err(|e| e.to_string());
                        let _ = job.kept.send(out);
                    }
                }
            }
        }
    });
    tx
}

/// Writes these reads, to the trail and the audit log, in one transaction.
async fn write(db: &Db, jobs: &[Job]) -> Result<()> {
    let mut tx = db.begin().await?;
    for Job { read: r, .. } in jobs {
        store::record_reads(&mut tx, r.account, r.org, r.how, &r.assessments).await?;
        let list: Vec<String> = r.assessments.iter().map(i64::to_string).collect();
        let entry = audit::Entry {
            event: "recommendations.read",
            actor: Some(r.account),
            subject: None,
            ip: r.ip.as_deref(),
            detail: format!("how={} assessments={}", r.how, list.join(",")),
        };
        audit::append(&mut tx, entry).await?;
    }
    tx.commit().await?;
    Ok(())
}
