//! Joint planning: work-plan items per space, their order, contributing entities,
//! themes, linked resources, and the member organizations' scores.

use crate::db::{query, Db, Result, Tx};
use crate::now;
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::{AccountId, SpaceId};

/// An item as its pages show it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Item {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub description: String,
    pub lead_org_id: Option<i64>,
    pub pillar: Option<i64>,
    pub status: String,
    pub target_date: Option<NaiveDate>,
    pub position: i64,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// Contributing organizations, themes and resources, comma-separated IDs.
    pub orgs: Option<String>,
    pub themes: Option<String>,
    pub resources: Option<String>,
    /// Scores as `org:score,org:score`.
    pub scores: Option<String>,
}

impl Item {
    pub fn org_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.orgs.as_deref())
    }
    pub fn theme_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.themes.as_deref())
    }
    pub fn resource_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.resources.as_deref())
    }
    /// (organization, score) pairs.
    pub fn score_list(&self) -> Vec<(i64, i64)> {
        self.scores
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(|p| p.split_once(':'))
            .filter_map(|(o, s)| Some((o.parse().ok()?, s.parse().ok()?)))
            .collect()
    }
}

const ITEM: &str = "SELECT i.id, i.space_id, i.title, i.description, i.lead_org_id, i.pillar, i.status,
    i.target_date, i.position, i.created_by, i.created_at,
    (SELECT STRING_AGG(CAST(x.org_id AS TEXT), ',') FROM plan_item_orgs x WHERE x.item_id = i.id) AS orgs,
    (SELECT STRING_AGG(CAST(x.theme_id AS TEXT), ',') FROM plan_item_themes x WHERE x.item_id = i.id) AS themes,
    (SELECT STRING_AGG(CAST(x.resource_id AS TEXT), ',') FROM plan_item_resources x WHERE x.item_id = i.id) AS resources,
    (SELECT STRING_AGG(CAST(x.org_id AS TEXT) || ':' || CAST(x.score AS TEXT), ',') FROM plan_scores x WHERE x.item_id = i.id) AS scores
    FROM plan_items i";

/// What an item is given.
#[derive(Clone, Debug, Default)]
pub struct Fields {
    pub title: String,
    pub description: String,
    pub lead_org: Option<i64>,
    pub pillar: Option<i64>,
    pub status: String,
    pub target_date: Option<NaiveDate>,
    pub orgs: Vec<i64>,
    pub themes: Vec<i64>,
    pub resources: Vec<i64>,
}

async fn write_links(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    for (table, column, ids) in [
        ("plan_item_orgs", "org_id", &f.orgs),
        ("plan_item_themes", "theme_id", &f.themes),
        ("plan_item_resources", "resource_id", &f.resources),
    ] {
        query(format!("DELETE FROM {table} WHERE item_id = $1"))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for v in ids {
            query(format!(
                "INSERT INTO {table} (item_id, {column}) VALUES ($1, $2)"
            ))
            .bind(id)
            .bind(*v)
            .execute(&mut *tx)
            .await?;
        }
    }
    Ok(())
}

/// Adds an item at the end of its space's plan.
pub async fn insert(tx: &mut Tx, space: SpaceId, f: &Fields, by: Option<AccountId>) -> Result<i64> {
    let last: Option<i64> = query("SELECT MAX(position) FROM plan_items WHERE space_id = $1")
        .bind(space.0)
        .scalar_optional(&mut *tx)
        .await?
        .flatten();
    let at = now();
    let id: i64 = query(
        "INSERT INTO plan_items (space_id, title, description, lead_org_id, pillar, status, target_date,
            position, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(space.0)
    .bind(f.title.as_str())
    .bind(f.description.as_str())
    .bind(f.lead_org)
    .bind(f.pillar)
    .bind(f.status.as_str())
    .bind(f.target_date)
    .bind(last.unwrap_or(0) + 1)
    .bind(by.map(|a| a.0))
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    write_links(tx, id, f).await?;
    Ok(id)
}

pub async fn update(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    query(
        "UPDATE plan_items SET title = $2, description = $3, lead_org_id = $4, pillar = $5,
            status = $6, target_date = $7, updated_at = $8 WHERE id = $1",
    )
    .bind(id)
    .bind(f.title.as_str())
    .bind(f.description.as_str())
    .bind(f.lead_org)
    .bind(f.pillar)
    .bind(f.status.as_str())
    .bind(f.target_date)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    write_links(tx, id, f).await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Item>> {
    query(format!("{ITEM} WHERE i.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// A space's items in their order.
pub async fn of_space(db: &Db, space: SpaceId) -> Result<Vec<Item>> {
    query(format!(
        "{ITEM} WHERE i.space_id = $1 ORDER BY i.position, i.id"
    ))
    .bind(space.0)
    .fetch_all(db)
    .await
}

/// Every item of these spaces, by pillar then space then order.
pub async fn of_spaces(db: &Db, spaces: &[i64]) -> Result<Vec<Item>> {
    if spaces.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = query(format!(
        "{ITEM} WHERE i.space_id IN ({}) ORDER BY COALESCE(i.pillar, 9), i.space_id, i.position, i.id",
        crate::placeholders(spaces.len())
    ));
    for s in spaces {
        q = q.bind(*s);
    }
    q.fetch_all(db).await
}

/// Swaps an item with its neighbour above (`up`) or below; false at either end.
pub async fn move_item(tx: &mut Tx, item: i64, up: bool) -> Result<bool> {
    let Some((space, pos)): Option<(i64, i64)> =
        query("SELECT space_id, position FROM plan_items WHERE id = $1")
            .bind(item)
            .fetch_optional(&mut *tx)
            .await?
    else {
        return Ok(false);
    };
    let sql = if up {
        "SELECT id, position FROM plan_items WHERE space_id = $1 AND (position < $2 OR (position = $2 AND id < $3))
         ORDER BY position DESC, id DESC LIMIT 1"
    } else {
        "SELECT id, position FROM plan_items WHERE space_id = $1 AND (position > $2 OR (position = $2 AND id > $3))
         ORDER BY position, id LIMIT 1"
    };
    let Some((other, other_pos)): Option<(i64, i64)> = query(sql)
        .bind(space)
        .bind(pos)
        .bind(item)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let (a, b) = if other_pos == pos {
        // Equal positions (never written so, but safe): separate them.
        if up {
            (pos, pos + 1)
        } else {
            (pos + 1, pos)
        }
    } else {
        (other_pos, pos)
    };
    for (id, p) in [(item, a), (other, b)] {
        query("UPDATE plan_items SET position = $2 WHERE id = $1")
            .bind(id)
            .bind(p)
            .execute(&mut *tx)
            .await?;
    }
    Ok(true)
}

/// Records (or replaces) an organization's score of an item.
pub async fn score(tx: &mut Tx, item: i64, org: i64, score: i64, by: AccountId) -> Result<()> {
    query(
        "INSERT INTO plan_scores (item_id, org_id, score, scored_by, scored_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id, org_id) DO UPDATE SET score = excluded.score, scored_by = excluded.scored_by,
            scored_at = excluded.scored_at",
    )
    .bind(item)
    .bind(org)
    .bind(score)
    .bind(by.0)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(())
}

/// Moves an item to place `index` (1 = first) of its space's plan, renumbering the plan.
pub async fn move_to(tx: &mut Tx, item: i64, index: usize) -> Result<bool> {
    let Some(space): Option<i64> = query("SELECT space_id FROM plan_items WHERE id = $1")
        .bind(item)
        .scalar_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let ids: Vec<(i64,)> =
        query("SELECT id FROM plan_items WHERE space_id = $1 ORDER BY position, id")
            .bind(space)
            .fetch_all(&mut *tx)
            .await?;
    let mut order: Vec<i64> = ids
        .into_iter()
        .map(|(i,)| i)
        .filter(|i| *i != item)
        .collect();
    let at = index.saturating_sub(1).min(order.len());
    order.insert(at, item);
    for (n, id) in order.iter().enumerate() {
        query("UPDATE plan_items SET position = $2 WHERE id = $1")
            .bind(*id)
            .bind(n as i64 + 1)
            .execute(&mut *tx)
            .await?;
    }
    Ok(true)
}
