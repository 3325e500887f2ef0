//! What every node runs in the background: the text extractor, housekeeping, warming
//! the search indexes at start, and the worker that runs the shared job queue (e-mail
//! delivery, digests; see `gctcp_store::jobs`). Each runs supervised
//! (`tasks::supervise`): a panic is logged and the task started again.

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
    vec![
        extractor(app),
        housekeeping(app),
        worker(app),
        digest_planner(app),
    ]
}

/// How often digests are planned (each person's digest still goes out at their 07:00).
const DIGEST_PLANNING_EVERY: Duration = Duration::from_secs(300);

/// Queues the digests and event reminders due (any node may: each has one job, whoever
/// plans it).
pub fn digest_planner(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("digest-planner", move || {
        let app = app.clone();
        async move {
            let mut tick = tokio::time::interval(DIGEST_PLANNING_EVERY);
            loop {
                tick.tick().await;
                if let Err(e) = crate::digests::plan(&app).await {
                    tracing::warn!(error = %e, "digest planning");
                }
                if let Err(e) = crate::reminders::plan(&app, gctcp_store::now()).await {
                    tracing::warn!(error = ?e, "reminder planning");
                }
            }
        }
    })
}

/// How often the worker looks for due jobs (queued on other nodes, or retried).
const WORKER_POLL: Duration = Duration::from_secs(2);
/// How long a node holds a claimed job before another may take it over.
const JOB_LEASE: chrono::Duration = chrono::Duration::minutes(5);
/// Finished jobs are forgotten after a week (failed ones after two).
const JOBS_KEPT: chrono::Duration = chrono::Duration::days(7);
/// Sent and kept e-mail is forgotten after ninety days.
const MAIL_KEPT: chrono::Duration = chrono::Duration::days(90);

/// Runs due jobs one after another; woken at once by jobs queued on this node, and every
/// few seconds for the others.
pub fn worker(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("job-worker", move || {
        let app = app.clone();
        async move {
            loop {
                match run_one(&app).await {
                    Ok(true) => continue,
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "job queue"),
                }
                tokio::select! {
                    _ = app.jobs.notified() => {}
                    _ = tokio::time::sleep(WORKER_POLL) => {}
                }
            }
        }
    })
}

/// The wait before attempt `n + 1` after `n` failed: half a minute, doubling, at most six
/// hours.
pub fn backoff(attempts: i64) -> chrono::Duration {
    let exp = attempts.clamp(1, 16) - 1;
    (chrono::Duration::seconds(30) * (1 << exp)).min(chrono::Duration::hours(6))
}

/// Claims and runs one due job; false when none is due.
pub async fn run_one(app: &App) -> anyhow::Result<bool> {
    let Some(job) = gctcp_store::jobs::claim(&app.db, &app.node, JOB_LEASE).await? else {
        return Ok(false);
    };
    let outcome = match job.kind.as_str() {
        gctcp_store::outbox::DELIVER => crate::mail::deliver(app, &job).await,
        crate::digests::KIND => crate::digests::run(app, &job).await,
        HOUSEKEEPING => shared_housekeeping(app).await,
        crate::reminders::KIND => crate::reminders::run(app, &job).await,
        other => Err(crate::mail::Failure {
            error: format!("no handler for jobs of kind {other:?}"),
            retry: false,
        }),
    };
    match outcome {
        Ok(()) => {
            gctcp_store::jobs::done(&app.db, &app.node, job.id).await?;
        }
        Err(f) => {
            let retry_at = (f.retry && !job.is_last_attempt())
                .then(|| gctcp_store::now() + backoff(job.attempts));
            tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts,
                retry = retry_at.is_some(), error = %f.error, "job failed");
            gctcp_store::jobs::failed(&app.db, &app.node, job.id, &f.error, retry_at).await?;
        }
    }
    Ok(true)
}

/// An administrator runs a failed job again (a failed delivery: its message is sent
/// again, see `mail::resend`); false if it had not failed.
pub async fn retry(app: &App, actor: &crate::Actor, id: i64) -> crate::problem::Outcome<bool> {
    actor.require_admin()?;
    let Some(job) = gctcp_store::jobs::get(&app.db, id).await? else {
        return Err(crate::Problem::NotFound);
    };
    if job.status != "failed" {
        return Ok(false);
    }
    if job.kind == gctcp_store::outbox::DELIVER {
        let message = job
            .payload
            .trim()
            .parse()
            .map_err(|_| crate::Problem::BadRequest)?;
        return crate::mail::resend(app, actor, message).await;
    }
    let mut tx = app.db.begin().await?;
    let done = gctcp_store::jobs::retry(&mut tx, id).await?;
    if done {
        let detail = format!("job={id} kind={}", job.kind);
        gctcp_store::audit::append(&mut tx, actor.audit("job.retried", None, detail)).await?;
    }
    tx.commit().await?;
    app.jobs.notify_one();
    Ok(done)
}

/// Runs every job due now, one after another (the command line, tests); how many ran.
pub async fn run_due(app: &App) -> anyhow::Result<usize> {
    let mut n = 0;
    while run_one(app).await? {
        n += 1;
    }
    Ok(n)
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

/// The job kind for the housekeeping every node shares (see `housekeeping`).
pub const HOUSEKEEPING: &str = "housekeeping";

/// Queues this period's shared housekeeping (once for all nodes: the key names the period)
/// and, on this node, removes abandoned uploads from its staging directory.
pub fn housekeeping(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("housekeeping", move || {
        let app = app.clone();
        async move {
            let mut tick = tokio::time::interval(HOUSEKEEPING_EVERY);
            loop {
                tick.tick().await;
                match plan_housekeeping(&app).await {
                    Ok(true) => app.jobs.notify_one(),
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "housekeeping not queued"),
                }
                clean_staging(&app).await;
            }
        }
    })
}

/// Queues the shared housekeeping for the current period unless a node has already done
/// so; true when this call queued it. The work is in the job queue, so it runs once per
/// period whatever the number of nodes, and a failure is retried and shown to
/// administrators on the jobs page instead of only in one node's log.
pub async fn plan_housekeeping(app: &App) -> anyhow::Result<bool> {
    let now = gctcp_store::now();
    let period = HOUSEKEEPING_EVERY.as_secs() as i64;
    let slot = now.timestamp().div_euclid(period);
    let queued = gctcp_store::jobs::enqueue(
        &app.db,
        gctcp_store::jobs::NewJob {
            kind: HOUSEKEEPING,
            payload: String::new(),
            dedupe_key: Some(format!("{HOUSEKEEPING}:{slot}")),
            run_at: now,
            max_attempts: 3,
        },
    )
    .await?;
    Ok(queued)
}

/// Deletes expired sessions, prunes change logs no node still needs, forgets old jobs and
/// old mail, and compacts the generation counters if long transactions bloated them.
/// Every step runs even if an earlier one failed; the job fails (and is retried) if any
/// did.
async fn shared_housekeeping(app: &App) -> Result<(), crate::mail::Failure> {
    let now = gctcp_store::now();
    let idle =
        chrono::Duration::from_std(app.config.session_idle).unwrap_or(chrono::Duration::hours(2));
    let absolute = chrono::Duration::from_std(app.config.session_absolute)
        .unwrap_or(chrono::Duration::hours(12));
    let mut errors = Vec::new();
    let mut step = |what: &str, r: gctcp_store::Result<u64>| {
        if let Err(e) = r {
            errors.push(format!("{what}: {e}"));
        }
    };
    step(
        "sessions",
        gctcp_store::sessions::purge(&app.db, now - idle, now - absolute).await,
    );
    step(
        "directory change log",
        gctcp_store::directory_index::prune_changes(&app.db).await,
    );
    step(
        "library change log",
        gctcp_store::library_index::prune_changes(&app.db).await,
    );
    step(
        "activity change log",
        gctcp_store::activities::prune_changes(&app.db).await,
    );
    step("jobs", gctcp_store::jobs::prune(&app.db, JOBS_KEPT).await);
    step(
        "generation counters",
        gctcp_store::compact_counters(&app.db).await.map(u64::from),
    );
    step(
        "outbox",
        gctcp_store::outbox::prune(&app.db, MAIL_KEPT).await,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(crate::mail::Failure {
            error: errors.join("; "),
            retry: true,
        })
    }
}

/// Removes this node's abandoned uploads (a staging directory is per node).
async fn clean_staging(app: &App) {
    let blobs = app.blobs.clone();
    match tokio::task::spawn_blocking(move || blobs.clean_staging(STAGING_MAX_AGE)).await {
        Ok(Ok(0)) => {}
        Ok(Ok(n)) => tracing::info!(files = n, "removed abandoned uploads from staging"),
        Ok(Err(e)) => tracing::warn!(error = %e, "staging clean-up failed"),
        Err(e) => tracing::warn!(error = %e, "staging clean-up failed"),
    }
}

/// Builds the in-memory indexes now rather than during the first request that needs
/// them: the directory, the library, the projects, the activities and the CTED register
/// (the recommendations page needs the last three; at 50,000 activities its first
/// request after a start waited over 2 s, and every request queued behind it).
pub fn warm_indexes(app: &App) -> JoinHandle<()> {
    let app = app.clone();
    supervise("index-warm-up", move || {
        let app = app.clone();
        async move {
            let warn = |what: &str, e: &dyn std::fmt::Display| {
                tracing::warn!(error = %e, "{what} index not built");
            };
            if let Err(e) = app.directory.snapshot(&app.db).await {
                warn("directory", &e);
            }
            if let Err(e) = app.library.snapshot(&app.db).await {
                warn("library", &e);
            }
            if let Err(e) = app.projects.snapshot(&app.db).await {
                warn("projects", &e);
            }
            if let Err(e) = app.activities.snapshot(&app.db).await {
                warn("activities", &e);
            }
            if let Err(e) = app.cted.snapshot(&app.db).await {
                warn("CTED register", &e);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        let secs: Vec<i64> = (1..=12).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(&secs[..5], &[30, 60, 120, 240, 480]);
        assert!(secs.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(*secs.last().unwrap(), 6 * 3600);
    }
}
