//! Coverage of needs: which recommendations something addresses (an active project of
//! the compendium, a planned or ongoing activity) and which nothing does yet — for one
//! country, and as a theme × region matrix of the unmet ones. Counted only over what the
//! viewer may read: the lines come from `lines`, which reads through the viewer's
//! `Cleared`.

use super::{lines, Line, Seen};
use crate::problem::Outcome;
use crate::App;
use gctcp_domain::OrgId;
use std::collections::BTreeMap;

/// A need still to meet: open or in progress, and nothing active addresses it.
pub fn unmet(l: &Line) -> bool {
    matches!(l.r.status.as_str(), "open" | "in_progress") && !l.covered
}

/// One country's recommendations this viewer may read, split by coverage.
pub struct Country {
    pub covered: Vec<Line>,
    pub uncovered: Vec<Line>,
}

impl Country {
    pub fn is_empty(&self) -> bool {
        self.covered.is_empty() && self.uncovered.is_empty()
    }

    /// The assessments its lines come from (to record the read).
    pub fn assessments(&self) -> Vec<i64> {
        self.covered
            .iter()
            .chain(&self.uncovered)
            .map(|l| l.a.id)
            .collect()
    }
}

pub async fn country(app: &App, seen: &Seen, state: OrgId) -> Outcome<Country> {
    // Only that State's assessments are looked at: a country page costs what the State's
    // recommendations cost, not what everything the viewer may read does.
    let theirs = seen.only(|a| a.state_org_id == state.0);
    if theirs.cleared.is_empty() {
        return Ok(Country {
            covered: Vec::new(),
            uncovered: Vec::new(),
        });
    }
    let (covered, uncovered) = lines(app, &theirs)
        .await?
        .into_iter()
        .partition(|l| l.covered);
    Ok(Country { covered, uncovered })
}

/// Unmet needs by theme (`None`: no theme given) and by the assessed States' region.
pub struct Matrix {
    pub themes: Vec<Option<i64>>,
    pub regions: Vec<String>,
    pub cells: BTreeMap<(Option<i64>, String), i64>,
    pub total: i64,
    /// The assessments counted (to record the read).
    pub assessments: Vec<i64>,
}

impl Matrix {
    pub fn cell(&self, theme: &Option<i64>, region: &str) -> i64 {
        self.cells
            .get(&(*theme, region.to_string()))
            .copied()
            .unwrap_or(0)
    }

    pub fn theme_total(&self, theme: &Option<i64>) -> i64 {
        self.cells
            .iter()
            .filter(|((t, _), _)| t == theme)
            .map(|(_, n)| n)
            .sum()
    }

    pub fn region_total(&self, region: &str) -> i64 {
        self.cells
            .iter()
            .filter(|((_, r), _)| r == region)
            .map(|(_, n)| n)
            .sum()
    }
}

pub async fn matrix(app: &App, seen: &Seen) -> Outcome<Matrix> {
    let catalog = app.catalog().await?;
    let mut cells: BTreeMap<(Option<i64>, String), i64> = BTreeMap::new();
    let mut assessments = Vec::new();
    for l in lines(app, seen).await?.iter().filter(|l| unmet(l)) {
        let region = catalog
            .org(OrgId(l.a.state_org_id))
            .and_then(|o| o.region.clone())
            .unwrap_or_default();
        *cells.entry((l.r.theme_id, region)).or_default() += 1;
        assessments.push(l.a.id);
    }
    let mut themes: Vec<Option<i64>> = cells.keys().map(|(t, _)| *t).collect();
    themes.dedup();
    let mut regions: Vec<String> = cells.keys().map(|(_, r)| r.clone()).collect();
    regions.sort();
    regions.dedup();
    let total = cells.values().sum();
    assessments.sort_unstable();
    assessments.dedup();
    Ok(Matrix {
        themes,
        regions,
        cells,
        total,
        assessments,
    })
}
