//! The organizations page: Member States and Compact entities.

use crate::error::AppResult;
use crate::state::AppState;
use crate::web::{Ctx, CurrentUser};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_store::orgs::{self, Org};
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "orgs/list.html")]
pub struct OrgsPage {
    ctx: Ctx,
    kind: String,
    q: String,
    orgs: Vec<Org>,
}

#[derive(Deserialize)]
pub struct OrgsQuery {
    kind: Option<String>,
    q: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<OrgsQuery>,
) -> AppResult<Response> {
    let kind = q
        .kind
        .filter(|k| k == "member_state" || k == "compact_entity")
        .unwrap_or_default();
    let needle = q.q.unwrap_or_default().trim().to_lowercase();
    let all = orgs::list(&state.db, Some(&kind)).await?;
    // 239 rows: filtering in memory is simpler and as fast as SQL here.
    let orgs = all
        .into_iter()
        .filter(|o| {
            needle.is_empty()
                || o.name_en.to_lowercase().contains(&needle)
                || o.name_zh.contains(&needle)
                || o.code.to_lowercase().contains(&needle)
        })
        .collect();
    Ok(OrgsPage {
        ctx: ctx.with_section("orgs"),
        kind,
        q: needle,
        orgs,
    }
    .into_response())
}
