//! Reference data held in memory on each app node: the organizations (Member States and
//! Compact entities), pillars, thematic areas, spaces and the entities that lead them.
//!
//! Nearly every page names organizations and spaces or offers them as filters; reading
//! 239 organizations from the database for each request was most of a light page's cost.
//! The copy follows the database through its counter (`known::Kind::Catalog`), which triggers bump
//! on any change to those tables (see `crate::follow`), so every node shows current names.
//! Lists keep the order the database gives them, so pages read exactly as before.

use crate::db::{query, Db, Result};
use crate::directory::{Pillar, Theme};
use crate::follow::{Followed, Follower};
use crate::known::Kind;
use crate::orgs::Org;
use crate::spaces::{Lead, Space};
use crate::Names;
use gctcp_domain::directory::fold;
use gctcp_domain::{OrgId, SpaceId};
use std::collections::HashMap;
use std::sync::Arc;

pub struct Catalog {
    generation: i64,
    /// Compact entities first, then Member States, each by English name.
    pub orgs: Vec<Org>,
    /// Themes by English name.
    pub themes: Vec<Theme>,
    /// Pillars by number.
    pub pillars: Vec<Pillar>,
    /// Distinct (region, subregion) pairs of the Member States, sorted.
    pub regions: Vec<(String, String)>,
    /// Distinct regional groups of the Member States, sorted.
    pub groups: Vec<String>,
    /// Working groups by number, then other spaces by English name.
    pub spaces: Vec<Space>,
    /// The entities chairing, co-chairing or vice-chairing each space.
    pub leads: Vec<Lead>,
    /// Each organization's six names, shared with the rows that name it (`orgs` order).
    org_names: Vec<Names>,
    /// Each organization's code, other acronyms and six names, folded, for search.
    org_text: Vec<String>,
    org_by_id: HashMap<i64, usize>,
    org_by_code: HashMap<String, usize>,
    space_by_id: HashMap<i64, usize>,
}

impl Catalog {
    pub fn org(&self, id: OrgId) -> Option<&Org> {
        self.org_by_id.get(&id.0).map(|i| &self.orgs[*i])
    }

    /// By ISO 3166 alpha-3 code or Compact acronym, case-insensitively.
    /// The organization's names in the six languages (empty for an unknown ID).
    pub fn org_names(&self, id: OrgId) -> Names {
        self.org_by_id
            .get(&id.0)
            .map(|i| self.org_names[*i].clone())
            .unwrap_or_default()
    }

    /// An organization's folded code, other acronyms and six names ("" if unknown).
    pub fn org_text(&self, id: OrgId) -> &str {
        self.org_by_id
            .get(&id.0)
            .and_then(|i| self.org_text.get(*i))
            .map_or("", String::as_str)
    }

    /// The IDs of the organizations whose code, other acronyms or name in any of the six
    /// languages contain one folded term, in increasing order: worked out once per query
    /// term, so that a list of thousands of items asks "is one of this item's
    /// organizations named by the term?" with a binary search instead of a substring
    /// search of every organization's text for every item.
    pub fn orgs_containing(&self, term: &str) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .orgs
            .iter()
            .zip(&self.org_text)
            .filter(|(_, text)| text.contains(term))
            .map(|(o, _)| o.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// The organizations whose code, other acronyms or name in any of the six
    /// languages contain every folded term (`gctcp_domain::directory::terms`).
    pub fn orgs_matching<'a>(&'a self, terms: &'a [String]) -> impl Iterator<Item = &'a Org> + 'a {
        self.orgs
            .iter()
            .zip(&self.org_text)
            .filter(move |(_, text)| terms.iter().all(|t| text.contains(t.as_str())))
            .map(|(o, _)| o)
    }

    /// A region, sub-region or regional group (as the organizations name it, in English)
    /// in the reader's language.
    pub fn region_name<'a>(&self, english: &'a str, lang: &str) -> &'a str {
        match crate::reference::region_names().get(english) {
            Some(n) => crate::localized(lang, [&n[0], &n[1], &n[2], &n[3], &n[4], &n[5]]),
            None => english,
        }
    }

    pub fn org_by_code(&self, code: &str) -> Option<&Org> {
        self.org_by_code
            .get(&code.trim().to_lowercase())
            .map(|i| &self.orgs[*i])
    }

    pub fn space(&self, id: SpaceId) -> Option<&Space> {
        self.space_by_id.get(&id.0).map(|i| &self.spaces[*i])
    }

    pub fn theme(&self, id: i64) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn pillar(&self, number: i64) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.number == number)
    }
}

impl Followed for Catalog {
    const KIND: Kind = Kind::Catalog;
    const CHANGES: Option<&'static str> = None;
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Catalog> {
        load(db, generation).await
    }
    async fn apply(db: &Db, _old: &Catalog, generation: i64, _ids: &[i64]) -> Result<Catalog> {
        load(db, generation).await
    }
}

async fn load(db: &Db, generation: i64) -> Result<Catalog> {
    let orgs = crate::orgs::list(db, None).await?;
    let folded: Vec<(i64, String)> = query("SELECT id, code_folded FROM organizations")
        .fetch_all(db)
        .await?;
    let (regions, groups) = crate::directory::regions(db).await?;
    let spaces = crate::spaces::list(db).await?;
    let org_by_id: HashMap<i64, usize> = orgs.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    let org_by_code = folded
        .into_iter()
        .filter_map(|(id, code)| org_by_id.get(&id).map(|i| (code, *i)))
        .collect();
    let org_names = orgs
        .iter()
        .map(|o| Names::new(o.names().map(str::to_string)))
        .collect();
    let org_text = orgs
        .iter()
        .map(|o| fold(&format!("{} {} {}", o.code, o.aliases, o.names().join(" "))))
        .collect();
    Ok(Catalog {
        generation,
        org_names,
        org_text,
        space_by_id: spaces.iter().enumerate().map(|(i, s)| (s.id, i)).collect(),
        org_by_id,
        org_by_code,
        themes: crate::directory::themes(db).await?,
        pillars: crate::directory::pillars(db).await?,
        leads: crate::spaces::entity_leads(db).await?,
        orgs,
        regions,
        groups,
        spaces,
    })
}

/// This node's copy of the reference data.
#[derive(Default)]
pub struct CatalogCache(Follower<Catalog>);

impl CatalogCache {
    pub fn new() -> CatalogCache {
        CatalogCache::default()
    }

    /// The reference data as of the database's current generation.
    pub async fn get(&self, db: &Db) -> Result<Arc<Catalog>> {
        self.0.snapshot(db).await
    }
}
