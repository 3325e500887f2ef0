//! The activity tracker: adding and changing activities and writing their progress
//! updates (the lead entity's focal points, the leads of the activity's space and
//! administrators, by the one policy), reading them, and exploring them (`explore`).

pub mod explore;

use crate::problem::Outcome;
use crate::projects::{date, find_org, linked_resources, org_list};
use crate::{Actor, App, Invalid, Problem};
use gctcp_domain::activity::{Dates, KINDS, STATUSES};
use gctcp_domain::policy::{can_add_activity, can_edit_activity, Viewer};
use gctcp_domain::{OrgId, SpaceId};
use gctcp_store::activities::{self as store, Activity, Detail, Fields, Tracker};
use gctcp_store::audit;
use gctcp_store::catalog::Catalog;
use std::sync::Arc;

const TITLE_MAX: usize = 300;
const DESCRIPTION_MAX: usize = 10_000;
pub const UPDATE_MAX: usize = 5_000;
/// Participants of one activity: more than any conference has.
const PARTICIPANTS_MAX: i64 = 1_000_000;

/// What the form sends, before it is trusted. Organizations are named by code or by name
/// in any of the six languages; outputs by their library links; events by their links.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub lead: String,
    pub partners: String,
    pub countries: String,
    pub regions: Vec<String>,
    pub pillars: Vec<String>,
    pub themes: Vec<String>,
    /// A space's ID, or empty.
    pub space: String,
    /// A project's code, or empty.
    pub project: String,
    pub planned_start: String,
    pub planned_end: String,
    pub actual_start: String,
    pub actual_end: String,
    pub women: String,
    pub men: String,
    pub others: String,
    pub resources: String,
    pub events: String,
}

impl Input {
    /// An activity's fields as its form shows them.
    pub fn of(catalog: &Catalog, a: &Activity, description: &str, project: Option<&str>) -> Input {
        let codes = |ids: &[i64]| {
            ids.iter()
                .filter_map(|id| catalog.org(OrgId(*id)).map(|o| o.code.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let n = |x: Option<i64>| x.map(|x| x.to_string()).unwrap_or_default();
        let lines = |prefix: &str, ids: &[i64]| {
            ids.iter()
                .map(|r| format!("{prefix}{r}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        Input {
            kind: a.kind.clone(),
            title: a.title.clone(),
            description: description.to_string(),
            status: a.status.clone(),
            lead: catalog
                .org(OrgId(a.lead_org))
                .map(|o| o.code.clone())
                .unwrap_or_default(),
            partners: codes(&a.partners),
            countries: codes(&a.countries),
            regions: a.regions.clone(),
            pillars: a.pillars.iter().map(i64::to_string).collect(),
            themes: a.themes.iter().map(i64::to_string).collect(),
            space: a.space.map(|s| s.to_string()).unwrap_or_default(),
            project: project.unwrap_or_default().to_string(),
            planned_start: day(a.dates.planned_start),
            planned_end: day(a.dates.planned_end),
            actual_start: day(a.dates.actual_start),
            actual_end: day(a.dates.actual_end),
            women: n(a.women),
            men: n(a.men),
            others: n(a.others),
            resources: lines("/library/", &a.resources),
            events: lines("/calendar/events/", &a.events),
        }
    }
}

/// A count of participants: empty (not known) or a whole number.
fn participants(s: &str, field: &'static str, bad: &mut Vec<Invalid>) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match s.parse::<i64>() {
        Ok(n) if (0..=PARTICIPANTS_MAX).contains(&n) => Some(n),
        _ => {
            bad.push(Invalid::new(field, "activity-participants-invalid"));
            None
        }
    }
}

/// The dates in order: an end before its start is refused.
fn check_order(
    start: Option<chrono::NaiveDate>,
    end: Option<chrono::NaiveDate>,
    field: &'static str,
    bad: &mut Vec<Invalid>,
) {
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            bad.push(Invalid::new(field, "project-ends-before-start"));
        }
    }
}

/// Checks an activity's input against the reference data and the policy. `v` is the
/// person who adds or changes it (`None`: the command line, which may name any lead).
pub async fn fields(app: &App, v: Option<&Viewer>, i: &Input) -> Outcome<Fields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let kind = match i.kind.trim() {
        k if KINDS.contains(&k) => k.to_string(),
        "" => {
            bad.push(Invalid::new("kind", "activity-kind-required"));
            String::new()
        }
        _ => return Err(Problem::BadRequest),
    };
    let title = i.title.trim().to_string();
    if title.is_empty() {
        bad.push(Invalid::new("title", "project-title-required"));
    } else if title.chars().count() > TITLE_MAX {
        bad.push(Invalid::new("title", "project-title-too-long"));
    }
    let description = i.description.trim().to_string();
    if description.chars().count() > DESCRIPTION_MAX {
        bad.push(Invalid::new("description", "activity-description-too-long"));
    }
    let status = match i.status.trim() {
        "" => "planned".to_string(),
        s if STATUSES.contains(&s) => s.to_string(),
        _ => return Err(Problem::BadRequest),
    };
    let space = match i.space.trim() {
        "" => None,
        s => {
            let id: i64 = s.parse().map_err(|_| Problem::BadRequest)?;
            catalog.space(SpaceId(id)).ok_or(Problem::BadRequest)?;
            Some(id)
        }
    };
    let lead_org = match (v, i.lead.trim()) {
        (Some(v), "")
            if !v.is_admin() && catalog.org(v.org).is_some_and(|o| !o.is_member_state()) =>
        {
            v.org.0
        }
        (_, "") => {
            bad.push(Invalid::new("lead", "project-lead-required"));
            0
        }
        (_, word) => match find_org(&catalog, word) {
            Some(o) if !o.is_member_state() => o.id,
            _ => {
                bad.push(Invalid::new("lead", "project-lead-unknown").with("names", word));
                0
            }
        },
    };
    if let Some(v) = v {
        if lead_org != 0 && !can_edit_activity(v, OrgId(lead_org), space.map(SpaceId)) {
            bad.push(Invalid::new("lead", "activity-lead-not-yours"));
        }
    }
    let partners = org_list(&catalog, &i.partners, false).unwrap_or_else(|names| {
        bad.push(Invalid::new("partners", "project-entities-unknown").with("names", names));
        vec![]
    });
    let countries = org_list(&catalog, &i.countries, true).unwrap_or_else(|names| {
        bad.push(Invalid::new("countries", "project-countries-unknown").with("names", names));
        vec![]
    });
    let mut regions = Vec::new();
    for r in &i.regions {
        let r = r.trim();
        if !catalog.regions.iter().any(|(region, _)| region == r) {
            return Err(Problem::BadRequest);
        }
        regions.push(r.to_string());
    }
    let mut pillars = Vec::new();
    for p in &i.pillars {
        let n: i64 = p.trim().parse().map_err(|_| Problem::BadRequest)?;
        catalog.pillar(n).ok_or(Problem::BadRequest)?;
        pillars.push(n);
    }
    let mut themes = Vec::new();
    for t in &i.themes {
        let id: i64 = t.trim().parse().map_err(|_| Problem::BadRequest)?;
        catalog.theme(id).ok_or(Problem::BadRequest)?;
        themes.push(id);
    }
    let project = match i.project.trim() {
        "" => None,
        code => {
            let c = crate::projects::compendium(app).await?;
            let folded = code.to_lowercase();
            match c
                .projects
                .iter()
                .find(|p| p.f.code.to_lowercase() == folded)
            {
                Some(p) => Some(p.id),
                None => {
                    bad.push(
                        Invalid::new("project", "activity-project-unknown")
                            .with("code", code.chars().take(60).collect::<String>()),
                    );
                    None
                }
            }
        }
    };
    let dates = Dates {
        planned_start: date(&i.planned_start, "planned_start", &mut bad),
        planned_end: date(&i.planned_end, "planned_end", &mut bad),
        actual_start: date(&i.actual_start, "actual_start", &mut bad),
        actual_end: date(&i.actual_end, "actual_end", &mut bad),
    };
    check_order(
        dates.planned_start,
        dates.planned_end,
        "planned_end",
        &mut bad,
    );
    check_order(dates.actual_start, dates.actual_end, "actual_end", &mut bad);
    let women = participants(&i.women, "women", &mut bad);
    let men = participants(&i.men, "men", &mut bad);
    let others = participants(&i.others, "others", &mut bad);
    let (resources, unknown) = linked_resources(app, v, &i.resources).await?;
    for word in unknown {
        bad.push(Invalid::new("resources", "project-resource-unknown").with("resource", word));
    }
    let mut events = Vec::new();
    for word in i
        .events
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let tail = word.rsplit("/events/").next().unwrap_or(word);
        let digits: String = tail.chars().take_while(|c| c.is_ascii_digit()).collect();
        let found = match (digits.parse::<i64>(), v) {
            (Ok(id), Some(v)) => crate::calendar::readable(app, v, id).await.ok().map(|_| id),
            (Ok(id), None) => gctcp_store::calendar::get(&app.db, id).await?.map(|_| id),
            _ => None,
        };
        match found {
            Some(id) => events.push(id),
            None => bad.push(
                Invalid::new("events", "activity-event-unknown")
                    .with("event", word.chars().take(80).collect::<String>()),
            ),
        }
    }
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    Ok(Fields {
        kind,
        title,
        description,
        status,
        lead_org,
        space,
        project,
        dates,
        women,
        men,
        others,
        partners,
        countries,
        regions,
        pillars,
        themes,
        resources,
        events,
    })
}

/// Whether the viewer may add activities (administrators, Compact entities' focal
/// points, the leads of a space).
pub async fn may_add(app: &App, v: &Viewer) -> Outcome<bool> {
    let catalog = app.catalog().await?;
    let entity = catalog.org(v.org).is_some_and(|o| !o.is_member_state());
    Ok(can_add_activity(v, entity))
}

/// Adds an activity (`actor`: a person by the policy, or the command line).
pub async fn create(app: &App, actor: &Actor, i: &Input) -> Outcome<i64> {
    if let Some(v) = &actor.viewer {
        if !may_add(app, v).await? {
            return Err(Problem::Forbidden);
        }
    }
    let f = fields(app, actor.viewer.as_ref(), i).await?;
    let mut tx = app.db.begin().await?;
    let id = store::insert(&mut tx, &f, actor.id()).await?;
    let detail = format!("activity={id} kind={}", f.kind);
    audit::append(&mut tx, actor.audit("activity.created", None, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// The tracker as this request sees it.
pub async fn tracker(app: &App) -> Outcome<Arc<Tracker>> {
    Ok(app.activities.snapshot(&app.db).await?)
}

/// One activity (every focal point reads every activity).
pub async fn readable(app: &App, id: i64) -> Outcome<Arc<Activity>> {
    tracker(app)
        .await?
        .get(id)
        .cloned()
        .ok_or(Problem::NotFound)
}

/// Its description and progress updates.
pub async fn detail(app: &App, id: i64) -> Outcome<Detail> {
    store::detail(&app.db, id).await?.ok_or(Problem::NotFound)
}

pub fn may_edit(v: &Viewer, a: &Activity) -> bool {
    can_edit_activity(v, OrgId(a.lead_org), a.space.map(SpaceId))
}

/// Changes an activity: whoever may edit it, into something they may still edit.
pub async fn update(app: &App, actor: &Actor, id: i64, i: &Input) -> Outcome<()> {
    let a = readable(app, id).await?;
    if let Some(v) = &actor.viewer {
        if !may_edit(v, &a) {
            return Err(Problem::Forbidden);
        }
    }
    let f = fields(app, actor.viewer.as_ref(), i).await?;
    let mut tx = app.db.begin().await?;
    store::update(&mut tx, id, &f).await?;
    let detail = format!("activity={id} status={}", f.status);
    audit::append(&mut tx, actor.audit("activity.changed", None, detail)).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a progress update, and moves the activity to `status` with it when one is given.
pub async fn add_progress(
    app: &App,
    actor: &Actor,
    id: i64,
    body: &str,
    status: &str,
) -> Outcome<i64> {
    let a = readable(app, id).await?;
    if let Some(v) = &actor.viewer {
        if !may_edit(v, &a) {
            return Err(Problem::Forbidden);
        }
    }
    let status = match status.trim() {
        "" => None,
        s if STATUSES.contains(&s) => Some(s),
        _ => return Err(Problem::BadRequest),
    };
    let body = body.trim();
    if body.is_empty() {
        return Err(Problem::Invalid(vec![Invalid::new(
            "body",
            "activity-update-required",
        )]));
    }
    if body.chars().count() > UPDATE_MAX {
        return Err(Problem::Invalid(vec![Invalid::new(
            "body",
            "activity-update-too-long",
        )]));
    }
    let mut tx = app.db.begin().await?;
    if let Some(s) = status.filter(|s| *s != a.status) {
        store::set_status(&mut tx, id, s).await?;
    }
    let update = store::add_update(&mut tx, id, actor.id(), body).await?;
    let detail = format!(
        "activity={id} update={update}{}",
        status.map(|s| format!(" status={s}")).unwrap_or_default()
    );
    audit::append(&mut tx, actor.audit("activity.progress", None, detail)).await?;
    tx.commit().await?;
    Ok(update)
}
