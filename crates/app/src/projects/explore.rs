//! Exploring the compendium: filters by country, region, thematic priority, implementing
//! entity, donor, pillar and status (combined, and as the link names them, so a view can
//! be bookmarked), a search in any of the six languages, the count each filter's values
//! would leave, totals that follow the filters, and the breakdowns the charts draw.
//!
//! Every request filters the node's copy of the compendium in one pass: a project
//! passes or fails each filter once, and each filter's counts are taken over the
//! projects that pass every *other* filter.

use super::compendium;
use crate::problem::Outcome;
use crate::words::{OrgPlaces, Words};
use crate::App;
use gctcp_domain::project::Money;
use gctcp_domain::OrgId;
use gctcp_store::catalog::Catalog;
use gctcp_store::projects::{Compendium, Project};
use gctcp_store::texts::Texts;
use std::collections::HashMap;
use std::sync::Arc;

/// What the explorer is asked, as its link says it: organizations by code, themes by
/// slug, regions by English name, pillars by number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub q: String,
    pub country: String,
    pub region: String,
    pub theme: String,
    pub entity: String,
    pub donor: String,
    pub pillar: String,
    pub status: String,
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// By code (the appeal's own order).
    #[default]
    Code,
    /// The largest funding gap first.
    Gap,
    /// The largest budget first.
    Requested,
    /// The most recently changed first.
    Recent,
}

impl Sort {
    pub fn parse(s: &str) -> Sort {
        match s {
            "gap" => Sort::Gap,
            "requested" => Sort::Requested,
            "recent" => Sort::Recent,
            _ => Sort::Code,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Code => "code",
            Sort::Gap => "gap",
            Sort::Requested => "requested",
            Sort::Recent => "recent",
        }
    }
}

/// Each filter's values with the number of projects it would leave.
#[derive(Debug, Default)]
pub struct Facets {
    pub country: Vec<(i64, i64)>,
    pub region: Vec<(String, i64)>,
    pub theme: Vec<(i64, i64)>,
    pub entity: Vec<(i64, i64)>,
    pub donor: Vec<(String, i64)>,
    pub pillar: Vec<(i64, i64)>,
    pub status: Vec<(String, i64)>,
}

/// The projects a filter leaves, in order, with their totals and every filter's counts.
pub struct Explore {
    pub matches: Vec<Arc<Project>>,
    pub totals: Money,
    pub facets: Facets,
}

/// The regions a project serves: those it names, and those of its beneficiary countries.
pub fn regions_of<'a>(catalog: &'a Catalog, p: &'a Project) -> Vec<&'a str> {
    let mut v: Vec<&str> = p.f.regions.iter().map(String::as_str).collect();
    for c in &p.f.countries {
        if let Some(r) = catalog.org(OrgId(*c)).and_then(|o| o.region.as_deref()) {
            v.push(r);
        }
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// What every explorer request of one compendium and one catalog shares: each
/// project's regions (named, and its countries'), as places in `region_names`, and the
/// answers already given (views repeat: the unfiltered list, bookmarked views, paging).
pub struct Prepared {
    compendium: Arc<Compendium>,
    catalog: Arc<Catalog>,
    region_names: Vec<String>,
    /// Per project (compendium order), its regions' places, sorted.
    regions: Vec<Box<[u16]>>,
    /// Each project's folded text, searched in one pass.
    texts: Texts,
    /// Each organization's projects (lead, partner or beneficiary).
    orgs: OrgPlaces,
    /// Global search's matches per query (places in the compendium's order).
    found: gctcp_store::follow::Memo<Vec<String>, Arc<Vec<u32>>>,
    answers: gctcp_store::follow::Memo<(Filter, Sort), Arc<Explore>>,
    breakdowns: gctcp_store::follow::Memo<Filter, Arc<Breakdown>>,
}

/// Answers kept: enough for every view people look at often, small enough to ignore.
const KEPT_ANSWERS: usize = 256;

impl Prepared {
    fn new(catalog: Arc<Catalog>, compendium: Arc<Compendium>) -> Prepared {
        let mut region_names: Vec<String> = Vec::new();
        let regions = compendium
            .projects
            .iter()
            .map(|p| {
                let mut v: Vec<u16> = regions_of(&catalog, p)
                    .into_iter()
                    .map(|r| match region_names.iter().position(|x| x == r) {
                        Some(i) => i as u16,
                        None => {
                            region_names.push(r.to_string());
                            (region_names.len() - 1) as u16
                        }
                    })
                    .collect();
                v.sort_unstable();
                v.into()
            })
            .collect();
        let texts = Texts::new(compendium.projects.iter().map(|p| &*p.folded));
        let orgs = OrgPlaces::new(
            compendium
                .projects
                .iter()
                .map(|p| p.entities().chain(p.f.countries.iter().copied())),
        );
        Prepared {
            compendium,
            catalog,
            region_names,
            regions,
            texts,
            orgs,
            found: gctcp_store::follow::Memo::new(KEPT_ANSWERS),
            answers: gctcp_store::follow::Memo::new(KEPT_ANSWERS),
            breakdowns: gctcp_store::follow::Memo::new(KEPT_ANSWERS),
        }
    }
}

/// This node's `Prepared`, made again when the compendium or the catalog changes.
#[derive(Default)]
pub struct Explorer(std::sync::Mutex<Option<Arc<Prepared>>>);

impl Explorer {
    fn prepared(&self, catalog: &Arc<Catalog>, compendium: &Arc<Compendium>) -> Arc<Prepared> {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match &*kept {
            Some(p)
                if Arc::ptr_eq(&p.catalog, catalog) && Arc::ptr_eq(&p.compendium, compendium) =>
            {
                p.clone()
            }
            _ => {
                let p = Arc::new(Prepared::new(catalog.clone(), compendium.clone()));
                *kept = Some(p.clone());
                p
            }
        }
    }
}

const COUNTRY: usize = 0;
const REGION: usize = 1;
const THEME: usize = 2;
const ENTITY: usize = 3;
const DONOR: usize = 4;
const PILLAR: usize = 5;
const STATUS: usize = 6;
const ALL: u8 = 0xff;

/// A filter's value resolved against the reference data: none asked, or the one asked
/// (an unknown one matches nothing, and stays visible so that it can be removed).
enum Want<T> {
    Any,
    Is(T),
    Nothing,
}

impl<T> Want<T> {
    /// Whether a project passes, `has` saying whether it has the value asked.
    fn passes(&self, has: impl FnOnce(&T) -> bool) -> bool {
        match self {
            Want::Any => true,
            Want::Is(x) => has(x),
            Want::Nothing => false,
        }
    }
}

fn want<T>(s: &str, resolve: impl FnOnce(&str) -> Option<T>) -> Want<T> {
    match s.trim() {
        "" => Want::Any,
        s => resolve(s).map_or(Want::Nothing, Want::Is),
    }
}

/// The filter over this compendium, in order, with totals and counts.
pub fn explore_in(prepared: &Prepared, f: &Filter, sort: Sort) -> Explore {
    let catalog: &Catalog = &prepared.catalog;
    let c: &Compendium = &prepared.compendium;
    let country = want(&f.country, |s| {
        catalog
            .org_by_code(s)
            .filter(|o| o.is_member_state())
            .map(|o| o.id)
    });
    let entity = want(&f.entity, |s| {
        catalog
            .org_by_code(s)
            .filter(|o| !o.is_member_state())
            .map(|o| o.id)
    });
    let theme = want(&f.theme, |s| {
        catalog.themes.iter().find(|t| t.slug == s).map(|t| t.id)
    });
    let pillar = want(&f.pillar, |s| s.parse::<i64>().ok());
    let region = want(&f.region, |s| {
        prepared
            .region_names
            .iter()
            .position(|r| r == s)
            .map(|i| i as u16)
    });
    let donor = want(&f.donor, |s| Some(s.to_string()));
    let status = want(&f.status, |s| Some(s.to_string()));
    let words = Words::new(&f.q, &prepared.texts, &prepared.orgs, catalog);
    let text_matches = |i: usize| words.matches(i);

    let mut facets = Facets::default();
    let mut counts: [HashMap<String, i64>; 7] = Default::default();
    let mut ids: [HashMap<i64, i64>; 7] = Default::default();
    let mut matches = Vec::new();
    let mut totals = Money::default();
    let mut region_counts = vec![0i64; prepared.region_names.len()];
    for (i, (p, regions)) in c.projects.iter().zip(&prepared.regions).enumerate() {
        let pass = [
            country.passes(|x| p.f.countries.contains(x)),
            region.passes(|x| regions.contains(x)),
            theme.passes(|x| p.f.themes.contains(x)),
            entity.passes(|x| p.entities().any(|e| e == *x)),
            donor.passes(|x| p.f.donors.iter().any(|d| d.name == *x)),
            pillar.passes(|x| p.f.pillars.contains(x)),
            status.passes(|x| p.f.status == *x),
            words.is_empty() || text_matches(i),
        ];
        let mask = pass
            .iter()
            .enumerate()
            .fold(0u8, |m, (i, ok)| if *ok { m | 1 << i } else { m });
        // A filter's counts: over the projects that pass every other filter.
        let counts_for = |i: usize| mask | 1 << i == ALL;
        if mask == ALL {
            totals.add(p.money());
            matches.push(p.clone());
        }
        if counts_for(COUNTRY) {
            p.f.countries
                .iter()
                .for_each(|v| *ids[COUNTRY].entry(*v).or_default() += 1);
        }
        if counts_for(THEME) {
            p.f.themes
                .iter()
                .for_each(|v| *ids[THEME].entry(*v).or_default() += 1);
        }
        if counts_for(ENTITY) {
            p.entities()
                .for_each(|v| *ids[ENTITY].entry(v).or_default() += 1);
        }
        if counts_for(PILLAR) {
            p.f.pillars
                .iter()
                .for_each(|v| *ids[PILLAR].entry(*v).or_default() += 1);
        }
        if counts_for(REGION) {
            regions.iter().for_each(|r| region_counts[*r as usize] += 1);
        }
        if counts_for(DONOR) {
            let mut seen: Vec<&str> = Vec::new();
            for d in &p.f.donors {
                if !seen.contains(&d.name.as_str()) {
                    seen.push(&d.name);
                    *counts[DONOR].entry(d.name.clone()).or_default() += 1;
                }
            }
        }
        if counts_for(STATUS) {
            *counts[STATUS].entry(p.f.status.clone()).or_default() += 1;
        }
    }
    let take_ids = |m: &mut HashMap<i64, i64>| {
        let mut v: Vec<(i64, i64)> = m.drain().collect();
        v.sort_unstable();
        v
    };
    let take = |m: &mut HashMap<String, i64>| {
        let mut v: Vec<(String, i64)> = m.drain().collect();
        v.sort();
        v
    };
    facets.country = take_ids(&mut ids[COUNTRY]);
    facets.theme = take_ids(&mut ids[THEME]);
    facets.entity = take_ids(&mut ids[ENTITY]);
    facets.pillar = take_ids(&mut ids[PILLAR]);
    facets.region = prepared
        .region_names
        .iter()
        .zip(region_counts)
        .filter(|(_, n)| *n > 0)
        .map(|(r, n)| (r.clone(), n))
        .collect();
    facets.region.sort();
    facets.donor = take(&mut counts[DONOR]);
    facets.status = gctcp_domain::project::STATUSES
        .iter()
        .filter_map(|s| counts[STATUS].get(*s).map(|n| (s.to_string(), *n)))
        .collect();
    match sort {
        Sort::Code => {}
        Sort::Gap => matches.sort_by_key(|p| std::cmp::Reverse(p.money().gap)),
        Sort::Requested => matches.sort_by_key(|p| std::cmp::Reverse(p.f.requested_usd)),
        Sort::Recent => matches.sort_by_key(|p| std::cmp::Reverse(p.updated_at)),
    }
    Explore {
        matches,
        totals,
        facets,
    }
}

/// The explorer's answer for this request (kept for the next request that asks the same
/// of the same data).
pub async fn explore(app: &App, f: &Filter, sort: Sort) -> Outcome<Arc<Explore>> {
    let catalog = app.catalog().await?;
    let c = compendium(app).await?;
    let prepared = app.explorer.prepared(&catalog, &c);
    let key = (f.clone(), sort);
    if let Some(e) = prepared.answers.get(&key) {
        return Ok(e);
    }
    let e = Arc::new(explore_in(&prepared, f, sort));
    prepared.answers.put(key, e.clone());
    Ok(e)
}

/// The explorer's answer and what its charts draw, for this request (both kept).
/// The projects whose text holds every word of `q` (or whose organizations it names), as
/// the explorer's `?q=` finds them: how many, and `limit` of them from `offset` in the
/// appeal's order (by code). For global search: no facets, no totals.
pub async fn words_page(
    app: &App,
    q: &str,
    (limit, offset): (usize, usize),
) -> Outcome<(usize, Vec<Arc<Project>>)> {
    let catalog = app.catalog().await?;
    let c = crate::projects::compendium(app).await?;
    let prepared = app.explorer.prepared(&catalog, &c);
    Ok(crate::words::kept_page(
        &prepared.found,
        q,
        &prepared.texts,
        &prepared.orgs,
        &catalog,
        0..c.projects.len(),
        &c.projects,
        (limit, offset),
    ))
}

pub async fn explore_charts(app: &App, f: &Filter) -> Outcome<(Arc<Explore>, Arc<Breakdown>)> {
    let e = explore(app, f, Sort::Code).await?;
    let catalog = app.catalog().await?;
    let c = compendium(app).await?;
    let prepared = app.explorer.prepared(&catalog, &c);
    if let Some(b) = prepared.breakdowns.get(f) {
        return Ok((e, b));
    }
    let b = Arc::new(breakdown(&catalog, &e.matches));
    prepared.breakdowns.put(f.clone(), b.clone());
    Ok((e, b))
}

/// What the charts draw, over the projects a filter leaves. A project with several
/// themes (or regions, or countries) counts whole in each: the rows say where money is
/// asked for and missing, and do not add up to the total.
#[derive(Debug, Default)]
pub struct Breakdown {
    /// By theme, the largest gap first.
    pub by_theme: Vec<(i64, Money)>,
    /// By region, the largest gap first.
    pub by_region: Vec<(String, Money)>,
    /// By beneficiary country, the most projects first.
    pub by_country: Vec<(i64, Money)>,
    /// The countries with the most projects (at most `MATRIX_COUNTRIES`), each with its
    /// number of projects per theme of `matrix_themes`.
    pub matrix: Vec<(i64, Vec<i64>)>,
    /// The themes any matched project has, in `by_theme` order.
    pub matrix_themes: Vec<i64>,
    /// By implementing entity (lead or partner), the largest budget first: who is
    /// active where the filters look.
    pub by_entity: Vec<(i64, Money)>,
}

/// Rows of the country × theme matrix.
pub const MATRIX_COUNTRIES: usize = 15;

pub fn breakdown(catalog: &Catalog, matches: &[Arc<Project>]) -> Breakdown {
    let mut themes: HashMap<i64, Money> = HashMap::new();
    let mut regions: HashMap<String, Money> = HashMap::new();
    let mut countries: HashMap<i64, Money> = HashMap::new();
    let mut cells: HashMap<(i64, i64), i64> = HashMap::new();
    let mut entities: HashMap<i64, Money> = HashMap::new();
    for p in matches {
        let m = p.money();
        for e in p.entities() {
            entities.entry(e).or_default().add(m);
        }
        for t in &p.f.themes {
            themes.entry(*t).or_default().add(m);
        }
        for r in regions_of(catalog, p) {
            regions.entry(r.to_string()).or_default().add(m);
        }
        for c in &p.f.countries {
            countries.entry(*c).or_default().add(m);
            for t in &p.f.themes {
                *cells.entry((*c, *t)).or_default() += 1;
            }
        }
    }
    let mut by_theme: Vec<(i64, Money)> = themes.into_iter().collect();
    by_theme.sort_by_key(|(t, m)| (std::cmp::Reverse(m.gap), std::cmp::Reverse(m.requested), *t));
    let mut by_region: Vec<(String, Money)> = regions.into_iter().collect();
    by_region.sort_by(|(a, x), (b, y)| y.gap.cmp(&x.gap).then(a.cmp(b)));
    let mut by_country: Vec<(i64, Money)> = countries.into_iter().collect();
    by_country.sort_by_key(|(c, m)| {
        (
            std::cmp::Reverse(m.projects),
            std::cmp::Reverse(m.requested),
            *c,
        )
    });
    let matrix_themes: Vec<i64> = by_theme.iter().map(|(t, _)| *t).collect();
    let matrix = by_country
        .iter()
        .take(MATRIX_COUNTRIES)
        .map(|(c, _)| {
            let row = matrix_themes
                .iter()
                .map(|t| cells.get(&(*c, *t)).copied().unwrap_or(0))
                .collect();
            (*c, row)
        })
        .collect();
    let mut by_entity: Vec<(i64, Money)> = entities.into_iter().collect();
    by_entity.sort_by_key(|(e, m)| (std::cmp::Reverse(m.requested), *e));
    Breakdown {
        by_theme,
        by_region,
        by_country,
        matrix,
        matrix_themes,
        by_entity,
    }
}
