use crate::error::AppResult;
use crate::http::extract::RequireAdmin;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::audit::{describe, Part};
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone, Utc};
use gctcp_store::audit::{self, Filter, Row, EVENTS};
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 100;

page!(AuditPage);
#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    ctx: Ctx,
    person: String,
    event: String,
    from: String,
    until: String,
    rows: Vec<(Row, Vec<Part>)>,
    events: &'static [&'static str],
    older: Option<String>,
    date_error: bool,
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    person: Option<String>,
    event: Option<String>,
    from: Option<String>,
    until: Option<String>,
    before: Option<i64>,
}

fn parse_date(s: &str) -> Result<Option<NaiveDate>, ()> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// The audit log, newest first, filtered by person, event type and date range (dates are
/// whole UTC days, `until` inclusive), paged by ID so new entries never shift a page.
pub async fn list(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let person = q.person.unwrap_or_default();
    let event = q
        .event
        .filter(|e| EVENTS.contains(&e.as_str()))
        .unwrap_or_default();
    let from_s = q.from.unwrap_or_default();
    let until_s = q.until.unwrap_or_default();
    let from = parse_date(&from_s);
    let until = parse_date(&until_s);
    let date_error = from.is_err() || until.is_err();
    let midnight =
        |d: NaiveDate| Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0).expect("midnight exists"));
    let filter = Filter {
        person: person.clone(),
        event: event.clone(),
        from: from.ok().flatten().map(midnight),
        until: until
            .ok()
            .flatten()
            .and_then(|d| d.succ_opt())
            .map(midnight),
    };
    let rows = audit::list(&state.db, &filter, q.before, PAGE_SIZE).await?;
    let older = (rows.len() as i64 == PAGE_SIZE).then(|| {
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        format!(
            "?person={}&event={}&from={}&until={}&before={}",
            enc(&person),
            enc(&event),
            enc(&from_s),
            enc(&until_s),
            rows.last().map(|r| r.id).unwrap_or_default()
        )
    });
    let catalog = state.catalog().await?;
    let rows = rows
        .into_iter()
        .map(|r| {
            let parts = describe(&ctx, &catalog, &r.event, &r.detail);
            (r, parts)
        })
        .collect();
    Ok(AuditPage {
        ctx: ctx.with_section("admin"),
        person,
        event,
        from: from_s,
        until: until_s,
        rows,
        events: EVENTS,
        older,
        date_error,
    }
    .into_response())
}
