//! Accounts: provisioning, status and role changes, passwords, profiles.

use crate::{audit, audit_append, in_tx, like_escape, now, on_db, Db, Result};
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, AccountStatus, OrgId, PlatformRole};

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub organization_id: i64,
    pub org_code: String,
    pub org_name_en: String,
    pub org_name_zh: String,
    pub org_kind: String,
    pub role: String,
    pub status: String,
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
        crate::localized(lang, &self.org_name_en, &self.org_name_zh)
    }
}

const SELECT: &str = "SELECT a.id, a.email, a.display_name, a.organization_id, o.code AS org_code,
        o.name_en AS org_name_en, o.name_zh AS org_name_zh, o.kind AS org_kind, a.role, a.status,
        a.password_hash, a.title, a.ui_locale, a.time_zone, a.session_epoch, a.created_at
    FROM accounts a JOIN organizations o ON o.id = a.organization_id";

pub async fn by_id(db: &Db, id: AccountId) -> Result<Option<Account>> {
    let sql = format!("{SELECT} WHERE a.id = $1");
    on_db!(db, |pool| sqlx::query_as::<_, Account>(&sql)
        .bind(id.0)
        .fetch_optional(pool)
        .await)
}

/// Looks an account up by (normalized) e-mail.
pub async fn by_email(db: &Db, email: &str) -> Result<Option<Account>> {
    let sql = format!("{SELECT} WHERE a.email = $1");
    on_db!(db, |pool| sqlx::query_as::<_, Account>(&sql)
        .bind(email)
        .fetch_optional(pool)
        .await)
}

/// Filters of the admin account list; empty means any.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Matches name, e-mail, title, organization code or name.
    pub q: String,
    pub status: String,
    pub role: String,
    pub org: Option<OrgId>,
}

pub async fn search(db: &Db, f: &Filter, limit: i64, offset: i64) -> Result<(Vec<Account>, i64)> {
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
    let list_sql =
        format!("{SELECT} {filter} ORDER BY LOWER(a.display_name), a.id LIMIT $5 OFFSET $6");
    let count_sql = format!(
        "SELECT COUNT(*) FROM accounts a JOIN organizations o ON o.id = a.organization_id {filter}"
    );
    let org = f.org.map(|o| o.0);
    on_db!(db, |pool| {
        let rows = sqlx::query_as::<_, Account>(&list_sql)
            .bind(&q)
            .bind(&f.status)
            .bind(&f.role)
            .bind(org)
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await?;
        let (total,): (i64,) = sqlx::query_as(&count_sql)
            .bind(&q)
            .bind(&f.status)
            .bind(&f.role)
            .bind(org)
            .fetch_one(pool)
            .await?;
        Ok((rows, total))
    })
}

/// Accounts for the CLI listing, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Account>> {
    let sql = format!("{SELECT} ORDER BY a.id");
    on_db!(db, |pool| sqlx::query_as::<_, Account>(&sql)
        .fetch_all(pool)
        .await)
}

/// Is there an administrator who is active or still has to accept an invitation?
pub async fn any_admin(db: &Db) -> Result<bool> {
    let sql =
        "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status IN ('active', 'invited')";
    on_db!(db, |pool| sqlx::query_as::<_, (i64,)>(sql)
        .fetch_one(pool)
        .await
        .map(|r| r.0 > 0))
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

/// The invitation token's hash and expiry, created by the caller (the token itself is
/// shown once and never stored).
#[derive(Clone, Debug)]
pub struct InvitationSeed<'a> {
    pub token_hash: &'a str,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProvisionError {
    DuplicateEmail,
}

/// Creates an invited account, its invitation and the audit entry in one transaction.
pub async fn provision(
    db: &Db,
    new: &NewAccount<'_>,
    invite: &InvitationSeed<'_>,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<Result<AccountId, ProvisionError>> {
    let rows = [(new.clone(), invite.clone())];
    Ok(insert_invited(db, &rows, actor, ip, false)
        .await?
        .map(|ids| ids[0])
        .map_err(|_| ProvisionError::DuplicateEmail))
}

/// Provisions many accounts in one transaction: either every one is created, with its
/// invitation and audit entry, or none is (the first duplicate e-mail is reported by index).
pub async fn provision_many(
    db: &Db,
    rows: &[(NewAccount<'_>, InvitationSeed<'_>)],
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<Result<Vec<AccountId>, usize>> {
    insert_invited(db, rows, actor, ip, true).await
}

/// The one way accounts are provisioned: each with its invitation and audit entry, all in
/// one transaction; an import also records a summary entry.
async fn insert_invited(
    db: &Db,
    rows: &[(NewAccount<'_>, InvitationSeed<'_>)],
    actor: Option<AccountId>,
    ip: Option<&str>,
    import: bool,
) -> anyhow::Result<Result<Vec<AccountId>, usize>> {
    let at = now();
    let out: Result<Vec<AccountId>, usize> = in_tx!(db, |tx| {
        let mut ids = Vec::with_capacity(rows.len());
        for (i, (new, invite)) in rows.iter().enumerate() {
            let existing: Option<(i64,)> =
                sqlx::query_as("SELECT id FROM accounts WHERE email = $1")
                    .bind(new.email)
                    .fetch_optional(&mut *tx)
                    .await?;
            if existing.is_some() {
                // Returning early drops the transaction: nothing of this import is kept.
                return Ok(Err(i));
            }
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO accounts (email, display_name, organization_id, role, status, title, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, 'invited', $5, $6, $6) RETURNING id",
            )
            .bind(new.email)
            .bind(new.display_name)
            .bind(new.org.0)
            .bind(new.role.as_str())
            .bind(new.title)
            .bind(at)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(invite.token_hash)
            .bind(id)
            .bind(actor.map(|a| a.0))
            .bind(at)
            .bind(invite.expires_at)
            .execute(&mut *tx)
            .await?;
            let entry = audit::Entry {
                event: "invitation.created",
                actor: actor.map(|a| a.0),
                subject: Some(id),
                ip,
                detail: format!("role={}{}", new.role, if import { " import" } else { "" }),
            };
            audit_append!(&mut *tx, entry)?;
            ids.push(AccountId(id));
        }
        if import {
            let entry = audit::Entry {
                event: "accounts.imported",
                actor: actor.map(|a| a.0),
                subject: None,
                ip,
                detail: format!("count={}", ids.len()),
            };
            audit_append!(&mut *tx, entry)?;
        }
        Ok(ids)
    });
    Ok(out)
}

/// Outcome of a change that must keep at least one active administrator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminGuard {
    Done,
    /// Refused: it would leave no active administrator.
    LastAdmin,
    /// Nothing to do (already in that state) or no such account.
    Unchanged,
}

/// Inside a transaction: the account's role and status, and whether it is the last
/// active administrator (so that removing its rights would leave none).
macro_rules! role_status_last_admin {
    ($tx:expr, $id:expr) => {{
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT role, status FROM accounts WHERE id = $1")
                .bind($id)
                .fetch_optional(&mut *$tx)
                .await?;
        match row {
            None => None,
            Some((role, status)) => {
                let (others,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status = 'active' AND id <> $1",
                )
                .bind($id)
                .fetch_one(&mut *$tx)
                .await?;
                let last = role == "admin" && status == "active" && others == 0;
                Some((role, status, last))
            }
        }
    }};
}

/// Inside a transaction: ends every session of the account now (rows deleted, epoch
/// bumped so that a session written concurrently is refused too).
macro_rules! end_sessions {
    ($tx:expr, $id:expr, $at:expr) => {{
        sqlx::query(
            "UPDATE accounts SET session_epoch = session_epoch + 1, updated_at = $2 WHERE id = $1",
        )
        .bind($id)
        .bind($at)
        .execute(&mut *$tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
    }};
}

/// Deactivates an account: its sessions are deleted and its epoch bumped in the same
/// transaction, so it is refused at its very next request; pending invitations die too.
pub async fn deactivate(
    db: &Db,
    id: AccountId,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<AdminGuard> {
    let at = now();
    let out = in_tx!(db, |tx| {
        match role_status_last_admin!(tx, id.0) {
            None => AdminGuard::Unchanged,
            Some((_, status, _)) if status == "deactivated" => AdminGuard::Unchanged,
            Some((_, _, true)) => AdminGuard::LastAdmin,
            Some(_) => {
                sqlx::query("UPDATE accounts SET status = 'deactivated' WHERE id = $1")
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
                end_sessions!(tx, id.0, at);
                crate::directory_refresh!(tx, id.0);
                sqlx::query(
                    "UPDATE invitations SET revoked_at = $2
                     WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL",
                )
                .bind(id.0)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                let entry = audit::Entry {
                    event: "account.deactivated",
                    actor: actor.map(|a| a.0),
                    subject: Some(id.0),
                    ip,
                    detail: String::new(),
                };
                audit_append!(&mut *tx, entry)?;
                AdminGuard::Done
            }
        }
    });
    Ok(out)
}

/// Reactivates an account: active again if it had set a password, invited otherwise.
pub async fn reactivate(
    db: &Db,
    id: AccountId,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<AdminGuard> {
    let at = now();
    let out = in_tx!(db, |tx| {
        let done = sqlx::query(
            "UPDATE accounts SET status = CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END,
                 updated_at = $2
             WHERE id = $1 AND status = 'deactivated'",
        )
        .bind(id.0)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            crate::directory_refresh!(tx, id.0);
            audit_append!(
                &mut *tx,
                audit::Entry {
                    event: "account.reactivated",
                    actor: actor.map(|a| a.0),
                    subject: Some(id.0),
                    ip,
                    detail: String::new()
                }
            )?;
            AdminGuard::Done
        } else {
            AdminGuard::Unchanged
        }
    });
    Ok(out)
}

/// Changes the platform role. The account's other sessions end (epoch bump) so that a
/// demoted administrator keeps no elevated page open.
pub async fn set_role(
    db: &Db,
    id: AccountId,
    role: PlatformRole,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<AdminGuard> {
    let at = now();
    let out = in_tx!(db, |tx| {
        match role_status_last_admin!(tx, id.0) {
            None => AdminGuard::Unchanged,
            Some((current, _, _)) if current == role.as_str() => AdminGuard::Unchanged,
            Some((_, _, true)) => AdminGuard::LastAdmin,
            Some((current, _, _)) => {
                sqlx::query("UPDATE accounts SET role = $2 WHERE id = $1")
                    .bind(id.0)
                    .bind(role.as_str())
                    .execute(&mut *tx)
                    .await?;
                end_sessions!(tx, id.0, at);
                let entry = audit::Entry {
                    event: "account.role_changed",
                    actor: actor.map(|a| a.0),
                    subject: Some(id.0),
                    ip,
                    detail: format!("{current} -> {role}"),
                };
                audit_append!(&mut *tx, entry)?;
                AdminGuard::Done
            }
        }
    });
    Ok(out)
}

/// Sets a new password hash and ends every session of the account except `keep_session`
/// (the hashed ID of the session that made the change, if any).
pub async fn set_password(
    db: &Db,
    id: AccountId,
    hash: &str,
    keep_session: Option<&str>,
    ip: Option<&str>,
) -> anyhow::Result<()> {
    let at = now();
    in_tx!(db, |tx| {
        sqlx::query("UPDATE accounts SET password_hash = $2, session_epoch = session_epoch + 1, updated_at = $3 WHERE id = $1")
            .bind(id.0)
            .bind(hash)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
            .bind(id.0)
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        // The session that made the change follows the new epoch.
        sqlx::query("UPDATE sessions SET epoch = (SELECT session_epoch FROM accounts WHERE id = $1) WHERE id_hash = $2")
            .bind(id.0)
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        audit_append!(
            &mut *tx,
            audit::Entry {
                event: "password.changed",
                actor: Some(id.0),
                subject: Some(id.0),
                ip,
                detail: String::new()
            }
        )?;
    });
    Ok(())
}

pub async fn set_locale(db: &Db, id: AccountId, locale: &str) -> Result<()> {
    let sql = "UPDATE accounts SET ui_locale = $2, updated_at = $3 WHERE id = $1";
    on_db!(db, |pool| sqlx::query(sql)
        .bind(id.0)
        .bind(locale)
        .bind(now())
        .execute(pool)
        .await
        .map(|_| ()))
}
