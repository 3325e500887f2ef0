//! The activity tracker's pages: the list (filters with counts, a bookmarkable link), the
//! timeline by month, "where" by region and country, one activity's page with its
//! progress updates, the form to add or change one, and the CSV of what a view leaves.

pub mod export;
pub mod form;
pub mod show;

use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::facets::{ActiveFilter, Facet, Order};
use crate::ui::names::Names;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::Datelike;
use gctcp_app::activities::explore::{self, Explore, Filter, Sort};
use gctcp_domain::activity::month_key;
use gctcp_domain::SpaceId;
use gctcp_store::activities::Activity;
use serde::Deserialize;
use std::sync::Arc;

pub const PAGE_SIZE: usize = 25;
/// Activities each month of the timeline shows (the month's link lists them all).
const PER_MONTH: usize = 12;

/// The lists' URL parameters: a view is bookmarkable.
#[derive(Deserialize, Default, Clone, Debug)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub entity: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub pillar: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub space: String,
    #[serde(default)]
    pub project: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub month: String,
    #[serde(default)]
    pub sort: String,
    pub page: Option<usize>,
}

const KEYS: [&str; 13] = [
    "q", "kind", "status", "entity", "country", "region", "pillar", "theme", "space", "project",
    "year", "month", "sort",
];

impl Params {
    pub fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "kind" => &self.kind,
            "status" => &self.status,
            "entity" => &self.entity,
            "country" => &self.country,
            "region" => &self.region,
            "pillar" => &self.pillar,
            "theme" => &self.theme,
            "space" => &self.space,
            "project" => &self.project,
            "year" => &self.year,
            "month" => &self.month,
            "sort" => &self.sort,
            _ => "",
        }
    }

    pub fn filter(&self) -> Filter {
        Filter {
            q: self.q.clone(),
            kind: self.kind.clone(),
            status: self.status.clone(),
            entity: self.entity.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            pillar: self.pillar.clone(),
            theme: self.theme.clone(),
            space: self.space.clone(),
            project: self.project.clone(),
            year: self.year.clone(),
            month: self.month.clone(),
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

    /// `path` with this view's query string and one parameter changed.
    pub fn link_with(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}?{}", self.with(key, Some(value)))
    }
}

/// An activity as lists show it.
pub struct Row {
    pub a: Arc<Activity>,
    pub lead: String,
    pub lead_code: String,
    pub partners: Vec<String>,
    pub countries: Vec<String>,
    pub more_countries: usize,
    pub regions: Vec<String>,
}

const COUNTRIES_SHOWN: usize = 6;

pub fn row(n: &Names, a: &Arc<Activity>) -> Row {
    let countries = n.in_order(&a.countries);
    let more_countries = countries.len().saturating_sub(COUNTRIES_SHOWN);
    let countries = countries
        .into_iter()
        .take(COUNTRIES_SHOWN)
        .map(|c| n.org(c))
        .collect();
    Row {
        lead: n.org(a.lead_org),
        lead_code: n.code(a.lead_org),
        partners: a.partners.iter().map(|o| n.code(*o)).collect(),
        countries,
        more_countries,
        regions: a.regions.iter().map(|r| n.region(r)).collect(),
        a: a.clone(),
    }
}

impl Row {
    /// When it happens, as the list shows it (planned or actual, start to end).
    pub fn when(&self, ctx: &Ctx) -> String {
        let d = self.a.dates;
        let (start, end) = match (d.actual_start, d.actual_end) {
            (None, None) => (d.planned_start, d.planned_end),
            actual => actual,
        };
        match (start, end) {
            (Some(s), Some(e)) if s != e => format!("{} – {}", ctx.date(&s), ctx.date(&e)),
            (Some(s), _) => ctx.date(&s),
            (None, Some(e)) => ctx.date(&e),
            (None, None) => ctx.t("activity-no-date"),
        }
    }
}

/// The facets and chips of a view (`path`: the view the chips' links stay on).
pub fn facets(
    ctx: &Ctx,
    n: &Names,
    p: &Params,
    e: &Explore,
    path: &str,
) -> (Vec<Facet>, Vec<ActiveFilter>) {
    use crate::ui::facets::facet;
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
    let named = |v: &[(&'static str, i64)]| -> Vec<(String, i64)> {
        v.iter().map(|(k, c)| (k.to_string(), *c)).collect()
    };
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
    let space_label = |v: &str| {
        v.parse::<i64>()
            .ok()
            .and_then(|id| n.catalog.space(SpaceId(id)))
            .map_or_else(|| v.to_string(), |s| s.name(ctx.lang).to_string())
    };
    let mut out = Vec::new();
    let mut chips = Vec::new();
    let link = |key: &str| format!("{path}?{}", p.with(key, None));
    let mut add = |(facet, chip): (Facet, Option<ActiveFilter>)| {
        out.push(facet);
        chips.extend(chip);
    };
    add(facet(
        ctx,
        ("status", "activity-status"),
        p.status.trim(),
        named(&f.status),
        |v| ctx.tk("activity-status-", v, ""),
        Order::Given,
        link("status"),
    ));
    add(facet(
        ctx,
        ("kind", "activity-kind"),
        p.kind.trim(),
        named(&f.kind),
        |v| ctx.tk("activity-kind-", v, ""),
        Order::Given,
        link("kind"),
    ));
    add(facet(
        ctx,
        ("year", "activity-year"),
        p.year.trim(),
        f.year.iter().map(|(y, c)| (y.to_string(), *c)).collect(),
        |v| v.to_string(),
        Order::Given,
        link("year"),
    ));
    add(facet(
        ctx,
        ("region", "project-region"),
        p.region.trim(),
        f.region.clone(),
        |v| n.region(v),
        Order::ByLabel,
        link("region"),
    ));
    add(facet(
        ctx,
        ("country", "project-country"),
        p.country.trim(),
        by_code(&f.country),
        code_label,
        Order::ByRank(&code_rank),
        link("country"),
    ));
    add(facet(
        ctx,
        ("entity", "project-entity"),
        p.entity.trim(),
        by_code(&f.entity),
        code_label,
        Order::ByRank(&code_rank),
        link("entity"),
    ));
    add(facet(
        ctx,
        ("theme", "project-theme"),
        p.theme.trim(),
        f.theme
            .iter()
            .map(|(t, c)| (n.theme_slug(*t), *c))
            .collect(),
        theme_label,
        Order::ByLabel,
        link("theme"),
    ));
    add(facet(
        ctx,
        ("pillar", "project-pillar"),
        p.pillar.trim(),
        f.pillar.iter().map(|(x, c)| (x.to_string(), *c)).collect(),
        pillar_label,
        Order::Given,
        link("pillar"),
    ));
    add(facet(
        ctx,
        ("space", "activity-space"),
        p.space.trim(),
        f.space.iter().map(|(x, c)| (x.to_string(), *c)).collect(),
        space_label,
        Order::ByLabel,
        link("space"),
    ));
    // Filters without a facet of their own still show as chips that remove them.
    let mut extra = Vec::new();
    if !p.q.trim().is_empty() {
        extra.push(ActiveFilter {
            label: format!("“{}”", p.q.trim()),
            remove_link: link("q"),
        });
    }
    if let Some(d) = gctcp_domain::activity::parse_month(&p.month) {
        extra.push(ActiveFilter {
            label: format!("{}: {}", ctx.t("activity-month"), ctx.month_year(&d)),
            remove_link: link("month"),
        });
    } else if !p.month.trim().is_empty() {
        extra.push(ActiveFilter {
            label: format!("{}: {}", ctx.t("activity-month"), p.month.trim()),
            remove_link: link("month"),
        });
    }
    if !p.project.trim().is_empty() {
        extra.push(ActiveFilter {
            label: ctx.t("activity-of-project"),
            remove_link: link("project"),
        });
    }
    chips.splice(0..0, extra);
    (out, chips)
}

/// What every view of the tracker shows around its results.
pub struct Frame {
    pub p: Params,
    pub facets: Vec<Facet>,
    pub active: Vec<ActiveFilter>,
    pub count: usize,
    /// How many of the matches are in each status.
    pub by_status: Vec<(&'static str, i64)>,
    pub may_add: bool,
}

async fn frame(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    p: Params,
    path: &str,
) -> AppResult<(Ctx, Frame, Arc<Explore>, Names)> {
    let e = explore::explore(state, &p.filter(), p.sort()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let (facets, active) = facets(&ctx, &n, &p, &e, path);
    let by_status = gctcp_domain::activity::STATUSES
        .iter()
        .zip(e.by_status)
        .filter(|(_, c)| *c > 0)
        .map(|(s, c)| (*s, c))
        .collect();
    Ok((
        ctx.with_section("activities"),
        Frame {
            may_add: gctcp_app::activities::may_add(state, &user.viewer).await?,
            count: e.matches.len(),
            by_status,
            facets,
            active,
            p,
        },
        e,
        n,
    ))
}

page!(ListPage);
#[derive(Template)]
#[template(path = "activities/list.html")]
pub struct ListPage {
    ctx: Ctx,
    f: Frame,
    rows: Vec<Row>,
    page: usize,
    pages: usize,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let (ctx, f, e, n) = frame(&state, &user, ctx, p, "/activities").await?;
    let pages = e.matches.len().div_ceil(PAGE_SIZE).max(1);
    let page = f.p.page.unwrap_or(1).clamp(1, pages);
    let rows = e
        .matches
        .iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|x| row(&n, x))
        .collect();
    Ok(ListPage {
        ctx,
        f,
        rows,
        page,
        pages,
    }
    .into_response())
}

/// A month of the timeline as the page shows it.
pub struct MonthRow {
    pub first: chrono::NaiveDate,
    pub key: String,
    pub count: usize,
    pub rows: Vec<Row>,
}

page!(TimelinePage);
#[derive(Template)]
#[template(path = "activities/timeline.html")]
pub struct TimelinePage {
    ctx: Ctx,
    f: Frame,
    /// The year shown, and the years there are (newest first).
    year: Option<i32>,
    years: Vec<i32>,
    months: Vec<MonthRow>,
    undated: usize,
}

impl TimelinePage {
    fn is_year(&self, y: &i32) -> bool {
        self.year == Some(*y)
    }
    fn year_link(&self, y: &i32) -> String {
        self.f
            .p
            .link_with("/activities/timeline", "year", &y.to_string())
    }
    fn month_link(&self, key: &str) -> String {
        let mut p = self.f.p.clone();
        p.month = key.to_string();
        p.link("/activities")
    }
}

/// The timeline: the activities of one year by month (the year asked, else this year if
/// it has any, else the latest that has).
pub async fn timeline(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(mut p): Query<Params>,
) -> AppResult<Response> {
    let this_year = chrono::Utc::now().year();
    if p.year.trim().is_empty() && p.month.trim().is_empty() {
        let all = explore::explore(&state, &p.filter(), Sort::Date).await?;
        let years: Vec<i32> = all.facets.year.iter().map(|(y, _)| *y).collect();
        let pick = if years.contains(&this_year) {
            Some(this_year)
        } else {
            years.first().copied()
        };
        if let Some(y) = pick {
            p.year = y.to_string();
        }
    }
    let (ctx, f, e, n) = frame(&state, &user, ctx, p, "/activities/timeline").await?;
    let years = f.facets[2]
        .options
        .iter()
        .filter_map(|o| o.value.parse().ok())
        .collect();
    let months = explore::timeline(&e.matches, PER_MONTH)
        .into_iter()
        .map(|m| MonthRow {
            key: month_key(m.first),
            first: m.first,
            count: m.count,
            rows: m.shown.iter().map(|a| row(&n, a)).collect(),
        })
        .collect();
    let undated = e
        .matches
        .iter()
        .filter(|a| a.dates.when().is_none())
        .count();
    Ok(TimelinePage {
        ctx,
        year: f.p.year.trim().parse().ok(),
        years,
        months,
        undated,
        f,
    }
    .into_response())
}

/// A region of the "where" view as the page shows it.
pub struct PlaceRow {
    pub region: String,
    pub name: String,
    pub count: i64,
    pub by_status: Vec<(&'static str, i64)>,
    /// (code, name, count)
    pub countries: Vec<(String, String, i64)>,
}

page!(WherePage);
#[derive(Template)]
#[template(path = "activities/where.html")]
pub struct WherePage {
    ctx: Ctx,
    f: Frame,
    places: Vec<PlaceRow>,
    /// Matches serving no region or country (global activities).
    global: usize,
}

impl WherePage {
    fn region_link(&self, r: &str) -> String {
        self.f.p.link_with("/activities", "region", r)
    }
    fn country_link(&self, code: &str) -> String {
        self.f.p.link_with("/activities", "country", code)
    }
}

pub async fn places(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let (ctx, f, e, n) = frame(&state, &user, ctx, p, "/activities/where").await?;
    let places = explore::places(&n.catalog, &e.matches)
        .into_iter()
        .map(|pl| PlaceRow {
            name: n.region(&pl.region),
            by_status: gctcp_domain::activity::STATUSES
                .iter()
                .zip(pl.by_status)
                .filter(|(_, c)| *c > 0)
                .map(|(s, c)| (*s, c))
                .collect(),
            countries: pl
                .countries
                .iter()
                .map(|(c, k)| (n.code(*c), n.org(*c), *k))
                .collect(),
            region: pl.region,
            count: pl.count,
        })
        .collect();
    let global = e
        .matches
        .iter()
        .filter(|a| a.countries.is_empty() && a.regions.is_empty())
        .count();
    Ok(WherePage {
        ctx,
        f,
        places,
        global,
    }
    .into_response())
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/activities", get(list))
        .route("/activities/timeline", get(timeline))
        .route("/activities/where", get(places))
        .route("/activities.csv", get(export::csv))
        .route("/activities/new", get(form::new).post(form::create))
        .route("/activities/{id}", get(show::show))
        .route("/activities/{id}/edit", get(form::edit).post(form::update))
        .route("/activities/{id}/progress", post(form::progress))
}

/// Activities on another page (a country's, an entity's, a project's): how many, in
/// each status, the latest few, and the list filtered to them.
pub struct Linked {
    pub count: usize,
    pub by_status: Vec<(&'static str, i64)>,
    pub rows: Vec<Row>,
    pub link: String,
}

/// Activities another page lists; the rest are in the list.
const LINKED_SHOWN: usize = 8;

/// The activities a filter of one key leaves (`country`, `entity` or `project`).
pub async fn linked(state: &AppState, ctx: &Ctx, key: &str, value: &str) -> AppResult<Linked> {
    let p = Params {
        country: if key == "country" {
            value.into()
        } else {
            String::new()
        },
        entity: if key == "entity" {
            value.into()
        } else {
            String::new()
        },
        project: if key == "project" {
            value.into()
        } else {
            String::new()
        },
        ..Params::default()
    };
    let e = explore::explore(state, &p.filter(), Sort::Date).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    Ok(Linked {
        count: e.matches.len(),
        by_status: gctcp_domain::activity::STATUSES
            .iter()
            .zip(e.by_status)
            .filter(|(_, c)| *c > 0)
            .map(|(s, c)| (*s, c))
            .collect(),
        rows: e
            .matches
            .iter()
            .take(LINKED_SHOWN)
            .map(|a| row(&n, a))
            .collect(),
        link: p.link("/activities"),
    })
}
