//! One activity's page: what, who, where, when, outputs and links, its progress
//! timeline (and, for those who may, the form to add to it), and the CTED
//! recommendations it addresses that the reader may see.

use super::{row, Row};
use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::names::Names;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_domain::SpaceId;
use gctcp_store::activities::ProgressUpdate;
use serde::Deserialize;

page!(ShowPage);
#[derive(Template)]
#[template(path = "activities/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    r: Row,
    description: String,
    updates: Vec<ProgressUpdate>,
    countries: Vec<(String, String)>,
    partners: Vec<(String, String)>,
    pillars: Vec<(i64, String)>,
    themes: Vec<(String, String)>,
    space: Option<(i64, String)>,
    project: Option<(i64, String, String)>,
    resources: Vec<(i64, String)>,
    events: Vec<(i64, String)>,
    may_edit: bool,
    statuses: [&'static str; 5],
    notice: Option<String>,
    /// The progress form as sent, with its problems, when it was refused.
    draft: String,
    errors: Vec<String>,
    /// CTED recommendations it addresses that this viewer may read.
    recommendations: Vec<crate::recommendations::Row>,
}

#[derive(Deserialize, Default)]
pub struct Notice {
    saved: Option<String>,
    updated: Option<String>,
}

#[allow(clippy::too_many_arguments)]
pub async fn show_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    ip: Option<&str>,
    id: i64,
    notice: Option<String>,
    draft: String,
    errors: Vec<String>,
) -> AppResult<ShowPage> {
    let a = gctcp_app::activities::readable(state, id).await?;
    let detail = gctcp_app::activities::detail(state, id).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let named = |ids: &[i64]| {
        let mut v: Vec<(String, String)> = ids.iter().map(|o| (n.code(*o), n.org(*o))).collect();
        crate::i18n::sort_by_name(ctx.lang, &mut v, |(_, name)| name);
        v
    };
    let mut themes: Vec<(String, String)> = a
        .themes
        .iter()
        .map(|t| (n.theme_slug(*t), n.theme(*t)))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut themes, |(_, name)| name);
    let mut resources = Vec::new();
    for rid in &a.resources {
        if let Ok(full) = gctcp_app::library::readable(state, &user.viewer, *rid).await {
            resources.push((*rid, full.r.title));
        }
    }
    let mut events = Vec::new();
    for eid in &a.events {
        if let Ok(ev) = gctcp_app::calendar::readable(state, &user.viewer, *eid).await {
            events.push((*eid, ev.title));
        }
    }
    let project = match a.project {
        Some(pid) => gctcp_app::projects::readable(state, pid)
            .await
            .ok()
            .map(|p| (p.id, p.f.code.clone(), p.f.title.clone())),
        None => None,
    };
    let space = a
        .space
        .and_then(|s| n.catalog.space(SpaceId(s)))
        .map(|s| (s.id, s.name(ctx.lang).to_string()));
    let recommendations = crate::recommendations::addressed_by(
        state,
        user,
        &ctx,
        ip,
        crate::recommendations::Addressing::Activity(id),
    )
    .await?;
    Ok(ShowPage {
        recommendations,
        countries: named(&a.countries),
        partners: named(&a.partners),
        pillars: a.pillars.iter().map(|x| (*x, n.pillar(*x))).collect(),
        themes,
        space,
        project,
        resources,
        events,
        may_edit: gctcp_app::activities::may_edit(&user.viewer, &a),
        statuses: gctcp_domain::activity::STATUSES,
        description: detail.description,
        updates: detail.updates,
        r: row(&n, &a),
        ctx: ctx.with_section("activities"),
        notice,
        draft,
        errors,
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    crate::http::extract::ClientIp(ip): crate::http::extract::ClientIp,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let notice = if notice.updated.is_some() {
        Some(ctx.t("activity-update-added"))
    } else {
        notice.saved.map(|_| ctx.t("activity-saved"))
    };
    Ok(show_page(
        &state,
        &user,
        ctx,
        ip.as_deref(),
        id,
        notice,
        String::new(),
        vec![],
    )
    .await?
    .into_response())
}
