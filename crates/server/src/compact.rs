//! The Compact's structure (`/compact`), generated from the data: the Coordination
//! Committee, then the eight working groups by pillar with their chairing entities, the
//! people who lead them and how many take part; then the other spaces.

use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use gctcp_domain::OrgId;
use gctcp_store::spaces::{LeadPerson, Space};

/// One space in the structure.
pub struct Group {
    pub space: Space,
    /// Chairing entities: (code, name, role).
    pub entities: Vec<(String, String, String)>,
    pub people: Vec<LeadPerson>,
    pub members: i64,
}

/// The working groups of one pillar.
pub struct PillarGroups {
    pub number: i64,
    pub name: String,
    pub groups: Vec<Group>,
}

page!(CompactPage);
#[derive(Template)]
#[template(path = "compact.html")]
pub struct CompactPage {
    ctx: Ctx,
    pillars: Vec<PillarGroups>,
    others: Vec<Group>,
    entities: usize,
    observers: usize,
    states: usize,
}

pub async fn show(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let counts = state.directory.counts(&state.db).await?;
    let leads = gctcp_store::spaces::all_leads(&state.db).await?;
    let lang = ctx.lang;
    let group = |s: &Space| Group {
        entities: catalog
            .leads
            .iter()
            .filter(|l| l.space_id == s.id)
            .map(|l| {
                let name = catalog
                    .org(OrgId(l.organization_id))
                    .map(|o| o.name(lang).to_string())
                    .unwrap_or_default();
                (l.code.clone(), name, l.role.clone())
            })
            .collect(),
        people: leads
            .iter()
            .filter(|p| p.space_id == s.id)
            .cloned()
            .collect(),
        members: counts.space(s.id),
        space: s.clone(),
    };
    let pillars = catalog
        .pillars
        .iter()
        .map(|p| PillarGroups {
            number: p.number,
            name: p.name(lang).to_string(),
            groups: catalog
                .spaces
                .iter()
                .filter(|s| s.wg_number.is_some() && s.pillar == Some(p.number))
                .map(group)
                .collect(),
        })
        .filter(|p| !p.groups.is_empty())
        .collect();
    let others = catalog
        .spaces
        .iter()
        .filter(|s| s.wg_number.is_none())
        .map(group)
        .collect();
    let kind = |k: &str, status: Option<&str>| {
        catalog
            .orgs
            .iter()
            .filter(|o| o.kind == k && (status.is_none() || o.compact_status.as_deref() == status))
            .count()
    };
    Ok(CompactPage {
        entities: kind("compact_entity", Some("member")),
        observers: kind("compact_entity", Some("observer")),
        states: kind("member_state", None),
        ctx: ctx.with_section("compact"),
        pillars,
        others,
    }
    .into_response())
}

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/compact", axum::routing::get(show))
}
