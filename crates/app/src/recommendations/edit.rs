//! Writing: CTED's staff and administrators enter assessments, recommendations and
//! follow-up notes; the assessed State's focal points grant and revoke consent. Each
//! change is one transaction with its audit entry; refused input writes nothing.

use super::{seen, standing, today, CTED};
use crate::problem::{Invalid, Outcome};
use crate::{Actor, App, Problem};
use gctcp_domain::cted::{self, KINDS, PRIORITIES, STATUSES};
use gctcp_domain::policy::Viewer;
use gctcp_domain::OrgId;
use gctcp_store::catalog::Catalog;
use gctcp_store::recommendations::{self as store, AssessmentFields, RecommendationFields};
use gctcp_store::{audit, library::Full};

const BODY_MAX: usize = 5000;
const ASSISTANCE_MAX: usize = 2000;
const NOTE_MAX: usize = 5000;

fn viewer(actor: &Actor) -> Outcome<&Viewer> {
    actor.viewer.as_ref().ok_or(Problem::Forbidden)
}

pub(super) async fn require_editor(app: &App, actor: &Actor) -> Outcome<()> {
    let Some(v) = &actor.viewer else {
        return Ok(()); // the command line
    };
    let catalog = app.catalog().await?;
    if cted::can_edit(v, standing(&catalog, v.org)) {
        Ok(())
    } else {
        Err(Problem::Forbidden)
    }
}

/// Whether this viewer enters assessments (CTED's staff, administrators).
pub async fn may_edit(app: &App, v: &Viewer) -> Outcome<bool> {
    let catalog = app.catalog().await?;
    Ok(cted::can_edit(v, standing(&catalog, v.org)))
}

/// An assessment's form as sent.
#[derive(Clone, Debug, Default)]
pub struct AssessmentInput {
    /// The State's code or name in any language.
    pub state: String,
    pub kind: String,
    pub held_on: String,
    /// The report: its library number or link; empty for none yet.
    pub report: String,
}

/// A report must be a library resource that the library itself shows only to CTED: of
/// CTED's organization, restricted to it, in no space — so that only this module's rule
/// opens it to anyone else.
pub fn restricted_to_cted(catalog: &Catalog, full: &Full) -> bool {
    let cted = catalog.org_by_code(CTED).map(|o| o.id);
    Some(full.r.org_id) == cted
        && full.r.visibility == "orgs"
        && full.r.space_id.is_none()
        && full.reader_orgs.iter().all(|o| Some(*o) == cted)
        && full.r.deleted_at.is_none()
}

pub(super) async fn assessment_fields(app: &App, i: &AssessmentInput) -> Outcome<AssessmentFields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let state = match i.state.trim() {
        "" => {
            bad.push(Invalid::new("state", "cted-state-required"));
            0
        }
        word => match crate::projects::find_org(&catalog, word) {
            Some(o) if o.is_member_state() => o.id,
            _ => {
                bad.push(Invalid::new("state", "cted-state-unknown").with("names", word));
                0
            }
        },
    };
    let kind = i.kind.trim();
    if !KINDS.contains(&kind) {
        return Err(Problem::BadRequest);
    }
    let held_on = match chrono::NaiveDate::parse_from_str(i.held_on.trim(), "%Y-%m-%d") {
        Ok(d) if d <= today() => Some(d),
        Ok(_) => {
            bad.push(Invalid::new("held_on", "cted-date-future"));
            None
        }
        Err(_) => {
            bad.push(Invalid::new("held_on", "cted-date-invalid"));
            None
        }
    };
    let report = match i.report.trim() {
        "" => None,
        word => {
            let digits = word.rsplit("/library/").next().unwrap_or(word);
            let digits: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
            let found = match digits.parse::<i64>() {
                Ok(id) => crate::library::stored(app, id).await?,
                Err(_) => None,
            };
            match found {
                Some(f) if restricted_to_cted(&catalog, &f) => Some(f.r.id),
                Some(_) => {
                    bad.push(Invalid::new("report", "cted-report-not-restricted"));
                    None
                }
                None => {
                    let shown: String = word.chars().take(80).collect();
                    bad.push(Invalid::new("report", "cted-report-unknown").with("resource", shown));
                    None
                }
            }
        }
    };
    match (bad.is_empty(), held_on) {
        (true, Some(held_on)) => Ok(AssessmentFields {
            state_org_id: state,
            kind: kind.to_string(),
            held_on,
            report_resource_id: report,
        }),
        _ => Err(Problem::Invalid(bad)),
    }
}

pub async fn create_assessment(app: &App, actor: &Actor, i: &AssessmentInput) -> Outcome<i64> {
    require_editor(app, actor).await?;
    let f = assessment_fields(app, i).await?;
    let mut tx = app.db.begin().await?;
    let id = store::insert_assessment(&mut tx, &f, actor.id().map(|a| a.0)).await?;
    let detail = format!("assessment={id} state={} kind={}", f.state_org_id, f.kind);
    audit::append(&mut tx, actor.audit("assessment.created", None, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// An assessment the editor may change: it must exist (CTED and administrators read
/// every assessment, so nothing is hidden from them).
async fn editable(app: &App, actor: &Actor, id: i64) -> Outcome<store::Assessment> {
    require_editor(app, actor).await?;
    let register = app.cted.snapshot(&app.db).await?;
    register.assessment(id).cloned().ok_or(Problem::NotFound)
}

pub async fn update_assessment(
    app: &App,
    actor: &Actor,
    id: i64,
    i: &AssessmentInput,
) -> Outcome<()> {
    editable(app, actor, id).await?;
    let f = assessment_fields(app, i).await?;
    let mut tx = app.db.begin().await?;
    store::update_assessment(&mut tx, id, &f).await?;
    let detail = format!("assessment={id} state={} kind={}", f.state_org_id, f.kind);
    audit::append(&mut tx, actor.audit("assessment.changed", None, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// A recommendation's form as sent.
#[derive(Clone, Debug, Default)]
pub struct RecommendationInput {
    pub body: String,
    /// A theme's ID, or empty.
    pub theme: String,
    /// A pillar's number, or empty.
    pub pillar: String,
    pub priority: String,
    pub assistance: String,
    pub status: String,
    /// Project codes that address it, separated by commas, spaces or lines.
    pub projects: String,
    /// Activities that address it: their numbers or links.
    pub activities: String,
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

pub(super) async fn recommendation_fields(
    app: &App,
    i: &RecommendationInput,
) -> Outcome<RecommendationFields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let body = i.body.trim().to_string();
    if body.is_empty() {
        bad.push(Invalid::new("body", "cted-body-required"));
    } else if body.chars().count() > BODY_MAX {
        bad.push(Invalid::new("body", "cted-body-too-long"));
    }
    let assistance = i.assistance.trim().to_string();
    if assistance.chars().count() > ASSISTANCE_MAX {
        bad.push(Invalid::new("assistance", "cted-assistance-too-long"));
    }
    let theme_id = match i.theme.trim() {
        "" => None,
        t => {
            let id: i64 = t.parse().map_err(|_| Problem::BadRequest)?;
            Some(catalog.theme(id).ok_or(Problem::BadRequest)?.id)
        }
    };
    let pillar = match i.pillar.trim() {
        "" => None,
        p => {
            let n: i64 = p.parse().map_err(|_| Problem::BadRequest)?;
            catalog.pillar(n).ok_or(Problem::BadRequest)?;
            Some(n)
        }
    };
    let priority = match i.priority.trim() {
        "" => "medium",
        p if PRIORITIES.contains(&p) => p,
        _ => return Err(Problem::BadRequest),
    };
    let status = match i.status.trim() {
        "" => "open",
        s if STATUSES.contains(&s) => s,
        _ => return Err(Problem::BadRequest),
    };
    let compendium = crate::projects::compendium(app).await?;
    let mut projects = Vec::new();
    let mut unknown = Vec::new();
    for w in words(&i.projects) {
        let folded = gctcp_domain::directory::fold(w);
        match compendium
            .projects
            .iter()
            .find(|p| gctcp_domain::directory::fold(&p.f.code) == folded)
        {
            Some(p) if !projects.contains(&p.id) => projects.push(p.id),
            Some(_) => {}
            None => unknown.push(w.chars().take(60).collect::<String>()),
        }
    }
    if !unknown.is_empty() {
        bad.push(
            Invalid::new("projects", "cted-projects-unknown").with("names", unknown.join(", ")),
        );
    }
    let tracker = crate::activities::tracker(app).await?;
    let mut activities = Vec::new();
    let mut unknown = Vec::new();
    for w in words(&i.activities) {
        let digits = w.rsplit("/activities/").next().unwrap_or(w);
        let digits: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
        match digits.parse::<i64>().ok().and_then(|id| tracker.get(id)) {
            Some(a) if !activities.contains(&a.id) => activities.push(a.id),
            Some(_) => {}
            None => unknown.push(w.chars().take(60).collect::<String>()),
        }
    }
    if !unknown.is_empty() {
        bad.push(
            Invalid::new("activities", "cted-activities-unknown").with("names", unknown.join(", ")),
        );
    }
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    Ok(RecommendationFields {
        body,
        theme_id,
        pillar,
        priority: priority.to_string(),
        assistance,
        status: status.to_string(),
        projects,
        activities,
    })
}

pub async fn add_recommendation(
    app: &App,
    actor: &Actor,
    assessment: i64,
    i: &RecommendationInput,
) -> Outcome<i64> {
    editable(app, actor, assessment).await?;
    let f = recommendation_fields(app, i).await?;
    let mut tx = app.db.begin().await?;
    let id = store::insert_recommendation(&mut tx, assessment, &f).await?;
    let detail = format!(
        "assessment={assessment} recommendation={id} status={}",
        f.status
    );
    audit::append(&mut tx, actor.audit("recommendation.created", None, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// The recommendation to change, with the key to read it (editors read everything).
async fn editable_recommendation(
    app: &App,
    actor: &Actor,
    id: i64,
) -> Outcome<store::Recommendation> {
    require_editor(app, actor).await?;
    let v = viewer(actor)?;
    let seen = seen(app, v).await?;
    seen.register
        .recommendation(&seen.cleared, id)
        .cloned()
        .ok_or(Problem::NotFound)
}

/// A recommendation as its form shows it, for an editor.
pub async fn recommendation_input(
    app: &App,
    actor: &Actor,
    id: i64,
) -> Outcome<(store::Recommendation, RecommendationInput)> {
    let r = editable_recommendation(app, actor, id).await?;
    let v = viewer(actor)?;
    let seen = seen(app, v).await?;
    let links = seen.register.links(&seen.cleared);
    let compendium = crate::projects::compendium(app).await?;
    let projects: Vec<String> = links
        .projects
        .iter()
        .filter(|(rid, _)| *rid == id)
        .filter_map(|(_, p)| compendium.get(*p).map(|p| p.f.code.clone()))
        .collect();
    let activities: Vec<String> = links
        .activities
        .iter()
        .filter(|(rid, _)| *rid == id)
        .map(|(_, a)| a.to_string())
        .collect();
    let input = RecommendationInput {
        body: r.body.clone(),
        theme: r.theme_id.map(|t| t.to_string()).unwrap_or_default(),
        pillar: r.pillar.map(|p| p.to_string()).unwrap_or_default(),
        priority: r.priority.clone(),
        assistance: r.assistance.clone(),
        status: r.status.clone(),
        projects: projects.join(", "),
        activities: activities.join(", "),
    };
    Ok((r, input))
}

pub async fn update_recommendation(
    app: &App,
    actor: &Actor,
    id: i64,
    i: &RecommendationInput,
) -> Outcome<i64> {
    let r = editable_recommendation(app, actor, id).await?;
    let f = recommendation_fields(app, i).await?;
    let mut tx = app.db.begin().await?;
    store::update_recommendation(&mut tx, id, &f).await?;
    let detail = format!(
        "assessment={} recommendation={id} status={}",
        r.assessment_id, f.status
    );
    audit::append(&mut tx, actor.audit("recommendation.changed", None, detail)).await?;
    tx.commit().await?;
    Ok(r.assessment_id)
}

/// A dated follow-up note by CTED; a status, if given, becomes the recommendation's.
pub async fn add_note(app: &App, actor: &Actor, id: i64, body: &str, status: &str) -> Outcome<i64> {
    let r = editable_recommendation(app, actor, id).await?;
    let state = app
        .cted
        .snapshot(&app.db)
        .await?
        .assessment(r.assessment_id)
        .map(|a| OrgId(a.state_org_id))
        .ok_or(Problem::NotFound)?;
    let body = body.trim();
    if body.is_empty() {
        return Err(Problem::invalid("note", "cted-note-required"));
    }
    if body.chars().count() > NOTE_MAX {
        return Err(Problem::invalid("note", "cted-note-too-long"));
    }
    let status = match status.trim() {
        "" => None,
        s if STATUSES.contains(&s) => Some(s),
        _ => return Err(Problem::BadRequest),
    };
    let mut tx = app.db.begin().await?;
    store::add_note(&mut tx, id, actor.id().map(|a| a.0), body, status).await?;
    let detail = format!(
        "assessment={} recommendation={id} status={}",
        r.assessment_id,
        status.unwrap_or("-")
    );
    audit::append(&mut tx, actor.audit("recommendation.noted", None, detail)).await?;
    super::news::followed_up(app, &mut tx, actor, r.assessment_id, id, state).await?;
    tx.commit().await?;
    Ok(r.assessment_id)
}

/// The State's assessment, if this viewer is one of its focal points.
async fn own(app: &App, v: &Viewer, assessment: i64) -> Outcome<store::Assessment> {
    let register = app.cted.snapshot(&app.db).await?;
    let a = register
        .assessment(assessment)
        .cloned()
        .ok_or(Problem::NotFound)?;
    if cted::can_consent(v, OrgId(a.state_org_id)) {
        Ok(a)
    } else {
        // Those who may read it are told they may not do this; others that there is
        // nothing there.
        let seen = seen(app, v).await?;
        Err(if seen.cleared.contains(assessment) {
            Problem::Forbidden
        } else {
            Problem::NotFound
        })
    }
}

/// The State's focal points consent: to one Compact entity (its code or name) or to
/// every Compact entity (`grantee` empty or `all`), until the end of `expires` if given.
pub async fn grant(
    app: &App,
    actor: &Actor,
    assessment: i64,
    grantee: &str,
    expires: &str,
) -> Outcome<i64> {
    let v = viewer(actor)?;
    let state = OrgId(own(app, v, assessment).await?.state_org_id);
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let grantee_org = match grantee.trim() {
        "" | "all" => None,
        word => match crate::projects::find_org(&catalog, word) {
            Some(o) if !o.is_member_state() => Some(o.id),
            _ => {
                let shown: String = word.chars().take(60).collect();
                bad.push(Invalid::new("grantee", "cted-grantee-unknown").with("names", shown));
                None
            }
        },
    };
    let expires_on = match expires.trim() {
        "" => None,
        s => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if d >= today() => Some(d),
            Ok(_) => {
                bad.push(Invalid::new("expires", "cted-expiry-past"));
                None
            }
            Err(_) => {
                bad.push(Invalid::new("expires", "cted-expiry-invalid"));
                None
            }
        },
    };
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    let mut tx = app.db.begin().await?;
    let id = store::grant(&mut tx, assessment, grantee_org, expires_on, v.id.0).await?;
    let detail = format!(
        "assessment={assessment} consent={id} grantee={} until={}",
        grantee_org
            .and_then(|o| catalog.org(OrgId(o)))
            .map(|o| o.code.as_str())
            .unwrap_or("all"),
        expires_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| "-".into())
    );
    audit::append(&mut tx, actor.audit("consent.granted", None, detail)).await?;
    super::news::shared(
        app,
        &mut tx,
        actor,
        assessment,
        state,
        grantee_org.map(OrgId),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The State's focal points withdraw a consent: it holds no more from the next request.
pub async fn revoke(app: &App, actor: &Actor, assessment: i64, consent: i64) -> Outcome<()> {
    let v = viewer(actor)?;
    own(app, v, assessment).await?;
    let mut tx = app.db.begin().await?;
    if !store::revoke(&mut tx, assessment, consent, v.id.0).await? {
        return Err(Problem::NotFound);
    }
    let detail = format!("assessment={assessment} consent={consent}");
    audit::append(&mut tx, actor.audit("consent.revoked", None, detail)).await?;
    tx.commit().await?;
    Ok(())
}
