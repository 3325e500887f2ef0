//! CTED's assessments and technical-assistance recommendations, guarded by the State's
//! consent (`gctcp_domain::cted`).
//!
//! Every path that shows what an assessment says starts with [`seen`]: it reads every
//! assessment's State and consents afresh (so a revocation holds from the next request),
//! asks the one rule which of them this viewer may read, and gets a `Cleared` — the only
//! key the store takes to read recommendations, notes and links. Every page, list,
//! search, download and export that shows any of it then calls [`record`], which keeps
//! the read in the access trail and the audit log in one transaction.

pub mod coverage;
pub mod edit;
pub mod import;
mod news;
pub mod trail;

use crate::problem::Outcome;
use crate::{Actor, App, Problem};
use gctcp_domain::cted::{self, Cleared, Standing, Why};
use gctcp_domain::directory::fold;
use gctcp_domain::policy::Viewer;
use gctcp_domain::OrgId;
use gctcp_store::catalog::Catalog;
use gctcp_store::library::Full;
use gctcp_store::recommendations::{self as store, Assessment, ConsentRow, Note, Register};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use store::{Read, Recommendation};

/// The code of the organization that assesses.
pub const CTED: &str = "CTED";

/// Where an organization stands in this module.
pub fn standing(catalog: &Catalog, org: OrgId) -> Standing {
    match catalog.org(org) {
        Some(o) if o.code.eq_ignore_ascii_case(CTED) && !o.is_member_state() => Standing::Cted,
        Some(o) if !o.is_member_state() => Standing::Entity,
        _ => Standing::MemberState,
    }
}

/// Today, as consents count days (UTC).
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// What one viewer may read now: every assessment's State and consents, and the rule's
/// answer.
pub struct Seen {
    pub register: Arc<Register>,
    pub cleared: Cleared,
    pub standing: Standing,
}

impl Seen {
    /// The assessments this viewer may read, newest first.
    pub fn assessments(&self) -> impl Iterator<Item = &Assessment> {
        self.register
            .assessments
            .iter()
            .filter(|a| self.cleared.contains(a.id))
    }

    pub fn why(&self, assessment: i64) -> Option<Why> {
        self.cleared.why(assessment)
    }

    pub fn may_edit(&self, v: &Viewer) -> bool {
        cted::can_edit(v, self.standing)
    }

    /// What this viewer may read among the assessments `keep` answers for.
    pub fn only(&self, keep: impl Fn(&Assessment) -> bool) -> Seen {
        let register = &self.register;
        Seen {
            register: self.register.clone(),
            cleared: self
                .cleared
                .only(|id| register.assessment(id).is_some_and(&keep)),
            standing: self.standing,
        }
    }
}

pub async fn seen(app: &App, v: &Viewer) -> Outcome<Seen> {
    let catalog = app.catalog().await?;
    let standing = standing(&catalog, v.org);
    let register = app.cted.snapshot(&app.db).await?;
    let rules = register.rules();
    let cleared = cted::clear(
        v,
        standing,
        rules
            .iter()
            .map(|(id, state, c)| (*id, *state, c.as_slice())),
        today(),
    );
    Ok(Seen {
        register,
        cleared,
        standing,
    })
}

/// Keeps that `v` read these assessments (`how`: one of `store::HOWS`), in the access
/// trail and the audit log, in one transaction shared with the reads made at the same
/// moment (`trail`); returns once it is committed. Only cleared assessments are ever
/// passed here; an empty list records nothing.
pub async fn record(
    app: &App,
    actor: &Actor,
    how: &'static str,
    assessments: &[i64],
) -> Outcome<()> {
    let Some(v) = &actor.viewer else {
        return Ok(());
    };
    let mut ids = assessments.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(());
    }
    let read = trail::Read {
        account: v.id.0,
        org: v.org.0,
        how,
        assessments: ids,
        ip: actor.ip.clone(),
    };
    app.trail.keep(&app.db, read).await?;
    Ok(())
}

/// One assessment as its page shows it.
pub struct Opened {
    pub a: Assessment,
    pub why: Why,
    pub recommendations: Vec<Recommendation>,
    /// Per recommendation, newest first.
    pub notes: BTreeMap<i64, Vec<Note>>,
    pub links: store::Links,
    /// Every consent given (revoked and expired ones too), shown to those who see the
    /// trail; empty for the others.
    pub consents: Vec<ConsentRow>,
    pub report: Option<Full>,
    pub may_edit: bool,
    pub may_consent: bool,
    pub may_see_trail: bool,
}

/// An assessment, if this viewer may read it (else NotFound, whatever the reason, so
/// that guessing numbers tells nothing); the read is kept.
pub async fn open(app: &App, actor: &Actor, id: i64) -> Outcome<Opened> {
    let v = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let seen = seen(app, v).await?;
    let why = seen.why(id).ok_or(Problem::NotFound)?;
    let a = seen
        .register
        .assessment(id)
        .cloned()
        .ok_or(Problem::NotFound)?;
    let state = OrgId(a.state_org_id);
    let recommendations: Vec<Recommendation> = seen
        .register
        .recommendations(&seen.cleared)
        .filter(|r| r.assessment_id == id)
        .cloned()
        .collect();
    let mut notes: BTreeMap<i64, Vec<Note>> = BTreeMap::new();
    for n in store::notes(&app.db, &seen.cleared, id).await? {
        notes.entry(n.recommendation_id).or_default().push(n);
    }
    let mut links = seen.register.links(&seen.cleared);
    let mine = |r: &i64| recommendations.iter().any(|x| x.id == *r);
    links.projects.retain(|(r, _)| mine(r));
    links.activities.retain(|(r, _)| mine(r));
    let may_see_trail = cted::can_see_trail(v, seen.standing, state);
    let consents = if may_see_trail {
        seen.register.consents.get(&id).cloned().unwrap_or_default()
    } else {
        vec![]
    };
    let report = match a.report_resource_id {
        Some(r) => crate::library::stored(app, r)
            .await?
            .filter(|f| f.r.deleted_at.is_none()),
        None => None,
    };
    record(app, actor, "view", &[id]).await?;
    Ok(Opened {
        why,
        recommendations,
        notes,
        links,
        consents,
        report,
        may_edit: seen.may_edit(v),
        may_consent: cted::can_consent(v, state),
        may_see_trail,
        a,
    })
}

/// A report's file version, if this viewer may read the assessment it reports on; the
/// download is kept.
pub async fn report_version(
    app: &App,
    actor: &Actor,
    id: i64,
    version: i64,
) -> Outcome<gctcp_store::library::Version> {
    let v = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let seen = seen(app, v).await?;
    seen.why(id).ok_or(Problem::NotFound)?;
    let a = seen.register.assessment(id).ok_or(Problem::NotFound)?;
    let resource = a.report_resource_id.ok_or(Problem::NotFound)?;
    let found = gctcp_store::library::version(&app.db, version)
        .await?
        .filter(|x| x.resource_id == resource)
        .ok_or(Problem::NotFound)?;
    record(app, actor, "download", &[id]).await?;
    Ok(found)
}

/// Who read an assessment: its State's focal points, CTED and administrators see it;
/// anyone else is told there is nothing (NotFound), consent or not.
pub async fn trail(
    app: &App,
    v: &Viewer,
    id: i64,
    before: Option<i64>,
    limit: i64,
) -> Outcome<(Assessment, Vec<Read>)> {
    let seen = seen(app, v).await?;
    let a = seen
        .register
        .assessment(id)
        .filter(|a| seen.cleared.contains(a.id))
        .cloned()
        .ok_or(Problem::NotFound)?;
    if !cted::can_see_trail(v, seen.standing, OrgId(a.state_org_id)) {
        return Err(Problem::NotFound);
    }
    let reads = store::trail(&app.db, id, before, limit).await?;
    Ok((a, reads))
}

/// A recommendation with its assessment, as lists, search and exports show it.
#[derive(Clone)]
pub struct Line {
    pub r: Recommendation,
    pub a: Arc<Assessment>,
    pub why: Why,
    /// An active project or a planned or ongoing activity addresses it.
    pub covered: bool,
    pub projects: Vec<i64>,
    pub activities: Vec<i64>,
}

impl Line {
    /// What a word search looks in: the text, the requested assistance.
    fn folded(&self) -> String {
        fold(&format!("{} {}", self.r.body, self.r.assistance))
    }
}

/// Every recommendation this viewer may read, with whether something addresses it.
pub async fn lines(app: &App, seen: &Seen) -> Outcome<Vec<Line>> {
    let recs: Vec<Recommendation> = seen
        .register
        .recommendations(&seen.cleared)
        .cloned()
        .collect();
    let links = seen.register.links(&seen.cleared);
    let compendium = crate::projects::compendium(app).await?;
    let tracker = crate::activities::tracker(app).await?;
    let mut projects: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (r, p) in links.projects {
        projects.entry(r).or_default().push(p);
    }
    let mut activities: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (r, x) in links.activities {
        activities.entry(r).or_default().push(x);
    }
    let assessments: BTreeMap<i64, Arc<Assessment>> = seen
        .assessments()
        .map(|a| (a.id, Arc::new(a.clone())))
        .collect();
    let mut out = Vec::with_capacity(recs.len());
    for r in recs {
        let (Some(a), Some(why)) = (assessments.get(&r.assessment_id), seen.why(r.assessment_id))
        else {
            continue;
        };
        let projects = projects.remove(&r.id).unwrap_or_default();
        let activities = activities.remove(&r.id).unwrap_or_default();
        let covered = projects
            .iter()
            .any(|p| compendium.get(*p).is_some_and(|p| p.f.status == "active"))
            || activities.iter().any(|x| {
                tracker
                    .get(*x)
                    .is_some_and(|x| matches!(x.status.as_str(), "planned" | "ongoing"))
            });
        out.push(Line {
            r,
            a: a.clone(),
            why,
            covered,
            projects,
            activities,
        });
    }
    // The latest assessments first; within one, CTED's order.
    out.sort_by(|x, y| {
        (y.a.held_on, y.a.id)
            .cmp(&(x.a.held_on, x.a.id))
            .then(x.r.id.cmp(&y.r.id))
    });
    Ok(out)
}

/// The list's filters; empty means any.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub q: String,
    /// A Member State's code.
    pub country: String,
    /// A theme's slug.
    pub theme: String,
    pub priority: String,
    pub status: String,
    /// `covered` or `uncovered`.
    pub coverage: String,
}

impl Filter {
    pub fn keeps(&self, catalog: &Catalog, l: &Line, words: &[String]) -> bool {
        let country_ok = self.country.trim().is_empty()
            || catalog
                .org_by_code(self.country.trim())
                .is_some_and(|o| o.id == l.a.state_org_id);
        let theme_ok = self.theme.trim().is_empty()
            || l.r
                .theme_id
                .and_then(|t| catalog.theme(t))
                .is_some_and(|t| t.slug == self.theme.trim());
        let coverage_ok = match self.coverage.trim() {
            "covered" => l.covered,
            "uncovered" => !l.covered,
            _ => true,
        };
        let text = if words.is_empty() {
            String::new()
        } else {
            l.folded()
        };
        country_ok
            && theme_ok
            && coverage_ok
            && (self.priority.trim().is_empty() || l.r.priority == self.priority.trim())
            && (self.status.trim().is_empty() || l.r.status == self.status.trim())
            && words.iter().all(|w| text.contains(w.as_str()))
    }

    pub fn words(&self) -> Vec<String> {
        fold(&self.q)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }
}

/// The recommendations a filter leaves (each one cleared for this viewer).
pub async fn list(app: &App, seen: &Seen, f: &Filter) -> Outcome<Vec<Line>> {
    let catalog = app.catalog().await?;
    let words = f.words();
    Ok(lines(app, seen)
        .await?
        .into_iter()
        .filter(|l| f.keeps(&catalog, l, &words))
        .collect())
}

/// Global search: the recommendations whose text or requested assistance holds every
/// word, among those this viewer may read. The caller records the reads it shows.
pub async fn search(app: &App, v: &Viewer, q: &str) -> Outcome<Vec<Line>> {
    let seen = seen(app, v).await?;
    if seen.cleared.is_empty() {
        return Ok(vec![]);
    }
    let f = Filter {
        q: q.to_string(),
        ..Filter::default()
    };
    if f.words().is_empty() {
        return Ok(vec![]);
    }
    list(app, &seen, &f).await
}
