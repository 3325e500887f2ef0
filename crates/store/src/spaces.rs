//! Spaces (the eight working groups and any others) and their members.

use crate::{audit, audit_append, in_tx, now, on_db, Db, Result};
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
    let sql = format!("{SELECT} ORDER BY COALESCE(s.wg_number, 1000), s.name_en");
    on_db!(db, |pool| sqlx::query_as::<_, Space>(&sql)
        .fetch_all(pool)
        .await)
}

pub async fn by_id(db: &Db, id: SpaceId) -> Result<Option<Space>> {
    let sql = format!("{SELECT} WHERE s.id = $1");
    on_db!(db, |pool| sqlx::query_as::<_, Space>(&sql)
        .bind(id.0)
        .fetch_optional(pool)
        .await)
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
    let sql = "SELECT e.space_id, e.organization_id, o.code, e.role FROM space_entities e
        JOIN organizations o ON o.id = e.organization_id
        ORDER BY e.space_id, CASE e.role WHEN 'chair' THEN 0 WHEN 'co_chair' THEN 1 ELSE 2 END, o.code";
    on_db!(db, |pool| sqlx::query_as::<_, Lead>(sql)
        .fetch_all(pool)
        .await)
}

/// An account's memberships: (space, role).
pub async fn memberships(db: &Db, account: AccountId) -> Result<Vec<(SpaceId, SpaceRole)>> {
    let rows: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT space_id, role FROM space_members WHERE account_id = $1"
    )
    .bind(account.0)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, r)| SpaceRole::parse(&r).map(|r| (SpaceId(s), r)))
        .collect())
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
    let sql = "SELECT m.account_id, a.display_name, a.email, o.code AS org_code, m.role, a.status, m.added_at
        FROM space_members m JOIN accounts a ON a.id = m.account_id JOIN organizations o ON o.id = a.organization_id
        WHERE m.space_id = $1
        ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END, LOWER(a.display_name)";
    on_db!(db, |pool| sqlx::query_as::<_, Member>(sql)
        .bind(space.0)
        .fetch_all(pool)
        .await)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MembershipChange {
    Added,
    RoleChanged,
    Removed,
    Unchanged,
}

/// Adds a member or changes their role (upsert), audited in the same transaction.
pub async fn set_member(
    db: &Db,
    space: SpaceId,
    account: AccountId,
    role: SpaceRole,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<MembershipChange> {
    let at = now();
    let out = in_tx!(db, |tx| {
        let current: Option<(String,)> = sqlx::query_as(
            "SELECT role FROM space_members WHERE space_id = $1 AND account_id = $2",
        )
        .bind(space.0)
        .bind(account.0)
        .fetch_optional(&mut *tx)
        .await?;
        let change = match current {
            Some((r,)) if r == role.as_str() => MembershipChange::Unchanged,
            Some(_) => MembershipChange::RoleChanged,
            None => MembershipChange::Added,
        };
        if change != MembershipChange::Unchanged {
            sqlx::query(
                "INSERT INTO space_members (space_id, account_id, role, added_at, added_by) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (space_id, account_id) DO UPDATE SET role = excluded.role",
            )
            .bind(space.0)
            .bind(account.0)
            .bind(role.as_str())
            .bind(at)
            .bind(actor.map(|a| a.0))
            .execute(&mut *tx)
            .await?;
            crate::directory_refresh!(tx, account.0);
            let event = if change == MembershipChange::Added {
                "space.member_added"
            } else {
                "space.role_changed"
            };
            audit_append!(
                &mut *tx,
                audit::Entry {
                    event,
                    actor: actor.map(|a| a.0),
                    subject: Some(account.0),
                    ip,
                    detail: format!("space={} role={}", space.0, role)
                }
            )?;
        }
        change
    });
    Ok(out)
}

pub async fn remove_member(
    db: &Db,
    space: SpaceId,
    account: AccountId,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<MembershipChange> {
    let out = in_tx!(db, |tx| {
        let n = sqlx::query("DELETE FROM space_members WHERE space_id = $1 AND account_id = $2")
            .bind(space.0)
            .bind(account.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 1 {
            crate::directory_refresh!(tx, account.0);
            audit_append!(
                &mut *tx,
                audit::Entry {
                    event: "space.member_removed",
                    actor: actor.map(|a| a.0),
                    subject: Some(account.0),
                    ip,
                    detail: format!("space={}", space.0)
                }
            )?;
            MembershipChange::Removed
        } else {
            MembershipChange::Unchanged
        }
    });
    Ok(out)
}
