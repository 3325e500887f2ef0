//! Spaces (the eight working groups and any others) and their members.

use crate::db::{query, Db, Result, Tx};
use crate::now;
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, SpaceId, SpaceRole};

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Space {
    pub id: i64,
    pub slug: String,
    pub kind: String,
    pub wg_number: Option<i64>,
    pub pillar: Option<i64>,
    pub name_en: String,
    pub name_zh: String,
    pub is_open: bool,
}

impl Space {
    pub fn space_id(&self) -> SpaceId {
        SpaceId(self.id)
    }
    pub fn name(&self, lang: &str) -> &str {
        crate::localized(lang, &self.name_en, &self.name_zh)
    }
}

const SELECT: &str =
    "SELECT s.id, s.slug, s.kind, s.wg_number, s.pillar, s.name_en, s.name_zh, s.is_open FROM spaces s";

pub async fn list(db: &Db) -> Result<Vec<Space>> {
    query(format!(
        "{SELECT} ORDER BY COALESCE(s.wg_number, 1000), s.name_en"
    ))
    .fetch_all(db)
    .await
}

pub async fn by_id(db: &Db, id: SpaceId) -> Result<Option<Space>> {
    query(format!("{SELECT} WHERE s.id = $1"))
        .bind(id.0)
        .fetch_optional(db)
        .await
}

/// The entities that chair, vice-chair or co-chair a space.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Lead {
    pub space_id: i64,
    pub organization_id: i64,
    pub code: String,
    pub role: String,
}

pub async fn entity_leads(db: &Db) -> Result<Vec<Lead>> {
    query(
        "SELECT e.space_id, e.organization_id, o.code, e.role FROM space_entities e
        JOIN organizations o ON o.id = e.organization_id
        ORDER BY e.space_id, CASE e.role WHEN 'chair' THEN 0 WHEN 'co_chair' THEN 1 ELSE 2 END, o.code",
    )
    .fetch_all(db)
    .await
}

/// An account's memberships: (space, role).
pub async fn memberships(db: &Db, account: AccountId) -> Result<Vec<(SpaceId, SpaceRole)>> {
    let rows: Vec<(i64, String)> =
        query("SELECT space_id, role FROM space_members WHERE account_id = $1")
            .bind(account.0)
            .fetch_all(db)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, r)| SpaceRole::parse(&r).map(|r| (SpaceId(s), r)))
        .collect())
}

/// An account's memberships as one column, `space:role,space:role` (to read them in the
/// same round trip as the account): `account` is the SQL expression of its ID.
pub fn memberships_column(account: &str) -> String {
    format!(
        "(SELECT STRING_AGG(CAST(m.space_id AS TEXT) || ':' || m.role, ',')
            FROM space_members m WHERE m.account_id = {account})"
    )
}

/// Reads `memberships_column`, ordered by space.
pub fn parse_memberships(column: Option<&str>) -> Vec<(SpaceId, SpaceRole)> {
    let mut out: Vec<(SpaceId, SpaceRole)> = column
        .unwrap_or("")
        .split(',')
        .filter_map(|m| m.split_once(':'))
        .filter_map(|(s, r)| Some((SpaceId(s.parse().ok()?), SpaceRole::parse(r)?)))
        .collect();
    out.sort_by_key(|(s, _)| *s);
    out
}

/// Every (account, space) membership, for demo data.
pub async fn all_memberships(db: &Db) -> Result<Vec<(i64, i64)>> {
    query("SELECT account_id, space_id FROM space_members ORDER BY account_id, space_id")
        .fetch_all(db)
        .await
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Member {
    pub account_id: i64,
    pub display_name: String,
    pub email: String,
    pub org_code: String,
    pub role: String,
    pub status: String,
    pub added_at: DateTime<Utc>,
}

pub async fn members(db: &Db, space: SpaceId) -> Result<Vec<Member>> {
    query(
        "SELECT m.account_id, a.display_name, a.email, o.code AS org_code, m.role, a.status, m.added_at
        FROM space_members m JOIN accounts a ON a.id = m.account_id JOIN organizations o ON o.id = a.organization_id
        WHERE m.space_id = $1
        ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END, LOWER(a.display_name)",
    )
    .bind(space.0)
    .fetch_all(db)
    .await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MembershipChange {
    Added,
    RoleChanged,
    Removed,
    Unchanged,
}

/// Adds a member or changes their role (upsert); says which it was.
pub async fn set_member(
    tx: &mut Tx,
    space: SpaceId,
    account: AccountId,
    role: SpaceRole,
    by: Option<AccountId>,
) -> Result<MembershipChange> {
    let current: Option<String> =
        query("SELECT role FROM space_members WHERE space_id = $1 AND account_id = $2")
            .bind(space.0)
            .bind(account.0)
            .scalar_optional(&mut *tx)
            .await?;
    let change = match current {
        Some(r) if r == role.as_str() => return Ok(MembershipChange::Unchanged),
        Some(_) => MembershipChange::RoleChanged,
        None => MembershipChange::Added,
    };
    query(
        "INSERT INTO space_members (space_id, account_id, role, added_at, added_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (space_id, account_id) DO UPDATE SET role = excluded.role",
    )
    .bind(space.0)
    .bind(account.0)
    .bind(role.as_str())
    .bind(now())
    .bind(by.map(|a| a.0))
    .execute(tx)
    .await?;
    Ok(change)
}

/// Removes a member; says whether there was one.
pub async fn remove_member(
    tx: &mut Tx,
    space: SpaceId,
    account: AccountId,
) -> Result<MembershipChange> {
    let n = query("DELETE FROM space_members WHERE space_id = $1 AND account_id = $2")
        .bind(space.0)
        .bind(account.0)
        .execute(tx)
        .await?;
    Ok(if n == 1 {
        MembershipChange::Removed
    } else {
        MembershipChange::Unchanged
    })
}
