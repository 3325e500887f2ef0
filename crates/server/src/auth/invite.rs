use super::new_password_problem;
use crate::error::AppResult;
use crate::session::Session;
use crate::state::AppState;
use crate::token;
use crate::web::{ClientIp, Ctx};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::password;
use gctcp_store::invitations::{self, FirstAdmin, SetupOutcome};
use gctcp_store::orgs;
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "auth/invite.html")]
pub struct InvitePage {
    ctx: Ctx,
    name: String,
    email: String,
    action: String,
    error: Option<String>,
    /// Choosing a new password after a reset, not activating an account.
    reset: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/link_invalid.html")]
pub struct LinkInvalidPage {
    ctx: Ctx,
}

fn link_invalid(ctx: Ctx) -> Response {
    (StatusCode::NOT_FOUND, LinkInvalidPage { ctx }).into_response()
}

pub async fn invite_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tok): Path<String>,
) -> AppResult<Response> {
    match invitations::find_valid(&state.db, &token::hash(&tok)).await? {
        Some(inv) if inv.account_id.is_some() => Ok(InvitePage {
            reset: inv.is_reset(),
            name: inv.display_name.unwrap_or_default(),
            email: inv.email.unwrap_or_default(),
            action: format!("/invite/{tok}"),
            error: None,
            ctx,
        }
        .into_response()),
        _ => Ok(link_invalid(ctx)),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    password: String,
    password_confirm: String,
}

pub async fn invite_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Extension(session): Extension<Session>,
    ClientIp(ip): ClientIp,
    Path(tok): Path<String>,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Some(inv) = invitations::find_valid(&state.db, &token::hash(&tok))
        .await?
        .filter(|i| i.account_id.is_some())
    else {
        return Ok(link_invalid(ctx));
    };
    let email = inv.email.clone().unwrap_or_default();
    let name = inv.display_name.clone().unwrap_or_default();
    if let Some(key) = new_password_problem(&form.password, &form.password_confirm, &email, &name) {
        let error = Some(ctx.tn(key, "min", password::MIN_CHARS as i64));
        let page = InvitePage {
            name,
            email,
            action: format!("/invite/{tok}"),
            error,
            reset: inv.is_reset(),
            ctx,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let hash = state
        .hasher
        .hash(password::normalize(&form.password))
        .await?;
    match invitations::accept(&state.db, inv.id, &hash, ip.as_deref()).await? {
        Some(account) => {
            session.sign_in(account);
            Ok(Redirect::to("/?welcome=1").into_response())
        }
        None => Ok(link_invalid(ctx)),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/setup.html")]
pub struct SetupPage {
    ctx: Ctx,
    action: String,
    name: String,
    email: String,
    org: String,
    errors: Vec<String>,
}

pub async fn setup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tok): Path<String>,
) -> AppResult<Response> {
    match invitations::find_valid(&state.db, &token::hash(&tok)).await? {
        Some(inv) if inv.account_id.is_none() => Ok(SetupPage {
            action: format!("/setup/{tok}"),
            name: String::new(),
            email: String::new(),
            org: "UNOCT".into(),
            errors: vec![],
            ctx,
        }
        .into_response()),
        _ => Ok(link_invalid(ctx)),
    }
}

#[derive(Deserialize)]
pub struct SetupForm {
    name: String,
    email: String,
    org: String,
    password: String,
    password_confirm: String,
}

pub async fn setup_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Extension(session): Extension<Session>,
    ClientIp(ip): ClientIp,
    Path(tok): Path<String>,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    let Some(inv) = invitations::find_valid(&state.db, &token::hash(&tok))
        .await?
        .filter(|i| i.account_id.is_none())
    else {
        return Ok(link_invalid(ctx));
    };
    let email = normalize_email(&form.email);
    let name = form.name.trim().to_string();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(ctx.t("provision-name-required"));
    }
    if !is_plausible_email(&email) {
        errors.push(ctx.t("provision-invalid-email"));
    }
    let org = orgs::by_code(&state.db, &form.org).await?;
    if org.is_none() {
        errors.push(ctx.t("provision-unknown-org"));
    }
    if let Some(key) = new_password_problem(&form.password, &form.password_confirm, &email, &name) {
        errors.push(ctx.tn(key, "min", password::MIN_CHARS as i64));
    }
    let rerender = |ctx: Ctx, errors: Vec<String>| {
        let page = SetupPage {
            action: format!("/setup/{tok}"),
            name: name.clone(),
            email: form.email.trim().to_string(),
            org: form.org.trim().to_string(),
            errors,
            ctx,
        };
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    };
    let Some(org) = org.filter(|_| errors.is_empty()) else {
        return Ok(rerender(ctx, errors));
    };
    let hash = state
        .hasher
        .hash(password::normalize(&form.password))
        .await?;
    let admin = FirstAdmin {
        email: &email,
        display_name: &name,
        org: org.org_id(),
        password_hash: &hash,
    };
    match invitations::complete_setup(&state.db, inv.id, &admin, ip.as_deref()).await? {
        SetupOutcome::Created(id) => {
            session.sign_in(id);
            Ok(Redirect::to("/?welcome=1").into_response())
        }
        SetupOutcome::EmailTaken => {
            let msg = ctx.t("provision-duplicate-email");
            Ok(rerender(ctx, vec![msg]))
        }
        SetupOutcome::LinkInvalid => Ok(link_invalid(ctx)),
    }
}
