//! Organizations: the Member States and Compact entities, browsable and searchable, each
//! with its page (details, focal points, the working groups an entity leads).

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_domain::directory::org_type;
use gctcp_domain::SpaceId;
use gctcp_store::directory::Hit;
use gctcp_store::directory_index::Query as DirQuery;
use gctcp_store::orgs::Org;
use serde::Deserialize;

/// One row of the list, in the reader's language.
pub struct OrgRow {
    pub code: String,
    pub name: String,
    pub org_type: &'static str,
    pub subregion: String,
    pub group: String,
    pub people: i64,
}

/// A filter's choice: the stored (English) value and its name in the reader's language.
pub struct Choice {
    pub value: String,
    pub label: String,
}

page!(OrgsPage);
#[derive(Template)]
#[template(path = "orgs/list.html")]
pub struct OrgsPage {
    ctx: Ctx,
    kind: String,
    region: String,
    group: String,
    q: String,
    sort: &'static str,
    rows: Vec<OrgRow>,
    total: usize,
    regions: Vec<Choice>,
    groups: Vec<Choice>,
    page: usize,
    pages: usize,
    p: OrgLinks,
}

/// Links to the list with the same filters: another page, another order.
pub struct OrgLinks {
    query: String,
    fields: [String; 5],
}

const LINK_KEYS: [&str; 5] = ["q", "kind", "region", "group", "sort"];

impl OrgLinks {
    fn new(fields: [String; 5]) -> OrgLinks {
        let mut links = OrgLinks {
            query: String::new(),
            fields,
        };
        links.query = crate::ui::query::query_with(&LINK_KEYS, |k| links.value(k), "", None);
        links
    }

    fn value(&self, key: &str) -> &str {
        let i = LINK_KEYS.iter().position(|x| *x == key).unwrap_or(0);
        self.fields[i].as_str()
    }

    pub fn page_link(&self, page: usize) -> String {
        format!(
            "/organizations{}",
            crate::ui::query::page_link(&self.query, page)
        )
    }

    /// The first page in order `sort` (the default order leaves the parameter out).
    pub fn sort_link(&self, sort: &str) -> String {
        let new = (sort != "name").then_some(sort);
        let q = crate::ui::query::query_with(&LINK_KEYS, |k| self.value(k), "sort", new);
        if q.is_empty() {
            "/organizations".to_string()
        } else {
            format!("/organizations?{q}")
        }
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
    #[serde(default)]
    sort: String,
    page: Option<usize>,
}

/// Rows per page: a phone's few screens, and the whole of a region on a desk.
const ORGS_PER_PAGE: usize = 50;

/// The list with filters (type, region, regional group), search in the six languages,
/// sorting and pages. 239 rows: filtered in memory, which is simpler than SQL here and
/// as fast.
pub async fn list(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<OrgsQuery>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let catalog = state.catalog().await?;
    let choices = |values: &mut dyn Iterator<Item = &String>| {
        let mut v: Vec<Choice> = values
            .map(|r| Choice {
                value: r.clone(),
                label: catalog.region_name(r, lang).to_string(),
            })
            .collect();
        v.dedup_by(|a, b| a.value == b.value);
        gctcp_i18n::sort_by_name(lang, &mut v, |c| &c.label);
        v
    };
    let regions = choices(&mut catalog.regions.iter().map(|(r, _)| r));
    let groups = choices(&mut catalog.groups.iter().filter(|g| g.as_str() != "none"));
    let kind = q.kind.trim().to_string();
    let terms = gctcp_domain::directory::terms(&q.q);
    let counts = state.directory.counts(&state.db).await?;
    let mut rows: Vec<OrgRow> = catalog
        .orgs_matching(&terms)
        .filter(|o| {
            kind.is_empty()
                || org_type(&o.kind, o.compact_status.as_deref()) == kind
                || o.kind == kind
        })
        .filter(|o| q.region.is_empty() || o.region.as_deref() == Some(q.region.as_str()))
        .filter(|o| q.group.is_empty() || o.regional_group.as_deref() == Some(q.group.as_str()))
        .map(|o| OrgRow {
            code: o.code.clone(),
            name: o.name(lang).to_string(),
            org_type: org_type(&o.kind, o.compact_status.as_deref()),
            subregion: region_label(&catalog, &o.subregion, lang),
            group: region_label(&catalog, &o.regional_group, lang),
            people: counts.org(o.id),
        })
        .collect();
    let sort = match q.sort.as_str() {
        "code" => "code",
        "people" => "people",
        _ => "name",
    };
    gctcp_i18n::sort_by_name(lang, &mut rows, |r| &r.name);
    match sort {
        "code" => rows.sort_by_cached_key(|r| r.code.to_lowercase()),
        // Most focal points first; equal counts keep the names' order (a stable sort).
        "people" => rows.sort_by_key(|r| std::cmp::Reverse(r.people)),
        _ => {}
    }
    let total = rows.len();
    let pages = total.div_ceil(ORGS_PER_PAGE).max(1);
    let page = q.page.unwrap_or(1).clamp(1, pages);
    let rows: Vec<OrgRow> = rows
        .into_iter()
        .skip((page - 1) * ORGS_PER_PAGE)
        .take(ORGS_PER_PAGE)
        .collect();
    let fields = [
        q.q.trim().to_string(),
        kind.clone(),
        q.region.clone(),
        q.group.clone(),
        if sort == "name" {
            String::new()
        } else {
            sort.to_string()
        },
    ];
    Ok(OrgsPage {
        ctx: ctx.with_section("orgs"),
        kind,
        region: q.region,
        group: q.group,
        q: q.q.trim().to_string(),
        sort,
        rows,
        total,
        regions,
        groups,
        page,
        pages,
        p: OrgLinks::new(fields),
    }
    .into_response())
}

/// A region, sub-region or regional group in the reader's language; "" when there is
/// none (the reference data writes "none" for the two States outside any group).
fn region_label(catalog: &gctcp_store::catalog::Catalog, r: &Option<String>, lang: &str) -> String {
    match r.as_deref() {
        Some(r) if r != "none" => catalog.region_name(r, lang).to_string(),
        _ => String::new(),
    }
}

/// A working group the entity leads, with its role there.
pub struct Lead {
    pub space_name: String,
    pub wg_number: Option<i64>,
    pub role: String,
}

page!(OrgPage);
#[derive(Template)]
#[template(path = "orgs/show.html")]
pub struct OrgPage {
    ctx: Ctx,
    org: Org,
    /// Everything but the CTED part, rendered (`body`).
    body: std::sync::Arc<str>,
    /// For a Member State: its CTED recommendations this viewer may read, by coverage.
    cted: Option<crate::recommendations::CountryCoverage>,
}

/// An organization's page but its CTED part: what every reader is shown alike.
#[derive(Template)]
#[template(path = "orgs/_body.html")]
pub struct OrgBody<'a> {
    ctx: &'a Ctx,
    org: &'a Org,
    /// Region, sub-region and regional group in the reader's language ("" if none).
    region: String,
    subregion: String,
    group: String,
    people: Vec<(Hit, String)>,
    total: i64,
    /// Some are not listed here.
    more: bool,
    leads: Vec<Lead>,
    /// Projects for this Member State (as beneficiary) or by this entity (lead or
    /// partner): their totals, the first few, and the entities active there.
    projects: OrgProjects,
    /// Activities for this Member State or by this entity.
    activities: crate::activities::Linked,
}

/// An organization's part in the project compendium.
pub struct OrgProjects {
    pub totals: gctcp_domain::project::Money,
    pub rows: Vec<crate::projects::Row>,
    /// The explorer filtered to this organization.
    pub link: String,
    /// For a Member State: the entities implementing projects there (code, name, count).
    pub entities: Vec<(String, String, i64)>,
}

/// Projects an organization's page lists; the rest are in the explorer.
const ORG_PAGE_PROJECTS: usize = 10;

async fn org_projects(state: &AppState, ctx: &Ctx, org: &Org) -> AppResult<OrgProjects> {
    use gctcp_app::projects::explore::{explore, Filter, Sort};
    let key = if org.is_member_state() {
        "country"
    } else {
        "entity"
    };
    let filter = if org.is_member_state() {
        Filter {
            country: org.code.clone(),
            ..Filter::default()
        }
    } else {
        Filter {
            entity: org.code.clone(),
            ..Filter::default()
        }
    };
    let e = explore(state, &filter, Sort::Gap).await?;
    let n = crate::ui::names::Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let mut entities: Vec<(String, String, i64)> = if org.is_member_state() {
        e.facets
            .entity
            .iter()
            .map(|(id, c)| (n.code(*id), n.org(*id), *c))
            .collect()
    } else {
        vec![]
    };
    entities.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    Ok(OrgProjects {
        totals: e.totals,
        rows: e
            .matches
            .iter()
            .take(ORG_PAGE_PROJECTS)
            .map(|p| crate::projects::row(&n, p))
            .collect(),
        link: format!(
            "/projects?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair(key, &org.code)
                .append_pair("sort", "gap")
                .finish()
        ),
        entities,
    })
}

impl OrgBody<'_> {
    pub fn org_type(&self) -> &'static str {
        org_type(&self.org.kind, self.org.compact_status.as_deref())
    }
}

/// The focal points an organization's page lists; the rest are a link away, in the
/// directory filtered by the organization (with its own filters and pages).
const ORG_PAGE_PEOPLE: usize = 50;

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let org = catalog
        .org_by_code(&code)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let body = body(&state, &ctx, &catalog, &org).await?;
    let cted = if org.is_member_state() {
        crate::recommendations::country(&state, &user, &ctx, ip.as_deref(), org.org_id()).await?
    } else {
        None
    };
    Ok(OrgPage {
        body,
        cted,
        org,
        ctx: ctx.with_section("orgs"),
    }
    .into_response())
}

/// The page's body, kept as rendered for its language, the minute (its people's local
/// times) and the generations of what it shows: the reference data, the directory, the
/// project compendium and the activity tracker. Nothing in it depends on who reads.
async fn body(
    state: &AppState,
    ctx: &Ctx,
    catalog: &std::sync::Arc<gctcp_store::catalog::Catalog>,
    org: &Org,
) -> AppResult<std::sync::Arc<str>> {
    use crate::ui::pieces;
    use gctcp_store::follow::Followed;
    // The minute first: a body rendered across a minute's turn shows the newer time under
    // the older minute's key, for the instant that minute has left.
    let minute = chrono::Utc::now().timestamp() / 60;
    let people = state.directory.snapshot(&state.db).await?.generation();
    let projects = gctcp_app::projects::compendium(state).await?.generation();
    let activities = gctcp_app::activities::tracker(state).await?.generation();
    let key = pieces::key(&[
        &"org",
        &org.code,
        &ctx.lang,
        &minute,
        &catalog.generation(),
        &people,
        &projects,
        &activities,
    ]);
    pieces::kept(state, key, || async {
        let q = DirQuery {
            org: Some(org.id),
            ..Default::default()
        };
        let found = gctcp_app::directory::search(state, &q, ORG_PAGE_PEOPLE, 0).await?;
        let (hits, total) = (found.hits, found.total);
        let people = hits
            .into_iter()
            .map(|h| {
                let t = crate::directory::local_line(ctx.lang, &h.time_zone);
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
        let named = |r: &Option<String>| region_label(catalog, r, ctx.lang);
        let projects = org_projects(state, ctx, org).await?;
        let key = if org.is_member_state() {
            "country"
        } else {
            "entity"
        };
        let activities = crate::activities::linked(state, ctx, key, &org.code).await?;
        Ok(OrgBody {
            ctx,
            org,
            region: named(&org.region),
            subregion: named(&org.subregion),
            group: named(&org.regional_group),
            people,
            more: total > ORG_PAGE_PEOPLE as i64,
            total,
            leads,
            projects,
            activities,
        }
        .render()?)
    })
    .await
}

/// Organization pages.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/organizations", get(list))
        .route("/organizations/{code}", get(show))
}
