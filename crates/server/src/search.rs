//! The search box in every signed-in page's header: everything the reader may see, grouped
//! by kind, a few of each with a link to all of them (the directory's and the library's
//! own searches, with their filters, or a page of one kind here).

use crate::calendar::{fmt, item, Item};
use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use gctcp_app::search::{self as ops, Found, Kind, Request, KINDS};
use gctcp_domain::SpaceId;
use gctcp_store::catalog::Catalog;
use serde::Deserialize;

/// Results of each kind on the overview, and on a page of one kind.
const PREVIEW: usize = 5;
const PAGE_SIZE: usize = 20;
/// What is kept of the box's text: the search itself reads 8 words of 64 characters.
const MAX_TEXT: usize = 500;

#[derive(Deserialize, Default)]
pub struct Params {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    page: Option<i64>,
}

/// A kind's tab: its name, count and link.
pub struct Tab {
    pub key: &'static str,
    pub label: String,
    pub count: usize,
    pub link: String,
    pub current: bool,
}

/// A result as the page lists it, whatever its kind.
#[derive(Default)]
pub struct Row {
    pub title: String,
    pub link: String,
    /// Where and what: organization, space, status, date… (already formatted).
    pub meta: Vec<String>,
    /// Why it matched, when not by its title.
    pub excerpt: String,
    /// The language of the title and excerpt, when known (resources).
    pub lang: String,
    pub tag: Option<String>,
}

/// A kind's results.
pub struct Section {
    pub kind: &'static str,
    pub heading: String,
    pub total: usize,
    pub people: Vec<(gctcp_store::directory::Hit, String)>,
    pub events: Vec<Item>,
    pub rows: Vec<Row>,
    /// "All 123 people" (to the module's own search, or this page's one kind).
    pub more: Option<(String, String)>,
}

page!(SearchPage);
#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    ctx: Ctx,
    q: String,
    searched: bool,
    total: usize,
    tabs: Vec<Tab>,
    sections: Vec<Section>,
    focus: Option<&'static str>,
    page: usize,
    pages: usize,
    /// The links of the pages (`partials/pager.html`).
    p: Pages,
}

pub struct Pages {
    query: String,
}

impl Pages {
    pub fn page_link(&self, page: usize) -> String {
        format!(
            "/search?{}",
            crate::ui::query::page_link(&self.query, page).trim_start_matches('?')
        )
    }
}

/// `q=…&kind=…` (empty values left out), through the searches' one query-string writer.
fn encoded(q: &str, kind: &str) -> String {
    crate::ui::query::query_with(
        &["q", "kind"],
        |k| if k == "q" { q } else { kind },
        "",
        None,
    )
}

fn label(ctx: &Ctx, k: Kind) -> String {
    ctx.t(&format!("search-kind-{}", k.key()))
}

/// The link to every result of kind `k`.
fn more_link(q: &str, k: Kind) -> String {
    match k {
        Kind::People => format!("/people?{}", encoded(q, "")),
        Kind::Resources => format!("/library?{}", encoded(q, "")),
        // Their own explorers, where the words can be narrowed by every filter.
        Kind::Activities => format!("/activities?{}", encoded(q, "")),
        Kind::Projects => format!("/projects?{}", encoded(q, "")),
        Kind::Recommendations => format!("/recommendations?{}", encoded(q, "")),
        _ => format!("/search?{}", encoded(q, k.key())),
    }
}

fn space_name(catalog: &Catalog, lang: &str, id: i64) -> String {
    catalog
        .space(SpaceId(id))
        .map(|s| s.name(lang).to_string())
        .unwrap_or_default()
}

/// The page's sections, in the kinds' order, those with results only.
fn sections(
    ctx: &Ctx,
    catalog: &Catalog,
    found: Found,
    q: &str,
    focus: Option<Kind>,
) -> Vec<Section> {
    let lang = ctx.lang;
    let reader = fmt::reader_zone(ctx);
    let mut out = Vec::new();
    let mut push = |k: Kind, total: usize, f: &mut dyn FnMut(&mut Section)| {
        if total == 0 || focus.is_some_and(|f| f != k) {
            return;
        }
        let mut s = Section {
            kind: k.key(),
            heading: label(ctx, k),
            total,
            people: Vec::new(),
            events: Vec::new(),
            rows: Vec::new(),
            more: None,
        };
        f(&mut s);
        let shown = s.people.len() + s.events.len() + s.rows.len();
        if focus.is_none() && total > shown {
            s.more = Some((
                more_link(q, k),
                ctx.tn(&format!("search-all-{}", k.key()), "count", total as i64),
            ));
        }
        out.push(s);
    };
    let Found {
        mut people,
        orgs,
        spaces,
        resources,
        mut events,
        threads,
        plans,
        activities,
        projects,
        recommendations,
        ..
    } = found;
    let org_code = |id: i64| {
        catalog
            .org(gctcp_domain::OrgId(id))
            .map(|o| o.code.clone())
            .unwrap_or_default()
    };
    push(Kind::People, people.total, &mut |s| {
        s.people = people
            .items
            .drain(..)
            .map(|h| {
                let t = crate::directory::local_line(ctx.lang, &h.time_zone);
                (h, t)
            })
            .collect();
    });
    push(Kind::Organizations, orgs.total, &mut |s| {
        s.rows = orgs
            .items
            .iter()
            .map(|o| Row {
                title: o.name(lang).to_string(),
                link: format!("/organizations/{}", o.code),
                meta: [
                    ctx.t(if o.is_member_state() {
                        "org-type-member_state"
                    } else if o.compact_status.as_deref() == Some("observer") {
                        "org-type-compact_observer"
                    } else {
                        "org-type-compact_member"
                    }),
                    o.region
                        .as_deref()
                        .map(|r| catalog.region_name(r, lang).to_string())
                        .unwrap_or_default(),
                ]
                .into_iter()
                .filter(|m| !m.is_empty())
                .collect(),
                tag: Some(o.code.clone()),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Spaces, spaces.total, &mut |s| {
        s.rows = spaces
            .items
            .iter()
            .map(|sp| Row {
                title: sp.name(lang).to_string(),
                link: format!("/spaces/{}", sp.id),
                meta: vec![ctx.t(if sp.is_open {
                    "search-space-open"
                } else {
                    "search-space-closed"
                })],
                excerpt: ops::excerpt(&sp.purpose, &[]),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Resources, resources.total, &mut |s| {
        s.rows = resources
            .items
            .iter()
            .map(|c| Row {
                title: c.title.clone(),
                link: format!("/library/{}", c.id),
                meta: vec![
                    ctx.tk("doc-type-", &c.doc_type, ""),
                    ctx.date(&c.published_on),
                    c.org_code.clone(),
                ],
                excerpt: ops::excerpt(&c.summary, &[]),
                lang: c.lang.clone(),
                tag: (c.visibility != "all").then(|| ctx.t("library-restricted")),
            })
            .collect();
    });
    push(Kind::Events, events.total, &mut |s| {
        s.events = events
            .items
            .drain(..)
            .filter_map(|h| h.when.map(|w| item(catalog, lang, reader, w)))
            .collect();
    });
    push(Kind::Discussions, threads.total, &mut |s| {
        s.rows = threads
            .items
            .iter()
            .map(|t| Row {
                title: t.title.clone(),
                link: format!("/discussions/{}", t.id),
                meta: vec![
                    space_name(catalog, lang, t.space_id),
                    ctx.tn("discussions-replies", "count", t.replies),
                    ctx.time(&t.last_post_at),
                ],
                excerpt: t.excerpt.clone(),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Plans, plans.total, &mut |s| {
        s.rows = plans
            .items
            .iter()
            .map(|p| Row {
                title: p.title.clone(),
                link: format!("/plan/{}", p.id),
                meta: vec![space_name(catalog, lang, p.space_id)],
                excerpt: p.excerpt.clone(),
                tag: Some(ctx.tk("plan-status-", &p.status, "")),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Activities, activities.total, &mut |s| {
        s.rows = activities
            .items
            .iter()
            .map(|a| Row {
                title: a.title.to_string(),
                link: format!("/activities/{}", a.id),
                meta: [
                    ctx.tk("activity-kind-", &a.kind, ""),
                    org_code(a.lead_org),
                    a.dates.when().map(|d| ctx.date(&d)).unwrap_or_default(),
                ]
                .into_iter()
                .filter(|m| !m.is_empty())
                .collect(),
                tag: Some(ctx.tk("activity-status-", &a.status, "")),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Projects, projects.total, &mut |s| {
        s.rows = projects
            .items
            .iter()
            .map(|p| Row {
                title: format!("{} — {}", p.f.code, p.f.title),
                link: format!("/projects/{}", p.id),
                meta: vec![org_code(p.f.lead_org)],
                excerpt: ops::excerpt(&p.f.summary, &[]),
                tag: Some(ctx.tk("project-status-", &p.f.status, "")),
                ..Default::default()
            })
            .collect();
    });
    push(Kind::Recommendations, recommendations.total, &mut |s| {
        s.rows = recommendations
            .items
            .iter()
            .map(|l| Row {
                title: ops::excerpt(&l.r.body, &[]),
                link: format!("/assessments/{}#r{}", l.a.id, l.r.id),
                meta: vec![
                    catalog
                        .org(gctcp_domain::OrgId(l.a.state_org_id))
                        .map(|o| o.name(lang).to_string())
                        .unwrap_or_default(),
                    ctx.date(&l.a.held_on),
                    ctx.tk("cted-priority-", &l.r.priority, ""),
                ],
                tag: Some(ctx.tk("cted-status-", &l.r.status, "")),
                ..Default::default()
            })
            .collect();
    });
    out
}

pub async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    crate::http::extract::ClientIp(ip): crate::http::extract::ClientIp,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let q: String =
        p.q.chars()
            .filter(|c| !c.is_control())
            .take(MAX_TEXT)
            .collect::<String>()
            .trim()
            .to_string();
    let focus = Kind::parse(p.kind.trim());
    let page = usize::try_from(p.page.unwrap_or(1).clamp(1, 500)).unwrap_or(1);
    let request = Request {
        text: q.clone(),
        focus,
        preview: PREVIEW,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
    };
    let reader = fmt::reader_zone(&ctx);
    let found = ops::everything(&state, &user.viewer, &request, reader, Utc::now()).await?;
    let searched = !found.terms.is_empty();
    let total = found.total();
    let tabs = if searched {
        KINDS
            .into_iter()
            .filter(|k| found.total_of(*k) > 0)
            .map(|k| Tab {
                key: k.key(),
                label: label(&ctx, k),
                count: found.total_of(k),
                link: format!("/search?{}", encoded(&q, k.key())),
                current: focus == Some(k),
            })
            .collect()
    } else {
        Vec::new()
    };
    let pages = focus
        .map(|k| found.total_of(k).div_ceil(PAGE_SIZE).max(1))
        .unwrap_or(1);
    // The recommendations shown are reads of their assessments, kept for their States.
    let shown: Vec<i64> = found.recommendations.items.iter().map(|l| l.a.id).collect();
    let actor = gctcp_app::Actor::person(&user.viewer, ip.as_deref());
    gctcp_app::recommendations::record(&state, &actor, "search", &shown).await?;
    let catalog = state.catalog().await?;
    let sections = sections(&ctx, &catalog, found, &q, focus);
    Ok(SearchPage {
        ctx: ctx.with_section("search"),
        p: Pages {
            query: encoded(&q, focus.map(Kind::key).unwrap_or("")),
        },
        focus: focus.map(Kind::key),
        q,
        searched,
        total,
        tabs,
        sections,
        page,
        pages,
    }
    .into_response())
}

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/search", axum::routing::get(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_links_keep_the_words_and_the_kind() {
        let p = Pages {
            query: encoded("Sénégal border", "events"),
        };
        assert_eq!(
            p.page_link(2),
            "/search?q=S%C3%A9n%C3%A9gal+border&kind=events&page=2"
        );
        assert_eq!(
            Pages {
                query: encoded("", "")
            }
            .page_link(3),
            "/search?page=3"
        );
    }
}
