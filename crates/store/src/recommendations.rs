//! CTED's assessments, their recommendations and follow-up notes, the States' consents,
//! the links to projects and activities that address recommendations, and the access
//! trail.
//!
//! What an assessment *says* (its recommendations, their links, their notes) is read only
//! through functions that take a [`Cleared`]: the set of assessments the one rule
//! (`gctcp_domain::cted::clear`) let this viewer read. The rule needs each assessment's
//! State and consents, which [`Register`] holds in the open; nothing here returns content
//! without a `Cleared`, and each such function drops whatever the `Cleared` does not hold.

use crate::db::{query, Db, Executor, Result, Tx};
use crate::now;
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::cted::{Cleared, Consent};
use gctcp_domain::OrgId;
use std::collections::BTreeMap;

/// An assessment: which State, when, how, and its report (a library resource).
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Assessment {
    pub id: i64,
    pub state_org_id: i64,
    pub kind: String,
    pub held_on: NaiveDate,
    pub report_resource_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A consent with who gave it and who revoked it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct ConsentRow {
    pub id: i64,
    pub assessment_id: i64,
    pub grantee_org_id: Option<i64>,
    pub expires_on: Option<NaiveDate>,
    pub granted_by: Option<i64>,
    pub granted_by_name: Option<String>,
    pub granted_at: DateTime<Utc>,
    pub revoked_by: Option<i64>,
    pub revoked_by_name: Option<String>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl ConsentRow {
    pub fn rule(&self) -> Consent {
        Consent {
            id: self.id,
            grantee: self.grantee_org_id.map(OrgId),
            expires_on: self.expires_on,
            revoked: self.revoked_at.is_some(),
        }
    }
}

/// Everything of this module a node keeps in memory, at one generation: every
/// assessment with its consents (what the rule needs, public), and the recommendations
/// and their links (what assessments say: private, read only through a `Cleared`).
#[derive(Clone, Debug, Default)]
pub struct Register {
    generation: i64,
    pub assessments: Vec<Assessment>,
    /// Per assessment, its consents (revoked ones too), oldest first.
    pub consents: BTreeMap<i64, Vec<ConsentRow>>,
    /// By assessment, then in CTED's order.
    recommendations: Vec<Recommendation>,
    links: Links,
    /// Each recommendation's assessment.
    assessment_of: std::collections::HashMap<i64, i64>,
    /// Each assessment with its State and its consents as the rule takes them, worked
    /// out once per generation (the rule asks them of every request).
    rules: Vec<(i64, OrgId, Vec<Consent>)>,
}

impl Register {
    pub fn assessment(&self, id: i64) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// Each assessment with its State and its consents, as `cted::clear` takes them.
    pub fn rules(&self) -> &[(i64, OrgId, Vec<Consent>)] {
        &self.rules
    }

    /// Every recommendation of the cleared assessments, by assessment then in CTED's order.
    pub fn recommendations<'a>(
        &'a self,
        cleared: &'a Cleared,
    ) -> impl Iterator<Item = &'a Recommendation> + 'a {
        self.recommendations
            .iter()
            .filter(|r| cleared.contains(r.assessment_id))
    }

    /// One recommendation, if its assessment is cleared.
    pub fn recommendation(&self, cleared: &Cleared, id: i64) -> Option<&Recommendation> {
        self.recommendations
            .iter()
            .find(|r| r.id == id && cleared.contains(r.assessment_id))
    }

    /// The projects and activities linked to the cleared assessments' recommendations.
    pub fn links(&self, cleared: &Cleared) -> Links {
        let keep = |(r, _): &&(i64, i64)| {
            self.assessment_of
                .get(r)
                .is_some_and(|a| cleared.contains(*a))
        };
        Links {
            projects: self.links.projects.iter().filter(keep).copied().collect(),
            activities: self.links.activities.iter().filter(keep).copied().collect(),
        }
    }
}

const ASSESSMENT: &str =
    "SELECT id, state_org_id, kind, held_on, report_resource_id, created_at, updated_at
     FROM assessments";

const CONSENT: &str = "SELECT c.id, c.assessment_id, c.grantee_org_id, c.expires_on,
        c.granted_by, g.display_name AS granted_by_name, c.granted_at,
        c.revoked_by, r.display_name AS revoked_by_name, c.revoked_at
     FROM assessment_consents c
     LEFT JOIN accounts g ON g.id = c.granted_by
     LEFT JOIN accounts r ON r.id = c.revoked_by";

/// A recommendation as CTED wrote it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Recommendation {
    pub id: i64,
    pub assessment_id: i64,
    pub body: String,
    pub theme_id: Option<i64>,
    pub pillar: Option<i64>,
    pub priority: String,
    pub assistance: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

const RECOMMENDATION: &str = "SELECT id, assessment_id, body, theme_id, pillar, priority,
        assistance, status, created_at, updated_at
     FROM recommendations";

impl crate::follow::Followed for Register {
    const KIND: crate::known::Kind = crate::known::Kind::Cted;
    const CHANGES: Option<&'static str> = None;
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Register> {
        let assessments: Vec<Assessment> =
            query(format!("{ASSESSMENT} ORDER BY held_on DESC, id DESC"))
                .fetch_all(db)
                .await?;
        let mut consents: BTreeMap<i64, Vec<ConsentRow>> = BTreeMap::new();
        let rows: Vec<ConsentRow> = query(format!("{CONSENT} ORDER BY c.id"))
            .fetch_all(db)
            .await?;
        for c in rows {
            consents.entry(c.assessment_id).or_default().push(c);
        }
        let recommendations: Vec<Recommendation> =
            query(format!("{RECOMMENDATION} ORDER BY assessment_id, id"))
                .fetch_all(db)
                .await?;
        let projects: Vec<(i64, i64)> = query(
            "SELECT recommendation_id, project_id FROM recommendation_projects
             ORDER BY recommendation_id, project_id",
        )
        .fetch_all(db)
        .await?;
        let activities: Vec<(i64, i64)> = query(
            "SELECT recommendation_id, activity_id FROM recommendation_activities
             ORDER BY recommendation_id, activity_id",
        )
        .fetch_all(db)
        .await?;
        let assessment_of = recommendations
            .iter()
            .map(|r| (r.id, r.assessment_id))
            .collect();
        let rules = assessments
            .iter()
            .map(|a| {
                let rules = consents
                    .get(&a.id)
                    .map(|c| c.iter().map(ConsentRow::rule).collect())
                    .unwrap_or_default();
                (a.id, OrgId(a.state_org_id), rules)
            })
            .collect();
        Ok(Register {
            generation,
            rules,
            assessments,
            consents,
            assessment_of,
            recommendations,
            links: Links {
                projects,
                activities,
            },
        })
    }
    async fn apply(db: &Db, _old: &Self, generation: i64, _ids: &[i64]) -> Result<Self> {
        Self::load(db, generation).await
    }
}

/// This node's copy of the register.
pub type RegisterCache = crate::follow::Follower<Register>;

/// A dated follow-up note.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Note {
    pub id: i64,
    pub recommendation_id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub body: String,
    pub status: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The follow-up notes of one cleared assessment's recommendations, newest first.
pub async fn notes(db: &Db, cleared: &Cleared, assessment: i64) -> Result<Vec<Note>> {
    if !cleared.contains(assessment) {
        return Ok(vec![]);
    }
    query(
        "SELECT n.id, n.recommendation_id, n.author_id, a.display_name AS author_name, n.body,
            n.status, n.created_at
         FROM recommendation_notes n
         JOIN recommendations r ON r.id = n.recommendation_id
         LEFT JOIN accounts a ON a.id = n.author_id
         WHERE r.assessment_id = $1
         ORDER BY n.created_at DESC, n.id DESC",
    )
    .bind(assessment)
    .fetch_all(db)
    .await
}

/// The projects and activities linked to recommendations: `(recommendation, project or
/// activity)`.
#[derive(Clone, Debug, Default)]
pub struct Links {
    pub projects: Vec<(i64, i64)>,
    pub activities: Vec<(i64, i64)>,
}

/// What an assessment is given (checked by the use case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssessmentFields {
    pub state_org_id: i64,
    pub kind: String,
    pub held_on: NaiveDate,
    pub report_resource_id: Option<i64>,
}

pub async fn insert_assessment(tx: &mut Tx, f: &AssessmentFields, by: Option<i64>) -> Result<i64> {
    let at = now();
    query(
        "INSERT INTO assessments (state_org_id, kind, held_on, report_resource_id, created_by,
            created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(f.state_org_id)
    .bind(f.kind.as_str())
    .bind(f.held_on)
    .bind(f.report_resource_id)
    .bind(by)
    .bind(at)
    .scalar(tx)
    .await
}

pub async fn update_assessment(tx: &mut Tx, id: i64, f: &AssessmentFields) -> Result<()> {
    query(
        "UPDATE assessments SET state_org_id = $2, kind = $3, held_on = $4,
            report_resource_id = $5, updated_at = $6
         WHERE id = $1",
    )
    .bind(id)
    .bind(f.state_org_id)
    .bind(f.kind.as_str())
    .bind(f.held_on)
    .bind(f.report_resource_id)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(())
}

/// What a recommendation is given (checked by the use case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecommendationFields {
    pub body: String,
    pub theme_id: Option<i64>,
    pub pillar: Option<i64>,
    pub priority: String,
    pub assistance: String,
    pub status: String,
    pub projects: Vec<i64>,
    pub activities: Vec<i64>,
}

pub async fn insert_recommendation(
    tx: &mut Tx,
    assessment: i64,
    f: &RecommendationFields,
) -> Result<i64> {
    let at = now();
    let id: i64 = query(
        "INSERT INTO recommendations (assessment_id, body, theme_id, pillar, priority, assistance,
            status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(assessment)
    .bind(f.body.as_str())
    .bind(f.theme_id)
    .bind(f.pillar)
    .bind(f.priority.as_str())
    .bind(f.assistance.as_str())
    .bind(f.status.as_str())
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    set_links(tx, id, f).await?;
    Ok(id)
}

pub async fn update_recommendation(tx: &mut Tx, id: i64, f: &RecommendationFields) -> Result<()> {
    query(
        "UPDATE recommendations SET body = $2, theme_id = $3, pillar = $4, priority = $5,
            assistance = $6, status = $7, updated_at = $8
         WHERE id = $1",
    )
    .bind(id)
    .bind(f.body.as_str())
    .bind(f.theme_id)
    .bind(f.pillar)
    .bind(f.priority.as_str())
    .bind(f.assistance.as_str())
    .bind(f.status.as_str())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    set_links(tx, id, f).await
}

async fn set_links(tx: &mut Tx, id: i64, f: &RecommendationFields) -> Result<()> {
    query("DELETE FROM recommendation_projects WHERE recommendation_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    query("DELETE FROM recommendation_activities WHERE recommendation_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for p in &f.projects {
        query(
            "INSERT INTO recommendation_projects (recommendation_id, project_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(*p)
        .execute(&mut *tx)
        .await?;
    }
    for a in &f.activities {
        query(
            "INSERT INTO recommendation_activities (recommendation_id, activity_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(*a)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// A follow-up note, and with it the recommendation's new status if one is given.
pub async fn add_note(
    tx: &mut Tx,
    recommendation: i64,
    author: Option<i64>,
    body: &str,
    status: Option<&str>,
) -> Result<i64> {
    let at = now();
    let id = query(
        "INSERT INTO recommendation_notes (recommendation_id, author_id, body, status, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(recommendation)
    .bind(author)
    .bind(body)
    .bind(status)
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    if let Some(s) = status {
        query("UPDATE recommendations SET status = $2, updated_at = $3 WHERE id = $1")
            .bind(recommendation)
            .bind(s)
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    Ok(id)
}

pub async fn grant(
    tx: &mut Tx,
    assessment: i64,
    grantee: Option<i64>,
    expires_on: Option<NaiveDate>,
    by: i64,
) -> Result<i64> {
    query(
        "INSERT INTO assessment_consents (assessment_id, grantee_org_id, expires_on, granted_by,
            granted_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(assessment)
    .bind(grantee)
    .bind(expires_on)
    .bind(by)
    .bind(now())
    .scalar(tx)
    .await
}

/// One assessment's consents as they stand (in the transaction that asks), as the rule
/// takes them.
pub async fn consents_of(tx: &mut Tx, assessment: i64) -> Result<Vec<Consent>> {
    let rows: Vec<ConsentRow> = query(format!(
        "{CONSENT} WHERE c.assessment_id = $1 ORDER BY c.id"
    ))
    .bind(assessment)
    .fetch_all(&mut *tx)
    .await?;
    Ok(rows.iter().map(ConsentRow::rule).collect())
}

/// Revokes a consent still in place; false if it was not (already revoked, or not this
/// assessment's).
pub async fn revoke(tx: &mut Tx, assessment: i64, consent: i64, by: i64) -> Result<bool> {
    let n = query(
        "UPDATE assessment_consents SET revoked_by = $3, revoked_at = $4
         WHERE id = $1 AND assessment_id = $2 AND revoked_at IS NULL",
    )
    .bind(consent)
    .bind(assessment)
    .bind(by)
    .bind(now())
    .execute(tx)
    .await?;
    Ok(n == 1)
}

/// How an assessment was read.
pub const HOWS: [&str; 5] = ["view", "list", "search", "download", "export"];

/// Keeps a read of these assessments by `account` of `org`, one row each.
pub async fn record_reads(
    on: impl Executor<'_>,
    account: i64,
    org: i64,
    how: &str,
    assessments: &[i64],
) -> Result<()> {
    debug_assert!(HOWS.contains(&how));
    if assessments.is_empty() {
        return Ok(());
    }
    let at = now();
    let mut sql = String::from(
        "INSERT INTO assessment_reads (assessment_id, account_id, org_id, how, occurred_at) VALUES ",
    );
    for (i, a) in assessments.iter().enumerate() {
        if i > 0 {
            sql.push_str(", ");
        }
        // Integers of the cleared set, never user text.
        sql.push_str(&format!("({a}, $1, $2, $3, $4)"));
    }
    query(sql)
        .bind(account)
        .bind(org)
        .bind(how)
        .bind(at)
        .execute(on)
        .await?;
    Ok(())
}

/// One read of the trail.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Read {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    pub org_id: i64,
    pub how: String,
    pub occurred_at: DateTime<Utc>,
}

/// Who read an assessment, newest first, at most `limit` reads older than `before`.
pub async fn trail(db: &Db, assessment: i64, before: Option<i64>, limit: i64) -> Result<Vec<Read>> {
    query(
        "SELECT r.id, r.account_id, a.display_name AS name, r.org_id, r.how, r.occurred_at
         FROM assessment_reads r JOIN accounts a ON a.id = r.account_id
         WHERE r.assessment_id = $1 AND ($2 IS NULL OR r.id < $2)
         ORDER BY r.id DESC LIMIT $3",
    )
    .bind(assessment)
    .bind(before)
    .bind(limit)
    .fetch_all(db)
    .await
}
