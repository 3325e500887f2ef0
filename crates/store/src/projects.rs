//! The CT/PVE project compendium: projects with their implementing entities, beneficiary
//! countries and regions, pillars, thematic priorities, donors and documents.
//!
//! The explorer filters, counts and sums over every project on each request; a few
//! thousand projects fit in memory many times over, so each node keeps them all
//! (`Compendium`), following the database through its counter (`known::Kind::Projects`), bumped by
//! triggers on every table of the module (no write path can forget it). A change reloads
//! the whole copy: at 5,000 projects that costs tens of milliseconds, once per change.

use crate::db::{query, Db, Result, Tx};
use crate::now;
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::directory::fold;
use gctcp_domain::project::Money;
use gctcp_domain::AccountId;
use std::collections::HashMap;
use std::sync::Arc;

/// A donor and what it funds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Donor {
    pub name: String,
    pub amount: i64,
}

/// What a project is given (checked by the use case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub code: String,
    pub title: String,
    pub summary: String,
    pub status: String,
    pub lead_org: i64,
    pub requested_usd: i64,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub contact: Option<i64>,
    /// Sorted, without the lead.
    pub partners: Vec<i64>,
    /// Beneficiary Member States, sorted.
    pub countries: Vec<i64>,
    /// Beneficiary regions (English names), sorted.
    pub regions: Vec<String>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    pub donors: Vec<Donor>,
    pub resources: Vec<i64>,
}

/// A project as every page shows it.
#[derive(Clone, Debug)]
pub struct Project {
    pub id: i64,
    pub f: Fields,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The sum of the donors' amounts.
    pub funded: i64,
    /// Code, title, summary and donors, folded for search.
    pub folded: Box<str>,
}

impl Project {
    pub fn money(&self) -> Money {
        Money::of(self.f.requested_usd, self.funded)
    }
    /// The lead first, then the partners.
    pub fn entities(&self) -> impl Iterator<Item = i64> + '_ {
        std::iter::once(self.f.lead_org).chain(self.f.partners.iter().copied())
    }
}

fn normalize(f: &mut Fields) {
    f.partners.retain(|p| *p != f.lead_org);
    for v in [
        &mut f.partners,
        &mut f.countries,
        &mut f.pillars,
        &mut f.themes,
        &mut f.resources,
    ] {
        v.sort_unstable();
        v.dedup();
    }
    f.regions.sort();
    f.regions.dedup();
}

async fn write_links(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    for table in [
        "project_partners",
        "project_countries",
        "project_regions",
        "project_pillars",
        "project_themes",
        "project_donors",
        "project_resources",
    ] {
        query(format!("DELETE FROM {table} WHERE project_id = $1"))
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    for (table, column, ids) in [
        ("project_partners", "org_id", &f.partners),
        ("project_countries", "org_id", &f.countries),
        ("project_pillars", "pillar", &f.pillars),
        ("project_themes", "theme_id", &f.themes),
        ("project_resources", "resource_id", &f.resources),
    ] {
        for v in ids {
            query(format!(
                "INSERT INTO {table} (project_id, {column}) VALUES ($1, $2)"
            ))
            .bind(id)
            .bind(*v)
            .execute(&mut *tx)
            .await?;
        }
    }
    for r in &f.regions {
        query("INSERT INTO project_regions (project_id, region) VALUES ($1, $2)")
            .bind(id)
            .bind(r.as_str())
            .execute(&mut *tx)
            .await?;
    }
    for (i, d) in f.donors.iter().enumerate() {
        query(
            "INSERT INTO project_donors (project_id, position, donor, amount_usd) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(i as i64 + 1)
        .bind(d.name.as_str())
        .bind(d.amount)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// How many projects there are.
pub async fn count(db: &Db) -> Result<i64> {
    query("SELECT COUNT(*) FROM projects").scalar(db).await
}

/// The project that has this code (compared case-insensitively), if any.
pub async fn id_by_code(tx: &mut Tx, code: &str) -> Result<Option<i64>> {
    query("SELECT id FROM projects WHERE code_folded = $1")
        .bind(code.trim().to_lowercase())
        .scalar_optional(&mut *tx)
        .await
}

pub async fn insert(tx: &mut Tx, f: &Fields, by: Option<AccountId>) -> Result<i64> {
    let mut f = f.clone();
    normalize(&mut f);
    let at = now();
    let id: i64 = query(
        "INSERT INTO projects (code, code_folded, title, summary, status, lead_org_id, requested_usd,
            starts_on, ends_on, contact_account_id, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(f.code.as_str())
    .bind(f.code.trim().to_lowercase())
    .bind(f.title.as_str())
    .bind(f.summary.as_str())
    .bind(f.status.as_str())
    .bind(f.lead_org)
    .bind(f.requested_usd)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.contact)
    .bind(by.map(|a| a.0))
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    write_links(tx, id, &f).await?;
    Ok(id)
}

pub async fn update(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    let mut f = f.clone();
    normalize(&mut f);
    query(
        "UPDATE projects SET code = $2, code_folded = $3, title = $4, summary = $5, status = $6,
            lead_org_id = $7, requested_usd = $8, starts_on = $9, ends_on = $10,
            contact_account_id = $11, updated_at = $12 WHERE id = $1",
    )
    .bind(id)
    .bind(f.code.as_str())
    .bind(f.code.trim().to_lowercase())
    .bind(f.title.as_str())
    .bind(f.summary.as_str())
    .bind(f.status.as_str())
    .bind(f.lead_org)
    .bind(f.requested_usd)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.contact)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    write_links(tx, id, &f).await
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    code: String,
    title: String,
    summary: String,
    status: String,
    lead_org_id: i64,
    requested_usd: i64,
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    contact_account_id: Option<i64>,
    created_by: Option<i64>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// Every project, by code, at one generation.
pub struct Compendium {
    generation: i64,
    pub projects: Vec<Arc<Project>>,
    by_id: HashMap<i64, usize>,
}

impl Compendium {
    pub fn get(&self, id: i64) -> Option<&Arc<Project>> {
        self.by_id.get(&id).map(|i| &self.projects[*i])
    }
}

/// `(project, value)` pairs of one link table, in the order given.
async fn pairs(db: &Db, sql: &str) -> Result<HashMap<i64, Vec<i64>>> {
    let rows: Vec<(i64, i64)> = query(sql).fetch_all(db).await?;
    let mut m: HashMap<i64, Vec<i64>> = HashMap::new();
    for (p, v) in rows {
        m.entry(p).or_default().push(v);
    }
    Ok(m)
}

impl crate::follow::Followed for Compendium {
    const KIND: crate::known::Kind = crate::known::Kind::Projects;
    const CHANGES: Option<&'static str> = None;
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Compendium> {
        let rows: Vec<Row> = query(
            "SELECT id, code, title, summary, status, lead_org_id, requested_usd, starts_on,
                ends_on, contact_account_id, created_by, created_at, updated_at
             FROM projects ORDER BY code_folded",
        )
        .fetch_all(db)
        .await?;
        let mut partners = pairs(
            db,
            "SELECT project_id, org_id FROM project_partners ORDER BY 1, 2",
        )
        .await?;
        let mut countries = pairs(
            db,
            "SELECT project_id, org_id FROM project_countries ORDER BY 1, 2",
        )
        .await?;
        let mut pillars = pairs(
            db,
            "SELECT project_id, pillar FROM project_pillars ORDER BY 1, 2",
        )
        .await?;
        let mut themes = pairs(
            db,
            "SELECT project_id, theme_id FROM project_themes ORDER BY 1, 2",
        )
        .await?;
        let mut resources = pairs(
            db,
            "SELECT project_id, resource_id FROM project_resources ORDER BY 1, 2",
        )
        .await?;
        let region_rows: Vec<(i64, String)> =
            query("SELECT project_id, region FROM project_regions ORDER BY 1, 2")
                .fetch_all(db)
                .await?;
        let mut regions: HashMap<i64, Vec<String>> = HashMap::new();
        for (p, r) in region_rows {
            regions.entry(p).or_default().push(r);
        }
        let donor_rows: Vec<(i64, String, i64)> = query(
            "SELECT project_id, donor, amount_usd FROM project_donors ORDER BY project_id, position",
        )
        .fetch_all(db)
        .await?;
        let mut donors: HashMap<i64, Vec<Donor>> = HashMap::new();
        for (p, name, amount) in donor_rows {
            donors.entry(p).or_default().push(Donor { name, amount });
        }
        let projects: Vec<Arc<Project>> = rows
            .into_iter()
            .map(|r| {
                let donors = donors.remove(&r.id).unwrap_or_default();
                let funded = donors.iter().map(|d| d.amount).sum();
                let mut text = format!("{} {} {}", r.code, r.title, r.summary);
                for d in &donors {
                    text.push(' ');
                    text.push_str(&d.name);
                }
                Arc::new(Project {
                    id: r.id,
                    folded: fold(&text).into(),
                    funded,
                    created_by: r.created_by,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                    f: Fields {
                        code: r.code,
                        title: r.title,
                        summary: r.summary,
                        status: r.status,
                        lead_org: r.lead_org_id,
                        requested_usd: r.requested_usd,
                        starts_on: r.starts_on,
                        ends_on: r.ends_on,
                        contact: r.contact_account_id,
                        partners: partners.remove(&r.id).unwrap_or_default(),
                        countries: countries.remove(&r.id).unwrap_or_default(),
                        regions: regions.remove(&r.id).unwrap_or_default(),
                        pillars: pillars.remove(&r.id).unwrap_or_default(),
                        themes: themes.remove(&r.id).unwrap_or_default(),
                        donors,
                        resources: resources.remove(&r.id).unwrap_or_default(),
                    },
                })
            })
            .collect();
        Ok(Compendium {
            generation,
            by_id: projects
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id, i))
                .collect(),
            projects,
        })
    }
    async fn apply(
        db: &Db,
        _old: &Compendium,
        generation: i64,
        _ids: &[i64],
    ) -> Result<Compendium> {
        Self::load(db, generation).await
    }
}

/// This node's copy of the compendium.
pub type CompendiumCache = crate::follow::Follower<Compendium>;
