//! Every e-mail the platform writes, written in the transaction of what it tells (an
//! invitation, a reset link, a notification): it exists exactly when that does. With an
//! SMTP server configured, a delivery job goes with it; without one it is kept here, for
//! administrators to read.
//!
//! Delivery is at most once: a message is marked `sending` before it is handed to the
//! server and `sent` after; one found `sending` by a later run (its node died in between)
//! may have gone out, so it is marked failed rather than sent again.

use crate::db::{query, Db, Executor, Result, Tx};
use crate::jobs::{self, NewJob};
use crate::now;
use chrono::{DateTime, Duration, Utc};

/// A message to write.
#[derive(Clone, Debug)]
pub struct NewMail {
    pub account: Option<i64>,
    pub to_address: String,
    pub to_name: String,
    /// What it tells (`invitation`, `password_reset`, `notification`, `digest`…).
    pub kind: String,
    /// The language it is written in (the recipient's).
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// The one-click unsubscribe address (digests).
    pub list_unsubscribe: Option<String>,
    /// `<…@host>`, made once so that every attempt sends the same message.
    pub message_id: String,
    /// An event to attach, as iCalendar text.
    pub calendar: Option<String>,
}

/// Attempts at delivering one message before it is marked failed.
pub const DELIVERY_ATTEMPTS: i64 = 8;

/// Writes a message; `deliver` queues its delivery job (an SMTP server is configured),
/// otherwise the message is kept.
pub async fn write(tx: &mut Tx, m: &NewMail, deliver: bool) -> Result<i64> {
    let id: i64 = query(
        "INSERT INTO outbox (account_id, to_address, to_name, kind, lang, subject, body_text,
            body_html, list_unsubscribe, message_id, status, created_at, calendar)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(m.account)
    .bind(m.to_address.as_str())
    .bind(m.to_name.as_str())
    .bind(m.kind.as_str())
    .bind(m.lang.as_str())
    .bind(m.subject.as_str())
    .bind(m.body_text.as_str())
    .bind(m.body_html.as_str())
    .bind(m.list_unsubscribe.as_deref())
    .bind(m.message_id.as_str())
    .bind(if deliver { "queued" } else { "kept" })
    .bind(now())
    .bind(m.calendar.as_deref())
    .scalar(&mut *tx)
    .await?;
    if deliver {
        jobs::enqueue(
            &mut *tx,
            NewJob {
                kind: DELIVER,
                payload: id.to_string(),
                dedupe_key: Some(format!("mail:{id}")),
                run_at: now(),
                max_attempts: DELIVERY_ATTEMPTS,
            },
        )
        .await?;
    }
    Ok(id)
}

/// The job kind that delivers one message (payload: its ID).
pub const DELIVER: &str = "mail";

/// A message as stored.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Mail {
    pub id: i64,
    pub account_id: Option<i64>,
    pub to_address: String,
    pub to_name: String,
    pub kind: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub list_unsubscribe: Option<String>,
    pub message_id: String,
    pub calendar: Option<String>,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

const MAIL: &str = "SELECT id, account_id, to_address, to_name, kind, lang, subject, body_text,
    body_html, list_unsubscribe, message_id, calendar, status, attempts, last_error, created_at,
    sent_at FROM outbox";

pub async fn get(db: &Db, id: i64) -> Result<Option<Mail>> {
    query(format!("{MAIL} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// Messages newest first, optionally only those to one address (any case) or in one
/// state.
pub async fn list(
    db: &Db,
    to: Option<&str>,
    status: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<Vec<Mail>> {
    query(format!(
        "{MAIL} WHERE ($1 IS NULL OR LOWER(to_address) = LOWER($1))
            AND ($2 IS NULL OR status = $2)
         ORDER BY id DESC LIMIT $3 OFFSET $4"
    ))
    .bind(to)
    .bind(status)
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await
}

/// How many messages are in each state.
pub async fn counts(db: &Db) -> Result<Vec<(String, i64)>> {
    query("SELECT status, COUNT(*) FROM outbox GROUP BY status ORDER BY status")
        .fetch_all(db)
        .await
}

/// What a delivery run may do with a message.
#[derive(Debug)]
pub enum Claim {
    /// Hand it to the server now (marked `sending`).
    Send(Box<Mail>),
    /// It was sent, failed, or is kept: nothing to do.
    Nothing,
    /// A run before this one handed it over and never said how it went.
    Interrupted,
}

/// Marks a queued message `sending` for this attempt.
pub async fn claim(db: &Db, id: i64) -> Result<Claim> {
    let n = query(
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1
         WHERE id = $1 AND status = 'queued'",
    )
    .bind(id)
    .execute(db)
    .await?;
    let Some(m) = get(db, id).await? else {
        return Ok(Claim::Nothing);
    };
    Ok(if n > 0 {
        Claim::Send(Box::new(m))
    } else if m.status == "sending" {
        Claim::Interrupted
    } else {
        Claim::Nothing
    })
}

/// The server accepted the message.
pub async fn sent(db: &Db, id: i64) -> Result<()> {
    query("UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1")
        .bind(id)
        .bind(now())
        .execute(db)
        .await?;
    Ok(())
}

/// The server refused it or could not be reached: queued again (`retry`) or failed.
pub async fn not_sent(db: &Db, id: i64, error: &str, retry: bool) -> Result<()> {
    let error: String = error.chars().take(2000).collect();
    query("UPDATE outbox SET status = $2, last_error = $3 WHERE id = $1")
        .bind(id)
        .bind(if retry { "queued" } else { "failed" })
        .bind(error)
        .execute(db)
        .await?;
    Ok(())
}

/// An administrator asks for a failed message to be sent again: queued, with a new
/// delivery job.
pub async fn resend(tx: &mut Tx, id: i64) -> Result<bool> {
    let n = query("UPDATE outbox SET status = 'queued', last_error = NULL WHERE id = $1 AND status = 'failed'")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if n == 0 {
        return Ok(false);
    }
    // A new key: the first delivery job exists (failed) under the old one.
    let attempt: i64 = query("SELECT attempts FROM outbox WHERE id = $1")
        .bind(id)
        .scalar(&mut *tx)
        .await?;
    jobs::enqueue(
        &mut *tx,
        NewJob {
            kind: DELIVER,
            payload: id.to_string(),
            dedupe_key: Some(format!("mail:{id}:{attempt}")),
            run_at: now(),
            max_attempts: DELIVERY_ATTEMPTS,
        },
    )
    .await?;
    Ok(true)
}

/// Forgets messages older than `age`.
pub async fn prune<'c>(on: impl Executor<'c>, age: Duration) -> Result<u64> {
    query("DELETE FROM outbox WHERE created_at < $1 AND status IN ('sent', 'kept', 'failed')")
        .bind(now() - age)
        .execute(on)
        .await
}
