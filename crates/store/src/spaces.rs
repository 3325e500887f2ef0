//! Spaces (the eight working groups and any others) and their members.

use crate::db::{query, Db, Executor, Result, Tx};
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
    pub name_ar: String,
    pub name_en: String,
    pub name_es: String,
    pub name_fr: String,
    pub name_ru: String,
    pub name_zh: String,
    pub purpose: String,
    pub is_open: bool,
}

impl Space {
    pub fn space_id(&self) -> SpaceId {
        SpaceId(self.id)
    }
}

const SELECT: &str =
    "SELECT s.id, s.slug, s.kind, s.wg_number, s.pillar, s.name_ar, s.name_en, s.name_es, s.name_fr,
        s.name_ru, s.name_zh, s.purpose, s.is_open
    FROM spaces s";

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

pub async fn members<'c>(on: impl Executor<'c>, space: SpaceId) -> Result<Vec<Member>> {
    query(
        "SELECT m.account_id, a.display_name, a.email, o.code AS org_code, m.role, a.status, m.added_at
        FROM space_members m JOIN accounts a ON a.id = m.account_id JOIN organizations o ON o.id = a.organization_id
        WHERE m.space_id = $1
        ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'co_chair' THEN 1 WHEN 'vice_chair' THEN 2 ELSE 3 END,
            LOWER(a.display_name)",
    )
    .bind(space.0)
    .fetch_all(on)
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

/// A person's role in a space, read in the transaction that is about to change it.
pub async fn role_of(tx: &mut Tx, space: SpaceId, account: AccountId) -> Result<Option<SpaceRole>> {
    let r: Option<String> =
        query("SELECT role FROM space_members WHERE space_id = $1 AND account_id = $2")
            .bind(space.0)
            .bind(account.0)
            .scalar_optional(tx)
            .await?;
    Ok(r.as_deref().and_then(SpaceRole::parse))
}

/// How many chairs a space has (read in a transaction that may remove one).
pub async fn chairs(tx: &mut Tx, space: SpaceId) -> Result<i64> {
    query("SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND role = 'chair'")
        .bind(space.0)
        .scalar(tx)
        .await
}

/// The members who lead a space (chairs, co-chairs, vice-chairs), active ones only.
pub async fn leads<'c>(on: impl Executor<'c>, space: SpaceId) -> Result<Vec<AccountId>> {
    let ids: Vec<(i64,)> = query(
        "SELECT m.account_id FROM space_members m JOIN accounts a ON a.id = m.account_id
         WHERE m.space_id = $1 AND m.role IN ('chair', 'co_chair', 'vice_chair') AND a.status = 'active'
         ORDER BY m.account_id",
    )
    .bind(space.0)
    .fetch_all(on)
    .await?;
    Ok(ids.into_iter().map(|(i,)| AccountId(i)).collect())
}

/// A new space (a task force, a community of practice).
pub struct NewSpace<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub purpose: &'a str,
    pub pillar: Option<i64>,
    pub is_open: bool,
    pub created_by: Option<AccountId>,
}

pub async fn insert(tx: &mut Tx, s: &NewSpace<'_>) -> Result<SpaceId> {
    let id: i64 = query(
        "INSERT INTO spaces (slug, kind, pillar, name_en, purpose, is_open, created_at, created_by)
         VALUES ($1, 'other', $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(s.slug)
    .bind(s.pillar)
    .bind(s.name)
    .bind(s.purpose)
    .bind(s.is_open)
    .bind(now())
    .bind(s.created_by.map(|a| a.0))
    .scalar(tx)
    .await?;
    Ok(SpaceId(id))
}

/// Whether a slug is taken.
pub async fn slug_taken(tx: &mut Tx, slug: &str) -> Result<bool> {
    let n: i64 = query("SELECT COUNT(*) FROM spaces WHERE slug = $1")
        .bind(slug)
        .scalar(tx)
        .await?;
    Ok(n > 0)
}

/// A request to join a space.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct JoinRequest {
    pub id: i64,
    pub space_id: i64,
    pub account_id: i64,
    pub display_name: String,
    pub org_code: String,
    pub message: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub note: String,
}

const REQUEST: &str = "SELECT r.id, r.space_id, r.account_id, a.display_name, o.code AS org_code,
    r.message, r.status, r.created_at, r.note
    FROM space_requests r JOIN accounts a ON a.id = r.account_id
    JOIN organizations o ON o.id = a.organization_id";

/// Records a pending request; false if one is pending already.
pub async fn request(
    tx: &mut Tx,
    space: SpaceId,
    account: AccountId,
    message: &str,
) -> Result<bool> {
    let n = query(
        "INSERT INTO space_requests (space_id, account_id, message, status, created_at)
         VALUES ($1, $2, $3, 'pending', $4)
         ON CONFLICT (space_id, account_id) WHERE status = 'pending' DO NOTHING",
    )
    .bind(space.0)
    .bind(account.0)
    .bind(message)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n > 0)
}

/// The pending requests of a space, oldest first.
pub async fn pending<'c>(on: impl Executor<'c>, space: SpaceId) -> Result<Vec<JoinRequest>> {
    query(format!(
        "{REQUEST} WHERE r.space_id = $1 AND r.status = 'pending' ORDER BY r.id"
    ))
    .bind(space.0)
    .fetch_all(on)
    .await
}

/// A person's pending request in a space, if any.
pub async fn pending_of(
    db: &Db,
    space: SpaceId,
    account: AccountId,
) -> Result<Option<JoinRequest>> {
    query(format!(
        "{REQUEST} WHERE r.space_id = $1 AND r.account_id = $2 AND r.status = 'pending'"
    ))
    .bind(space.0)
    .bind(account.0)
    .fetch_optional(db)
    .await
}

pub async fn request_by_id(tx: &mut Tx, id: i64) -> Result<Option<JoinRequest>> {
    query(format!("{REQUEST} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(tx)
        .await
}

/// Decides a pending request (`approved`, `declined` or `withdrawn`); false if it was not
/// pending any more (someone else decided first).
pub async fn decide(
    tx: &mut Tx,
    id: i64,
    status: &str,
    by: Option<AccountId>,
    note: &str,
) -> Result<bool> {
    let n = query(
        "UPDATE space_requests SET status = $2, decided_by = $3, decided_at = $4, note = $5
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id)
    .bind(status)
    .bind(by.map(|a| a.0))
    .bind(now())
    .bind(note)
    .execute(tx)
    .await?;
    Ok(n > 0)
}

/// Pins a library resource to a space's home; false if it was pinned already.
pub async fn pin(
    tx: &mut Tx,
    space: SpaceId,
    resource: i64,
    by: Option<AccountId>,
) -> Result<bool> {
    let n = query(
        "INSERT INTO space_pins (space_id, kind, item_id, pinned_by, pinned_at)
         VALUES ($1, 'resource', $2, $3, $4) ON CONFLICT (space_id, kind, item_id) DO NOTHING",
    )
    .bind(space.0)
    .bind(resource)
    .bind(by.map(|a| a.0))
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n > 0)
}

/// Unpins a resource; false if it was not pinned.
pub async fn unpin(tx: &mut Tx, space: SpaceId, resource: i64) -> Result<bool> {
    let n =
        query("DELETE FROM space_pins WHERE space_id = $1 AND kind = 'resource' AND item_id = $2")
            .bind(space.0)
            .bind(resource)
            .execute(tx)
            .await?;
    Ok(n > 0)
}

/// The resources pinned to a space, most recently pinned first.
pub async fn pinned_resources(db: &Db, space: SpaceId) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = query(
        "SELECT item_id FROM space_pins WHERE space_id = $1 AND kind = 'resource'
         ORDER BY pinned_at DESC, item_id DESC",
    )
    .bind(space.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(i,)| i).collect())
}

/// A person leading a space.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct LeadPerson {
    pub space_id: i64,
    pub account_id: i64,
    pub display_name: String,
    pub org_code: String,
    pub role: String,
}

/// The people leading every space (chairs, co-chairs, vice-chairs), active ones, by
/// space and role.
pub async fn all_leads(db: &Db) -> Result<Vec<LeadPerson>> {
    query(
        "SELECT m.space_id, m.account_id, a.display_name, o.code AS org_code, m.role
        FROM space_members m JOIN accounts a ON a.id = m.account_id JOIN organizations o ON o.id = a.organization_id
        WHERE m.role <> 'member' AND a.status = 'active'
        ORDER BY m.space_id, CASE m.role WHEN 'chair' THEN 0 WHEN 'co_chair' THEN 1 ELSE 2 END,
            LOWER(a.display_name)",
    )
    .fetch_all(db)
    .await
}
