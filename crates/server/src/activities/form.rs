//! Adding and changing an activity, and writing its progress updates. Administrators
//! and the leads of a space choose the lead entity; a Compact entity's focal points add
//! the activities their entity leads.

use super::show::show_page;
use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::activities::{self as ops, Input};
use gctcp_app::{Actor, Problem};
use gctcp_domain::activity::{KINDS, STATUSES};
use gctcp_store::catalog::Catalog;
use gctcp_store::orgs::Org;
use std::sync::Arc;

page!(FormPage);
#[derive(Template)]
#[template(path = "activities/form.html")]
pub struct FormPage {
    ctx: Ctx,
    /// None: a new activity.
    id: Option<i64>,
    input: Input,
    errors: Vec<String>,
    catalog: Arc<Catalog>,
    /// Compact entities in the reader's collation.
    entities: Vec<Org>,
    regions: Vec<(String, String)>,
    /// Spaces by name in the reader's language.
    spaces: Vec<(i64, String)>,
    kinds: [&'static str; 8],
    statuses: [&'static str; 5],
}

impl FormPage {
    fn has_partner(&self, code: &str) -> bool {
        self.input
            .partners
            .split([',', ';'])
            .any(|c| c.trim().eq_ignore_ascii_case(code))
    }
    fn has_region(&self, r: &str) -> bool {
        self.input.regions.iter().any(|x| x == r)
    }
    fn has_pillar(&self, n: &i64) -> bool {
        self.input.pillars.iter().any(|x| *x == n.to_string())
    }
    fn has_theme(&self, id: &i64) -> bool {
        self.input.themes.iter().any(|x| *x == id.to_string())
    }
    fn is_lead(&self, code: &str) -> bool {
        self.input.lead.trim().eq_ignore_ascii_case(code)
    }
    fn is_space(&self, id: &i64) -> bool {
        self.input.space.trim() == id.to_string()
    }
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    id: Option<i64>,
    input: Input,
    errors: Vec<String>,
) -> AppResult<FormPage> {
    let catalog = state.catalog().await?;
    let mut entities: Vec<Org> = crate::ui::names::orgs(&catalog, ctx.lang)
        .into_iter()
        .filter(|o| !o.is_member_state())
        .collect();
    entities.dedup_by_key(|o| o.id);
    let mut regions: Vec<(String, String)> = catalog
        .regions
        .iter()
        .map(|(r, _)| (r.clone(), catalog.region_name(r, ctx.lang).to_string()))
        .collect();
    regions.dedup();
    crate::i18n::sort_by_name(ctx.lang, &mut regions, |(_, n)| n);
    let mut spaces: Vec<(i64, String)> = catalog
        .spaces
        .iter()
        .map(|s| (s.id, s.name(ctx.lang).to_string()))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut spaces, |(_, n)| n);
    Ok(FormPage {
        ctx: ctx.with_section("activities"),
        id,
        input,
        errors,
        entities,
        regions,
        spaces,
        kinds: KINDS,
        statuses: STATUSES,
        catalog,
    })
}

fn input(form: &FormFields) -> Input {
    let all = |k: &str| form.all(k).into_iter().map(str::to_string).collect();
    let one = |k: &str| form.get(k).to_string();
    Input {
        kind: one("kind"),
        title: one("title"),
        description: one("description"),
        status: one("status"),
        lead: one("lead"),
        partners: form.all("partners").join(","),
        countries: one("countries"),
        regions: all("regions"),
        pillars: all("pillars"),
        themes: all("themes"),
        space: one("space"),
        project: one("project"),
        planned_start: one("planned_start"),
        planned_end: one("planned_end"),
        actual_start: one("actual_start"),
        actual_end: one("actual_end"),
        women: one("women"),
        men: one("men"),
        others: one("others"),
        resources: one("resources"),
        events: one("events"),
    }
}

pub async fn new(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    if !ops::may_add(&state, &user.viewer).await? {
        return Err(Problem::Forbidden.into());
    }
    let catalog = state.catalog().await?;
    // Their own entity leads by default; a space's lead starts from the space.
    let own = catalog
        .org(user.viewer.org)
        .filter(|o| !o.is_member_state())
        .map(|o| o.code.clone())
        .unwrap_or_default();
    let space = user
        .viewer
        .spaces
        .iter()
        .find(|(_, r)| r.leads())
        .map(|(s, _)| s.0.to_string())
        .filter(|_| own.is_empty())
        .unwrap_or_default();
    let fresh = Input {
        status: "planned".into(),
        lead: own,
        space,
        ..Input::default()
    };
    Ok(page(&state, ctx, None, fresh, vec![])
        .await?
        .into_response())
}

pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let i = input(&form);
    match ops::create(&state, &actor, &i).await {
        Ok(id) => Ok(Redirect::to(&format!("/activities/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = page(&state, ctx, None, i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let a = ops::readable(&state, id).await?;
    if !ops::may_edit(&user.viewer, &a) {
        return Err(Problem::Forbidden.into());
    }
    let catalog = state.catalog().await?;
    let detail = ops::detail(&state, id).await?;
    let project = match a.project {
        Some(p) => gctcp_app::projects::readable(&state, p)
            .await
            .ok()
            .map(|p| p.f.code.clone()),
        None => None,
    };
    let i = Input::of(&catalog, &a, &detail.description, project.as_deref());
    Ok(page(&state, ctx, Some(id), i, vec![])
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
        Ok(()) => Ok(Redirect::to(&format!("/activities/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = page(&state, ctx, Some(id), i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// A progress update (and, with it, a new status if one is chosen).
pub async fn progress(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let body = form.get("body").to_string();
    match ops::add_progress(&state, &actor, id, &body, form.get("status")).await {
        Ok(_) => Ok(Redirect::to(&format!("/activities/{id}?updated=1#progress")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = show_page(&state, &user, ctx, ip.as_deref(), id, None, body, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
