//! Exploring the tracker: filters by kind, status, entity (lead or partner), beneficiary
//! country and region, pillar, theme, space, project, year and month (combined, and as
//! the link names them, so a view can be bookmarked), a search in any of the six
//! languages, the count each filter's values would leave, and the two other views: the
//! timeline by month and "where" by region and country.
//!
//! Each request filters the node's copy in one pass: an activity passes or fails each
//! filter once, and each filter's counts are taken over the activities that pass every
//! *other* filter. Counters are vectors indexed by ID (organizations, themes, spaces and
//! years are few and dense), so a pass over 50,000 activities allocates almost nothing.

use super::tracker;
use crate::problem::Outcome;
use crate::words::{OrgPlaces, Words};
use crate::App;
use chrono::Datelike;
use gctcp_domain::activity::{parse_month, KINDS, STATUSES};
use gctcp_domain::OrgId;
use gctcp_store::activities::{Activity, Tracker};
use gctcp_store::catalog::Catalog;
use gctcp_store::follow::Memo;
use gctcp_store::texts::Texts;
use std::sync::Arc;

/// What the lists are asked, as their links say it: organizations by code, themes by
/// slug, regions by English name, pillars and spaces by number, projects by ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub q: String,
    pub kind: String,
    pub status: String,
    pub entity: String,
    pub country: String,
    pub region: String,
    pub pillar: String,
    pub theme: String,
    pub space: String,
    pub project: String,
    pub year: String,
    /// "2027-03"
    pub month: String,
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// The latest date first (activities without a date last).
    #[default]
    Date,
    /// The earliest date first.
    Earliest,
    /// The most recently changed first.
    Recent,
}

impl Sort {
    pub fn parse(s: &str) -> Sort {
        match s {
            "earliest" => Sort::Earliest,
            "recent" => Sort::Recent,
            _ => Sort::Date,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::Earliest => "earliest",
            Sort::Recent => "recent",
        }
    }
}

/// Each filter's values with the number of activities it would leave.
#[derive(Debug, Default)]
pub struct Facets {
    pub kind: Vec<(&'static str, i64)>,
    pub status: Vec<(&'static str, i64)>,
    pub entity: Vec<(i64, i64)>,
    pub country: Vec<(i64, i64)>,
    pub region: Vec<(String, i64)>,
    pub pillar: Vec<(i64, i64)>,
    pub theme: Vec<(i64, i64)>,
    pub space: Vec<(i64, i64)>,
    /// Newest first.
    pub year: Vec<(i32, i64)>,
}

/// The activities a filter leaves, in order, with every filter's counts.
pub struct Explore {
    pub matches: Vec<Arc<Activity>>,
    /// How many of the matches are in each status (`STATUSES` order).
    pub by_status: [i64; 5],
    pub facets: Facets,
}

/// The regions an activity serves: those it names, and those of its countries.
pub fn regions_of<'a>(catalog: &'a Catalog, a: &'a Activity) -> Vec<&'a str> {
    let mut v: Vec<&str> = a.regions.iter().map(String::as_str).collect();
    for c in &a.countries {
        if let Some(r) = catalog.org(OrgId(*c)).and_then(|o| o.region.as_deref()) {
            v.push(r);
        }
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// What an activity's filters compare, worked out once per copy of the tracker.
struct Facts {
    kind: u8,
    status: u8,
    year: Option<i32>,
    /// The first of its month.
    month: Option<chrono::NaiveDate>,
    regions: Box<[u16]>,
}

/// What every request of one tracker and one catalog shares, with the answers already
/// given (views repeat: the unfiltered list, bookmarked views, paging).
pub struct Prepared {
    tracker: Arc<Tracker>,
    catalog: Arc<Catalog>,
    region_names: Vec<String>,
    facts: Vec<Facts>,
    /// Each activity's folded text, searched in one pass.
    texts: Texts,
    /// Each organization's activities (lead, partner or beneficiary).
    orgs: OrgPlaces,
    /// The activities' places in the list's date order (`Sort::Date`).
    by_date: Vec<u32>,
    /// Global search's matches per query (places in `by_date` order).
    found: Memo<Vec<String>, Arc<Vec<u32>>>,
    answers: Memo<(Filter, Sort), Arc<Explore>>,
}

const KEPT_ANSWERS: usize = 256;

impl Prepared {
    fn new(catalog: Arc<Catalog>, tracker: Arc<Tracker>) -> Prepared {
        let mut region_names: Vec<String> = Vec::new();
        let facts = tracker
            .activities
            .iter()
            .map(|a| {
                let mut regions: Vec<u16> = regions_of(&catalog, a)
                    .into_iter()
                    .map(|r| match region_names.iter().position(|x| x == r) {
                        Some(i) => i as u16,
                        None => {
                            region_names.push(r.to_string());
                            (region_names.len() - 1) as u16
                        }
                    })
                    .collect();
                regions.sort_unstable();
                let when = a.dates.when();
                Facts {
                    kind: KINDS.iter().position(|k| *k == a.kind).unwrap_or(0) as u8,
                    status: STATUSES.iter().position(|s| *s == a.status).unwrap_or(0) as u8,
                    year: when.map(|d| d.year()),
                    month: when.and_then(|d| d.with_day(1)),
                    regions: regions.into(),
                }
            })
            .collect();
        let texts = Texts::new(tracker.activities.iter().map(|a| &*a.folded));
        let orgs = OrgPlaces::new(
            tracker
                .activities
                .iter()
                .map(|a| a.entities().chain(a.countries.iter().copied())),
        );
        let mut by_date: Vec<u32> = (0..tracker.activities.len() as u32).collect();
        by_date.sort_by_key(|i| {
            let a = &tracker.activities[*i as usize];
            (std::cmp::Reverse(a.dates.when()), a.id)
        });
        Prepared {
            tracker,
            catalog,
            region_names,
            facts,
            texts,
            orgs,
            by_date,
            found: Memo::new(KEPT_ANSWERS),
            answers: Memo::new(KEPT_ANSWERS),
        }
    }
}

/// This node's `Prepared`, made again when the tracker or the catalog changes.
#[derive(Default)]
pub struct Explorer(std::sync::Mutex<Option<Arc<Prepared>>>);

impl Explorer {
    fn prepared(&self, catalog: &Arc<Catalog>, tracker: &Arc<Tracker>) -> Arc<Prepared> {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match &*kept {
            Some(p) if Arc::ptr_eq(&p.catalog, catalog) && Arc::ptr_eq(&p.tracker, tracker) => {
                p.clone()
            }
            _ => {
                let p = Arc::new(Prepared::new(catalog.clone(), tracker.clone()));
                *kept = Some(p.clone());
                p
            }
        }
    }
}

/// A filter's value resolved against the reference data: none asked, or the one asked
/// (an unknown one matches nothing, and stays visible so that it can be removed).
enum Want<T> {
    Any,
    Is(T),
    Nothing,
}

impl<T> Want<T> {
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

/// Counters indexed by a small ID.
#[derive(Default)]
struct Counts(Vec<i64>);

impl Counts {
    fn bump(&mut self, i: usize) {
        if i >= self.0.len() {
            self.0.resize(i + 1, 0);
        }
        self.0[i] += 1;
    }
    fn by_id(&self) -> Vec<(i64, i64)> {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| (i as i64, *n))
            .collect()
    }
}

const KIND: usize = 0;
const STATUS: usize = 1;
const ENTITY: usize = 2;
const COUNTRY: usize = 3;
const REGION: usize = 4;
const PILLAR: usize = 5;
const THEME: usize = 6;
const SPACE: usize = 7;
const YEAR: usize = 8;
/// Filters with no facet of their own: project, month, words.
const ALL: u16 = (1 << 12) - 1;
/// Years are counted from here (no activity of the Compact is older).
const YEAR0: i32 = 1990;

fn id_of(x: i64) -> usize {
    usize::try_from(x).unwrap_or(usize::MAX >> 1)
}

/// The filter over this copy, in order, with counts.
pub fn explore_in(prepared: &Prepared, f: &Filter, sort: Sort) -> Explore {
    let catalog: &Catalog = &prepared.catalog;
    let org = |s: &str, state: bool| {
        catalog
            .org_by_code(s)
            .filter(|o| o.is_member_state() == state)
            .map(|o| o.id)
    };
    let kind = want(&f.kind, |s| {
        KINDS.iter().position(|k| *k == s).map(|i| i as u8)
    });
    let status = want(&f.status, |s| {
        STATUSES.iter().position(|k| *k == s).map(|i| i as u8)
    });
    let entity = want(&f.entity, |s| org(s, false));
    let country = want(&f.country, |s| org(s, true));
    let region = want(&f.region, |s| {
        prepared
            .region_names
            .iter()
            .position(|r| r == s)
            .map(|i| i as u16)
    });
    let pillar = want(&f.pillar, |s| s.parse::<i64>().ok());
    let theme = want(&f.theme, |s| {
        catalog.themes.iter().find(|t| t.slug == s).map(|t| t.id)
    });
    let space = want(&f.space, |s| s.parse::<i64>().ok());
    let project = want(&f.project, |s| s.parse::<i64>().ok());
    let year = want(&f.year, |s| s.parse::<i32>().ok());
    let month = want(&f.month, parse_month);
    let words = Words::new(&f.q, &prepared.texts, &prepared.orgs, catalog);
    let text_matches = |i: usize| words.matches(i);

    let mut counts: [Counts; 9] = Default::default();
    let mut matches = Vec::new();
    let mut by_status = [0i64; 5];
    for (i, (a, x)) in prepared
        .tracker
        .activities
        .iter()
        .zip(&prepared.facts)
        .enumerate()
    {
        // The filters that have no counts first: an activity that fails one is not counted
        // at all, and most of a text search's activities stop here.
        if !(words.is_empty() || text_matches(i))
            || !month.passes(|m| x.month == Some(*m))
            || !project.passes(|p| a.project == Some(*p))
        {
            continue;
        }
        let pass = [
            kind.passes(|k| x.kind == *k),
            status.passes(|s| x.status == *s),
            entity.passes(|e| a.entities().any(|o| o == *e)),
            country.passes(|c| a.countries.contains(c)),
            region.passes(|r| x.regions.contains(r)),
            pillar.passes(|p| a.pillars.contains(p)),
            theme.passes(|t| a.themes.contains(t)),
            space.passes(|s| a.space == Some(*s)),
            year.passes(|y| x.year == Some(*y)),
        ];
        let mask = pass
            .iter()
            .enumerate()
            .fold(ALL & !0x1ff, |m, (i, ok)| if *ok { m | 1 << i } else { m });
        let counts_for = |i: usize| mask | 1 << i == ALL;
        if mask == ALL {
            by_status[x.status as usize] += 1;
            matches.push(a.clone());
        }
        if counts_for(KIND) {
            counts[KIND].bump(x.kind as usize);
        }
        if counts_for(STATUS) {
            counts[STATUS].bump(x.status as usize);
        }
        if counts_for(ENTITY) {
            a.entities().for_each(|e| counts[ENTITY].bump(id_of(e)));
        }
        if counts_for(COUNTRY) {
            a.countries
                .iter()
                .for_each(|c| counts[COUNTRY].bump(id_of(*c)));
        }
        if counts_for(REGION) {
            x.regions
                .iter()
                .for_each(|r| counts[REGION].bump(*r as usize));
        }
        if counts_for(PILLAR) {
            a.pillars
                .iter()
                .for_each(|p| counts[PILLAR].bump(id_of(*p)));
        }
        if counts_for(THEME) {
            a.themes.iter().for_each(|t| counts[THEME].bump(id_of(*t)));
        }
        if counts_for(SPACE) {
            if let Some(s) = a.space {
                counts[SPACE].bump(id_of(s));
            }
        }
        if counts_for(YEAR) {
            if let Some(y) = x.year {
                counts[YEAR].bump((y - YEAR0).max(0) as usize);
            }
        }
    }
    let named = |c: &Counts, names: &'static [&'static str]| {
        c.by_id()
            .into_iter()
            .filter_map(|(i, n)| names.get(i as usize).map(|k| (*k, n)))
            .collect::<Vec<_>>()
    };
    let mut region: Vec<(String, i64)> = counts[REGION]
        .by_id()
        .into_iter()
        .filter_map(|(i, n)| {
            prepared
                .region_names
                .get(i as usize)
                .map(|r| (r.clone(), n))
        })
        .collect();
    region.sort();
    let mut year: Vec<(i32, i64)> = counts[YEAR]
        .by_id()
        .into_iter()
        .map(|(i, n)| (YEAR0 + i as i32, n))
        .collect();
    year.reverse();
    let facets = Facets {
        kind: named(&counts[KIND], &KINDS),
        status: named(&counts[STATUS], &STATUSES),
        entity: counts[ENTITY].by_id(),
        country: counts[COUNTRY].by_id(),
        region,
        pillar: counts[PILLAR].by_id(),
        theme: counts[THEME].by_id(),
        space: counts[SPACE].by_id(),
        year,
    };
    match sort {
        // Those without a date last, then by ID for a stable order.
        Sort::Date => matches.sort_by_key(|a| (std::cmp::Reverse(a.dates.when()), a.id)),
        Sort::Earliest => matches.sort_by_key(|a| (a.dates.when().is_none(), a.dates.when(), a.id)),
        Sort::Recent => matches.sort_by_key(|a| (std::cmp::Reverse(a.updated_at), a.id)),
    }
    Explore {
        matches,
        by_status,
        facets,
    }
}

/// The lists' answer for this request (kept for the next request that asks the same of
/// the same data).
pub async fn explore(app: &App, f: &Filter, sort: Sort) -> Outcome<Arc<Explore>> {
    let catalog = app.catalog().await?;
    let t = tracker(app).await?;
    let prepared = app.activity_explorer.prepared(&catalog, &t);
    let key = (f.clone(), sort);
    if let Some(e) = prepared.answers.get(&key) {
        return Ok(e);
    }
    let e = Arc::new(explore_in(&prepared, f, sort));
    prepared.answers.put(key, e.clone());
    Ok(e)
}

/// The activities whose text holds every word of `q` (or whose organizations it names),
/// as the list's `?q=` finds them: how many, and `limit` of them from `offset` in the
/// list's date order. For global search: no facets, no sort (the order is kept per copy).
pub async fn words_page(
    app: &App,
    q: &str,
    (limit, offset): (usize, usize),
) -> Outcome<(usize, Vec<Arc<Activity>>)> {
    let catalog = app.catalog().await?;
    let t = tracker(app).await?;
    let prepared = app.activity_explorer.prepared(&catalog, &t);
    Ok(crate::words::kept_page(
        &prepared.found,
        q,
        &prepared.texts,
        &prepared.orgs,
        &catalog,
        prepared.by_date.iter().map(|i| *i as usize),
        &t.activities,
        (limit, offset),
    ))
}

/// One month of the timeline: its first day, how many activities it has, and the first
/// of them (earliest first).
pub struct Month {
    pub first: chrono::NaiveDate,
    pub count: usize,
    pub shown: Vec<Arc<Activity>>,
}

/// The matches by month, earliest first, each with at most `per_month` activities;
/// activities without a date are left out (the list view shows them).
pub fn timeline(matches: &[Arc<Activity>], per_month: usize) -> Vec<Month> {
    let mut dated: Vec<(chrono::NaiveDate, &Arc<Activity>)> = matches
        .iter()
        .filter_map(|a| a.dates.when().map(|d| (d, a)))
        .collect();
    dated.sort_by_key(|(d, a)| (*d, a.id));
    let mut months: Vec<Month> = Vec::new();
    for (d, a) in dated {
        let first = d.with_day(1).unwrap_or(d);
        match months.last_mut() {
            Some(m) if m.first == first => {
                m.count += 1;
                if m.shown.len() < per_month {
                    m.shown.push(a.clone());
                }
            }
            _ => months.push(Month {
                first,
                count: 1,
                shown: vec![a.clone()],
            }),
        }
    }
    months
}

/// One region of the "where" view: its activities (those serving it by name or through a
/// country), those in each status, and its countries with theirs, the most first.
pub struct Place {
    pub region: String,
    pub count: i64,
    pub by_status: [i64; 5],
    pub countries: Vec<(i64, i64)>,
}

/// The matches by region and country.
pub fn places(catalog: &Catalog, matches: &[Arc<Activity>]) -> Vec<Place> {
    let mut regions: Vec<Place> = Vec::new();
    let mut countries: Vec<Counts> = Vec::new();
    for a in matches {
        let status = STATUSES.iter().position(|s| *s == a.status).unwrap_or(0);
        for r in regions_of(catalog, a) {
            let i = match regions.iter().position(|p| p.region == r) {
                Some(i) => i,
                None => {
                    regions.push(Place {
                        region: r.to_string(),
                        count: 0,
                        by_status: [0; 5],
                        countries: vec![],
                    });
                    countries.push(Counts::default());
                    regions.len() - 1
                }
            };
            regions[i].count += 1;
            regions[i].by_status[status] += 1;
            for c in &a.countries {
                if catalog.org(OrgId(*c)).and_then(|o| o.region.as_deref()) == Some(r) {
                    countries[i].bump(id_of(*c));
                }
            }
        }
    }
    for (p, c) in regions.iter_mut().zip(countries) {
        let mut v = c.by_id();
        v.sort_by_key(|(id, n)| (std::cmp::Reverse(*n), *id));
        p.countries = v;
    }
    regions.sort_by(|a, b| b.count.cmp(&a.count).then(a.region.cmp(&b.region)));
    regions
}
