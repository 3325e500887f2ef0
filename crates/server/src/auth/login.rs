use crate::error::AppResult;
use crate::session::Session;
use crate::state::AppState;
use crate::web::{safe_next, ClientIp, Ctx};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Duration, Utc};
use gctcp_domain::account::normalize_email;
use gctcp_domain::password;
use gctcp_domain::AccountStatus;
use gctcp_store::throttle::{self, Limit};
use gctcp_store::{accounts, audit};
use serde::Deserialize;

/// Per account: 5 failures within 15 minutes lock it for 15 minutes.
pub const ACCOUNT_LIMIT: Limit = Limit {
    max_failures: 5,
    window: Duration::minutes(15),
    lockout: Duration::minutes(15),
};
/// Per client address: 20 failures within 15 minutes (a shared office NAT stays usable).
pub const IP_LIMIT: Limit = Limit {
    max_failures: 20,
    window: Duration::minutes(15),
    lockout: Duration::minutes(15),
};

#[derive(Template, WebTemplate)]
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
    let mut email = normalize_email(&form.email);
    // No account's address is longer than 254 bytes (account::is_valid_email); a longer
    // entry is cut so that it can neither bloat the throttle table and audit log nor
    // exceed an index's row size. It still costs a dummy hash and gets the usual message.
    if email.len() > 254 {
        let mut end = 254;
        while !email.is_char_boundary(end) {
            end -= 1;
        }
        email.truncate(end);
    }
    let next = safe_next(form.next.as_deref());
    let account_key = format!("account:{email}");
    let ip_key = format!("ip:{}", ip.as_deref().unwrap_or("unknown"));
    let db = &state.db;

    let page = |ctx: Ctx, status: StatusCode, error: String| {
        (
            status,
            LoginPage {
                ctx,
                email: form.email.trim().to_string(),
                next: next.clone(),
                error: Some(error),
                notice: None,
            },
        )
            .into_response()
    };

    let locked = match throttle::locked_until(db, &account_key).await? {
        Some(u) => Some(u),
        None => throttle::locked_until(db, &ip_key).await?,
    };
    if let Some(until) = locked {
        audit::append(
            db,
            audit::Entry {
                event: "sign_in.throttled",
                actor: None,
                subject: None,
                ip: ip.as_deref(),
                detail: format!("email={email}"),
            },
        )
        .await?;
        let msg = ctx.tn("login-throttled", "minutes", minutes_until(until));
        return Ok(page(ctx, StatusCode::TOO_MANY_REQUESTS, msg));
    }

    let account = accounts::by_email(db, &email).await?;
    let usable_hash = account
        .as_ref()
        .filter(|a| a.status() == AccountStatus::Active)
        .and_then(|a| a.password_hash.clone());
    // Unknown, invited and deactivated accounts are checked against a dummy hash: same
    // work, same time, same message as a wrong password.
    let ok = state
        .hasher
        .verify(password::normalize(&form.password), usable_hash)
        .await?;

    if ok {
        let account = account.expect("verified against a real hash");
        throttle::clear(db, &account_key).await?;
        audit::append(
            db,
            audit::Entry {
                event: "sign_in.success",
                actor: Some(account.id),
                subject: Some(account.id),
                ip: ip.as_deref(),
                detail: String::new(),
            },
        )
        .await?;
        session.sign_in(account.account_id());
        return Ok(Redirect::to(&next).into_response());
    }

    let subject = account.as_ref().map(|a| a.id);
    audit::append(
        db,
        audit::Entry {
            event: "sign_in.failure",
            actor: None,
            subject,
            ip: ip.as_deref(),
            detail: format!("email={email}"),
        },
    )
    .await?;
    let lock_a = throttle::record_failure(db, &account_key, ACCOUNT_LIMIT).await?;
    let lock_i = throttle::record_failure(db, &ip_key, IP_LIMIT).await?;
    if let Some(until) = lock_a.or(lock_i) {
        audit::append(
            db,
            audit::Entry {
                event: "sign_in.throttled",
                actor: None,
                subject,
                ip: ip.as_deref(),
                detail: format!("email={email}"),
            },
        )
        .await?;
        let msg = ctx.tn("login-throttled", "minutes", minutes_until(until));
        return Ok(page(ctx, StatusCode::TOO_MANY_REQUESTS, msg));
    }
    let msg = ctx.t("login-failed");
    Ok(page(ctx, StatusCode::UNAUTHORIZED, msg))
}

/// Signing out destroys the server-side session (not just the cookie).
pub async fn logout(
    State(state): State<AppState>,
    session: axum::Extension<Session>,
    ClientIp(ip): ClientIp,
) -> AppResult<Response> {
    if let Some(id) = session.account_id() {
        audit::append(
            &state.db,
            audit::Entry {
                event: "sign_out",
                actor: Some(id.0),
                subject: Some(id.0),
                ip: ip.as_deref(),
                detail: String::new(),
            },
        )
        .await?;
    }
    session.sign_out();
    Ok(Redirect::to("/login?signed_out=1").into_response())
}
