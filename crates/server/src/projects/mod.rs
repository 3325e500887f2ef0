//! The CT/PVE project compendium's pages: the explorer (filters with counts, totals that
//! follow them, a bookmarkable link), its charts with their tables, one project's page,
//! the form to add or change one, and exports (CSV, XLSX) of what the filters leave.

pub mod charts;
pub mod export;
pub mod form;
pub mod import;

use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::facets::{ActiveFilter, Facet, Order};
use crate::ui::names::Names;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_app::projects::explore::{self, Explore, Filter, Sort};
use gctcp_domain::project::Money;
use gctcp_store::projects::Project;
use serde::Deserialize;
use std::sync::Arc;

pub const PAGE_SIZE: usize = 25;

/// The explorer's URL parameters: a view is bookmarkable.
#[derive(Deserialize, Default, Clone, Debug)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub entity: String,
    #[serde(default)]
    pub donor: String,
    #[serde(default)]
    pub pillar: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub sort: String,
    pub page: Option<usize>,
}

const KEYS: [&str; 9] = [
    "q", "country", "region", "theme", "entity", "donor", "pillar", "status", "sort",
];

impl Params {
    pub fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "country" => &self.country,
            "region" => &self.region,
            "theme" => &self.theme,
            "entity" => &self.entity,
            "donor" => &self.donor,
            "pillar" => &self.pillar,
            "status" => &self.status,
            "sort" => &self.sort,
            _ => "",
        }
    }

    pub fn filter(&self) -> Filter {
        Filter {
            q: self.q.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            theme: self.theme.clone(),
            entity: self.entity.clone(),
            donor: self.donor.clone(),
            pillar: self.pillar.clone(),
            status: self.status.clone(),
        }
    }

    pub fn sort(&self) -> Sort {
        Sort::parse(self.sort.trim())
    }

    pub fn sort_is(&self, s: &str) -> bool {
        self.sort().as_str() == s
    }

    /// This view's query string with one parameter changed (None removes it).
    pub fn with(&self, key: &str, value: Option<&str>) -> String {
        crate::ui::query::query_with(&KEYS, |k| self.value(k), key, value)
    }

    /// This view's query string (sort included), for links to its other forms.
    pub fn query(&self) -> String {
        self.with("", None)
    }

    pub fn page_link(&self, page: usize) -> String {
        crate::ui::query::page_link(&self.query(), page)
    }

    pub fn is_filtered(&self) -> bool {
        KEYS.iter()
            .filter(|k| **k != "sort")
            .any(|k| !self.value(k).trim().is_empty())
    }

    /// `path` with this view's query string.
    pub fn link(&self, path: &str) -> String {
        let q = self.query();
        if q.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{q}")
        }
    }
}

/// A project as the list shows it.
pub struct Row {
    pub p: Arc<Project>,
    pub lead: String,
    pub lead_code: String,
    pub partners: Vec<String>,
    /// Beneficiary countries' names (the first few) and how many more.
    pub countries: Vec<String>,
    pub more_countries: usize,
    pub regions: Vec<String>,
    pub money: Money,
}

const COUNTRIES_SHOWN: usize = 6;

pub fn row(n: &Names, p: &Arc<Project>) -> Row {
    let countries = n.in_order(&p.f.countries);
    let more_countries = countries.len().saturating_sub(COUNTRIES_SHOWN);
    let countries = countries
        .into_iter()
        .take(COUNTRIES_SHOWN)
        .map(|c| n.org(c))
        .collect();
    Row {
        lead: n.org(p.f.lead_org),
        lead_code: n.code(p.f.lead_org),
        partners: p.f.partners.iter().map(|o| n.code(*o)).collect(),
        countries,
        more_countries,
        regions: p.f.regions.iter().map(|r| n.region(r)).collect(),
        money: p.money(),
        p: p.clone(),
    }
}

/// The facets and chips of a view.
pub fn facets(ctx: &Ctx, n: &Names, p: &Params, e: &Explore) -> (Vec<Facet>, Vec<ActiveFilter>) {
    let orgs = crate::ui::names::org_labels(&n.catalog, ctx.lang);
    let code_rank = |v: &str| {
        n.catalog
            .org_by_code(v)
            .map_or(u32::MAX, |o| orgs.rank(o.id))
    };
    let code_label = |v: &str| {
        n.catalog
            .org_by_code(v)
            .and_then(|o| orgs.label(o.id))
            .map_or_else(|| v.to_string(), str::to_string)
    };
    let f = &e.facets;
    let by_code = |v: &[(i64, i64)]| -> Vec<(String, i64)> {
        v.iter().map(|(id, c)| (n.code(*id), *c)).collect()
    };
    let theme_slug = |id: i64| n.theme_slug(id);
    let theme_label = |v: &str| {
        n.catalog
            .themes
            .iter()
            .find(|t| t.slug == v)
            .map_or_else(|| v.to_string(), |t| t.name(ctx.lang).to_string())
    };
    let pillar_label = |v: &str| {
        let id: i64 = v.parse().unwrap_or(-1);
        format!(
            "{} — {}",
            ctx.tn("pillar-number", "number", id),
            n.pillar(id)
        )
    };
    let mut out = Vec::new();
    let mut chips = Vec::new();
    let link = |key: &str| format!("/projects?{}", p.with(key, None));
    let mut add = |(facet, chip): (Facet, Option<ActiveFilter>)| {
        out.push(facet);
        chips.extend(chip);
    };
    add(crate::ui::facets::facet(
        ctx,
        ("region", "project-region"),
        p.region.trim(),
        f.region.clone(),
        |v| n.region(v),
        Order::ByLabel,
        link("region"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("country", "project-country"),
        p.country.trim(),
        by_code(&f.country),
        code_label,
        Order::ByRank(&code_rank),
        link("country"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("theme", "project-theme"),
        p.theme.trim(),
        f.theme.iter().map(|(t, c)| (theme_slug(*t), *c)).collect(),
        theme_label,
        Order::ByLabel,
        link("theme"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("entity", "project-entity"),
        p.entity.trim(),
        by_code(&f.entity),
        code_label,
        Order::ByRank(&code_rank),
        link("entity"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("donor", "project-donor"),
        p.donor.trim(),
        f.donor.clone(),
        |v| v.to_string(),
        Order::ByLabel,
        link("donor"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("pillar", "project-pillar"),
        p.pillar.trim(),
        f.pillar.iter().map(|(x, c)| (x.to_string(), *c)).collect(),
        pillar_label,
        Order::Given,
        link("pillar"),
    ));
    add(crate::ui::facets::facet(
        ctx,
        ("status", "project-status"),
        p.status.trim(),
        f.status.clone(),
        |v| ctx.tk("project-status-", v, ""),
        Order::Given,
        link("status"),
    ));
    if !p.q.trim().is_empty() {
        chips.insert(
            0,
            ActiveFilter {
                label: format!("“{}”", p.q.trim()),
                remove_link: link("q"),
            },
        );
    }
    (out, chips)
}

page!(ListPage);
#[derive(Template)]
#[template(path = "projects/list.html")]
pub struct ListPage {
    ctx: Ctx,
    p: Params,
    rows: Vec<Row>,
    totals: Money,
    facets: Vec<Facet>,
    active: Vec<ActiveFilter>,
    page: usize,
    pages: usize,
    may_add: bool,
    notice: Option<String>,
}

/// After an import: how many projects it added and updated.
#[derive(Deserialize, Default)]
pub struct ImportedNotice {
    imported: Option<i64>,
    updated: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
    Query(done): Query<ImportedNotice>,
) -> AppResult<Response> {
    let e = explore::explore(&state, &p.filter(), p.sort()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let (facets, active) = facets(&ctx, &n, &p, &e);
    let notice = match (done.imported, done.updated) {
        (Some(a), Some(u)) => Some(format!(
            "{} {}",
            ctx.tn("project-imported-added", "count", a),
            ctx.tn("project-imported-updated", "count", u)
        )),
        _ => None,
    };
    let pages = e.matches.len().div_ceil(PAGE_SIZE).max(1);
    let page = p.page.unwrap_or(1).clamp(1, pages);
    let rows = e
        .matches
        .iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|x| row(&n, x))
        .collect();
    Ok(ListPage {
        may_add: gctcp_app::projects::may_add(&state, &user.viewer).await?,
        notice,
        ctx: ctx.with_section("projects"),
        totals: e.totals,
        rows,
        facets,
        active,
        page,
        pages,
        p,
    }
    .into_response())
}

page!(ShowPage);
#[derive(Template)]
#[template(path = "projects/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    r: Row,
    /// Every beneficiary country, by name, with its code.
    countries: Vec<(String, String)>,
    partners: Vec<(String, String)>,
    pillars: Vec<(i64, String)>,
    themes: Vec<(String, String)>,
    contact: Option<(i64, String)>,
    resources: Vec<(i64, String)>,
    may_edit: bool,
    notice: Option<String>,
    activities: crate::activities::Linked,
    /// CTED recommendations it addresses that this viewer may read.
    recommendations: Vec<crate::recommendations::Row>,
}

#[derive(Deserialize, Default)]
pub struct Notice {
    saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    crate::http::extract::ClientIp(ip): crate::http::extract::ClientIp,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> AppResult<Response> {
    let p = gctcp_app::projects::readable(&state, id).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let named = |ids: &[i64]| {
        let mut v: Vec<(String, String)> = ids.iter().map(|o| (n.code(*o), n.org(*o))).collect();
        crate::i18n::sort_by_name(ctx.lang, &mut v, |(_, name)| name);
        v
    };
    let mut themes: Vec<(String, String)> =
        p.f.themes
            .iter()
            .map(|t| (n.theme_slug(*t), n.theme(*t)))
            .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut themes, |(_, name)| name);
    let contact = match p.f.contact {
        Some(a) => gctcp_store::accounts::by_id(&state.db, gctcp_domain::AccountId(a))
            .await?
            .map(|a| (a.id, a.display_name)),
        None => None,
    };
    let mut resources = Vec::new();
    for rid in &p.f.resources {
        if let Ok(full) = gctcp_app::library::readable(&state, &user.viewer, *rid).await {
            resources.push((*rid, full.r.title));
        }
    }
    let activities = crate::activities::linked(&state, &ctx, "project", &id.to_string()).await?;
    let recommendations = crate::recommendations::addressed_by(
        &state,
        &user,
        &ctx,
        ip.as_deref(),
        crate::recommendations::Addressing::Project(id),
    )
    .await?;
    Ok(ShowPage {
        activities,
        recommendations,
        countries: named(&p.f.countries),
        partners: named(&p.f.partners),
        pillars: p.f.pillars.iter().map(|x| (*x, n.pillar(*x))).collect(),
        themes,
        contact,
        resources,
        may_edit: gctcp_app::projects::may_edit(&user.viewer, &p),
        notice: notice.saved.map(|_| ctx.t("project-saved")),
        r: row(&n, &p),
        ctx: ctx.with_section("projects"),
    }
    .into_response())
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/projects", get(list))
        .route("/projects/charts", get(charts::page))
        .route("/projects.csv", get(export::csv))
        .route("/projects.xlsx", get(export::xlsx))
        .route("/projects/new", get(form::new).post(form::create))
        .route("/projects/import", get(import::form).post(import::preview))
        .route(
            "/projects/import/confirm",
            axum::routing::post(import::confirm),
        )
        .route("/projects/{id}", get(show))
        .route("/projects/{id}/edit", get(form::edit).post(form::update))
}
