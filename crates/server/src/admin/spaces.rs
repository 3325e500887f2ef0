use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use gctcp_app::spaces as ops;
use gctcp_app::{Actor, Problem};
use gctcp_domain::{AccountId, SpaceId, SpaceRole};
use gctcp_store::spaces::{self, Lead, Member, Space};
use serde::Deserialize;

page!(SpacesPage);
#[derive(Template)]
#[template(path = "admin/spaces.html")]
pub struct SpacesPage {
    ctx: Ctx,
    spaces: Vec<Space>,
    leads: Vec<Lead>,
    counts: std::sync::Arc<gctcp_store::directory_index::Counts>,
}

impl SpacesPage {
    pub fn members(&self, space: &i64) -> i64 {
        self.counts.space(*space)
    }

    pub fn leads_of(&self, space: &i64) -> Vec<&Lead> {
        self.leads.iter().filter(|l| l.space_id == *space).collect()
    }
}

pub async fn list(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
) -> AppResult<Response> {
    let spaces = spaces::list(&state.db).await?;
    let leads = spaces::entity_leads(&state.db).await?;
    let counts = state.directory.counts(&state.db).await?;
    Ok(SpacesPage {
        ctx: ctx.with_section("admin"),
        spaces,
        leads,
        counts,
    }
    .into_response())
}

page!(SpacePage);
#[derive(Template)]
#[template(path = "admin/space.html")]
pub struct SpacePage {
    ctx: Ctx,
    space: Space,
    members: Vec<Member>,
    roles: &'static [SpaceRole],
    email: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct SpaceQuery {
    done: Option<String>,
}

const NOTICES: &[&str] = &["added", "role-changed", "removed", "unchanged"];

async fn space_page(state: &AppState, ctx: Ctx, id: i64) -> AppResult<SpacePage> {
    let space = spaces::by_id(&state.db, SpaceId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let members = spaces::members(&state.db, SpaceId(id)).await?;
    Ok(SpacePage {
        ctx: ctx.with_section("admin"),
        space,
        members,
        roles: SpaceRole::ALL,
        email: String::new(),
        error: None,
        notice: None,
    })
}

pub async fn show(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<SpaceQuery>,
) -> AppResult<Response> {
    let notice = q
        .done
        .filter(|d| NOTICES.contains(&d.as_str()))
        .map(|d| ctx.t(&format!("space-notice-{d}")));
    let mut page = space_page(&state, ctx, id).await?;
    page.notice = notice;
    Ok(page.into_response())
}

#[derive(Deserialize)]
pub struct MemberForm {
    email: String,
    role: String,
}

/// Adds a person to a space, or changes their role there.
pub async fn set_member(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    spaces::by_id(&state.db, SpaceId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let role = SpaceRole::parse(&form.role).ok_or(AppError::BadRequest)?;
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    let change = match ops::set_member(&state, &actor, SpaceId(id), &form.email, role).await {
        Ok(c) => c,
        Err(Problem::Invalid(problems)) => {
            let error = crate::auth::messages(&ctx, &problems).into_iter().next();
            let mut page = space_page(&state, ctx, id).await?;
            page.email = form.email;
            page.error = error;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    let done = match change {
        spaces::MembershipChange::Added => "added",
        spaces::MembershipChange::RoleChanged => "role-changed",
        _ => "unchanged",
    };
    Ok(Redirect::to(&format!("/admin/spaces/{id}?done={done}")).into_response())
}

pub async fn remove_member(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path((id, account)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    ops::remove_member(&state, &actor, SpaceId(id), AccountId(account)).await?;
    Ok(Redirect::to(&format!("/admin/spaces/{id}?done=removed")).into_response())
}
