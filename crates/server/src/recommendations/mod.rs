//! CTED's technical-assistance recommendations: the list (what this viewer may read, with
//! filters), the coverage of needs, the assessments, one assessment's page (why the
//! viewer sees it, its report, recommendations with their follow-up, the State's
//! consents), the access trail, and the CSV export. Every page that shows what an
//! assessment says keeps the read (`gctcp_app::recommendations::record`).

pub mod export;
pub mod form;
pub mod import;

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::names::Names;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use gctcp_app::recommendations::{self as ops, coverage, Filter, Line};
use gctcp_app::Actor;
use gctcp_domain::cted::{Why, PRIORITIES, STATUSES};
use gctcp_domain::OrgId;
use gctcp_store::recommendations::{Assessment, ConsentRow, Note};
use serde::Deserialize;
use std::collections::BTreeMap;

pub const PAGE_SIZE: usize = 25;

#[derive(Deserialize, Default, Clone, Debug)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub priority: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub coverage: String,
    pub page: Option<usize>,
}

const KEYS: [&str; 6] = ["q", "country", "theme", "priority", "status", "coverage"];

impl Params {
    pub fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "country" => &self.country,
            "theme" => &self.theme,
            "priority" => &self.priority,
            "status" => &self.status,
            "coverage" => &self.coverage,
            _ => "",
        }
    }

    pub fn filter(&self) -> Filter {
        Filter {
            q: self.q.clone(),
            country: self.country.clone(),
            theme: self.theme.clone(),
            priority: self.priority.clone(),
            status: self.status.clone(),
            coverage: self.coverage.clone(),
        }
    }

    pub fn query(&self) -> String {
        crate::ui::query::query_with(&KEYS, |k| self.value(k), "", None)
    }

    pub fn page_link(&self, page: usize) -> String {
        crate::ui::query::page_link(&self.query(), page)
    }

    pub fn is(&self, key: &str, value: &str) -> bool {
        self.value(key).trim() == value
    }
}

/// Why the viewer sees an assessment, in their language.
pub fn why(ctx: &Ctx, n: &Names, w: Why, state: i64) -> String {
    match w {
        Why::OwnState => ctx.ta("cted-why-own-state", "state", n.org(state)),
        Why::Cted => ctx.t("cted-why-cted"),
        Why::Admin => ctx.t("cted-why-admin"),
        Why::Consent {
            all_entities,
            expires_on,
        } => {
            let key = match (all_entities, expires_on.is_some()) {
                (false, false) => "cted-why-consent",
                (false, true) => "cted-why-consent-until",
                (true, false) => "cted-why-consent-all",
                (true, true) => "cted-why-consent-all-until",
            };
            let until = expires_on.map(|d| ctx.date(&d)).unwrap_or_default();
            crate::i18n::t_args(
                ctx.lang,
                key,
                &[("state", n.org(state).into()), ("date", until.into())],
            )
        }
    }
}

/// A recommendation as lists show it.
pub struct Row {
    pub id: i64,
    pub assessment: i64,
    pub body: String,
    pub state: String,
    pub state_code: String,
    pub kind: String,
    pub held_on: chrono::NaiveDate,
    pub theme: Option<String>,
    pub priority: String,
    pub status: String,
    pub covered: bool,
    pub why: String,
}

pub fn row(ctx: &Ctx, n: &Names, l: &Line) -> Row {
    Row {
        id: l.r.id,
        assessment: l.a.id,
        body: l.r.body.clone(),
        state: n.org(l.a.state_org_id),
        state_code: n.code(l.a.state_org_id),
        kind: l.a.kind.clone(),
        held_on: l.a.held_on,
        theme: l.r.theme_id.map(|t| n.theme(t)),
        priority: l.r.priority.clone(),
        status: l.r.status.clone(),
        covered: l.covered,
        why: why(ctx, n, l.why, l.a.state_org_id),
    }
}

fn names(state: &AppState, ctx: &Ctx) -> impl std::future::Future<Output = AppResult<Names>> {
    let state = state.clone();
    let lang = ctx.lang;
    async move {
        Ok(Names {
            catalog: state.catalog().await?,
            lang,
        })
    }
}

page!(ListPage);
#[derive(Template)]
#[template(path = "cted/list.html")]
pub struct ListPage {
    ctx: Ctx,
    p: Params,
    rows: Vec<Row>,
    total: usize,
    page: usize,
    pages: usize,
    /// Filter choices: (value, label, count over what the viewer may read).
    countries: Vec<(String, String, usize)>,
    themes: Vec<(String, String, usize)>,
    priorities: [&'static str; 3],
    statuses: [&'static str; 4],
    may_edit: bool,
    /// Nothing at all is readable to this viewer.
    nothing: bool,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let seen = ops::seen(&state, &user.viewer).await?;
    let all = ops::lines(&state, &seen).await?;
    let n = names(&state, &ctx).await?;
    let f = p.filter();
    let words = f.words();
    let lines: Vec<&Line> = all
        .iter()
        .filter(|l| f.keeps(&n.catalog, l, &words))
        .collect();
    let mut countries: BTreeMap<i64, usize> = BTreeMap::new();
    let mut themes: BTreeMap<i64, usize> = BTreeMap::new();
    for l in &all {
        *countries.entry(l.a.state_org_id).or_default() += 1;
        if let Some(t) = l.r.theme_id {
            *themes.entry(t).or_default() += 1;
        }
    }
    let mut countries: Vec<(String, String, usize)> = countries
        .into_iter()
        .map(|(o, c)| (n.code(o), n.org(o), c))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut countries, |(_, name, _)| name);
    let mut themes: Vec<(String, String, usize)> = themes
        .into_iter()
        .map(|(t, c)| (n.theme_slug(t), n.theme(t), c))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut themes, |(_, name, _)| name);
    let total = lines.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = p.page.unwrap_or(1).clamp(1, pages);
    let shown: Vec<&Line> = lines
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let read: Vec<i64> = shown.iter().map(|l| l.a.id).collect();
    ops::record(&state, &actor, "list", &read).await?;
    Ok(ListPage {
        rows: shown.iter().map(|l| row(&ctx, &n, l)).collect(),
        ctx: ctx.with_section("recommendations"),
        p,
        total,
        page,
        pages,
        countries,
        themes,
        priorities: PRIORITIES,
        statuses: STATUSES,
        may_edit: seen.may_edit(&user.viewer),
        nothing: seen.cleared.is_empty(),
    }
    .into_response())
}

page!(CoveragePage);
#[derive(Template)]
#[template(path = "cted/coverage.html")]
pub struct CoveragePage {
    ctx: Ctx,
    m: coverage::Matrix,
    /// Theme labels in `m.themes` order; region labels in `m.regions` order.
    theme_names: Vec<(Option<i64>, String, String)>,
    region_names: Vec<(String, String)>,
}

pub async fn coverage_page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
) -> AppResult<Response> {
    let seen = ops::seen(&state, &user.viewer).await?;
    let m = coverage::matrix(&state, &seen).await?;
    let n = names(&state, &ctx).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::record(&state, &actor, "list", &m.assessments).await?;
    let mut theme_names: Vec<(Option<i64>, String, String)> = m
        .themes
        .iter()
        .map(|t| match t {
            Some(t) => (Some(*t), n.theme(*t), n.theme_slug(*t)),
            None => (None, ctx.t("cted-no-theme"), String::new()),
        })
        .collect();
    // By name in the reader's collation; recommendations without a theme last.
    crate::i18n::sort_by_name(ctx.lang, &mut theme_names, |(_, name, _)| name);
    theme_names.sort_by_key(|(t, _, _)| t.is_none());
    let region_names = m
        .regions
        .iter()
        .map(|r| {
            let name = if r.is_empty() {
                ctx.t("cted-no-region")
            } else {
                n.region(r)
            };
            (r.clone(), name)
        })
        .collect();
    Ok(CoveragePage {
        ctx: ctx.with_section("recommendations"),
        m,
        theme_names,
        region_names,
    }
    .into_response())
}

/// An assessment as lists show it.
pub struct AssessmentRow {
    pub a: Assessment,
    pub state: String,
    pub state_code: String,
    pub recommendations: usize,
    pub why: String,
}

page!(AssessmentsPage);
#[derive(Template)]
#[template(path = "cted/assessments.html")]
pub struct AssessmentsPage {
    ctx: Ctx,
    rows: Vec<AssessmentRow>,
    may_edit: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct AssessmentsParams {
    pub imported: Option<i64>,
}

pub async fn assessments(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<AssessmentsParams>,
) -> AppResult<Response> {
    let notice = q.imported.map(|n| ctx.tn("cted-imported", "count", n));
    let seen = ops::seen(&state, &user.viewer).await?;
    let all = ops::lines(&state, &seen).await?;
    let n = names(&state, &ctx).await?;
    let rows = seen
        .assessments()
        .map(|a| AssessmentRow {
            state: n.org(a.state_org_id),
            state_code: n.code(a.state_org_id),
            recommendations: all.iter().filter(|l| l.a.id == a.id).count(),
            why: seen
                .why(a.id)
                .map(|w| why(&ctx, &n, w, a.state_org_id))
                .unwrap_or_default(),
            a: a.clone(),
        })
        .collect();
    Ok(AssessmentsPage {
        ctx: ctx.with_section("recommendations"),
        rows,
        may_edit: seen.may_edit(&user.viewer),
        notice,
    }
    .into_response())
}

/// A consent as the assessment's page lists it.
pub struct ConsentView {
    pub c: ConsentRow,
    pub to: String,
    /// In force today.
    pub live: bool,
}

/// A recommendation on its assessment's page.
pub struct Shown {
    pub r: gctcp_app::recommendations::Recommendation,
    pub number: usize,
    pub theme: Option<String>,
    pub pillar: Option<String>,
    pub notes: Vec<Note>,
    /// (id, code, title, status) of the projects addressing it.
    pub projects: Vec<(i64, String, String, String)>,
    /// (id, title, status) of the activities addressing it.
    pub activities: Vec<(i64, String, String)>,
}

page!(AssessmentPage);
#[derive(Template)]
#[template(path = "cted/assessment.html")]
pub struct AssessmentPage {
    ctx: Ctx,
    o: ops::Opened,
    state: String,
    state_code: String,
    why: String,
    shown: Vec<Shown>,
    consents: Vec<ConsentView>,
    /// Compact entities to consent to: (code, name), in the reader's collation.
    entities: Vec<(String, String)>,
    themes: Vec<(i64, String)>,
    pillars: Vec<(i64, String)>,
    priorities: [&'static str; 3],
    statuses: [&'static str; 4],
    notice: Option<String>,
    errors: Vec<String>,
    /// What a refused form held, to show it again.
    draft: gctcp_app::recommendations::edit::RecommendationInput,
    consent_errors: Vec<String>,
    add_action: String,
}

#[derive(Deserialize, Default)]
pub struct ShowParams {
    #[serde(default)]
    pub saved: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Query(q): Query<ShowParams>,
) -> AppResult<Response> {
    let notice = match q.saved.as_deref() {
        Some("granted") => Some(ctx.t("cted-consent-granted")),
        Some("revoked") => Some(ctx.t("cted-consent-revoked")),
        Some(_) => Some(ctx.t("cted-saved")),
        None => None,
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    Ok(show_page(
        &state,
        &actor,
        ctx,
        id,
        notice,
        Default::default(),
        vec![],
        vec![],
    )
    .await?
    .into_response())
}

#[allow(clippy::too_many_arguments)]
pub async fn show_page(
    state: &AppState,
    actor: &Actor,
    ctx: Ctx,
    id: i64,
    notice: Option<String>,
    draft: gctcp_app::recommendations::edit::RecommendationInput,
    errors: Vec<String>,
    consent_errors: Vec<String>,
) -> AppResult<AssessmentPage> {
    let o = ops::open(state, actor, id).await?;
    let n = names(state, &ctx).await?;
    let compendium = gctcp_app::projects::compendium(state).await?;
    let tracker = gctcp_app::activities::tracker(state).await?;
    let today = ops::today();
    let shown = o
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| Shown {
            number: i + 1,
            theme: r.theme_id.map(|t| n.theme(t)),
            pillar: r.pillar.map(|p| n.pillar(p)),
            notes: o.notes.get(&r.id).cloned().unwrap_or_default(),
            projects: o
                .links
                .projects
                .iter()
                .filter(|(rid, _)| *rid == r.id)
                .filter_map(|(_, p)| compendium.get(*p))
                .map(|p| {
                    (
                        p.id,
                        p.f.code.clone(),
                        p.f.title.clone(),
                        p.f.status.clone(),
                    )
                })
                .collect(),
            activities: o
                .links
                .activities
                .iter()
                .filter(|(rid, _)| *rid == r.id)
                .filter_map(|(_, a)| tracker.get(*a))
                .map(|a| (a.id, a.title.clone(), a.status.clone()))
                .collect(),
            r: r.clone(),
        })
        .collect();
    let consents = o
        .consents
        .iter()
        .map(|c| ConsentView {
            to: match c.grantee_org_id {
                Some(org) => n.org(org),
                None => ctx.t("cted-consent-all-entities"),
            },
            live: c.rule().in_force(today),
            c: c.clone(),
        })
        .collect();
    let mut entities: Vec<(String, String)> = n
        .catalog
        .orgs
        .iter()
        .filter(|o| !o.is_member_state() && !o.code.eq_ignore_ascii_case(ops::CTED))
        .map(|o| (o.code.clone(), o.name(ctx.lang).to_string()))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut entities, |(_, name)| name);
    let mut themes: Vec<(i64, String)> = n
        .catalog
        .themes
        .iter()
        .map(|t| (t.id, n.theme(t.id)))
        .collect();
    crate::i18n::sort_by_name(ctx.lang, &mut themes, |(_, name)| name);
    let pillars = n
        .catalog
        .pillars
        .iter()
        .map(|p| (p.number, n.pillar(p.number)))
        .collect();
    Ok(AssessmentPage {
        state: n.org(o.a.state_org_id),
        state_code: n.code(o.a.state_org_id),
        why: why(&ctx, &n, o.why, o.a.state_org_id),
        ctx: ctx.with_section("recommendations"),
        shown,
        consents,
        entities,
        themes,
        pillars,
        priorities: PRIORITIES,
        statuses: STATUSES,
        notice,
        errors,
        draft,
        consent_errors,
        add_action: format!("/assessments/{id}/recommendations"),
        o,
    })
}

page!(TrailPage);
#[derive(Template)]
#[template(path = "cted/trail.html")]
pub struct TrailPage {
    ctx: Ctx,
    a: Assessment,
    state: String,
    /// (read, organization's name)
    reads: Vec<(gctcp_app::recommendations::Read, String)>,
    older: Option<i64>,
}

#[derive(Deserialize, Default)]
pub struct TrailParams {
    pub before: Option<i64>,
}

const TRAIL_PAGE: i64 = 100;

pub async fn trail(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<TrailParams>,
) -> AppResult<Response> {
    let (a, reads) = ops::trail(&state, &user.viewer, id, q.before, TRAIL_PAGE + 1).await?;
    let n = names(&state, &ctx).await?;
    let older = (reads.len() as i64 > TRAIL_PAGE)
        .then(|| reads.get(TRAIL_PAGE as usize - 1).map(|r| r.id))
        .flatten();
    let reads = reads
        .into_iter()
        .take(TRAIL_PAGE as usize)
        .map(|r| {
            let org = n.org(r.org_id);
            (r, org)
        })
        .collect();
    Ok(TrailPage {
        state: n.org(a.state_org_id),
        ctx: ctx.with_section("recommendations"),
        a,
        reads,
        older,
    }
    .into_response())
}

/// A report's file, to those who may read the assessment; the download is kept.
pub async fn report(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path((id, version)): Path<(i64, i64)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let v = ops::report_version(&state, &actor, id, version).await?;
    crate::library::files::stream(&state, &v, &headers, false).await
}

/// A country page's coverage: that State's recommendations this viewer may read.
pub struct CountryCoverage {
    pub covered: Vec<Row>,
    pub uncovered: Vec<Row>,
}

pub async fn country(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    ip: Option<&str>,
    org: OrgId,
) -> AppResult<Option<CountryCoverage>> {
    let seen = ops::seen(state, &user.viewer).await?;
    if seen.cleared.is_empty() {
        return Ok(None);
    }
    let c = coverage::country(state, &seen, org).await?;
    if c.is_empty() {
        return Ok(None);
    }
    let actor = Actor::person(&user.viewer, ip);
    ops::record(state, &actor, "list", &c.assessments()).await?;
    let n = names(state, ctx).await?;
    Ok(Some(CountryCoverage {
        covered: c.covered.iter().map(|l| row(ctx, &n, l)).collect(),
        uncovered: c.uncovered.iter().map(|l| row(ctx, &n, l)).collect(),
    }))
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/recommendations", get(list))
        .route("/recommendations/coverage", get(coverage_page))
        .route("/recommendations.csv", get(export::csv))
        .route(
            "/recommendations/import",
            get(import::form).post(import::preview),
        )
        .route("/recommendations/import/confirm", post(import::confirm))
        .route(
            "/recommendations/{id}/edit",
            get(form::edit_recommendation).post(form::update_recommendation),
        )
        .route("/recommendations/{id}/notes", post(form::note))
        .route("/assessments", get(assessments))
        .route("/assessments/new", get(form::new).post(form::create))
        .route("/assessments/{id}", get(show))
        .route("/assessments/{id}/edit", get(form::edit).post(form::update))
        .route(
            "/assessments/{id}/recommendations",
            post(form::add_recommendation),
        )
        .route("/assessments/{id}/consents", post(form::grant))
        .route(
            "/assessments/{id}/consents/{consent}/revoke",
            post(form::revoke),
        )
        .route("/assessments/{id}/trail", get(trail))
        .route("/assessments/{id}/report/{version}", get(report))
}

/// What a project or an activity page links to.
#[derive(Clone, Copy)]
pub enum Addressing {
    Project(i64),
    Activity(i64),
}

/// The recommendations this viewer may read that a project or an activity addresses
/// (the read is kept); empty for anyone else, so a link never tells what it links to.
pub async fn addressed_by(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    ip: Option<&str>,
    what: Addressing,
) -> AppResult<Vec<Row>> {
    let seen = ops::seen(state, &user.viewer).await?;
    if seen.cleared.is_empty() {
        return Ok(vec![]);
    }
    let lines: Vec<Line> = ops::lines(state, &seen)
        .await?
        .into_iter()
        .filter(|l| match what {
            Addressing::Project(p) => l.projects.contains(&p),
            Addressing::Activity(a) => l.activities.contains(&a),
        })
        .collect();
    let actor = Actor::person(&user.viewer, ip);
    let read: Vec<i64> = lines.iter().map(|l| l.a.id).collect();
    ops::record(state, &actor, "list", &read).await?;
    let n = names(state, ctx).await?;
    Ok(lines.iter().map(|l| row(ctx, &n, l)).collect())
}
