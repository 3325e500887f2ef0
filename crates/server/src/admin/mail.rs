//! The outbox (every e-mail written, readable here when no SMTP server is configured)
//! and the job queue, for administrators: what waits, what failed and why, and sending
//! or running it again.

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::Actor;
use gctcp_store::jobs::{self, Listed};
use gctcp_store::outbox::{self, Mail};
use serde::Deserialize;

const PAGE: i64 = 50;
const STATUSES: [&str; 5] = ["kept", "queued", "sending", "sent", "failed"];
const JOB_STATUSES: [&str; 4] = ["queued", "running", "done", "failed"];

page!(OutboxPage);
#[derive(Template)]
#[template(path = "admin/outbox.html")]
pub struct OutboxPage {
    ctx: Ctx,
    delivers: bool,
    counts: Vec<(String, i64)>,
    status: String,
    to: String,
    mails: Vec<Mail>,
    statuses: [&'static str; 5],
    page: i64,
    more: bool,
}

impl OutboxPage {
    fn page_link(&self, page: i64) -> String {
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        format!(
            "?status={}&to={}&page={page}",
            enc(&self.status),
            enc(&self.to)
        )
    }
}

#[derive(Deserialize, Default)]
pub struct OutboxQuery {
    status: Option<String>,
    to: Option<String>,
    page: Option<i64>,
}

pub async fn outbox(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Query(q): Query<OutboxQuery>,
) -> AppResult<Response> {
    let status = q
        .status
        .filter(|s| STATUSES.contains(&s.as_str()))
        .unwrap_or_default();
    let to: String = q.to.unwrap_or_default().trim().chars().take(320).collect();
    let page = q.page.unwrap_or(1).clamp(1, 10_000);
    let mut mails = outbox::list(
        &state.db,
        (!to.is_empty()).then_some(to.as_str()),
        (!status.is_empty()).then_some(status.as_str()),
        PAGE + 1,
        (page - 1) * PAGE,
    )
    .await?;
    let more = mails.len() as i64 > PAGE;
    mails.truncate(PAGE as usize);
    Ok(OutboxPage {
        ctx: ctx.with_section("admin"),
        delivers: state.config.smtp_url.is_some(),
        counts: outbox::counts(&state.db).await?,
        status,
        to,
        mails,
        statuses: STATUSES,
        page,
        more,
    }
    .into_response())
}

page!(MessagePage);
#[derive(Template)]
#[template(path = "admin/outbox_message.html")]
pub struct MessagePage {
    ctx: Ctx,
    delivers: bool,
    m: Mail,
}

pub async fn message(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let m = outbox::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(MessagePage {
        ctx: ctx.with_section("admin"),
        delivers: state.config.smtp_url.is_some(),
        m,
    }
    .into_response())
}

/// The HTML part as the recipient's mail client would show it, in a sandbox: no script,
/// no request to anywhere, whatever the message holds.
pub async fn message_html(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let m = outbox::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            ),
        ],
        m.body_html,
    )
        .into_response())
}

pub async fn resend(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    gctcp_app::mail::resend(&state, &actor, id).await?;
    Ok(Redirect::to(&format!("/admin/outbox/{id}")).into_response())
}

page!(JobsPage);
#[derive(Template)]
#[template(path = "admin/jobs.html")]
pub struct JobsPage {
    ctx: Ctx,
    counts: Vec<(String, i64)>,
    status: String,
    jobs: Vec<Listed>,
    statuses: [&'static str; 4],
}

#[derive(Deserialize, Default)]
pub struct JobsQuery {
    status: Option<String>,
}

pub async fn jobs_page(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Query(q): Query<JobsQuery>,
) -> AppResult<Response> {
    let status = q
        .status
        .filter(|s| JOB_STATUSES.contains(&s.as_str()))
        .unwrap_or_default();
    let jobs = jobs::list(
        &state.db,
        (!status.is_empty()).then_some(status.as_str()),
        PAGE * 2,
    )
    .await?;
    Ok(JobsPage {
        ctx: ctx.with_section("admin"),
        counts: jobs::counts(&state.db).await?,
        status,
        jobs,
        statuses: JOB_STATUSES,
    }
    .into_response())
}

pub async fn retry_job(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    gctcp_app::jobs::retry(&state, &actor, id).await?;
    Ok(Redirect::to("/admin/jobs").into_response())
}
