//! Organizations: the Member States and Compact entities, browsable and searchable, each
//! with its page (details, focal points, the working groups an entity leads).

use crate::directory::LocalTimes;
use crate::error::{AppError, AppResult};
use crate::http::extract::CurrentUser;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_domain::directory::{fold, org_type};
use gctcp_domain::SpaceId;
use gctcp_store::directory::Hit;
use gctcp_store::directory_index::Query as DirQuery;
use gctcp_store::orgs::Org;
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "orgs/list.html")]
pub struct OrgsPage {
    ctx: Ctx,
    kind: String,
    region: String,
    group: String,
    q: String,
    orgs: Vec<Org>,
    regions: Vec<String>,
    groups: Vec<String>,
    counts: std::sync::Arc<gctcp_store::directory_index::Counts>,
}

impl OrgsPage {
    pub fn people(&self, o: &Org) -> i64 {
        self.counts.org(o.id)
    }

    pub fn org_type(&self, o: &Org) -> &'static str {
        org_type(&o.kind, o.compact_status.as_deref())
    }
}

#[derive(Deserialize, Default)]
pub struct OrgsQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    q: String,
}

/// The list with filters (type, region, regional group) and search. 239 rows: filtered
/// in memory, which is simpler than SQL here and as fast.
pub async fn list(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<OrgsQuery>,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let mut regions: Vec<String> = catalog.regions.iter().map(|(r, _)| r.clone()).collect();
    regions.dedup();
    let groups = catalog.groups.clone();
    let needle = fold(q.q.trim());
    let kind = q.kind.trim().to_string();
    let orgs = catalog
        .orgs
        .iter()
        .filter(|o| {
            kind.is_empty()
                || org_type(&o.kind, o.compact_status.as_deref()) == kind
                || o.kind == kind
        })
        .filter(|o| q.region.is_empty() || o.region.as_deref() == Some(q.region.as_str()))
        .filter(|o| q.group.is_empty() || o.regional_group.as_deref() == Some(q.group.as_str()))
        .filter(|o| {
            needle.is_empty()
                || fold(&format!("{} {} {}", o.code, o.name_en, o.name_zh)).contains(&needle)
        })
        .cloned()
        .collect();
    let counts = state.directory.counts(&state.db).await?;
    Ok(OrgsPage {
        ctx: ctx.with_section("orgs"),
        kind,
        region: q.region,
        group: q.group,
        q: q.q.trim().to_string(),
        orgs,
        regions,
        groups,
        counts,
    }
    .into_response())
}

/// A working group the entity leads, with its role there.
pub struct Lead {
    pub space_name: String,
    pub wg_number: Option<i64>,
    pub role: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "orgs/show.html")]
pub struct OrgPage {
    ctx: Ctx,
    org: Org,
    people: Vec<(Hit, String)>,
    total: i64,
    /// Some are not listed here.
    more: bool,
    leads: Vec<Lead>,
}

impl OrgPage {
    pub fn org_type(&self) -> &'static str {
        org_type(&self.org.kind, self.org.compact_status.as_deref())
    }
}

/// The focal points an organization's page lists; the rest are a link away, in the
/// directory filtered by the organization (with its own filters and pages).
const ORG_PAGE_PEOPLE: usize = 50;

pub async fn show(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let org = catalog
        .org_by_code(&code)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let q = DirQuery {
        org: Some(org.id),
        ..Default::default()
    };
    let found = gctcp_app::directory::search(&state, &q, ORG_PAGE_PEOPLE, 0).await?;
    let (hits, total) = (found.hits, found.total);
    let mut times = LocalTimes::default();
    let people = hits
        .into_iter()
        .map(|h| {
            let t = times.of(&h.time_zone);
            (h, t)
        })
        .collect();
    let leads = catalog
        .leads
        .iter()
        .filter(|l| l.organization_id == org.id)
        .filter_map(|l| {
            catalog.space(SpaceId(l.space_id)).map(|s| Lead {
                space_name: s.name(ctx.lang).to_string(),
                wg_number: s.wg_number,
                role: l.role.clone(),
            })
        })
        .collect();
    Ok(OrgPage {
        ctx: ctx.with_section("orgs"),
        org,
        people,
        more: total > ORG_PAGE_PEOPLE as i64,
        total,
        leads,
    }
    .into_response())
}

/// Organization pages.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/organizations", get(list))
        .route("/organizations/{code}", get(show))
}
