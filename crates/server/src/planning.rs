//! Joint planning pages: a space's plan (order, scores, a form to propose), one item
//! (its details and, for who may, its form), moving and scoring, and the joint work
//! programme across spaces (printable, and as CSV).

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::planning::{self as ops, Input};
use gctcp_app::{Actor, Problem};
use gctcp_domain::policy::SpaceAction;
use gctcp_domain::{OrgId, SpaceId};
use gctcp_store::catalog::Catalog;
use gctcp_store::planning::Item;
use gctcp_store::spaces::Space;
use std::sync::Arc;

/// An item as a list shows it.
pub struct Row {
    pub item: Item,
    pub lead: String,
    pub space: String,
    pub pillar: String,
    pub mean: Option<f64>,
    pub dist: [usize; 5],
    pub mine: Option<i64>,
    pub contributors: Vec<String>,
}

fn row(catalog: &Catalog, lang: &str, my_org: i64, item: Item) -> Row {
    let (mean, dist) = ops::scores(&item);
    let org_name = |id: i64| {
        catalog
            .org(OrgId(id))
            .map(|o| o.code.clone())
            .unwrap_or_default()
    };
    Row {
        lead: item.lead_org_id.map(org_name).unwrap_or_default(),
        space: catalog
            .space(SpaceId(item.space_id))
            .map(|s| s.name(lang).to_string())
            .unwrap_or_default(),
        pillar: item
            .pillar
            .and_then(|p| catalog.pillar(p))
            .map(|p| p.name(lang).to_string())
            .unwrap_or_default(),
        mine: item
            .score_list()
            .into_iter()
            .find(|(o, _)| *o == my_org)
            .map(|(_, s)| s),
        contributors: item.org_ids().into_iter().map(org_name).collect(),
        mean,
        dist,
        item,
    }
}

page!(PlanPage);
#[derive(Template)]
#[template(path = "planning/plan.html")]
pub struct PlanPage {
    ctx: Ctx,
    space: Space,
    rows: Vec<Row>,
    can_propose: bool,
    can_order: bool,
    form: FormView,
    errors: Vec<String>,
}

/// The item form's choices and values.
pub struct FormView {
    pub catalog: Arc<Catalog>,
    pub input: Input,
    pub statuses: Vec<&'static str>,
}

impl FormView {
    fn new(catalog: Arc<Catalog>, input: Input, lead: bool) -> FormView {
        FormView {
            catalog,
            input,
            statuses: if lead {
                ops::STATUSES.to_vec()
            } else {
                vec!["proposed"]
            },
        }
    }
    fn has_org(&self, id: &i64) -> bool {
        self.input.orgs.iter().any(|o| o == &id.to_string())
    }
    fn has_theme(&self, id: &i64) -> bool {
        self.input.themes.iter().any(|t| t == &id.to_string())
    }
    fn is_lead(&self, id: &i64) -> bool {
        self.input.lead_org == id.to_string()
    }
    fn is_pillar(&self, n: &i64) -> bool {
        self.input.pillar == n.to_string()
    }
}

fn input(form: &FormFields) -> Input {
    let all = |k: &str| form.all(k).into_iter().map(str::to_string).collect();
    Input {
        title: form.get("title").to_string(),
        description: form.get("description").to_string(),
        lead_org: form.get("lead_org").to_string(),
        pillar: form.get("pillar").to_string(),
        status: form.get("status").to_string(),
        target_date: form.get("target_date").to_string(),
        orgs: all("orgs"),
        themes: all("themes"),
        resources: form.get("resources").to_string(),
    }
}

async fn plan_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    form: Input,
    errors: Vec<String>,
) -> AppResult<PlanPage> {
    let (space, items) = ops::plan(state, &user.viewer, SpaceId(id)).await?;
    let catalog = state.catalog().await?;
    let actor = Actor::person(&user.viewer, None);
    let can_order = gctcp_app::spaces::may(&actor, &space, SpaceAction::ManageMembers);
    let rows = items
        .into_iter()
        .map(|i| row(&catalog, ctx.lang, user.viewer.org.0, i))
        .collect();
    Ok(PlanPage {
        can_propose: gctcp_app::spaces::may(&actor, &space, SpaceAction::Contribute),
        can_order,
        form: FormView::new(catalog, form, can_order),
        rows,
        space,
        errors,
        ctx: ctx.with_section("spaces"),
    })
}

pub async fn plan(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    Ok(plan_page(&state, &user, ctx, id, Input::default(), vec![])
        .await?
        .into_response())
}

pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    gctcp_app::spaces::space(&state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let i = input(&form);
    match ops::create(&state, &actor, SpaceId(id), &i).await {
        Ok(item) => Ok(Redirect::to(&format!("/spaces/{id}/plan#item-{item}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = plan_page(&state, &user, ctx, id, i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

page!(ItemPage);
#[derive(Template)]
#[template(path = "planning/item.html")]
pub struct ItemPage {
    ctx: Ctx,
    space: Space,
    row: Row,
    themes: Vec<String>,
    resources: Vec<(i64, String)>,
    can_edit: bool,
    form: FormView,
    errors: Vec<String>,
}

async fn item_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    form: Option<Input>,
    errors: Vec<String>,
) -> AppResult<ItemPage> {
    let (item, space) = ops::readable(state, &user.viewer, id).await?;
    let catalog = state.catalog().await?;
    let lang = ctx.lang;
    let themes = item
        .theme_ids()
        .into_iter()
        .filter_map(|t| catalog.theme(t).map(|t| t.name(lang).to_string()))
        .collect();
    let mut resources = Vec::new();
    for rid in item.resource_ids() {
        if let Ok(full) = gctcp_app::library::readable(state, &user.viewer, rid).await {
            resources.push((rid, full.r.title));
        }
    }
    let can_edit = ops::may_edit(&user.viewer, &space, &item);
    let lead = gctcp_app::spaces::may(
        &Actor::person(&user.viewer, None),
        &space,
        SpaceAction::ManageMembers,
    );
    let input = form.unwrap_or_else(|| Input {
        title: item.title.clone(),
        description: item.description.clone(),
        lead_org: item.lead_org_id.map(|o| o.to_string()).unwrap_or_default(),
        pillar: item.pillar.map(|p| p.to_string()).unwrap_or_default(),
        status: item.status.clone(),
        target_date: item.target_date.map(|d| d.to_string()).unwrap_or_default(),
        orgs: item.org_ids().iter().map(|o| o.to_string()).collect(),
        themes: item.theme_ids().iter().map(|t| t.to_string()).collect(),
        resources: resources
            .iter()
            .map(|(id, _)| format!("/library/{id}"))
            .collect::<Vec<_>>()
            .join("\n"),
    });
    Ok(ItemPage {
        row: row(&catalog, lang, user.viewer.org.0, item),
        form: FormView::new(catalog, input, lead),
        themes,
        resources,
        can_edit,
        space,
        errors,
        ctx: ctx.with_section("spaces"),
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    Ok(item_page(&state, &user, ctx, id, None, vec![])
        .await?
        .into_response())
}

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let i = input(&form);
    match ops::update(&state, &actor, id, &i).await {
        Ok(space) => Ok(Redirect::to(&format!("/spaces/{space}/plan#item-{id}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = item_page(&state, &user, ctx, id, Some(i), errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn move_item(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::readable(&state, &user.viewer, id).await?;
    let to = match form.get("direction") {
        "up" => ops::Move::Up,
        "down" => ops::Move::Down,
        "to" => ops::Move::To(
            form.get("to")
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or(crate::error::AppError::BadRequest)?,
        ),
        _ => return Err(crate::error::AppError::BadRequest),
    };
    let space = ops::move_item(&state, &actor, id, to).await?;
    Ok(Redirect::to(&format!("/spaces/{space}/plan#item-{id}")).into_response())
}

pub async fn score(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::readable(&state, &user.viewer, id).await?;
    let s: i64 = form
        .get("score")
        .parse()
        .map_err(|_| crate::error::AppError::BadRequest)?;
    let space = ops::score(&state, &actor, id, s).await?;
    Ok(Redirect::to(&format!("/spaces/{space}/plan#item-{id}")).into_response())
}

/// The items of one pillar in the joint programme.
pub struct PillarRows {
    pub name: String,
    pub rows: Vec<Row>,
}

page!(ProgrammePage);
#[derive(Template)]
#[template(path = "planning/programme.html")]
pub struct ProgrammePage {
    ctx: Ctx,
    pillars: Vec<PillarRows>,
    total: usize,
}

async fn programme_rows(state: &AppState, user: &CurrentUser, lang: &str) -> AppResult<Vec<Row>> {
    let items = ops::programme(state, &user.viewer).await?;
    let catalog = state.catalog().await?;
    Ok(items
        .into_iter()
        .map(|i| row(&catalog, lang, user.viewer.org.0, i))
        .collect())
}

pub async fn programme(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    let rows = programme_rows(&state, &user, ctx.lang).await?;
    let total = rows.len();
    let mut pillars: Vec<PillarRows> = Vec::new();
    for r in rows {
        let name = if r.pillar.is_empty() {
            ctx.t("plan-no-pillar")
        } else {
            r.pillar.clone()
        };
        match pillars.last_mut() {
            Some(p) if p.name == name => p.rows.push(r),
            _ => pillars.push(PillarRows {
                name,
                rows: vec![r],
            }),
        }
    }
    Ok(ProgrammePage {
        ctx: ctx.with_section("spaces"),
        pillars,
        total,
    }
    .into_response())
}

/// The joint programme as a spreadsheet (every cell guarded against formulas).
pub async fn programme_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    let rows = programme_rows(&state, &user, ctx.lang).await?;
    let header = [
        "plan-csv-pillar",
        "plan-csv-space",
        "plan-csv-order",
        "plan-csv-title",
        "plan-csv-status",
        "plan-csv-lead",
        "plan-csv-contributors",
        "plan-csv-target",
        "plan-csv-mean",
        "plan-csv-scores",
        "plan-csv-description",
    ]
    .map(|k| ctx.t(k));
    let mut sheet = crate::ui::csv::Sheet::new(header);
    for r in rows {
        sheet.row([
            r.pillar.clone(),
            r.space.clone(),
            r.item.position.to_string(),
            r.item.title.clone(),
            ctx.tk("plan-status-", &r.item.status, ""),
            r.lead.clone(),
            r.contributors.join("; "),
            r.item
                .target_date
                .map(|d| d.to_string())
                .unwrap_or_default(),
            r.mean.map(|m| format!("{m:.1}")).unwrap_or_default(),
            r.item.score_list().len().to_string(),
            r.item.description.clone(),
        ]);
    }
    Ok(sheet.into_response("joint-work-programme.csv"))
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/spaces/{id}/plan", get(plan).post(create))
        .route("/plan/{id}", get(show).post(update))
        .route("/plan/{id}/move", post(move_item))
        .route("/plan/{id}/score", post(score))
        .route("/programme", get(programme))
        .route("/programme.csv", get(programme_csv))
}
