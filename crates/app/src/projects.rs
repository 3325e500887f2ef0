//! The CT/PVE project compendium: adding and changing projects (the lead entity's focal
//! points and administrators, by the one policy), reading them, and exploring them with
//! filters, totals and breakdowns (`explore`).

pub mod explore;
pub mod import;

use crate::problem::Outcome;
use crate::{Actor, App, Invalid, Problem};
use gctcp_domain::policy::{can_add_project, can_edit_project, Viewer};
use gctcp_domain::project::{parse_usd, STATUSES};
use gctcp_domain::OrgId;
use gctcp_store::catalog::Catalog;
use gctcp_store::projects::{self, Compendium, Donor, Fields, Project};
use gctcp_store::{audit, Error as StoreError};
use std::sync::Arc;

const CODE_MAX: usize = 40;
const TITLE_MAX: usize = 300;
const SUMMARY_MAX: usize = 5000;
const DONOR_MAX: usize = 120;
/// Donors of one project: more than any real one has, few enough for one form.
pub const DONORS_MAX: usize = 40;

/// What the form (or an imported row) sends, before it is trusted. Organizations are
/// named by code or name in any of the six languages, separated by commas or semicolons.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub code: String,
    pub title: String,
    pub summary: String,
    pub status: String,
    /// The lead entity's code (administrators choose; others lead with their own).
    pub lead: String,
    pub partners: String,
    pub countries: String,
    pub regions: Vec<String>,
    pub pillars: Vec<String>,
    /// Theme IDs.
    pub themes: Vec<String>,
    pub requested: String,
    pub starts_on: String,
    pub ends_on: String,
    /// The contact person's e-mail address.
    pub contact: String,
    /// (donor, amount) pairs; blank pairs are ignored.
    pub donors: Vec<(String, String)>,
    /// Library resources: their numbers or links, one per line.
    pub resources: String,
}

impl Input {
    /// A project's fields as its form shows them.
    pub fn of(catalog: &Catalog, p: &Project, contact_email: Option<String>) -> Input {
        let codes = |ids: &[i64]| {
            ids.iter()
                .filter_map(|id| catalog.org(OrgId(*id)).map(|o| o.code.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let f = &p.f;
        Input {
            code: f.code.clone(),
            title: f.title.clone(),
            summary: f.summary.clone(),
            status: f.status.clone(),
            lead: catalog
                .org(OrgId(f.lead_org))
                .map(|o| o.code.clone())
                .unwrap_or_default(),
            partners: codes(&f.partners),
            countries: codes(&f.countries),
            regions: f.regions.clone(),
            pillars: f.pillars.iter().map(i64::to_string).collect(),
            themes: f.themes.iter().map(i64::to_string).collect(),
            requested: f.requested_usd.to_string(),
            starts_on: f.starts_on.map(|d| d.to_string()).unwrap_or_default(),
            ends_on: f.ends_on.map(|d| d.to_string()).unwrap_or_default(),
            contact: contact_email.unwrap_or_default(),
            donors: f
                .donors
                .iter()
                .map(|d| (d.name.clone(), d.amount.to_string()))
                .collect(),
            resources: f
                .resources
                .iter()
                .map(|r| format!("/library/{r}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// The organization a word names: its code or another acronym, or its name in any of
/// the six languages (case and accents aside).
pub fn find_org<'a>(catalog: &'a Catalog, word: &str) -> Option<&'a gctcp_store::orgs::Org> {
    let word = word.trim();
    if let Some(o) = catalog.org_by_code(word) {
        return Some(o);
    }
    let folded = gctcp_domain::directory::fold(word);
    catalog.orgs.iter().find(|o| {
        o.names()
            .iter()
            .any(|n| gctcp_domain::directory::fold(n) == folded)
    })
}

/// The organizations a list names, or the words that name none.
pub(crate) fn org_list(
    catalog: &Catalog,
    list: &str,
    member_state: bool,
) -> std::result::Result<Vec<i64>, String> {
    let mut ids = Vec::new();
    let mut unknown = Vec::new();
    for word in list.split([',', ';', '\n', '，', '،', '；']).map(str::trim) {
        if word.is_empty() {
            continue;
        }
        match find_org(catalog, word) {
            Some(o) if o.is_member_state() == member_state => ids.push(o.id),
            _ => unknown.push(word.chars().take(60).collect::<String>()),
        }
    }
    if unknown.is_empty() {
        Ok(ids)
    } else {
        Err(unknown.join(", "))
    }
}

pub(crate) fn date(
    s: &str,
    field: &'static str,
    bad: &mut Vec<Invalid>,
) -> Option<chrono::NaiveDate> {
    match s.trim() {
        "" => None,
        s => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                bad.push(Invalid::new(field, "project-date-invalid"));
                None
            }
        },
    }
}

/// Checks a project's input against the reference data. `v` is the person who adds or
/// changes it (`None`: the command line or an administrator's import, which may name any
/// lead and any resource). Resources the person may not read are refused.
pub async fn fields(app: &App, v: Option<&Viewer>, i: &Input) -> Outcome<Fields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let code = i.code.trim().to_string();
    if code.is_empty() {
        bad.push(Invalid::new("code", "project-code-required"));
    } else if code.chars().count() > CODE_MAX
        || !code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    {
        bad.push(Invalid::new("code", "project-code-invalid"));
    }
    let title = i.title.trim().to_string();
    if title.is_empty() {
        bad.push(Invalid::new("title", "project-title-required"));
    } else if title.chars().count() > TITLE_MAX {
        bad.push(Invalid::new("title", "project-title-too-long"));
    }
    let summary = i.summary.trim().to_string();
    if summary.chars().count() > SUMMARY_MAX {
        bad.push(Invalid::new("summary", "project-summary-too-long"));
    }
    let status = match i.status.trim() {
        "" => "pipeline".to_string(),
        s if STATUSES.contains(&s) => s.to_string(),
        _ => return Err(Problem::BadRequest),
    };
    let lead_org = match (v, i.lead.trim()) {
        (Some(v), "") if !v.is_admin() => v.org.0,
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
        if lead_org != 0 && !can_edit_project(v, OrgId(lead_org)) {
            return Err(Problem::Forbidden);
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
    let requested_usd = match i.requested.trim() {
        "" => 0,
        s => parse_usd(s).unwrap_or_else(|| {
            bad.push(Invalid::new("requested", "project-amount-invalid").with("value", s));
            0
        }),
    };
    let starts_on = date(&i.starts_on, "starts_on", &mut bad);
    let ends_on = date(&i.ends_on, "ends_on", &mut bad);
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        if e < s {
            bad.push(Invalid::new("ends_on", "project-ends-before-start"));
        }
    }
    let contact = match i.contact.trim() {
        "" => None,
        email => match gctcp_store::accounts::by_email(&app.db, email).await? {
            Some(a) if a.status == "active" => Some(a.id),
            _ => {
                bad.push(Invalid::new("contact", "project-contact-unknown"));
                None
            }
        },
    };
    let mut donors = Vec::new();
    for (name, amount) in &i.donors {
        let (name, amount) = (name.trim(), amount.trim());
        if name.is_empty() && amount.is_empty() {
            continue;
        }
        if name.is_empty() {
            bad.push(Invalid::new("donors", "project-donor-name-required"));
            continue;
        }
        if name.chars().count() > DONOR_MAX {
            bad.push(Invalid::new("donors", "project-donor-too-long"));
            continue;
        }
        match parse_usd(amount) {
            Some(a) => donors.push(Donor {
                name: name.to_string(),
                amount: a,
            }),
            None => {
                bad.push(Invalid::new("donors", "project-donor-amount-invalid").with("donor", name))
            }
        }
    }
    if donors.len() > DONORS_MAX {
        bad.push(Invalid::new("donors", "project-donors-too-many").with("max", DONORS_MAX));
    }
    let (resources, unknown) = linked_resources(app, v, &i.resources).await?;
    for word in unknown {
        bad.push(Invalid::new("resources", "project-resource-unknown").with("resource", word));
    }
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    Ok(Fields {
        code,
        title,
        summary,
        status,
        lead_org,
        requested_usd,
        starts_on,
        ends_on,
        contact,
        partners,
        countries,
        regions,
        pillars,
        themes,
        donors,
        resources,
    })
}

/// The library resources a text names (their numbers or links, separated by spaces,
/// commas or lines) that `v` may read (`None`: any that is not deleted), and the words
/// that name none.
pub(crate) async fn linked_resources(
    app: &App,
    v: Option<&Viewer>,
    text: &str,
) -> Outcome<(Vec<i64>, Vec<String>)> {
    let mut ids = Vec::new();
    let mut unknown = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let digits = word.rsplit("/library/").next().unwrap_or(word);
        let digits: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
        let readable = match (digits.parse::<i64>(), v) {
            (Ok(id), Some(v)) => crate::library::readable(app, v, id).await.ok().map(|_| id),
            (Ok(id), None) => gctcp_store::library::get(&app.db, id)
                .await?
                .filter(|r| r.r.deleted_at.is_none())
                .map(|_| id),
            _ => None,
        };
        match readable {
            Some(id) => ids.push(id),
            None => unknown.push(word.chars().take(80).collect::<String>()),
        }
    }
    Ok((ids, unknown))
}

/// Whether the viewer may add projects (administrators, Compact entities' focal points).
pub async fn may_add(app: &App, v: &Viewer) -> Outcome<bool> {
    let catalog = app.catalog().await?;
    let entity = catalog.org(v.org).is_some_and(|o| !o.is_member_state());
    Ok(can_add_project(v, entity))
}

fn code_taken() -> Problem {
    Problem::Invalid(vec![Invalid::new("code", "project-code-taken")])
}

/// Adds a project (`actor`: a person by the policy, or the command line).
pub async fn create(app: &App, actor: &Actor, i: &Input) -> Outcome<i64> {
    if let Some(v) = &actor.viewer {
        if !may_add(app, v).await? {
            return Err(Problem::Forbidden);
        }
    }
    let f = fields(app, actor.viewer.as_ref(), i).await?;
    let mut tx = app.db.begin().await?;
    if projects::id_by_code(&mut tx, &f.code).await?.is_some() {
        return Err(code_taken());
    }
    let id = projects::insert(&mut tx, &f, actor.id())
        .await
        .map_err(taken_on_race)?;
    let detail = format!("project={id} code={}", f.code);
    audit::append(&mut tx, actor.audit("project.created", None, detail)).await?;
    tx.commit().await.map_err(taken_on_race)?;
    Ok(id)
}

/// Two people adding the same code at once: the second is told, as if it had been seen.
fn taken_on_race(e: StoreError) -> Problem {
    if e.is_conflict() {
        code_taken()
    } else {
        e.into()
    }
}

/// The compendium as this request sees it.
pub async fn compendium(app: &App) -> Outcome<Arc<Compendium>> {
    Ok(app.projects.snapshot(&app.db).await?)
}

/// One project (every focal point reads every project).
pub async fn readable(app: &App, id: i64) -> Outcome<Arc<Project>> {
    compendium(app)
        .await?
        .get(id)
        .cloned()
        .ok_or(Problem::NotFound)
}

pub fn may_edit(v: &Viewer, p: &Project) -> bool {
    can_edit_project(v, OrgId(p.f.lead_org))
}

/// Changes a project: its lead entity's focal points (who cannot hand it to another
/// lead) and administrators.
pub async fn update(app: &App, actor: &Actor, id: i64, i: &Input) -> Outcome<()> {
    let p = readable(app, id).await?;
    if let Some(v) = &actor.viewer {
        if !may_edit(v, &p) {
            return Err(Problem::Forbidden);
        }
    }
    let f = fields(app, actor.viewer.as_ref(), i).await?;
    let mut tx = app.db.begin().await?;
    if projects::id_by_code(&mut tx, &f.code)
        .await?
        .is_some_and(|other| other != id)
    {
        return Err(code_taken());
    }
    projects::update(&mut tx, id, &f)
        .await
        .map_err(taken_on_race)?;
    let detail = format!("project={id} code={} status={}", f.code, f.status);
    audit::append(&mut tx, actor.audit("project.changed", None, detail)).await?;
    tx.commit().await.map_err(taken_on_race)?;
    Ok(())
}
