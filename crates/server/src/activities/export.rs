//! The activities a view leaves, as CSV (every cell guarded against formulas), with the
//! reader's language in the headers and names.

use super::Params;
use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::names::Names;
use axum::extract::{Query, State};
use axum::response::Response;
use gctcp_app::activities::explore;
use gctcp_domain::SpaceId;
use gctcp_store::activities::Activity;

const HEADER: [&str; 20] = [
    "activity-col-id",
    "project-col-title",
    "activity-col-kind",
    "activity-col-status",
    "project-col-lead",
    "project-col-partners",
    "project-col-countries",
    "project-col-regions",
    "project-col-pillars",
    "project-col-themes",
    "activity-col-space",
    "activity-col-project",
    "activity-col-planned-start",
    "activity-col-planned-end",
    "activity-col-actual-start",
    "activity-col-actual-end",
    "activity-col-women",
    "activity-col-men",
    "activity-col-others",
    "project-col-link",
];

fn cells(
    ctx: &Ctx,
    n: &Names,
    base: &str,
    projects: &[(i64, String)],
    a: &Activity,
) -> Vec<String> {
    let codes = |ids: &[i64]| {
        ids.iter()
            .map(|o| n.code(*o))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let count = |x: Option<i64>| x.map(|x| x.to_string()).unwrap_or_default();
    vec![
        a.id.to_string(),
        a.title.clone(),
        ctx.tk("activity-kind-", &a.kind, ""),
        ctx.tk("activity-status-", &a.status, ""),
        n.code(a.lead_org),
        codes(&a.partners),
        codes(&a.countries),
        a.regions
            .iter()
            .map(|r| n.region(r))
            .collect::<Vec<_>>()
            .join("; "),
        a.pillars
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        a.themes
            .iter()
            .map(|t| n.theme(*t))
            .collect::<Vec<_>>()
            .join("; "),
        a.space
            .and_then(|s| n.catalog.space(SpaceId(s)))
            .map(|s| s.name(ctx.lang).to_string())
            .unwrap_or_default(),
        a.project
            .and_then(|p| {
                projects
                    .binary_search_by_key(&p, |(id, _)| *id)
                    .ok()
                    .map(|i| projects[i].1.clone())
            })
            .unwrap_or_default(),
        day(a.dates.planned_start),
        day(a.dates.planned_end),
        day(a.dates.actual_start),
        day(a.dates.actual_end),
        count(a.women),
        count(a.men),
        count(a.others),
        format!("{base}/activities/{}", a.id),
    ]
}

pub async fn csv(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let e = explore::explore(&state, &p.filter(), p.sort()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let mut projects: Vec<(i64, String)> = gctcp_app::projects::compendium(&state)
        .await?
        .projects
        .iter()
        .map(|p| (p.id, p.f.code.clone()))
        .collect();
    projects.sort_unstable();
    let base = state.config.public_url.trim_end_matches('/').to_string();
    let header: Vec<String> = HEADER.iter().map(|k| ctx.t(k)).collect();
    let mut sheet = crate::ui::csv::Sheet::new(header);
    for a in &e.matches {
        sheet.row(cells(&ctx, &n, &base, &projects, a));
    }
    Ok(sheet.into_response("activities.csv"))
}
