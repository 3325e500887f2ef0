//! Adding and changing a project. Administrators choose the lead entity; a Compact
//! entity's focal points add and change the projects their entity leads.

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::projects::{self as ops, Input};
use gctcp_app::{Actor, Problem};
use gctcp_domain::project::STATUSES;
use gctcp_store::catalog::Catalog;
use gctcp_store::orgs::Org;
use std::sync::Arc;

/// Blank donor rows the form offers beyond those already given.
const BLANK_DONORS: usize = 3;

page!(FormPage);
#[derive(Template)]
#[template(path = "projects/form.html")]
pub struct FormPage {
    ctx: Ctx,
    /// None: a new project.
    id: Option<i64>,
    input: Input,
    errors: Vec<String>,
    catalog: Arc<Catalog>,
    /// Compact entities in the reader's collation.
    entities: Vec<Org>,
    regions: Vec<(String, String)>,
    statuses: [&'static str; 3],
    /// Administrators choose the lead; others lead with their own entity.
    choose_lead: bool,
    own_entity: String,
    donors: Vec<(String, String)>,
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
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
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
    let mut donors = input.donors.clone();
    donors.extend(std::iter::repeat_n(
        (String::new(), String::new()),
        BLANK_DONORS,
    ));
    Ok(FormPage {
        choose_lead: user.viewer.is_admin(),
        own_entity: catalog
            .org(user.viewer.org)
            .map(|o| format!("{} ({})", o.name(ctx.lang), o.code))
            .unwrap_or_default(),
        ctx: ctx.with_section("projects"),
        id,
        input,
        errors,
        entities,
        regions,
        statuses: STATUSES,
        donors,
        catalog,
    })
}

fn input(form: &FormFields) -> Input {
    let all = |k: &str| form.all(k).into_iter().map(str::to_string).collect();
    let names = form.all("donor_name");
    let amounts = form.all("donor_amount");
    Input {
        code: form.get("code").to_string(),
        title: form.get("title").to_string(),
        summary: form.get("summary").to_string(),
        status: form.get("status").to_string(),
        lead: form.get("lead").to_string(),
        partners: form.all("partners").join(","),
        countries: form.get("countries").to_string(),
        regions: all("regions"),
        pillars: all("pillars"),
        themes: all("themes"),
        requested: form.get("requested").to_string(),
        starts_on: form.get("starts_on").to_string(),
        ends_on: form.get("ends_on").to_string(),
        contact: form.get("contact").to_string(),
        donors: (0..names.len().max(amounts.len()))
            .map(|i| {
                (
                    names.get(i).copied().unwrap_or("").to_string(),
                    amounts.get(i).copied().unwrap_or("").to_string(),
                )
            })
            .collect(),
        resources: form.get("resources").to_string(),
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
    let fresh = Input {
        status: "pipeline".into(),
        ..Input::default()
    };
    Ok(page(&state, &user, ctx, None, fresh, vec![])
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
        Ok(id) => Ok(Redirect::to(&format!("/projects/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = page(&state, &user, ctx, None, i, errors).await?;
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
    let p = ops::readable(&state, id).await?;
    if !ops::may_edit(&user.viewer, &p) {
        return Err(Problem::Forbidden.into());
    }
    let catalog = state.catalog().await?;
    let contact = match p.f.contact {
        Some(a) => gctcp_store::accounts::by_id(&state.db, gctcp_domain::AccountId(a))
            .await?
            .map(|a| a.email),
        None => None,
    };
    let i = Input::of(&catalog, &p, contact);
    Ok(page(&state, &user, ctx, Some(id), i, vec![])
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
        Ok(()) => Ok(Redirect::to(&format!("/projects/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = page(&state, &user, ctx, Some(id), i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
