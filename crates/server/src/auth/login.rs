use crate::error::AppResult;
use crate::http::extract::ClientIp;
use crate::http::page::page;
use crate::http::redirect::safe_next;
use crate::session::Session;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use gctcp_app::auth::{self, SignIn};
use serde::Deserialize;

page!(LoginPage);
#[derive(Template)]
#[template(path = "auth/login.html")]
pub struct LoginPage {
    ctx: Ctx,
    email: String,
    next: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    ended: Option<String>,
    signed_out: Option<String>,
}

pub async fn login_form(ctx: Ctx, Query(q): Query<LoginQuery>) -> Response {
    if ctx.user.is_some() {
        return Redirect::to(&safe_next(q.next.as_deref())).into_response();
    }
    let notice = if q.ended.is_some() {
        Some(ctx.t("login-session-ended"))
    } else if q.signed_out.is_some() {
        Some(ctx.t("login-signed-out"))
    } else {
        None
    };
    LoginPage {
        next: safe_next(q.next.as_deref()),
        email: String::new(),
        error: None,
        notice,
        ctx,
    }
    .into_response()
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

fn minutes_until(until: DateTime<Utc>) -> i64 {
    ((until - Utc::now()).num_seconds() + 59)
        .div_euclid(60)
        .max(1)
}

pub async fn login_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    session: axum::Extension<Session>,
    ClientIp(ip): ClientIp,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let next = safe_next(form.next.as_deref());
    let page = |ctx: Ctx, status: StatusCode, error: String| {
        (
            status,
            LoginPage {
                ctx,
                email: form.email.trim().chars().take(254).collect(),
                next: next.clone(),
                error: Some(error),
                notice: None,
            },
        )
            .into_response()
    };
    match auth::sign_in(&state, &form.email, &form.password, ip.as_deref()).await? {
        SignIn::Signed(account) => {
            session.sign_in(account);
            Ok(Redirect::to(&next).into_response())
        }
        SignIn::Throttled(until) => {
            let msg = ctx.tn("login-throttled", "minutes", minutes_until(until));
            Ok(page(ctx, StatusCode::TOO_MANY_REQUESTS, msg))
        }
        SignIn::Failed => {
            let msg = ctx.t("login-failed");
            Ok(page(ctx, StatusCode::UNAUTHORIZED, msg))
        }
    }
}

/// Signing out destroys the server-side session (not just the cookie).
pub async fn logout(
    State(state): State<AppState>,
    session: axum::Extension<Session>,
    ClientIp(ip): ClientIp,
) -> AppResult<Response> {
    if let Some(id) = session.account_id() {
        auth::signed_out(&state, id, ip.as_deref()).await?;
    }
    session.sign_out();
    Ok(Redirect::to("/login?signed_out=1").into_response())
}
