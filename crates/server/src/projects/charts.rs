//! The explorer's charts: funding gap by thematic priority and by region, projects per
//! beneficiary country, and a country × theme matrix — each an SVG drawn here, with its
//! numbers in a table beside it — over the projects the same filters leave.

use super::{facets, Params};
use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::chart::{self, Bar, Caption};
use crate::ui::ctx::Ctx;
use crate::ui::facets::{ActiveFilter, Facet};
use crate::ui::names::Names;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_app::projects::explore;
use gctcp_domain::project::Money;

/// A chart's table row: its label, the explorer narrowed to it, and its money.
pub struct TableRow {
    pub label: String,
    pub href: String,
    pub money: Money,
}

/// A funding-gap chart with its table.
pub struct Block {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub rows: Vec<TableRow>,
}

page!(ChartsPage);
#[derive(Template)]
#[template(path = "projects/charts.html")]
pub struct ChartsPage {
    ctx: Ctx,
    p: Params,
    totals: Money,
    facets: Vec<Facet>,
    active: Vec<ActiveFilter>,
    gap_charts: Vec<Block>,
    country_svg: String,
    countries: Vec<TableRow>,
    matrix_svg: String,
    matrix_columns: Vec<String>,
    matrix_rows: Vec<(String, Vec<i64>)>,
    /// Who implements the projects of this view, with their money.
    entities: Vec<TableRow>,
}

/// Rows of the per-country chart (the table lists every country).
const COUNTRY_BARS: usize = 20;

fn gap_bars(ctx: &Ctx, rows: &[TableRow]) -> Vec<Bar> {
    rows.iter()
        .map(|r| Bar {
            label: r.label.clone(),
            parts: vec![
                ("funded", r.money.funded.min(r.money.requested)),
                ("gap", r.money.gap),
            ],
            value: ctx.ta("project-chart-gap-value", "gap", ctx.usd(r.money.gap)),
        })
        .collect()
}

pub async fn page(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let (e, b) = explore::explore_charts(&state, &p.filter()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let (facets, active) = facets(&ctx, &n, &p, &e);
    let rtl = ctx.dir() == "rtl";
    let narrowed = |key: &str, value: &str| format!("/projects?{}", p.with(key, Some(value)));
    let themes: Vec<TableRow> = b
        .by_theme
        .iter()
        .map(|(t, m)| TableRow {
            label: n.theme(*t),
            href: narrowed("theme", &n.theme_slug(*t)),
            money: *m,
        })
        .collect();
    let regions: Vec<TableRow> = b
        .by_region
        .iter()
        .map(|(r, m)| TableRow {
            label: n.region(r),
            href: narrowed("region", r),
            money: *m,
        })
        .collect();
    let countries: Vec<TableRow> = b
        .by_country
        .iter()
        .map(|(c, m)| TableRow {
            label: n.org(*c),
            href: narrowed("country", &n.code(*c)),
            money: *m,
        })
        .collect();
    let theme_svg = chart::bars(
        &Caption {
            id: "chart-theme",
            title: &ctx.t("project-chart-theme"),
            desc: &ctx.t("project-chart-gap-desc"),
        },
        &gap_bars(&ctx, &themes),
        rtl,
    );
    let region_svg = chart::bars(
        &Caption {
            id: "chart-region",
            title: &ctx.t("project-chart-region"),
            desc: &ctx.t("project-chart-gap-desc"),
        },
        &gap_bars(&ctx, &regions),
        rtl,
    );
    let country_svg = chart::bars(
        &Caption {
            id: "chart-country",
            title: &ctx.t("project-chart-country"),
            desc: &ctx.t("project-chart-country-desc"),
        },
        &countries
            .iter()
            .take(COUNTRY_BARS)
            .map(|r| Bar {
                label: r.label.clone(),
                parts: vec![("count", r.money.projects)],
                value: ctx.num(r.money.projects),
            })
            .collect::<Vec<_>>(),
        rtl,
    );
    let matrix_columns: Vec<String> = b.matrix_themes.iter().map(|t| n.theme(*t)).collect();
    let matrix_rows: Vec<(String, Vec<i64>)> = b
        .matrix
        .iter()
        .map(|(c, counts)| (n.org(*c), counts.clone()))
        .collect();
    let matrix_svg = chart::matrix(
        &Caption {
            id: "chart-matrix",
            title: &ctx.t("project-chart-matrix"),
            desc: &ctx.t("project-chart-matrix-desc"),
        },
        &matrix_rows
            .iter()
            .map(|(c, _)| c.clone())
            .collect::<Vec<_>>(),
        &matrix_columns,
        &matrix_rows
            .iter()
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>(),
        rtl,
    );
    let entities = b
        .by_entity
        .iter()
        .map(|(o, m)| TableRow {
            label: format!("{} ({})", n.org(*o), n.code(*o)),
            href: narrowed("entity", &n.code(*o)),
            money: *m,
        })
        .collect();
    Ok(ChartsPage {
        entities,
        totals: e.totals,
        facets,
        active,
        gap_charts: vec![
            Block {
                id: "theme",
                title: ctx.t("project-chart-theme"),
                svg: theme_svg,
                rows: themes,
            },
            Block {
                id: "region",
                title: ctx.t("project-chart-region"),
                svg: region_svg,
                rows: regions,
            },
        ],
        country_svg,
        countries,
        matrix_svg,
        matrix_columns,
        matrix_rows,
        p,
        ctx: ctx.with_section("projects"),
    }
    .into_response())
}
