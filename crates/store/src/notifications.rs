//! In-app notifications: one row per person and event, written in the transaction of the
//! event; read on /notifications and counted in the header (the count comes with the
//! session's query, see `sessions::load`).

use crate::db::{query, Db, Executor, Result, Tx};
use crate::now;
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, SpaceId};

/// An event to tell one person about.
#[derive(Clone, Debug)]
pub struct NewNotice<'a> {
    pub to: AccountId,
    /// `join_request`, `join_decision_approved`, `join_decision_declined`,
    /// `space_added`, `space_role_changed`, `space_removed`…
    pub kind: &'a str,
    pub actor: Option<AccountId>,
    pub space: Option<SpaceId>,
    /// The discussion thread it concerns (read when the thread is opened).
    pub thread: Option<i64>,
    pub excerpt: &'a str,
    /// Where the notice leads (a path on this site).
    pub link: &'a str,
}

/// The longest excerpt kept with a notice.
pub const EXCERPT_CHARS: usize = 280;

pub async fn insert(tx: &mut Tx, n: &NewNotice<'_>) -> Result<i64> {
    let excerpt: String = n.excerpt.chars().take(EXCERPT_CHARS).collect();
    query(
        "INSERT INTO notifications (account_id, kind, actor_id, space_id, thread_id, excerpt, link,
            created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(n.to.0)
    .bind(n.kind)
    .bind(n.actor.map(|a| a.0))
    .bind(n.space.map(|s| s.0))
    .bind(n.thread)
    .bind(excerpt)
    .bind(n.link)
    .bind(now())
    .scalar(tx)
    .await
}

/// A notice as its reader sees it (the actor's name as it is now).
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Notice {
    pub id: i64,
    pub kind: String,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub space_id: Option<i64>,
    pub excerpt: String,
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// A person's notices, newest first, `before` an ID (for the next page).
pub async fn list(db: &Db, to: AccountId, before: Option<i64>, limit: i64) -> Result<Vec<Notice>> {
    query(
        "SELECT n.id, n.kind, n.actor_id, a.display_name AS actor_name, n.space_id, n.excerpt,
            n.link, n.created_at, n.read_at
         FROM notifications n LEFT JOIN accounts a ON a.id = n.actor_id
         WHERE n.account_id = $1 AND ($2 IS NULL OR n.id < $2)
         ORDER BY n.id DESC LIMIT $3",
    )
    .bind(to.0)
    .bind(before)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// How many notices a person has not read: `account` is the SQL expression of the ID
/// (to read it in the session's query).
pub fn unread_column(account: &str) -> String {
    format!(
        "(SELECT COUNT(*) FROM notifications n WHERE n.account_id = {account} AND n.read_at IS NULL)"
    )
}

pub async fn unread<'c>(on: impl Executor<'c>, to: AccountId) -> Result<i64> {
    query(format!("SELECT {}", unread_column("$1")))
        .bind(to.0)
        .scalar(on)
        .await
}

/// Marks one notice read (only the reader's own); false if there was none unread.
pub async fn mark_read(db: &Db, to: AccountId, id: i64) -> Result<bool> {
    let n = query(
        "UPDATE notifications SET read_at = $3 WHERE id = $1 AND account_id = $2 AND read_at IS NULL",
    )
    .bind(id)
    .bind(to.0)
    .bind(now())
    .execute(db)
    .await?;
    Ok(n > 0)
}

/// Marks every notice of a person read; how many were unread.
pub async fn mark_all_read(db: &Db, to: AccountId) -> Result<u64> {
    query("UPDATE notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL")
        .bind(to.0)
        .bind(now())
        .execute(db)
        .await
}

/// Marks read a person's notices about a thread (they opened it).
pub async fn read_thread(db: &Db, to: AccountId, thread: i64) -> Result<u64> {
    query(
        "UPDATE notifications SET read_at = $3
         WHERE account_id = $1 AND thread_id = $2 AND read_at IS NULL",
    )
    .bind(to.0)
    .bind(thread)
    .bind(now())
    .execute(db)
    .await
}

/// The link of one of a person's notices (to follow it and mark it read).
pub async fn link_of(db: &Db, to: AccountId, id: i64) -> Result<Option<String>> {
    query("SELECT link FROM notifications WHERE id = $1 AND account_id = $2")
        .bind(id)
        .bind(to.0)
        .scalar_optional(db)
        .await
}

/// A person's choices: (kind, delivery) for the kinds they changed.
pub async fn settings<'c>(on: impl Executor<'c>, who: AccountId) -> Result<Vec<(String, String)>> {
    query("SELECT kind, delivery FROM notification_settings WHERE account_id = $1 ORDER BY kind")
        .bind(who.0)
        .fetch_all(on)
        .await
}

pub async fn set_setting(tx: &mut Tx, who: AccountId, kind: &str, delivery: &str) -> Result<()> {
    query(
        "INSERT INTO notification_settings (account_id, kind, delivery) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, kind) DO UPDATE SET delivery = excluded.delivery",
    )
    .bind(who.0)
    .bind(kind)
    .bind(delivery)
    .execute(tx)
    .await?;
    Ok(())
}

/// Marks notices as gone out by e-mail (at once, or in a digest).
pub async fn mark_emailed(tx: &mut Tx, ids: &[i64]) -> Result<()> {
    let at = now();
    for id in ids {
        query("UPDATE notifications SET emailed_at = $2 WHERE id = $1")
            .bind(*id)
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// A notice waiting for a digest.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Pending {
    pub id: i64,
    pub kind: String,
    pub actor_name: Option<String>,
    pub space_id: Option<i64>,
    pub excerpt: String,
    pub link: String,
    pub created_at: DateTime<Utc>,
}

/// A person's notices neither read nor e-mailed, of the last `days` days, oldest first.
pub async fn unmailed(tx: &mut Tx, who: AccountId, days: i64) -> Result<Vec<Pending>> {
    query(
        "SELECT n.id, n.kind, a.display_name AS actor_name, n.space_id, n.excerpt, n.link, n.created_at
         FROM notifications n LEFT JOIN accounts a ON a.id = n.actor_id
         WHERE n.account_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at > $2
         ORDER BY n.id",
    )
    .bind(who.0)
    .bind(now() - chrono::Duration::days(days))
    .fetch_all(tx)
    .await
}

/// The people with notices neither read nor e-mailed in the last `days` days.
pub async fn with_unmailed(db: &Db, days: i64) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = query(
        "SELECT DISTINCT account_id FROM notifications
         WHERE emailed_at IS NULL AND read_at IS NULL AND created_at > $1 ORDER BY account_id",
    )
    .bind(now() - chrono::Duration::days(days))
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(a,)| a).collect())
}

/// Records a one-click unsubscribe link (its hash) for a digest.
pub async fn add_unsubscribe(
    tx: &mut Tx,
    hash: &str,
    who: AccountId,
    delivery: &str,
) -> Result<()> {
    query(
        "INSERT INTO unsubscribe_tokens (token_hash, account_id, delivery, created_at)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(hash)
    .bind(who.0)
    .bind(delivery)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(())
}

/// Whose digest an unsubscribe link ends: (account, delivery).
pub async fn unsubscribe_of(db: &Db, hash: &str) -> Result<Option<(i64, String)>> {
    query("SELECT account_id, delivery FROM unsubscribe_tokens WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(db)
        .await
}

/// Of these people, the active ones with how each wants this kind e-mailed
/// (`default` when they never chose): (account, delivery).
pub async fn deliveries(
    tx: &mut Tx,
    people: &[AccountId],
    kind: &str,
    default: &str,
) -> Result<Vec<(i64, String)>> {
    let mut out = Vec::with_capacity(people.len());
    for chunk in people.chunks(500) {
        let sql = format!(
            "SELECT a.id, COALESCE(s.delivery, $1) FROM accounts a
             LEFT JOIN notification_settings s ON s.account_id = a.id AND s.kind = $2
             WHERE a.status = 'active' AND a.id IN ({}) ORDER BY a.id",
            (3..chunk.len() + 3)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut q = query(sql).bind(default).bind(kind);
        for p in chunk {
            q = q.bind(p.0);
        }
        out.extend(q.fetch_all::<(i64, String)>(&mut *tx).await?);
    }
    Ok(out)
}

/// Records one notice for many people at once (nothing e-mailed: see `notify::tell_many`).
pub async fn insert_many(tx: &mut Tx, to: &[AccountId], n: &NewNotice<'_>) -> Result<()> {
    use crate::db::Arg;
    let excerpt: String = n.excerpt.chars().take(EXCERPT_CHARS).collect();
    let at = now();
    let rows: Vec<Vec<Arg<'_>>> = to
        .iter()
        .map(|who| {
            vec![
                Arg::from(who.0),
                Arg::from(n.kind.to_string()),
                Arg::from(n.actor.map(|a| a.0)),
                Arg::from(n.space.map(|s| s.0)),
                Arg::from(n.thread),
                Arg::from(excerpt.clone()),
                Arg::from(n.link.to_string()),
                Arg::from(at),
            ]
        })
        .collect();
    crate::db::insert_rows(
        tx,
        "notifications (account_id, kind, actor_id, space_id, thread_id, excerpt, link, created_at)",
        rows,
    )
    .await
}
