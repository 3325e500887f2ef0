//! Sign-in throttling state, in the database so that it survives restarts and is shared
//! by every app node. Keys are `account:<email>` and `ip:<address>`.

use crate::{in_tx, now, on_db, Db, Result};
use chrono::{DateTime, Duration, Utc};

/// The limits of one kind of key.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// Failures allowed within `window` before the key is locked.
    pub max_failures: i64,
    pub window: Duration,
    pub lockout: Duration,
}

/// If the key is locked now, until when.
pub async fn locked_until(db: &Db, key: &str) -> Result<Option<DateTime<Utc>>> {
    let at = now();
    let row: Option<(Option<DateTime<Utc>>,)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT locked_until FROM sign_in_throttle WHERE key = $1"
    )
    .bind(key)
    .fetch_optional(pool)
    .await)?;
    Ok(row.and_then(|r| r.0).filter(|until| *until > at))
}

/// Records a failure; returns the lock's end if this failure locked the key.
pub async fn record_failure(
    db: &Db,
    key: &str,
    limit: Limit,
) -> anyhow::Result<Option<DateTime<Utc>>> {
    let at = now();
    let out = in_tx!(db, |tx| {
        let row: Option<(i64, DateTime<Utc>)> = sqlx::query_as(
            "SELECT failures, window_started_at FROM sign_in_throttle WHERE key = $1",
        )
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
        let (failures, started) = match row {
            Some((f, started)) if at - started < limit.window => (f + 1, started),
            _ => (1, at),
        };
        let lock = (failures >= limit.max_failures).then(|| at + limit.lockout);
        // After a lockout the count starts again, so the next lock needs as many failures.
        let (failures, started) = if lock.is_some() {
            (0, at)
        } else {
            (failures, started)
        };
        sqlx::query(
            "INSERT INTO sign_in_throttle (key, failures, window_started_at, locked_until) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
                 window_started_at = excluded.window_started_at,
                 locked_until = COALESCE(excluded.locked_until, sign_in_throttle.locked_until)",
        )
        .bind(key)
        .bind(failures)
        .bind(started)
        .bind(lock)
        .execute(&mut *tx)
        .await?;
        lock
    });
    Ok(out)
}

/// Forgets a key's failures (after a successful sign-in).
pub async fn clear(db: &Db, key: &str) -> Result<()> {
    on_db!(db, |pool| sqlx::query(
        "DELETE FROM sign_in_throttle WHERE key = $1"
    )
    .bind(key)
    .execute(pool)
    .await
    .map(|_| ()))
}
