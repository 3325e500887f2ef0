//! Invitations: single-use, expiring tokens (only their SHA-256 is stored) with which an
//! invited person sets a password, or with which the first administrator sets up the
//! platform (`account_id` NULL).

use crate::db::{query, Db, Result, Tx};
use crate::now;
use chrono::{DateTime, Utc};
use gctcp_domain::AccountId;

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
    query(
        "SELECT i.id, i.account_id, a.email, a.display_name, i.expires_at, i.purpose
        FROM invitations i LEFT JOIN accounts a ON a.id = i.account_id
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
          AND (i.account_id IS NULL
               OR (i.purpose = 'invite' AND a.status = 'invited')
               OR (i.purpose = 'reset' AND a.status = 'active'))",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(db)
    .await
}

/// When the account's current invitation expires, if it has one that can still be used.
pub async fn pending_expiry(db: &Db, account: AccountId) -> Result<Option<DateTime<Utc>>> {
    query(
        "SELECT MAX(expires_at) FROM invitations
        WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2",
    )
    .bind(account.0)
    .bind(now())
    .scalar(db)
    .await
}

/// The two kinds of one-time link an administrator issues for an existing account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A new invitation for an account still waiting to be activated (resend).
    Invitation,
    /// A password reset for an active account (forgotten password).
    Reset,
}

impl LinkKind {
    /// The stored purpose of the link.
    pub fn purpose(self) -> &'static str {
        match self {
            LinkKind::Invitation => "invite",
            LinkKind::Reset => "reset",
        }
    }
}

/// A new one-time link. `account` is None for the first administrator's setup link.
#[derive(Clone, Debug)]
pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub account: Option<AccountId>,
    pub purpose: &'static str,
    pub created_by: Option<AccountId>,
    pub expires_at: DateTime<Utc>,
}

pub async fn insert(tx: &mut Tx, l: &NewLink<'_>) -> Result<()> {
    query(
        "INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at, purpose)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(l.token_hash)
    .bind(l.account.map(|a| a.0))
    .bind(l.created_by.map(|a| a.0))
    .bind(now())
    .bind(l.expires_at)
    .bind(l.purpose)
    .execute(tx)
    .await?;
    Ok(())
}

/// Revokes every pending link of an account; returns how many.
pub async fn revoke_pending(tx: &mut Tx, account: AccountId) -> Result<u64> {
    query(
        "UPDATE invitations SET revoked_at = $2
         WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(account.0)
    .bind(now())
    .execute(tx)
    .await
}

/// A link consumed by `consume`: its account (None for a setup link) and purpose.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Consumed {
    pub account_id: Option<i64>,
    pub purpose: String,
}

/// Uses a link once, even under a race: None if it was already used, revoked or expired.
pub async fn consume(tx: &mut Tx, invitation_id: i64) -> Result<Option<Consumed>> {
    query(
        "UPDATE invitations SET used_at = $2
         WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
         RETURNING account_id, purpose",
    )
    .bind(invitation_id)
    .bind(now())
    .fetch_optional(tx)
    .await
}

/// Records which account a setup link created.
pub async fn attach_account(tx: &mut Tx, invitation_id: i64, account: AccountId) -> Result<()> {
    query("UPDATE invitations SET account_id = $2 WHERE id = $1")
        .bind(invitation_id)
        .bind(account.0)
        .execute(tx)
        .await?;
    Ok(())
}
