//! The append-only audit log of security events. The tables refuse UPDATE and DELETE
//! (triggers on both backends); entries are written in the same transaction as the
//! change they record whenever there is one.

use crate::db::{query, Db, Executor, Result};
use crate::{like_escape, now};
use chrono::{DateTime, Utc};

/// An entry's details are `key=value` pairs separated by spaces; a value that may hold
/// spaces or quotes (a title, a file name) is written by `quoted`. Pages show each pair
/// in the reader's language (the server's `ui::audit`).
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Every event type the log records; the spelling is stable (stored and filtered on).
pub const EVENTS: &[&str] = &[
    "sign_in.success",
    "sign_in.failure",
    "sign_in.throttled",
    "sign_out",
    "invitation.created",
    "invitation.accepted",
    "invitation.revoked",
    "account.deactivated",
    "account.reactivated",
    "account.role_changed",
    "password.changed",
    "password.reset_issued",
    "password.reset",
    "setup.completed",
    "space.member_added",
    "space.member_removed",
    "space.role_changed",
    "space.created",
    "space.join_requested",
    "space.join_approved",
    "space.join_declined",
    "space.left",
    "space.pinned",
    "space.unpinned",
    "discussion.post_removed",
    "plan.item_created",
    "plan.item_changed",
    "directory.exported",
    "accounts.imported",
    "library.downloaded",
    "library.deleted",
    "library.file_removed",
    "library.restored",
    "mail.resent",
    "job.retried",
    "event.created",
    "event.changed",
    "event.occurrence_moved",
    "event.occurrence_cancelled",
    "event.series_split",
    "event.cancelled",
    "event.deleted",
    "calendar.feed_created",
    "calendar.feed_revoked",
    "project.created",
    "project.changed",
    "projects.imported",
    "activity.created",
    "activity.changed",
    "activity.progress",
    "assessment.created",
    "assessment.changed",
    "recommendation.created",
    "recommendation.changed",
    "recommendation.noted",
    "recommendations.read",
    "consent.granted",
    "consent.revoked",
    "recommendations.imported",
];

/// One entry to append.
#[derive(Clone, Debug, Default)]
pub struct Entry<'a> {
    pub event: &'a str,
    pub actor: Option<i64>,
    pub subject: Option<i64>,
    pub ip: Option<&'a str>,
    pub detail: String,
}

pub const INSERT: &str =
    "INSERT INTO audit_log (occurred_at, event, actor_id, subject_id, ip, detail)
    VALUES ($1, $2, $3, $4, $5, $6)";

/// Appends an entry inside the transaction of the change it records (or on the pool,
/// for events that change nothing else). Also a line in the operator's log, inside the
/// request's span.
pub async fn append<'c>(on: impl Executor<'c>, e: Entry<'_>) -> Result<()> {
    debug_assert!(EVENTS.contains(&e.event), "unknown audit event {}", e.event);
    tracing::info!(
        event = e.event,
        actor = e.actor,
        subject = e.subject,
        "audit"
    );
    query(INSERT)
        .bind(now())
        .bind(e.event)
        .bind(e.actor)
        .bind(e.subject)
        .bind(e.ip)
        .bind(e.detail)
        .execute(on)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Row {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    pub event: String,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub actor_email: Option<String>,
    pub subject_id: Option<i64>,
    pub subject_name: Option<String>,
    pub subject_email: Option<String>,
    pub ip: Option<String>,
    pub detail: String,
}

/// Filters of the audit page; empty means "any".
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Matches the actor's or the subject's name or e-mail, or the detail.
    pub person: String,
    pub event: String,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// Newest first, at most `limit` entries older than `before_id` (keyset paging).
pub async fn list(db: &Db, f: &Filter, before_id: Option<i64>, limit: i64) -> Result<Vec<Row>> {
    let person = if f.person.trim().is_empty() {
        String::new()
    } else {
        format!("%{}%", like_escape(&f.person.trim().to_lowercase()))
    };
    let sql = "SELECT l.id, l.occurred_at, l.event, l.actor_id, a.display_name AS actor_name,
            a.email AS actor_email, l.subject_id, s.display_name AS subject_name,
            s.email AS subject_email, l.ip, l.detail
        FROM audit_log l
        LEFT JOIN accounts a ON a.id = l.actor_id
        LEFT JOIN accounts s ON s.id = l.subject_id
        WHERE ($1 = '' OR l.event = $1)
          AND ($2 = '' OR LOWER(COALESCE(a.display_name, '')) LIKE $2 ESCAPE '\\'
               OR LOWER(COALESCE(a.email, '')) LIKE $2 ESCAPE '\\'
               OR LOWER(COALESCE(s.display_name, '')) LIKE $2 ESCAPE '\\'
               OR LOWER(COALESCE(s.email, '')) LIKE $2 ESCAPE '\\'
               OR LOWER(l.detail) LIKE $2 ESCAPE '\\')
          AND ($3 IS NULL OR l.occurred_at >= $3)
          AND ($4 IS NULL OR l.occurred_at < $4)
          AND ($5 IS NULL OR l.id < $5)
        ORDER BY l.id DESC
        LIMIT $6";
    query(sql)
        .bind(&f.event)
        .bind(person)
        .bind(f.from)
        .bind(f.until)
        .bind(before_id)
        .bind(limit)
        .fetch_all(db)
        .await
}
