//! Entering assessments and recommendations (CTED's staff, administrators), follow-up
//! notes, and the State's consents (its own focal points).

use super::show_page;
use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::recommendations::edit::{self as ops, AssessmentInput, RecommendationInput};
use gctcp_app::{Actor, Problem};
use gctcp_domain::cted::{KINDS, PRIORITIES, STATUSES};

page!(AssessmentForm);
#[derive(Template)]
#[template(path = "cted/assessment_form.html")]
pub struct AssessmentForm {
    ctx: Ctx,
    id: Option<i64>,
    input: AssessmentInput,
    errors: Vec<String>,
    /// Member States: (code, name) in the reader's collation.
    states: Vec<(String, String)>,
    kinds: [&'static str; 4],
}

impl AssessmentForm {
    fn is_state(&self, code: &str) -> bool {
        self.input.state.trim().eq_ignore_ascii_case(code)
    }
}

async fn assessment_form(
    state: &AppState,
    ctx: Ctx,
    id: Option<i64>,
    input: AssessmentInput,
    errors: Vec<String>,
) -> AppResult<AssessmentForm> {
    let catalog = state.catalog().await?;
    let mut states: Vec<(String, String)> = catalog
        .orgs
        .iter()
        .filter(|o| o.is_member_state())
        .map(|o| (o.code.clone(), o.name(ctx.lang).to_string()))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut states, |(_, n)| n);
    Ok(AssessmentForm {
        ctx: ctx.with_section("recommendations"),
        id,
        input,
        errors,
        states,
        kinds: KINDS,
    })
}

fn assessment_input(form: &FormFields) -> AssessmentInput {
    AssessmentInput {
        state: form.get("state").to_string(),
        kind: form.get("kind").to_string(),
        held_on: form.get("held_on").to_string(),
        report: form.get("report").to_string(),
    }
}

pub async fn new(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    if !ops::may_edit(&state, &user.viewer).await? {
        return Err(Problem::Forbidden.into());
    }
    let fresh = AssessmentInput {
        kind: "comprehensive_visit".into(),
        ..AssessmentInput::default()
    };
    Ok(assessment_form(&state, ctx, None, fresh, vec![])
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
    let i = assessment_input(&form);
    match ops::create_assessment(&state, &actor, &i).await {
        Ok(id) => Ok(Redirect::to(&format!("/assessments/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = assessment_form(&state, ctx, None, i, errors).await?;
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
    if !ops::may_edit(&state, &user.viewer).await? {
        return Err(Problem::Forbidden.into());
    }
    let seen = gctcp_app::recommendations::seen(&state, &user.viewer).await?;
    let a = seen
        .register
        .assessment(id)
        .cloned()
        .ok_or(Problem::NotFound)?;
    let catalog = state.catalog().await?;
    let i = AssessmentInput {
        state: catalog
            .org(gctcp_domain::OrgId(a.state_org_id))
            .map(|o| o.code.clone())
            .unwrap_or_default(),
        kind: a.kind.clone(),
        held_on: a.held_on.to_string(),
        report: a
            .report_resource_id
            .map(|r| format!("/library/{r}"))
            .unwrap_or_default(),
    };
    Ok(assessment_form(&state, ctx, Some(id), i, vec![])
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
    let i = assessment_input(&form);
    match ops::update_assessment(&state, &actor, id, &i).await {
        Ok(()) => Ok(Redirect::to(&format!("/assessments/{id}?saved=1")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = assessment_form(&state, ctx, Some(id), i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

fn recommendation_input(form: &FormFields) -> RecommendationInput {
    let one = |k: &str| form.get(k).to_string();
    RecommendationInput {
        body: one("body"),
        theme: one("theme"),
        pillar: one("pillar"),
        priority: one("priority"),
        assistance: one("assistance"),
        status: one("status"),
        projects: one("projects"),
        activities: one("activities"),
    }
}

pub async fn add_recommendation(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let i = recommendation_input(&form);
    match ops::add_recommendation(&state, &actor, id, &i).await {
        Ok(r) => Ok(Redirect::to(&format!("/assessments/{id}?saved=1#r{r}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = show_page(&state, &actor, ctx, id, None, i, errors, vec![]).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

page!(RecommendationForm);
#[derive(Template)]
#[template(path = "cted/recommendation_form.html")]
pub struct RecommendationForm {
    ctx: Ctx,
    id: i64,
    assessment: i64,
    input: RecommendationInput,
    errors: Vec<String>,
    themes: Vec<(i64, String)>,
    pillars: Vec<(i64, String)>,
    priorities: [&'static str; 3],
    statuses: [&'static str; 4],
    action: String,
}

async fn recommendation_form(
    state: &AppState,
    ctx: Ctx,
    id: i64,
    assessment: i64,
    input: RecommendationInput,
    errors: Vec<String>,
) -> AppResult<RecommendationForm> {
    let n = crate::ui::names::Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let mut themes: Vec<(i64, String)> = n
        .catalog
        .themes
        .iter()
        .map(|t| (t.id, n.theme(t.id)))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut themes, |(_, name)| name);
    let pillars = n
        .catalog
        .pillars
        .iter()
        .map(|p| (p.number, n.pillar(p.number)))
        .collect();
    Ok(RecommendationForm {
        ctx: ctx.with_section("recommendations"),
        id,
        assessment,
        input,
        errors,
        themes,
        pillars,
        priorities: PRIORITIES,
        statuses: STATUSES,
        action: format!("/recommendations/{id}/edit"),
    })
}

pub async fn edit_recommendation(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let (r, i) = ops::recommendation_input(&state, &actor, id).await?;
    Ok(
        recommendation_form(&state, ctx, id, r.assessment_id, i, vec![])
            .await?
            .into_response(),
    )
}

pub async fn update_recommendation(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let i = recommendation_input(&form);
    match ops::update_recommendation(&state, &actor, id, &i).await {
        Ok(a) => Ok(Redirect::to(&format!("/assessments/{a}?saved=1#r{id}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let (r, _) = ops::recommendation_input(&state, &actor, id).await?;
            let page = recommendation_form(&state, ctx, id, r.assessment_id, i, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn note(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::add_note(&state, &actor, id, form.get("note"), form.get("status")).await {
        Ok(a) => Ok(Redirect::to(&format!("/assessments/{a}?saved=1#r{id}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let (r, _) = ops::recommendation_input(&state, &actor, id).await?;
            let page = show_page(
                &state,
                &actor,
                ctx,
                r.assessment_id,
                None,
                Default::default(),
                errors,
                vec![],
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn grant(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::grant(&state, &actor, id, form.get("grantee"), form.get("expires")).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/assessments/{id}?saved=granted#consent")).into_response())
        }
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let page = show_page(
                &state,
                &actor,
                ctx,
                id,
                None,
                Default::default(),
                vec![],
                errors,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path((id, consent)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::revoke(&state, &actor, id, consent).await?;
    Ok(Redirect::to(&format!("/assessments/{id}?saved=revoked#consent")).into_response())
}
