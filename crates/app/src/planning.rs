//! Joint planning: a space's members propose work-plan items, its leads (chairs,
//! co-chairs, vice-chairs) agree them, change their status and set their order, each
//! member organization scores their importance (1–5); the joint work programme gathers
//! every space the reader may read. Decided by the one policy (`can_in_space`).

use crate::problem::Outcome;
use crate::{spaces, Actor, App, Invalid, Problem};
use gctcp_domain::policy::{can_in_space, SpaceAction, Viewer};
use gctcp_domain::{OrgId, SpaceId};
use gctcp_store::planning::{self, Fields, Item};
use gctcp_store::{audit, spaces::Space};

pub const STATUSES: [&str; 5] = ["proposed", "agreed", "in_progress", "done", "dropped"];
const TITLE_MAX: usize = 200;
const DESCRIPTION_MAX: usize = 4000;

use crate::spaces::info;

fn viewer(actor: &Actor) -> Outcome<&Viewer> {
    actor.viewer.as_ref().ok_or(Problem::Forbidden)
}

/// What the form sends, before it is trusted.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub title: String,
    pub description: String,
    pub lead_org: String,
    pub pillar: String,
    pub status: String,
    pub target_date: String,
    pub orgs: Vec<String>,
    pub themes: Vec<String>,
    /// Library resources: their numbers or links, one per line.
    pub resources: String,
}

/// Checks the form against the reference data; resources the actor may not read are
/// refused (an item must not reveal them).
async fn fields(app: &App, v: &Viewer, i: &Input, may_set_status: bool) -> Outcome<Fields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let title = i.title.trim().to_string();
    if title.is_empty() {
        bad.push(Invalid::new("title", "plan-title-required"));
    } else if title.chars().count() > TITLE_MAX {
        bad.push(Invalid::new("title", "plan-title-too-long"));
    }
    let description = i.description.trim().to_string();
    if description.chars().count() > DESCRIPTION_MAX {
        bad.push(Invalid::new("description", "plan-description-too-long"));
    }
    let org = |s: &str| -> Option<i64> {
        let id = s.trim().parse().ok()?;
        catalog.org(OrgId(id)).map(|o| o.id)
    };
    let lead_org = match i.lead_org.trim() {
        "" => None,
        s => match org(s) {
            Some(o) => Some(o),
            None => return Err(Problem::BadRequest),
        },
    };
    let mut orgs = Vec::new();
    for s in &i.orgs {
        orgs.push(org(s).ok_or(Problem::BadRequest)?);
    }
    let mut themes = Vec::new();
    for s in &i.themes {
        let id: i64 = s.trim().parse().map_err(|_| Problem::BadRequest)?;
        catalog.theme(id).ok_or(Problem::BadRequest)?;
        themes.push(id);
    }
    let pillar = match i.pillar.trim() {
        "" => None,
        s => Some(
            s.parse::<i64>()
                .ok()
                .filter(|p| (1..=4).contains(p))
                .ok_or(Problem::BadRequest)?,
        ),
    };
    let status = match i.status.trim() {
        "" => "proposed".to_string(),
        s if STATUSES.contains(&s) => s.to_string(),
        _ => return Err(Problem::BadRequest),
    };
    if status != "proposed" && !may_set_status {
        return Err(Problem::Forbidden);
    }
    let target_date = match i.target_date.trim() {
        "" => None,
        s => match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                bad.push(Invalid::new("target_date", "plan-date-invalid"));
                None
            }
        },
    };
    let mut resources = Vec::new();
    for line in i
        .resources
        .split(|c: char| c == '\n' || c == ',' || c.is_whitespace())
    {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let digits = line.rsplit("/library/").next().unwrap_or(line);
        let digits: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
        match digits.parse::<i64>() {
            Ok(id) if crate::library::readable(app, v, id).await.is_ok() => {
                if !resources.contains(&id) {
                    resources.push(id)
                }
            }
            _ => {
                bad.push(Invalid::new("resources", "plan-resource-unknown").with("resource", line))
            }
        }
    }
    orgs.sort_unstable();
    orgs.dedup();
    themes.sort_unstable();
    themes.dedup();
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    Ok(Fields {
        title,
        description,
        lead_org,
        pillar,
        status,
        target_date,
        orgs,
        themes,
        resources,
    })
}

/// A member proposes an item (leads may give it any status).
pub async fn create(app: &App, actor: &Actor, space_id: SpaceId, i: &Input) -> Outcome<i64> {
    let v = viewer(actor)?;
    let s = spaces::space(app, space_id).await?;
    if !can_in_space(v, info(&s), SpaceAction::Contribute) {
        return Err(Problem::Forbidden);
    }
    let lead = can_in_space(v, info(&s), SpaceAction::ManageMembers);
    let f = fields(app, v, i, lead).await?;
    let mut tx = app.db.begin().await?;
    let id = planning::insert(&mut tx, space_id, &f, Some(v.id)).await?;
    let detail = format!("space={} item={id}", space_id.0);
    audit::append(&mut tx, actor.audit("plan.item_created", None, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// An item with its space, if the viewer may read the space.
pub async fn readable(app: &App, v: &Viewer, id: i64) -> Outcome<(Item, Space)> {
    let item = planning::get(&app.db, id).await?.ok_or(Problem::NotFound)?;
    let s = spaces::space(app, SpaceId(item.space_id)).await?;
    if !can_in_space(v, info(&s), SpaceAction::View) {
        return Err(Problem::NotFound);
    }
    Ok((item, s))
}

/// Whether the viewer may edit this item: the space's leads, or its author while it is
/// still only proposed.
pub fn may_edit(v: &Viewer, s: &Space, item: &Item) -> bool {
    can_in_space(v, info(s), SpaceAction::ManageMembers)
        || (item.created_by == Some(v.id.0)
            && item.status == "proposed"
            && can_in_space(v, info(s), SpaceAction::Contribute))
}

pub async fn update(app: &App, actor: &Actor, id: i64, i: &Input) -> Outcome<i64> {
    let v = viewer(actor)?;
    let (item, s) = readable(app, v, id).await?;
    if !may_edit(v, &s, &item) {
        return Err(Problem::Forbidden);
    }
    let lead = can_in_space(v, info(&s), SpaceAction::ManageMembers);
    let f = fields(app, v, i, lead).await?;
    let mut tx = app.db.begin().await?;
    planning::update(&mut tx, id, &f).await?;
    let detail = format!("space={} item={id} status={}", s.id, f.status);
    audit::append(&mut tx, actor.audit("plan.item_changed", None, detail)).await?;
    tx.commit().await?;
    Ok(item.space_id)
}

/// Where a lead moves an item.
#[derive(Clone, Copy, Debug)]
pub enum Move {
    Up,
    Down,
    /// To this place (1 = first): drag and drop.
    To(usize),
}

/// A lead moves an item in the plan.
pub async fn move_item(app: &App, actor: &Actor, id: i64, to: Move) -> Outcome<i64> {
    let v = viewer(actor)?;
    let (item, s) = readable(app, v, id).await?;
    if !can_in_space(v, info(&s), SpaceAction::ManageMembers) {
        return Err(Problem::Forbidden);
    }
    let mut tx = app.db.begin().await?;
    match to {
        Move::Up => planning::move_item(&mut tx, id, true).await?,
        Move::Down => planning::move_item(&mut tx, id, false).await?,
        Move::To(n) => planning::move_to(&mut tx, id, n).await?,
    };
    tx.commit().await?;
    Ok(item.space_id)
}

/// A member scores an item's importance for their organization (1–5; a new score
/// replaces the organization's previous one).
pub async fn score(app: &App, actor: &Actor, id: i64, score: i64) -> Outcome<i64> {
    let v = viewer(actor)?;
    let (item, s) = readable(app, v, id).await?;
    if !can_in_space(v, info(&s), SpaceAction::Contribute) {
        return Err(Problem::Forbidden);
    }
    if !(1..=5).contains(&score) {
        return Err(Problem::invalid("score", "plan-score-invalid"));
    }
    let mut tx = app.db.begin().await?;
    planning::score(&mut tx, id, v.org.0, score, v.id).await?;
    tx.commit().await?;
    Ok(item.space_id)
}

/// A space's plan, if the viewer may read the space.
pub async fn plan(app: &App, v: &Viewer, space_id: SpaceId) -> Outcome<(Space, Vec<Item>)> {
    let s = spaces::space(app, space_id).await?;
    if !can_in_space(v, info(&s), SpaceAction::View) {
        return Err(Problem::NotFound);
    }
    Ok((s, planning::of_space(&app.db, space_id).await?))
}

/// The joint work programme: every item of every space the viewer may read.
pub async fn programme(app: &App, v: &Viewer) -> Outcome<Vec<Item>> {
    let catalog = app.catalog().await?;
    let readable: Vec<i64> = catalog
        .spaces
        .iter()
        .filter(|s| can_in_space(v, info(s), SpaceAction::View))
        .map(|s| s.id)
        .collect();
    Ok(planning::of_spaces(&app.db, &readable).await?)
}

/// Mean score (one decimal) and how many organizations gave each score 1–5.
pub fn scores(item: &Item) -> (Option<f64>, [usize; 5]) {
    let list = item.score_list();
    let mut dist = [0usize; 5];
    for (_, s) in &list {
        if (1..=5).contains(s) {
            dist[(*s - 1) as usize] += 1;
        }
    }
    let mean = (!list.is_empty())
        .then(|| list.iter().map(|(_, s)| *s as f64).sum::<f64>() / list.len() as f64);
    (mean.map(|m| (m * 10.0).round() / 10.0), dist)
}
