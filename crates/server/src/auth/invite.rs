use super::messages;
use crate::error::AppResult;
use crate::http::extract::ClientIp;
use crate::http::page::page;
use crate::session::Session;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use gctcp_app::auth::{self, LinkUse};
use gctcp_app::Problem;
use serde::Deserialize;

page!(InvitePage);
#[derive(Template)]
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

page!(LinkInvalidPage);
#[derive(Template)]
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
    match auth::valid_link(&state, &tok, false).await? {
        Some(inv) => Ok(InvitePage {
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
    let used = auth::use_link(
        &state,
        &tok,
        &form.password,
        &form.password_confirm,
        ip.as_deref(),
    )
    .await;
    match used {
        Ok(LinkUse::Done(account)) => {
            session.sign_in(account);
            Ok(Redirect::to("/?welcome=1").into_response())
        }
        Ok(LinkUse::LinkInvalid) => Ok(link_invalid(ctx)),
        Err(Problem::Invalid(problems)) => {
            let Some(inv) = auth::valid_link(&state, &tok, false).await? else {
                return Ok(link_invalid(ctx));
            };
            let page = InvitePage {
                name: inv.display_name.clone().unwrap_or_default(),
                email: inv.email.clone().unwrap_or_default(),
                action: format!("/invite/{tok}"),
                error: messages(&ctx, &problems).into_iter().next(),
                reset: inv.is_reset(),
                ctx,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

page!(SetupPage);
#[derive(Template)]
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
    match auth::valid_link(&state, &tok, true).await? {
        Some(_) => Ok(SetupPage {
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
    let setup = auth::Setup {
        name: form.name.clone(),
        email: form.email.clone(),
        org: form.org.clone(),
        password: form.password.clone(),
        password_confirm: form.password_confirm.clone(),
    };
    match auth::complete_setup(&state, &tok, &setup, ip.as_deref()).await {
        Ok(LinkUse::Done(id)) => {
            session.sign_in(id);
            Ok(Redirect::to("/?welcome=1").into_response())
        }
        Ok(LinkUse::LinkInvalid) => Ok(link_invalid(ctx)),
        Err(Problem::Invalid(problems)) => {
            let page = SetupPage {
                action: format!("/setup/{tok}"),
                name: form.name.trim().to_string(),
                email: form.email.trim().to_string(),
                org: form.org.trim().to_string(),
                errors: messages(&ctx, &problems),
                ctx,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
