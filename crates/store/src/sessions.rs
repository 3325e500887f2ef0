//! Server-side sessions, shared by every app node through the database. The cookie holds
//! a random token; only its SHA-256 is stored, so a database leak yields no usable cookie.

use crate::accounts::Account;
use crate::db::{query, Db, Result};
use crate::known::GENERATIONS;
use crate::now;
use crate::quick::Quick;
use chrono::{DateTime, Utc};
use gctcp_domain::{SpaceId, SpaceRole};
use std::sync::LazyLock;

/// A session joined with its account's current state (checked at every request), the
/// account itself, its spaces and the generations of what each node keeps in memory
/// (`crate::follow`): everything a signed-in request needs before its page, in one round
/// trip.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Record {
    pub id_hash: String,
    pub account_id: Option<i64>,
    pub epoch: i64,
    pub csrf_token: String,
    pub locale: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub account_status: Option<String>,
    pub account_epoch: Option<i64>,
    pub account_locale: Option<String>,
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub organization_id: Option<i64>,
    pub org_code: Option<String>,
    pub org_kind: Option<String>,
    pub role: Option<String>,
    pub title: Option<String>,
    pub time_zone: Option<String>,
    pub account_created_at: Option<DateTime<Utc>>,
    /// The account's spaces as `space:role,space:role`.
    pub memberships: Option<String>,
    /// How many of the account's notifications are unread.
    pub unread: Option<i64>,
    /// The generation counters (`known::GENERATIONS`).
    pub generations: Option<String>,
}

impl Record {
    /// The signed-in account as `accounts::by_id` reads it, less its password hash
    /// (which a page never needs).
    pub fn account(&self) -> Option<Account> {
        let id = self.account_id?;
        Some(Account {
            id,
            email: self.email.clone()?,
            display_name: self.display_name.clone()?,
            organization_id: self.organization_id?,
            org_code: self.org_code.clone()?,
            org_names: crate::Names::default(),
            org_kind: self.org_kind.clone()?,
            role: self.role.clone()?,
            status: self.account_status.clone()?,
            password_hash: None,
            title: self.title.clone()?,
            ui_locale: self.account_locale.clone(),
            time_zone: self.time_zone.clone()?,
            session_epoch: self.account_epoch?,
            created_at: self.account_created_at?,
        })
    }

    /// The generations read with the session, in `known::Kind`'s order.
    pub fn generations(&self) -> [Option<i64>; crate::known::KINDS] {
        crate::known::parse(self.generations.as_deref())
    }

    /// The account's memberships.
    pub fn memberships(&self) -> Vec<(SpaceId, SpaceRole)> {
        crate::spaces::parse_memberships(self.memberships.as_deref())
    }
}

static LOAD: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT s.id_hash, s.account_id, s.epoch, s.csrf_token, s.locale, s.created_at, s.last_seen_at,
            a.status AS account_status, a.session_epoch AS account_epoch, a.ui_locale AS account_locale,
            a.email, a.display_name, a.organization_id, o.code AS org_code,
            o.kind AS org_kind, a.role, a.title, a.time_zone,
            a.created_at AS account_created_at,
            {} AS memberships,
            {} AS unread,
            {GENERATIONS}
        FROM sessions s LEFT JOIN accounts a ON a.id = s.account_id
            LEFT JOIN organizations o ON o.id = a.organization_id
        WHERE s.id_hash = $1",
        crate::spaces::memberships_column("s.account_id"),
        crate::notifications::unread_column("s.account_id"),
    )
});

/// Reads a session with everything a signed-in request needs (`Record`), on the
/// connections kept for this read (`Quick`).
pub async fn load(on: &Quick, id_hash: &str) -> Result<Option<Record>> {
    on.fetch_optional(query(LOAD.as_str()).bind(id_hash)).await
}

/// A session as written: its hashed ID, the account signed in (if any) with the
/// account's session epoch at sign-in, the CSRF token and an anonymous visitor's language.
#[derive(Clone, Debug)]
pub struct Write<'a> {
    pub id_hash: &'a str,
    pub account_id: Option<i64>,
    pub epoch: i64,
    pub csrf_token: &'a str,
    pub locale: Option<&'a str>,
}

/// Writes a new session; false if the ID is taken (the caller picks another).
pub async fn create(db: &Db, w: &Write<'_>) -> Result<bool> {
    let n = query(
        "INSERT INTO sessions (id_hash, account_id, epoch, csrf_token, locale, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (id_hash) DO NOTHING",
    )
    .bind(w.id_hash)
    .bind(w.account_id)
    .bind(w.epoch)
    .bind(w.csrf_token)
    .bind(w.locale)
    .bind(now())
    .execute(db)
    .await?;
    Ok(n == 1)
}

/// Writes a session's data (created if it has gone meanwhile: it then still carries the
/// epoch it was loaded with, so an ended session is refused at its next load).
pub async fn save(db: &Db, w: &Write<'_>) -> Result<()> {
    query(
        "INSERT INTO sessions (id_hash, account_id, epoch, csrf_token, locale, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (id_hash) DO UPDATE SET account_id = excluded.account_id,
             epoch = excluded.epoch, csrf_token = excluded.csrf_token, locale = excluded.locale",
    )
    .bind(w.id_hash)
    .bind(w.account_id)
    .bind(w.epoch)
    .bind(w.csrf_token)
    .bind(w.locale)
    .bind(now())
    .execute(db)
    .await?;
    Ok(())
}

/// An account's current session epoch (written into a session at sign-in).
pub async fn epoch_of(db: &Db, account_id: i64) -> Result<i64> {
    let e: Option<i64> = query("SELECT session_epoch FROM accounts WHERE id = $1")
        .bind(account_id)
        .scalar_optional(db)
        .await?;
    Ok(e.unwrap_or(0))
}

pub async fn delete(db: &Db, id_hash: &str) -> Result<()> {
    query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn touch(db: &Db, id_hash: &str) -> Result<()> {
    query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1")
        .bind(id_hash)
        .bind(now())
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes sessions idle since `idle_before` or created before `created_before`.
pub async fn purge(
    db: &Db,
    idle_before: DateTime<Utc>,
    created_before: DateTime<Utc>,
) -> Result<u64> {
    query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(created_before)
        .execute(db)
        .await
}

/// How many sessions an account holds (for tests and the admin page).
pub async fn count_for(db: &Db, account_id: i64) -> Result<i64> {
    query("SELECT COUNT(*) FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .scalar(db)
        .await
}
