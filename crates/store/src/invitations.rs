//! Invitations: single-use, expiring tokens (only their SHA-256 is stored) with which an
//! invited person sets a password, or with which the first administrator sets up the
//! platform (`account_id` NULL).

use crate::{audit, audit_append, in_tx, now, on_db, Db, Result};
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, OrgId};

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Pending {
    pub id: i64,
    pub account_id: Option<i64>,
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// `invite` (activate an invited account) or `reset` (new password for an active one).
    pub purpose: String,
}

impl Pending {
    pub fn is_reset(&self) -> bool {
        self.purpose == "reset"
    }
}

/// A usable invitation for this token hash: not used, not revoked, not expired, and its
/// account (if any) still waiting to be activated.
pub async fn find_valid(db: &Db, token_hash: &str) -> Result<Option<Pending>> {
    let sql = "SELECT i.id, i.account_id, a.email, a.display_name, i.expires_at, i.purpose
        FROM invitations i LEFT JOIN accounts a ON a.id = i.account_id
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
          AND (i.account_id IS NULL
               OR (i.purpose = 'invite' AND a.status = 'invited')
               OR (i.purpose = 'reset' AND a.status = 'active'))";
    on_db!(db, |pool| sqlx::query_as::<_, Pending>(sql)
        .bind(token_hash)
        .bind(now())
        .fetch_optional(pool)
        .await)
}

/// When the account's current invitation expires, if it has one that can still be used.
pub async fn pending_expiry(db: &Db, account: AccountId) -> Result<Option<DateTime<Utc>>> {
    let sql = "SELECT MAX(expires_at) FROM invitations
        WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2";
    on_db!(db, |pool| sqlx::query_as::<_, (Option<DateTime<Utc>>,)>(
        sql
    )
    .bind(account.0)
    .bind(now())
    .fetch_one(pool)
    .await
    .map(|r| r.0))
}

const REVOKE_PENDING: &str = "UPDATE invitations SET revoked_at = $2
    WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL";

/// The two kinds of one-time link an administrator issues for an existing account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A new invitation for an account still waiting to be activated (resend).
    Invitation,
    /// A password reset for an active account (forgotten password).
    Reset,
}

impl LinkKind {
    /// The account status the link is for, its stored purpose, and its audit entry.
    fn spec(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            LinkKind::Invitation => ("invited", "invite", "invitation.created", "resent"),
            LinkKind::Reset => ("active", "reset", "password.reset_issued", ""),
        }
    }
}

/// Issues a one-time link of `kind` for an account; earlier pending links stop working.
/// Returns false when the account is not in the status the kind is for.
pub async fn issue(
    db: &Db,
    account: AccountId,
    kind: LinkKind,
    token_hash: &str,
    expires_at: DateTime<Utc>,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<bool> {
    let (status_needed, purpose, event, detail) = kind.spec();
    let at = now();
    let ok = in_tx!(db, |tx| {
        let status: Option<(String,)> = sqlx::query_as("SELECT status FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_optional(&mut *tx)
            .await?;
        if status.map(|s| s.0).as_deref() != Some(status_needed) {
            false
        } else {
            sqlx::query(REVOKE_PENDING)
                .bind(account.0)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at, purpose)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(token_hash)
            .bind(account.0)
            .bind(actor.map(|a| a.0))
            .bind(at)
            .bind(expires_at)
            .bind(purpose)
            .execute(&mut *tx)
            .await?;
            let entry = audit::Entry {
                event,
                actor: actor.map(|a| a.0),
                subject: Some(account.0),
                ip,
                detail: detail.into(),
            };
            audit_append!(&mut *tx, entry)?;
            true
        }
    });
    Ok(ok)
}

/// Revokes every pending invitation of an account. Returns how many were revoked.
pub async fn revoke(
    db: &Db,
    account: AccountId,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<u64> {
    let at = now();
    let n = in_tx!(db, |tx| {
        let n = sqlx::query(REVOKE_PENDING)
            .bind(account.0)
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n > 0 {
            audit_append!(
                &mut *tx,
                audit::Entry {
                    event: "invitation.revoked",
                    actor: actor.map(|a| a.0),
                    subject: Some(account.0),
                    ip,
                    detail: String::new()
                }
            )?;
        }
        n
    });
    Ok(n)
}

const CONSUME: &str = "UPDATE invitations SET used_at = $2
    WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2";

/// Accepts an invitation: consumes it (once, even under a race), activates the account
/// with its password hash. Returns the account, or None if the link was no longer valid.
pub async fn accept(
    db: &Db,
    invitation_id: i64,
    password_hash: &str,
    ip: Option<&str>,
) -> anyhow::Result<Option<AccountId>> {
    let at = now();
    let out = in_tx!(db, |tx| {
        let consumed = sqlx::query(CONSUME)
            .bind(invitation_id)
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let account: Option<(Option<i64>, String)> =
            sqlx::query_as("SELECT account_id, purpose FROM invitations WHERE id = $1")
                .bind(invitation_id)
                .fetch_optional(&mut *tx)
                .await?;
        match (consumed, account) {
            (1, Some((Some(account_id), purpose))) if purpose == "reset" => {
                let changed = sqlx::query(
                    "UPDATE accounts SET password_hash = $2, session_epoch = session_epoch + 1, updated_at = $3
                     WHERE id = $1 AND status = 'active'",
                )
                .bind(account_id)
                .bind(password_hash)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed != 1 {
                    return Ok(None);
                }
                sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await?;
                let entry = audit::Entry {
                    event: "password.reset",
                    actor: Some(account_id),
                    subject: Some(account_id),
                    ip,
                    detail: String::new(),
                };
                audit_append!(&mut *tx, entry)?;
                Some(AccountId(account_id))
            }
            (1, Some((Some(account_id), _))) => {
                let activated = sqlx::query(
                    "UPDATE accounts SET status = 'active', password_hash = $2, session_epoch = session_epoch + 1, updated_at = $3
                     WHERE id = $1 AND status = 'invited'",
                )
                .bind(account_id)
                .bind(password_hash)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if activated == 1 {
                    crate::directory_refresh!(tx, account_id);
                    audit_append!(
                        &mut *tx,
                        audit::Entry {
                            event: "invitation.accepted",
                            actor: Some(account_id),
                            subject: Some(account_id),
                            ip,
                            detail: String::new()
                        }
                    )?;
                    Some(AccountId(account_id))
                } else {
                    return Ok(None); // rolls back the consumption
                }
            }
            _ => return Ok(None),
        }
    });
    Ok(out)
}

/// Stores a first-administrator setup token.
pub async fn create_setup(db: &Db, token_hash: &str, expires_at: DateTime<Utc>) -> Result<()> {
    let sql = "INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at) VALUES ($1, NULL, NULL, $2, $3)";
    on_db!(db, |pool| sqlx::query(sql)
        .bind(token_hash)
        .bind(now())
        .bind(expires_at)
        .execute(pool)
        .await
        .map(|_| ()))
}

#[derive(Clone, Debug)]
pub struct FirstAdmin<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub org: OrgId,
    pub password_hash: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupOutcome {
    Created(AccountId),
    /// The link was used, revoked or expired, or an administrator exists by now.
    LinkInvalid,
    EmailTaken,
}

/// Completes the first-administrator setup in one transaction.
pub async fn complete_setup(
    db: &Db,
    invitation_id: i64,
    admin: &FirstAdmin<'_>,
    ip: Option<&str>,
) -> anyhow::Result<SetupOutcome> {
    let at = now();
    let out = in_tx!(db, |tx| {
        let (admins,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND status IN ('active', 'invited')")
            .fetch_one(&mut *tx)
            .await?;
        let taken: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE email = $1")
            .bind(admin.email)
            .fetch_optional(&mut *tx)
            .await?;
        if admins > 0 {
            SetupOutcome::LinkInvalid
        } else if taken.is_some() {
            SetupOutcome::EmailTaken
        } else {
            let consumed = sqlx::query(&format!("{CONSUME} AND account_id IS NULL"))
                .bind(invitation_id)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if consumed != 1 {
                SetupOutcome::LinkInvalid
            } else {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO accounts (email, display_name, organization_id, role, status, password_hash, created_at, updated_at)
                     VALUES ($1, $2, $3, 'admin', 'active', $4, $5, $5) RETURNING id",
                )
                .bind(admin.email)
                .bind(admin.display_name)
                .bind(admin.org.0)
                .bind(admin.password_hash)
                .bind(at)
                .fetch_one(&mut *tx)
                .await?;
                crate::directory_refresh!(tx, id);
                sqlx::query("UPDATE invitations SET account_id = $2 WHERE id = $1")
                    .bind(invitation_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                audit_append!(
                    &mut *tx,
                    audit::Entry {
                        event: "setup.completed",
                        actor: Some(id),
                        subject: Some(id),
                        ip,
                        detail: String::new()
                    }
                )?;
                SetupOutcome::Created(AccountId(id))
            }
        }
    });
    Ok(out)
}
