//! The job queue that every node shares: e-mail delivery, digests, housekeeping.
//!
//! A job is claimed by one node at a time for a lease (`claim`); the claim is one
//! statement, `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING` on
//! PostgreSQL (nodes pass over each other's claimed rows instead of waiting) and the same
//! UPDATE on SQLite, where one writer at a time makes it atomic. A node that dies holding
//! a job loses it when the lease ends; the next claim takes it again. Every transition
//! names the node that holds the job, so a node whose lease ran out cannot finish a job
//! another node took over.

use crate::db::{query, Backend, Db, Executor, Result};
use crate::now;
use chrono::{DateTime, Duration, Utc};

/// A job as its handler receives it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// This run included (1 on the first).
    pub attempts: i64,
    pub max_attempts: i64,
}

impl Job {
    /// No run will follow this one if it fails.
    pub fn is_last_attempt(&self) -> bool {
        self.attempts >= self.max_attempts
    }
}

/// A job to queue.
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: String,
    /// At most one job with this key is ever queued (later ones are ignored).
    pub dedupe_key: Option<String>,
    pub run_at: DateTime<Utc>,
    pub max_attempts: i64,
}

/// Queues a job (in the caller's transaction, so it exists exactly when what it follows
/// does). Returns false when a job with the same key exists already.
pub async fn enqueue<'c>(on: impl Executor<'c>, job: NewJob<'_>) -> Result<bool> {
    let n = query(
        "INSERT INTO jobs (kind, payload, dedupe_key, status, run_at, max_attempts, created_at)
         VALUES ($1, $2, $3, 'queued', $4, $5, $6)
         ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(job.dedupe_key)
    .bind(job.run_at)
    .bind(job.max_attempts)
    .bind(now())
    .execute(on)
    .await?;
    Ok(n > 0)
}

/// Claims the next due job for `node` (queued and due, or running on a node whose lease
/// has ended), holding it for `lease`.
pub async fn claim(db: &Db, node: &str, lease: Duration) -> Result<Option<Job>> {
    let lock = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let at = now();
    let sql = format!(
        "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1,
            locked_until = $2
         WHERE id = (SELECT id FROM jobs
             WHERE (status = 'queued' AND run_at <= $3)
                OR (status = 'running' AND locked_until < $3)
             ORDER BY run_at, id LIMIT 1 {lock})
         RETURNING id, kind, payload, attempts, max_attempts"
    );
    query(sql)
        .bind(node)
        .bind(at + lease)
        .bind(at)
        .fetch_optional(db)
        .await
}

/// The job is finished.
pub async fn done(db: &Db, node: &str, id: i64) -> Result<bool> {
    let n = query(
        "UPDATE jobs SET status = 'done', finished_at = $3, locked_by = NULL, locked_until = NULL,
            last_error = NULL
         WHERE id = $1 AND locked_by = $2 AND status = 'running'",
    )
    .bind(id)
    .bind(node)
    .bind(now())
    .execute(db)
    .await?;
    Ok(n > 0)
}

/// The job failed this time: queued again for `retry_at`, or failed for good when
/// `retry_at` is `None`. The error stays visible either way.
pub async fn failed(
    db: &Db,
    node: &str,
    id: i64,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<bool> {
    let error: String = error.chars().take(2000).collect();
    let n = match retry_at {
        Some(at) => {
            query(
                "UPDATE jobs SET status = 'queued', run_at = $3, last_error = $4,
                    locked_by = NULL, locked_until = NULL
                 WHERE id = $1 AND locked_by = $2 AND status = 'running'",
            )
            .bind(id)
            .bind(node)
            .bind(at)
            .bind(error)
            .execute(db)
            .await?
        }
        None => {
            query(
                "UPDATE jobs SET status = 'failed', finished_at = $3, last_error = $4,
                    locked_by = NULL, locked_until = NULL
                 WHERE id = $1 AND locked_by = $2 AND status = 'running'",
            )
            .bind(id)
            .bind(node)
            .bind(now())
            .bind(error)
            .execute(db)
            .await?
        }
    };
    Ok(n > 0)
}

/// An administrator asks for a failed job to run again (with a fresh count of attempts).
pub async fn retry<'c>(on: impl Executor<'c>, id: i64) -> Result<bool> {
    let n = query(
        "UPDATE jobs SET status = 'queued', run_at = $2, attempts = 0, finished_at = NULL
         WHERE id = $1 AND status = 'failed'",
    )
    .bind(id)
    .bind(now())
    .execute(on)
    .await?;
    Ok(n > 0)
}

/// A job as the administrators' page lists it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Listed {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub status: String,
    pub run_at: DateTime<Utc>,
    pub attempts: i64,
    pub max_attempts: i64,
    pub locked_by: Option<String>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Listed>> {
    query(
        "SELECT id, kind, payload, status, run_at, attempts, max_attempts, locked_by, last_error,
            created_at, finished_at
         FROM jobs WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// How many jobs are in each state.
pub async fn counts(db: &Db) -> Result<Vec<(String, i64)>> {
    query("SELECT status, COUNT(*) FROM jobs GROUP BY status ORDER BY status")
        .fetch_all(db)
        .await
}

/// The jobs in one state (all if `None`), newest first.
pub async fn list(db: &Db, status: Option<&str>, limit: i64) -> Result<Vec<Listed>> {
    query(
        "SELECT id, kind, payload, status, run_at, attempts, max_attempts, locked_by, last_error,
            created_at, finished_at
         FROM jobs WHERE ($1 IS NULL OR status = $1) ORDER BY id DESC LIMIT $2",
    )
    .bind(status)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// Forgets finished jobs older than `age` (failed ones stay until an administrator sees
/// them: they are kept twice as long).
pub async fn prune(db: &Db, age: Duration) -> Result<u64> {
    let at = now();
    query(
        "DELETE FROM jobs WHERE (status = 'done' AND finished_at < $1)
            OR (status = 'failed' AND finished_at < $2)",
    )
    .bind(at - age)
    .bind(at - age * 2)
    .execute(db)
    .await
}
