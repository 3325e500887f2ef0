//! The activity tracker: activities with their lead and partner entities, beneficiary
//! countries and regions, pillars, themes, dates, outputs, participants and links, and
//! the timeline of progress updates of each.
//!
//! The tracker's lists filter and count tens of thousands of activities on each request,
//! so each node keeps what they need in memory (`Tracker`: everything but descriptions
//! and progress updates, which only an activity's own page reads). Every write goes
//! through `changed`, which bumps its counter (`known::Kind::Activities`) and logs the activity in the same
//! transaction, so a node re-reads only the activities that changed.

use crate::db::{insert_rows, query, Arg, Db, Result, Tx};
use crate::{now, placeholders};
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::activity::Dates;
use gctcp_domain::directory::fold;
use gctcp_domain::AccountId;
use std::collections::HashMap;
use std::sync::Arc;

/// What an activity is given (checked by the use case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub lead_org: i64,
    pub space: Option<i64>,
    pub project: Option<i64>,
    pub dates: Dates,
    pub women: Option<i64>,
    pub men: Option<i64>,
    pub others: Option<i64>,
    /// Sorted, without the lead.
    pub partners: Vec<i64>,
    /// Beneficiary Member States, sorted.
    pub countries: Vec<i64>,
    /// Beneficiary regions named as such (English names), sorted.
    pub regions: Vec<String>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    /// Outputs (library resources).
    pub resources: Vec<i64>,
    /// Calendar events.
    pub events: Vec<i64>,
}

/// An activity as lists show it (no description: see `detail`).
#[derive(Clone, Debug)]
pub struct Activity {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub status: String,
    pub lead_org: i64,
    pub space: Option<i64>,
    pub project: Option<i64>,
    pub dates: Dates,
    pub women: Option<i64>,
    pub men: Option<i64>,
    pub others: Option<i64>,
    pub partners: Vec<i64>,
    pub countries: Vec<i64>,
    pub regions: Vec<String>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    pub resources: Vec<i64>,
    pub events: Vec<i64>,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Progress updates written, and when the last one was.
    pub updates: i64,
    pub last_update: Option<DateTime<Utc>>,
    /// Title and description, folded for search.
    pub folded: Box<str>,
}

impl Activity {
    /// The lead first, then the partners.
    pub fn entities(&self) -> impl Iterator<Item = i64> + '_ {
        std::iter::once(self.lead_org).chain(self.partners.iter().copied())
    }
    /// Participants counted, if any were.
    pub fn participants(&self) -> Option<i64> {
        match (self.women, self.men, self.others) {
            (None, None, None) => None,
            (w, m, o) => Some(w.unwrap_or(0) + m.unwrap_or(0) + o.unwrap_or(0)),
        }
    }
}

/// A progress update.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProgressUpdate {
    pub id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

fn normalize(f: &mut Fields) {
    f.partners.retain(|p| *p != f.lead_org);
    for v in [
        &mut f.partners,
        &mut f.countries,
        &mut f.pillars,
        &mut f.themes,
        &mut f.resources,
        &mut f.events,
    ] {
        v.sort_unstable();
        v.dedup();
    }
    f.regions.sort();
    f.regions.dedup();
}

/// Logs a change to activity `id` (`None`: many) for every node's copy, inside the
/// transaction of the change.
async fn changed(tx: &mut Tx, id: Option<i64>) -> Result<()> {
    query(crate::known::Kind::Activities.bump_sql())
        .execute(&mut *tx)
        .await?;
    query(
        "INSERT INTO activity_changes (generation, activity_id)
         SELECT generation, $1 FROM generations WHERE kind = 6",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

const LINKS: [(&str, &str); 7] = [
    ("activity_partners", "org_id"),
    ("activity_countries", "org_id"),
    ("activity_regions", "region"),
    ("activity_pillars", "pillar"),
    ("activity_themes", "theme_id"),
    ("activity_resources", "resource_id"),
    ("activity_events", "event_id"),
];

/// Each link table's rows for these activities.
fn link_rows<'a>(rows: &mut [Vec<Vec<Arg<'a>>>; 7], id: i64, f: &'a Fields) {
    for (i, ids) in [
        &f.partners,
        &f.countries,
        &f.pillars,
        &f.themes,
        &f.resources,
        &f.events,
    ]
    .into_iter()
    .enumerate()
    {
        let table = if i < 2 { i } else { i + 1 };
        rows[table].extend(ids.iter().map(|v| vec![id.into(), (*v).into()]));
    }
    rows[2].extend(f.regions.iter().map(|r| vec![id.into(), r.as_str().into()]));
}

async fn write_links(tx: &mut Tx, rows: [Vec<Vec<Arg<'_>>>; 7]) -> Result<()> {
    for ((table, column), rows) in LINKS.iter().zip(rows) {
        insert_rows(tx, &format!("{table} (activity_id, {column})"), rows).await?;
    }
    Ok(())
}

async fn insert_row(tx: &mut Tx, f: &Fields, by: Option<AccountId>) -> Result<i64> {
    let at = now();
    let d = f.dates;
    query(
        "INSERT INTO activities (kind, title, description, status, lead_org_id, space_id,
            project_id, planned_start, planned_end, actual_start, actual_end, women, men, others,
            created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
         RETURNING id",
    )
    .bind(f.kind.as_str())
    .bind(f.title.as_str())
    .bind(f.description.as_str())
    .bind(f.status.as_str())
    .bind(f.lead_org)
    .bind(f.space)
    .bind(f.project)
    .bind(d.planned_start)
    .bind(d.planned_end)
    .bind(d.actual_start)
    .bind(d.actual_end)
    .bind(f.women)
    .bind(f.men)
    .bind(f.others)
    .bind(by.map(|a| a.0))
    .bind(at)
    .scalar(&mut *tx)
    .await
}

pub async fn insert(tx: &mut Tx, f: &Fields, by: Option<AccountId>) -> Result<i64> {
    let mut f = f.clone();
    normalize(&mut f);
    let id = insert_row(tx, &f, by).await?;
    let mut rows: [Vec<Vec<Arg<'_>>>; 7] = Default::default();
    link_rows(&mut rows, id, &f);
    write_links(tx, rows).await?;
    changed(tx, Some(id)).await?;
    Ok(id)
}

/// Adds many activities at once (the demo): one change for all of them.
pub async fn insert_many(tx: &mut Tx, all: &[Fields]) -> Result<Vec<i64>> {
    let mut fields: Vec<Fields> = all.to_vec();
    fields.iter_mut().for_each(normalize);
    let mut ids = Vec::with_capacity(fields.len());
    for f in &fields {
        ids.push(insert_row(tx, f, None).await?);
    }
    let mut rows: [Vec<Vec<Arg<'_>>>; 7] = Default::default();
    for (id, f) in ids.iter().zip(&fields) {
        link_rows(&mut rows, *id, f);
    }
    write_links(tx, rows).await?;
    changed(tx, None).await?;
    Ok(ids)
}

pub async fn update(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    let mut f = f.clone();
    normalize(&mut f);
    let d = f.dates;
    query(
        "UPDATE activities SET kind = $2, title = $3, description = $4, status = $5,
            lead_org_id = $6, space_id = $7, project_id = $8, planned_start = $9,
            planned_end = $10, actual_start = $11, actual_end = $12, women = $13, men = $14,
            others = $15, updated_at = $16 WHERE id = $1",
    )
    .bind(id)
    .bind(f.kind.as_str())
    .bind(f.title.as_str())
    .bind(f.description.as_str())
    .bind(f.status.as_str())
    .bind(f.lead_org)
    .bind(f.space)
    .bind(f.project)
    .bind(d.planned_start)
    .bind(d.planned_end)
    .bind(d.actual_start)
    .bind(d.actual_end)
    .bind(f.women)
    .bind(f.men)
    .bind(f.others)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    for (table, _) in LINKS {
        query(format!("DELETE FROM {table} WHERE activity_id = $1"))
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let mut rows: [Vec<Vec<Arg<'_>>>; 7] = Default::default();
    link_rows(&mut rows, id, &f);
    write_links(tx, rows).await?;
    changed(tx, Some(id)).await
}

/// Adds a progress update to an activity; returns its ID.
pub async fn add_update(tx: &mut Tx, id: i64, by: Option<AccountId>, body: &str) -> Result<i64> {
    let at = now();
    let update: i64 = query(
        "INSERT INTO activity_updates (activity_id, author_id, body, created_at)
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(id)
    .bind(by.map(|a| a.0))
    .bind(body)
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    changed(tx, Some(id)).await?;
    Ok(update)
}

/// How many activities there are.
pub async fn count(db: &Db) -> Result<i64> {
    query("SELECT COUNT(*) FROM activities").scalar(db).await
}

/// What only an activity's own page shows: its description and its progress updates
/// (newest first, with their authors' names).
pub struct Detail {
    pub description: String,
    pub updates: Vec<ProgressUpdate>,
}

pub async fn detail(db: &Db, id: i64) -> Result<Option<Detail>> {
    let description: Option<String> = query("SELECT description FROM activities WHERE id = $1")
        .bind(id)
        .scalar_optional(db)
        .await?;
    let Some(description) = description else {
        return Ok(None);
    };
    let updates = query(
        "SELECT u.id, u.author_id, a.display_name AS author_name, u.body, u.created_at
         FROM activity_updates u LEFT JOIN accounts a ON a.id = u.author_id
         WHERE u.activity_id = $1 ORDER BY u.id DESC",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    Ok(Some(Detail {
        description,
        updates,
    }))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    title: String,
    description: String,
    status: String,
    lead_org_id: i64,
    space_id: Option<i64>,
    project_id: Option<i64>,
    planned_start: Option<NaiveDate>,
    planned_end: Option<NaiveDate>,
    actual_start: Option<NaiveDate>,
    actual_end: Option<NaiveDate>,
    women: Option<i64>,
    men: Option<i64>,
    others: Option<i64>,
    created_by: Option<i64>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    updates: i64,
    last_update: Option<DateTime<Utc>>,
}

const ROWS: &str = "SELECT a.id, a.kind, a.title, a.description, a.status, a.lead_org_id,
        a.space_id, a.project_id, a.planned_start, a.planned_end, a.actual_start, a.actual_end,
        a.women, a.men, a.others, a.created_by, a.created_at, a.updated_at,
        COALESCE(u.n, 0) AS updates, u.last AS last_update
    FROM activities a LEFT JOIN (
        SELECT activity_id, COUNT(*) AS n, MAX(created_at) AS last FROM activity_updates
        GROUP BY activity_id
    ) u ON u.activity_id = a.id";

/// Every activity at one generation, by ID.
pub struct Tracker {
    generation: i64,
    /// By ID.
    pub activities: Vec<Arc<Activity>>,
}

impl Tracker {
    pub fn get(&self, id: i64) -> Option<&Arc<Activity>> {
        self.activities
            .binary_search_by_key(&id, |a| a.id)
            .ok()
            .map(|i| &self.activities[i])
    }
}

/// Reads activities (`only`: these, else all) with their links.
async fn read(db: &Db, only: Option<&[i64]>) -> Result<Vec<Arc<Activity>>> {
    let (rows_sql, links_where) = match only {
        Some(ids) => (
            format!("{ROWS} WHERE a.id IN ({})", placeholders(ids.len())),
            format!("WHERE activity_id IN ({})", placeholders(ids.len())),
        ),
        None => (ROWS.to_string(), String::new()),
    };
    let bind_all = |sql: String| {
        let mut q = query(sql);
        for id in only.unwrap_or_default() {
            q = q.bind(*id);
        }
        q
    };
    let rows: Vec<Row> = bind_all(rows_sql).fetch_all(db).await?;
    let mut links: Vec<HashMap<i64, Vec<i64>>> = Vec::new();
    for (table, column) in LINKS {
        if column == "region" {
            links.push(HashMap::new());
            continue;
        }
        let pairs: Vec<(i64, i64)> = bind_all(format!(
            "SELECT activity_id, {column} FROM {table} {links_where} ORDER BY 1, 2"
        ))
        .fetch_all(db)
        .await?;
        let mut m: HashMap<i64, Vec<i64>> = HashMap::new();
        for (a, v) in pairs {
            m.entry(a).or_default().push(v);
        }
        links.push(m);
    }
    let region_rows: Vec<(i64, String)> = bind_all(format!(
        "SELECT activity_id, region FROM activity_regions {links_where} ORDER BY 1, 2"
    ))
    .fetch_all(db)
    .await?;
    let mut regions: HashMap<i64, Vec<String>> = HashMap::new();
    for (a, r) in region_rows {
        regions.entry(a).or_default().push(r);
    }
    let mut take = |i: usize, id: i64| links[i].remove(&id).unwrap_or_default();
    let mut out: Vec<Arc<Activity>> = rows
        .into_iter()
        .map(|r| {
            let folded = fold(&format!("{} {}", r.title, r.description)).into();
            Arc::new(Activity {
                id: r.id,
                partners: take(0, r.id),
                countries: take(1, r.id),
                regions: regions.remove(&r.id).unwrap_or_default(),
                pillars: take(3, r.id),
                themes: take(4, r.id),
                resources: take(5, r.id),
                events: take(6, r.id),
                kind: r.kind,
                title: r.title,
                status: r.status,
                lead_org: r.lead_org_id,
                space: r.space_id,
                project: r.project_id,
                dates: Dates {
                    planned_start: r.planned_start,
                    planned_end: r.planned_end,
                    actual_start: r.actual_start,
                    actual_end: r.actual_end,
                },
                women: r.women,
                men: r.men,
                others: r.others,
                created_by: r.created_by,
                created_at: r.created_at,
                updated_at: r.updated_at,
                updates: r.updates,
                last_update: r.last_update,
                folded,
            })
        })
        .collect();
    out.sort_unstable_by_key(|a| a.id);
    Ok(out)
}

impl crate::follow::Followed for Tracker {
    const KIND: crate::known::Kind = crate::known::Kind::Activities;
    const CHANGES: Option<&'static str> = Some(
        "SELECT generation, activity_id FROM activity_changes
            WHERE generation > $1 ORDER BY generation LIMIT $2",
    );
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Tracker> {
        Ok(Tracker {
            generation,
            activities: read(db, None).await?,
        })
    }
    async fn apply(db: &Db, old: &Tracker, generation: i64, ids: &[i64]) -> Result<Tracker> {
        let fresh = read(db, Some(ids)).await?;
        let mut activities: Vec<Arc<Activity>> = old
            .activities
            .iter()
            .filter(|a| ids.binary_search(&a.id).is_err())
            .cloned()
            .chain(fresh)
            .collect();
        activities.sort_unstable_by_key(|a| a.id);
        Ok(Tracker {
            generation,
            activities,
        })
    }
}

/// This node's copy of the tracker.
pub type TrackerCache = crate::follow::Follower<Tracker>;

/// Forgets changes every node has long applied (called by the periodic jobs).
pub async fn prune_changes(db: &Db) -> Result<u64> {
    query(
        "DELETE FROM activity_changes
         WHERE generation < (SELECT generation FROM generations WHERE kind = 6) - 10000",
    )
    .execute(db)
    .await
}

/// Moves an activity to another status (with a progress update).
pub async fn set_status(tx: &mut Tx, id: i64, status: &str) -> Result<()> {
    query("UPDATE activities SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    changed(tx, Some(id)).await
}

/// Adds many progress updates at once (the demo): `(activity, author, body, written)`.
pub async fn insert_updates(
    tx: &mut Tx,
    updates: &[(i64, Option<i64>, String, DateTime<Utc>)],
) -> Result<()> {
    let rows = updates
        .iter()
        .map(|(a, by, body, at)| {
            vec![
                (*a).into(),
                (*by).into(),
                body.as_str().into(),
                (*at).into(),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "activity_updates (activity_id, author_id, body, created_at)",
        rows,
    )
    .await?;
    changed(tx, None).await
}
