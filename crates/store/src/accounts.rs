//! Accounts: provisioning, status and role changes, passwords, profiles.

use crate::db::{query, Db, Executor, Result, Tx};
use crate::{like_escape, now};
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, AccountStatus, OrgId, PlatformRole};

/// An account with its organization. Serializable (without its password hash) so that
/// the session layer can hand it over with the session it was read with.
#[derive(sqlx::FromRow, serde::Serialize, serde::Deserialize, Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub organization_id: i64,
    pub org_code: String,
    /// The organization's names, from the reference data on this node (not read with the row).
    #[sqlx(skip)]
    #[serde(skip)]
    pub org_names: crate::Names,
    pub org_kind: String,
    pub role: String,
    pub status: String,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub title: String,
    pub ui_locale: Option<String>,
    pub time_zone: String,
    pub session_epoch: i64,
    pub created_at: DateTime<Utc>,
}

impl Account {
    pub fn account_id(&self) -> AccountId {
        AccountId(self.id)
    }
    pub fn org_id(&self) -> OrgId {
        OrgId(self.organization_id)
    }
    pub fn role(&self) -> PlatformRole {
        PlatformRole::parse(&self.role).unwrap_or(PlatformRole::FocalPoint)
    }
    pub fn status(&self) -> AccountStatus {
        AccountStatus::parse(&self.status).unwrap_or(AccountStatus::Deactivated)
    }
    pub fn org_name(&self, lang: &str) -> &str {
        self.org_names.get_or(lang, &self.org_code)
    }
}

const SELECT: &str = "SELECT a.id, a.email, a.display_name, a.organization_id, o.code AS org_code,
        o.kind AS org_kind, a.role, a.status,
        a.password_hash, a.title, a.ui_locale, a.time_zone, a.session_epoch, a.created_at
    FROM accounts a JOIN organizations o ON o.id = a.organization_id";

/// An account as the administrators' list shows it: with its last sign-in.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Listed {
    #[sqlx(flatten)]
    pub account: Account,
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

/// The orders of the administrators' list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// By name (the default).
    #[default]
    Name,
    /// By organization: its name in the reader's language (one of `NAME_LANGS`), then name.
    Org(&'static str),
    /// Most recently signed in first; those who never did last.
    LastSignIn,
    /// Newest accounts first.
    Created,
    /// By status (invited, active, deactivated), then name.
    Status,
}

impl Order {
    fn sql(self) -> String {
        match self {
            Order::Name => "LOWER(a.display_name), a.id".into(),
            Order::Org(lang) => {
                let lang = crate::NAME_LANGS
                    .iter()
                    .find(|l| **l == lang)
                    .copied()
                    .unwrap_or("en");
                format!("LOWER(o.name_{lang}), o.code, LOWER(a.display_name), a.id")
            }
            Order::LastSignIn => {
                "a.last_sign_in_at IS NULL, a.last_sign_in_at DESC, LOWER(a.display_name), a.id"
                    .into()
            }
            Order::Created => "a.created_at DESC, a.id DESC".into(),
            Order::Status => "a.status, LOWER(a.display_name), a.id".into(),
        }
    }
}

/// Records a successful sign-in's time (with its audit entry, in the same transaction).
pub async fn signed_in(tx: &mut Tx, id: AccountId, at: DateTime<Utc>) -> Result<()> {
    query("UPDATE accounts SET last_sign_in_at = $1 WHERE id = $2")
        .bind(at)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

pub async fn by_id<'c>(on: impl Executor<'c>, id: AccountId) -> Result<Option<Account>> {
    query(format!("{SELECT} WHERE a.id = $1"))
        .bind(id.0)
        .fetch_optional(on)
        .await
}

/// Looks an account up by (normalized) e-mail.
pub async fn by_email(db: &Db, email: &str) -> Result<Option<Account>> {
    query(format!("{SELECT} WHERE a.email = $1"))
        .bind(email)
        .fetch_optional(db)
        .await
}

/// Filters of the admin account list; empty means any.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Matches name, e-mail, title, organization code or name.
    pub q: String,
    pub status: String,
    pub role: String,
    pub org: Option<OrgId>,
    pub order: Order,
}

pub async fn search(db: &Db, f: &Filter, limit: i64, offset: i64) -> Result<(Vec<Listed>, i64)> {
    let q = if f.q.trim().is_empty() {
        String::new()
    } else {
        format!("%{}%", like_escape(&f.q.trim().to_lowercase()))
    };
    let filter =
        "WHERE ($1 = '' OR LOWER(a.display_name) LIKE $1 ESCAPE '\\' OR a.email LIKE $1 ESCAPE '\\'
            OR LOWER(a.title) LIKE $1 ESCAPE '\\' OR LOWER(o.code) LIKE $1 ESCAPE '\\'
            OR LOWER(o.name_en) LIKE $1 ESCAPE '\\' OR o.name_zh LIKE $1 ESCAPE '\\')
          AND ($2 = '' OR a.status = $2)
          AND ($3 = '' OR a.role = $3)
          AND ($4 IS NULL OR a.organization_id = $4)";
    let org = f.org.map(|o| o.0);
    let (columns, from) = SELECT.split_once(" FROM ").expect("one FROM");
    let rows = query(format!(
        "{columns}, a.last_sign_in_at FROM {from} {filter} ORDER BY {} LIMIT $5 OFFSET $6",
        f.order.sql()
    ))
    .bind(&q)
    .bind(&f.status)
    .bind(&f.role)
    .bind(org)
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await?;
    let total: i64 = query(format!(
        "SELECT COUNT(*) FROM accounts a JOIN organizations o ON o.id = a.organization_id {filter}"
    ))
    .bind(&q)
    .bind(&f.status)
    .bind(&f.role)
    .bind(org)
    .scalar(db)
    .await?;
    Ok((rows, total))
}

/// Accounts for the CLI listing, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Account>> {
    query(format!("{SELECT} ORDER BY a.id")).fetch_all(db).await
}

/// The active accounts of these organizations with their organization, by id.
pub async fn active_in<'c>(
    on: impl Executor<'c>,
    orgs: &[OrgId],
) -> Result<Vec<(AccountId, OrgId)>> {
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, organization_id FROM accounts
         WHERE status = 'active' AND organization_id IN ({}) ORDER BY id",
        crate::placeholders(orgs.len())
    );
    let mut q = query(sql);
    for o in orgs {
        q = q.bind(o.0);
    }
    Ok(q.fetch_all::<(i64, i64)>(on)
        .await?
        .into_iter()
        .map(|(a, o)| (AccountId(a), OrgId(o)))
        .collect())
}

/// Is there an administrator who is active or still has to accept an invitation?
pub async fn any_admin(db: &Db) -> Result<bool> {
    let n: i64 = query(
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status IN ('active', 'invited')",
    )
    .scalar(db)
    .await?;
    Ok(n > 0)
}

/// A new account, provisioned together with its first invitation.
#[derive(Clone, Debug)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub org: OrgId,
    pub role: PlatformRole,
    pub title: &'a str,
}

/// Whether an account with this (normalized) e-mail exists.
pub async fn email_taken(tx: &mut Tx, email: &str) -> Result<bool> {
    let id: Option<i64> = query("SELECT id FROM accounts WHERE email = $1")
        .bind(email)
        .scalar_optional(tx)
        .await?;
    Ok(id.is_some())
}

/// Inserts an invited account (its invitation is `invitations::insert`).
pub async fn insert_invited(tx: &mut Tx, new: &NewAccount<'_>) -> Result<AccountId> {
    let at = now();
    let id: i64 = query(
        "INSERT INTO accounts (email, display_name, organization_id, role, status, title, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'invited', $5, $6, $6) RETURNING id",
    )
    .bind(new.email)
    .bind(new.display_name)
    .bind(new.org.0)
    .bind(new.role.as_str())
    .bind(new.title)
    .bind(at)
    .scalar(tx)
    .await?;
    Ok(AccountId(id))
}

/// An account's role and status, and whether it is the last active administrator (so
/// that removing its rights would leave none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub role: String,
    pub status: String,
    pub last_admin: bool,
}

/// The account's standing, read inside the transaction that may change it.
pub async fn standing(tx: &mut Tx, id: AccountId) -> Result<Option<Standing>> {
    let row: Option<(String, String)> = query("SELECT role, status FROM accounts WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
    let Some((role, status)) = row else {
        return Ok(None);
    };
    let others: i64 = query(
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active' AND id <> $1",
    )
    .bind(id.0)
    .scalar(&mut *tx)
    .await?;
    let last_admin = role == "admin" && status == "active" && others == 0;
    Ok(Some(Standing {
        role,
        status,
        last_admin,
    }))
}

/// Ends every session of the account now: rows deleted, epoch bumped so that a session
/// written concurrently is refused too. `keep` is the hashed ID of a session to keep (the
/// one that changed the password), which follows the new epoch.
pub async fn end_sessions(tx: &mut Tx, id: AccountId, keep: Option<&str>) -> Result<()> {
    query("UPDATE accounts SET session_epoch = session_epoch + 1, updated_at = $2 WHERE id = $1")
        .bind(id.0)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
        .bind(id.0)
        .bind(keep.unwrap_or(""))
        .execute(&mut *tx)
        .await?;
    if let Some(keep) = keep {
        query(
            "UPDATE sessions SET epoch = (SELECT session_epoch FROM accounts WHERE id = $1)
             WHERE id_hash = $2",
        )
        .bind(id.0)
        .bind(keep)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// Sets the account's status (`active`, `invited`, `deactivated`).
pub async fn set_status(tx: &mut Tx, id: AccountId, status: AccountStatus) -> Result<()> {
    query("UPDATE accounts SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(status.as_str())
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

/// A deactivated account becomes active again if it had set a password, invited
/// otherwise; false if it was not deactivated.
pub async fn reactivate(tx: &mut Tx, id: AccountId) -> Result<bool> {
    let n = query(
        "UPDATE accounts SET status = CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END,
             updated_at = $2
         WHERE id = $1 AND status = 'deactivated'",
    )
    .bind(id.0)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n == 1)
}

pub async fn set_role(tx: &mut Tx, id: AccountId, role: PlatformRole) -> Result<()> {
    query("UPDATE accounts SET role = $2, updated_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(role.as_str())
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

/// Sets a new password hash (a person changing their password).
pub async fn set_password(tx: &mut Tx, id: AccountId, hash: &str) -> Result<()> {
    query("UPDATE accounts SET password_hash = $2, updated_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(hash)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

/// An invited account chooses its password and becomes active; false if it is not (or no
/// longer) invited.
pub async fn activate(tx: &mut Tx, id: AccountId, hash: &str) -> Result<bool> {
    let n = query(
        "UPDATE accounts SET status = 'active', password_hash = $2,
             session_epoch = session_epoch + 1, updated_at = $3
         WHERE id = $1 AND status = 'invited'",
    )
    .bind(id.0)
    .bind(hash)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n == 1)
}

/// An active account gets a new password through a reset link; false if it is not active.
pub async fn reset_password(tx: &mut Tx, id: AccountId, hash: &str) -> Result<bool> {
    let n = query(
        "UPDATE accounts SET password_hash = $2, updated_at = $3 WHERE id = $1 AND status = 'active'",
    )
    .bind(id.0)
    .bind(hash)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n == 1)
}

/// Whether an administrator exists who is active or still has to accept an invitation
/// (inside the transaction that may create the first one).
pub async fn admins_exist(tx: &mut Tx) -> Result<bool> {
    let n: i64 = query(
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status IN ('active', 'invited')",
    )
    .scalar(tx)
    .await?;
    Ok(n > 0)
}

/// The first administrator, active at once with the password they chose.
#[derive(Clone, Debug)]
pub struct FirstAdmin<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub org: OrgId,
    pub password_hash: &'a str,
}

pub async fn insert_first_admin(tx: &mut Tx, a: &FirstAdmin<'_>) -> Result<AccountId> {
    let id: i64 = query(
        "INSERT INTO accounts (email, display_name, organization_id, role, status, password_hash, created_at, updated_at)
         VALUES ($1, $2, $3, 'admin', 'active', $4, $5, $5) RETURNING id",
    )
    .bind(a.email)
    .bind(a.display_name)
    .bind(a.org.0)
    .bind(a.password_hash)
    .bind(now())
    .scalar(tx)
    .await?;
    Ok(AccountId(id))
}

pub async fn set_locale(tx: &mut Tx, id: AccountId, locale: &str) -> Result<()> {
    query("UPDATE accounts SET ui_locale = $2, updated_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(locale)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}
