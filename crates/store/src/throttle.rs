//! Sign-in throttling state, in the database so that it survives restarts and is shared
//! by every app node. Keys are `account:<email>` and `ip:<address>`.

use crate::db::{query, Db, Result, Tx};
use crate::now;
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
    let until: Option<Option<DateTime<Utc>>> =
        query("SELECT locked_until FROM sign_in_throttle WHERE key = $1")
            .bind(key)
            .scalar_optional(db)
            .await?;
    Ok(until.flatten().filter(|until| *until > at))
}

/// Records a failure; returns the lock's end if this failure locked the key.
pub async fn record_failure(tx: &mut Tx, key: &str, limit: Limit) -> Result<Option<DateTime<Utc>>> {
    let at = now();
    let row: Option<(i64, DateTime<Utc>)> =
        query("SELECT failures, window_started_at FROM sign_in_throttle WHERE key = $1")
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
    query(
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
    Ok(lock)
}

/// Forgets a key's failures (after a successful sign-in).
pub async fn clear(db: &Db, key: &str) -> Result<()> {
    query("DELETE FROM sign_in_throttle WHERE key = $1")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}
