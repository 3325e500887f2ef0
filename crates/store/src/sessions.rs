//! Server-side sessions, shared by every app node through the database. The cookie holds
//! a random token; only its SHA-256 is stored, so a database leak yields no usable cookie.

use crate::accounts::Account;
use crate::db::{query, Db, Result};
use crate::known::GENERATIONS;
use crate::now;
use crate::quick::Quick;
use chrono::{DateTime, Utc};
use gctcp_domain::{SpaceId, SpaceRole};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

/// A session joined with what decides, at every request, whether it still holds (its
/// account's status and session epoch), the account's version (see `Signed`), its unread
/// notifications and the generations of what each node keeps in memory (`crate::follow`):
/// everything a signed-in request needs before its page, in one round trip, as long as
/// this node already knows the account at that version.
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
    /// Moves whenever the account row or one of its memberships changes (triggers).
    pub account_version: Option<i64>,
    /// How many of the account's notifications are unread.
    pub unread: Option<i64>,
    /// The generation counters (`known::GENERATIONS`).
    pub generations: Option<String>,
}

impl Record {
    /// The generations read with the session, in `known::Kind`'s order.
    pub fn generations(&self) -> [Option<i64>; crate::known::KINDS] {
        crate::known::parse(self.generations.as_deref())
    }
}

static LOAD: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT s.id_hash, s.account_id, s.epoch, s.csrf_token, s.locale, s.created_at, s.last_seen_at,
            a.status AS account_status, a.session_epoch AS account_epoch,
            a.version AS account_version,
            {} AS unread,
            {GENERATIONS}
        FROM sessions s LEFT JOIN accounts a ON a.id = s.account_id
        WHERE s.id_hash = $1",
        crate::notifications::unread_column("s.account_id"),
    )
});

/// Reads a session with what every request checks (`Record`), on the connections kept
/// for this read (`Quick`): on SQLite on the calling thread when it can be (see
/// `Quick::inline`), else as every read.
pub async fn load(on: &Quick, id_hash: &str) -> Result<Option<Record>> {
    if let Some(found) = on.inline(|c| load_inline(c, id_hash)) {
        return Ok(found);
    }
    on.fetch_optional(query(LOAD.as_str()).bind(id_hash)).await
}

/// `load` on a SQLite connection of the calling thread: the same query, its row decoded
/// as sqlx decodes it (a time that is not in the form sqlx writes is an error, and the
/// read is then made the usual way).
fn load_inline(c: &rusqlite::Connection, id_hash: &str) -> rusqlite::Result<Option<Record>> {
    use rusqlite::OptionalExtension;
    let mut st = c.prepare_cached(LOAD.as_str())?;
    st.query_row([id_hash], |r| {
        Ok(Record {
            id_hash: r.get(0)?,
            account_id: r.get(1)?,
            epoch: r.get(2)?,
            csrf_token: r.get(3)?,
            locale: r.get(4)?,
            created_at: time(r, 5)?,
            last_seen_at: time(r, 6)?,
            account_status: r.get(7)?,
            account_epoch: r.get(8)?,
            account_version: r.get(9)?,
            unread: r.get(10)?,
            generations: r.get(11)?,
        })
    })
    .optional()
}

/// A time as sqlx writes it on SQLite (RFC 3339 text).
fn time(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = r.get(i)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
}

/// A signed-in account's details as a page uses them: the account as `accounts::by_id`
/// reads it, less its password hash (which a page never needs), and its spaces.
#[derive(Debug)]
pub struct Details {
    /// The account's version these details were read at.
    pub version: i64,
    /// The catalog's generation when they were read: the organization's code and kind
    /// come from the organizations table, which moves that counter.
    pub catalog: Option<i64>,
    pub account: Account,
    pub memberships: Vec<(SpaceId, SpaceRole)>,
}

#[derive(sqlx::FromRow)]
struct DetailsRow {
    version: i64,
    #[sqlx(flatten)]
    account: Account,
    memberships: Option<String>,
}

static DETAILS: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT a.version, a.id, a.email, a.display_name, a.organization_id, o.code AS org_code,
            o.kind AS org_kind, a.role, a.status, CAST(NULL AS TEXT) AS password_hash, a.title,
            a.ui_locale, a.time_zone, a.session_epoch, a.created_at,
            {} AS memberships
        FROM accounts a JOIN organizations o ON o.id = a.organization_id
        WHERE a.id = $1",
        crate::spaces::memberships_column("a.id"),
    )
});

/// Most accounts a node keeps the details of; past it, it starts over (each then costs
/// one more read at its next request).
const SIGNED_KEEP: usize = 8192;

/// The details of the accounts signed in on this node, each with the version (and the
/// catalog generation) it was read at. A request whose session row shows the same
/// version uses them as they are; any change to the account or its memberships moves
/// the version (triggers, on both databases), and the details are read again, so a page
/// never shows an account as it was before a change that its own query could see.
#[derive(Debug, Default)]
pub struct Signed {
    kept: Mutex<HashMap<i64, Arc<Details>>>,
}

impl Signed {
    /// The details of `account` at `version`: kept ones if they are that version and
    /// were read at the catalog generation `catalog`, else read now (None: the account
    /// is gone).
    pub async fn get(
        &self,
        on: &Quick,
        account: i64,
        version: i64,
        catalog: Option<i64>,
    ) -> Result<Option<Arc<Details>>> {
        let kept = self.lock().get(&account).cloned();
        if let Some(d) = kept.filter(|d| d.version == version && d.catalog == catalog) {
            return Ok(Some(d));
        }
        let Some(row) = on
            .fetch_optional::<DetailsRow>(query(DETAILS.as_str()).bind(account))
            .await?
        else {
            self.lock().remove(&account);
            return Ok(None);
        };
        let details = Arc::new(Details {
            version: row.version,
            catalog,
            memberships: crate::spaces::parse_memberships(row.memberships.as_deref()),
            account: row.account,
        });
        let mut kept = self.lock();
        if kept.len() >= SIGNED_KEEP {
            kept.clear();
        }
        kept.insert(account, details.clone());
        Ok(Some(details))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<Details>>> {
        self.kept.lock().unwrap_or_else(|p| p.into_inner())
    }
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
