//! The recommendations a view leaves, as CSV (every cell guarded against formulas), in
//! the reader's language; the export is kept in the access trail of every assessment it
//! holds.

use super::Params;
use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser};
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::names::Names;
use axum::extract::{Query, State};
use axum::response::Response;
use gctcp_app::recommendations as ops;
use gctcp_app::Actor;

const HEADER: [&str; 12] = [
    "cted-col-id",
    "cted-col-state",
    "cted-col-kind",
    "cted-col-held-on",
    "cted-col-recommendation",
    "cted-col-theme",
    "cted-col-pillar",
    "cted-col-priority",
    "cted-col-assistance",
    "cted-col-status",
    "cted-col-covered",
    "cted-col-link",
];

pub async fn csv(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let seen = ops::seen(&state, &user.viewer).await?;
    let lines = ops::list(&state, &seen, &p.filter()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let read: Vec<i64> = lines.iter().map(|l| l.a.id).collect();
    ops::record(&state, &actor, "export", &read).await?;
    let base = state.config.public_url.trim_end_matches('/').to_string();
    let header: Vec<String> = HEADER.iter().map(|k| ctx.t(k)).collect();
    let mut sheet = crate::ui::csv::Sheet::new(header);
    for l in &lines {
        sheet.row(vec![
            l.r.id.to_string(),
            n.org(l.a.state_org_id),
            ctx.tk("cted-kind-", &l.a.kind, ""),
            l.a.held_on.to_string(),
            l.r.body.clone(),
            l.r.theme_id.map(|t| n.theme(t)).unwrap_or_default(),
            l.r.pillar.map(|x| x.to_string()).unwrap_or_default(),
            ctx.tk("cted-priority-", &l.r.priority, ""),
            l.r.assistance.clone(),
            ctx.tk("cted-status-", &l.r.status, ""),
            if l.covered {
                ctx.t("cted-yes")
            } else {
                ctx.t("cted-no")
            },
            format!("{base}/assessments/{}#r{}", l.a.id, l.r.id),
        ]);
    }
    Ok(sheet.into_response("recommendations.csv"))
}
