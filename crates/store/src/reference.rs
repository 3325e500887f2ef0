//! Reference data (Member States, Compact entities, pillars, themes, working groups),
//! embedded from `reference/*.csv` and synchronised at every start: new rows are added
//! and changed rows updated in one transaction, so a new release that edits a CSV keeps
//! every database current without a hand-written data migration.

use crate::db::{query, Db};
use crate::now;
use serde::Deserialize;
use std::collections::HashMap;

const MEMBER_STATES: &str = include_str!("../../../reference/member_states.csv");
const COMPACT_ENTITIES: &str = include_str!("../../../reference/compact_entities.csv");
const PILLARS: &str = include_str!("../../../reference/pillars.csv");
const THEMES: &str = include_str!("../../../reference/themes.csv");
const WORKING_GROUPS: &str = include_str!("../../../reference/working_groups.csv");
// The names in the six languages, with their sources in reference/i18n/README.md.
const MEMBER_STATE_NAMES: &str = include_str!("../../../reference/i18n/member_states.csv");
const COMPACT_ENTITY_NAMES: &str = include_str!("../../../reference/i18n/compact_entities.csv");
const PILLAR_NAMES: &str = include_str!("../../../reference/i18n/pillars.csv");
const THEME_NAMES: &str = include_str!("../../../reference/i18n/themes.csv");
const WORKING_GROUP_NAMES: &str = include_str!("../../../reference/i18n/working_groups.csv");
const REGION_NAMES: &str = include_str!("../../../reference/i18n/regions.csv");

/// One row of a `reference/i18n` file: its key (ISO code, acronym, number, slug or
/// English region name) and the four names the main files lack.
#[derive(Deserialize)]
struct Translated {
    /// Empty in regions.csv, whose rows are known by their English name.
    #[serde(
        default,
        alias = "iso3",
        alias = "acronym",
        alias = "number",
        alias = "slug"
    )]
    key: String,
    name_ar: String,
    name_en: String,
    name_es: String,
    name_fr: String,
    name_ru: String,
    name_zh: String,
    #[serde(default)]
    acronym_fr: String,
    #[serde(default)]
    acronym_es: String,
}

impl Translated {
    /// The six names in `NAME_LANGS` order.
    fn six(&self) -> [String; 6] {
        [
            self.name_ar.clone(),
            self.name_en.clone(),
            self.name_es.clone(),
            self.name_fr.clone(),
            self.name_ru.clone(),
            self.name_zh.clone(),
        ]
    }
}

/// The translations of one file by key; every row of the main file must have one.
fn translations(csv_text: &str) -> anyhow::Result<HashMap<String, Translated>> {
    Ok(parse::<Translated>(csv_text)?
        .into_iter()
        .map(|t| (t.key.clone(), t))
        .collect())
}

fn translation<'a>(
    names: &'a HashMap<String, Translated>,
    key: &str,
    what: &str,
) -> anyhow::Result<&'a Translated> {
    names
        .get(key)
        .ok_or_else(|| anyhow::anyhow!("reference/i18n has no names for {what} {key}"))
}

/// Region, sub-region and regional-group names (by their English name, which the
/// organizations carry) in the six languages. Embedded and fixed: they are not rows.
pub fn region_names() -> &'static HashMap<String, [String; 6]> {
    static NAMES: std::sync::OnceLock<HashMap<String, [String; 6]>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        parse::<Translated>(REGION_NAMES)
            .expect("reference/i18n/regions.csv is well-formed (a unit test reads it)")
            .into_iter()
            .map(|t| (t.name_en.clone(), t.six()))
            .collect()
    })
}

#[derive(Deserialize)]
struct MemberState {
    name_en: String,
    name_zh: String,
    iso3: String,
    iso2: String,
    m49: String,
    region: String,
    subregion: String,
    regional_group: String,
}

#[derive(Deserialize)]
struct CompactEntity {
    name_en: String,
    acronym: String,
    status: String,
    name_zh: String,
}

#[derive(Deserialize)]
struct Pillar {
    number: i64,
    name_en: String,
    name_zh: String,
}

#[derive(Deserialize)]
struct Theme {
    slug: String,
    name_en: String,
    name_zh: String,
}

#[derive(Deserialize)]
struct WorkingGroup {
    number: i64,
    pillar: i64,
    name_en: String,
    name_zh: String,
    chair: String,
    vice_chairs: String,
    co_chairs: String,
}

fn parse<T: for<'de> Deserialize<'de>>(csv_text: &str) -> anyhow::Result<Vec<T>> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let mut out = Vec::new();
    for row in rdr.deserialize() {
        out.push(row?);
    }
    Ok(out)
}

/// Counts of what the reference data holds, for start-up logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceCounts {
    pub member_states: usize,
    pub compact_entities: usize,
    pub pillars: usize,
    pub themes: usize,
    pub working_groups: usize,
}

const UPSERT_ORG: &str = "INSERT INTO organizations
    (kind, code, code_folded, name_en, name_zh, iso2, m49, region, subregion, regional_group, compact_status,
     name_ar, name_es, name_fr, name_ru, aliases)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
    ON CONFLICT (code_folded) DO UPDATE SET kind = excluded.kind, code = excluded.code,
        name_en = excluded.name_en, name_zh = excluded.name_zh, iso2 = excluded.iso2,
        name_ar = excluded.name_ar, name_es = excluded.name_es, name_fr = excluded.name_fr,
        name_ru = excluded.name_ru, aliases = excluded.aliases,
        m49 = excluded.m49, region = excluded.region, subregion = excluded.subregion,
        regional_group = excluded.regional_group, compact_status = excluded.compact_status";

/// Loads or refreshes all reference data in one transaction.
pub async fn sync(db: &Db) -> anyhow::Result<ReferenceCounts> {
    let states: Vec<MemberState> = parse(MEMBER_STATES)?;
    let entities: Vec<CompactEntity> = parse(COMPACT_ENTITIES)?;
    let pillars: Vec<Pillar> = parse(PILLARS)?;
    let themes: Vec<Theme> = parse(THEMES)?;
    let groups: Vec<WorkingGroup> = parse(WORKING_GROUPS)?;
    let state_names = translations(MEMBER_STATE_NAMES)?;
    let entity_names = translations(COMPACT_ENTITY_NAMES)?;
    let pillar_names = translations(PILLAR_NAMES)?;
    let theme_names = translations(THEME_NAMES)?;
    let group_names = translations(WORKING_GROUP_NAMES)?;
    let created = now();

    let mut tx = db.begin().await?;
    {
        let tx = &mut tx;
        for s in &states {
            let n = translation(&state_names, &s.iso3, "Member State")?;
            query(UPSERT_ORG)
                .bind("member_state")
                .bind(&s.iso3)
                .bind(s.iso3.to_lowercase())
                .bind(&s.name_en)
                .bind(&s.name_zh)
                .bind(&s.iso2)
                .bind(&s.m49)
                .bind(&s.region)
                .bind(&s.subregion)
                .bind(&s.regional_group)
                .bind(None::<String>)
                .bind(&n.name_ar)
                .bind(&n.name_es)
                .bind(&n.name_fr)
                .bind(&n.name_ru)
                .bind("")
                .execute(&mut *tx)
                .await?;
        }
        for e in &entities {
            let n = translation(&entity_names, &e.acronym, "Compact entity")?;
            // The French and Spanish acronyms (ONUDC, OACI) where they differ.
            let mut aliases: Vec<&str> = Vec::new();
            for a in [n.acronym_fr.as_str(), n.acronym_es.as_str()] {
                if !a.is_empty() && a != e.acronym && !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
            query(UPSERT_ORG)
                .bind("compact_entity")
                .bind(&e.acronym)
                .bind(e.acronym.to_lowercase())
                .bind(&e.name_en)
                .bind(&e.name_zh)
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(&e.status)
                .bind(&n.name_ar)
                .bind(&n.name_es)
                .bind(&n.name_fr)
                .bind(&n.name_ru)
                .bind(aliases.join(" "))
                .execute(&mut *tx)
                .await?;
        }
        for p in &pillars {
            let n = translation(&pillar_names, &p.number.to_string(), "pillar")?;
            query(
                "INSERT INTO pillars (number, name_en, name_zh, name_ar, name_es, name_fr, name_ru)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (number) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh,
                     name_ar = excluded.name_ar, name_es = excluded.name_es,
                     name_fr = excluded.name_fr, name_ru = excluded.name_ru",
            )
            .bind(p.number)
            .bind(&p.name_en)
            .bind(&p.name_zh)
            .bind(&n.name_ar)
            .bind(&n.name_es)
            .bind(&n.name_fr)
            .bind(&n.name_ru)
            .execute(&mut *tx)
            .await?;
        }
        for t in &themes {
            let n = translation(&theme_names, &t.slug, "theme")?;
            query(
                "INSERT INTO themes (slug, name_en, name_zh, name_ar, name_es, name_fr, name_ru)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh,
                     name_ar = excluded.name_ar, name_es = excluded.name_es,
                     name_fr = excluded.name_fr, name_ru = excluded.name_ru",
            )
            .bind(&t.slug)
            .bind(&t.name_en)
            .bind(&t.name_zh)
            .bind(&n.name_ar)
            .bind(&n.name_es)
            .bind(&n.name_fr)
            .bind(&n.name_ru)
            .execute(&mut *tx)
            .await?;
        }
        for g in &groups {
            let slug = format!("wg-{}", g.number);
            let n = translation(&group_names, &g.number.to_string(), "working group")?;
            let space_id: i64 = query(
                "INSERT INTO spaces (slug, kind, wg_number, pillar, name_en, name_zh, purpose, is_open, created_at,
                     name_ar, name_es, name_fr, name_ru)
                 VALUES ($1, 'working_group', $2, $3, $4, $5, '', $6, $7, $8, $9, $10, $11)
                 ON CONFLICT (slug) DO UPDATE SET wg_number = excluded.wg_number, pillar = excluded.pillar,
                     name_en = excluded.name_en, name_zh = excluded.name_zh,
                     name_ar = excluded.name_ar, name_es = excluded.name_es,
                     name_fr = excluded.name_fr, name_ru = excluded.name_ru
                 RETURNING id",
            )
            .bind(&slug)
            .bind(g.number)
            .bind(g.pillar)
            .bind(&g.name_en)
            .bind(&g.name_zh)
            .bind(true)
            .bind(created)
            .bind(&n.name_ar)
            .bind(&n.name_es)
            .bind(&n.name_fr)
            .bind(&n.name_ru)
            .scalar(&mut *tx)
            .await?;
            query("DELETE FROM space_entities WHERE space_id = $1")
                .bind(space_id)
                .execute(&mut *tx)
                .await?;
            let roles = [
                ("chair", &g.chair),
                ("vice_chair", &g.vice_chairs),
                ("co_chair", &g.co_chairs),
            ];
            for (role, list) in roles {
                for acronym in list.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                    let done = query(
                        "INSERT INTO space_entities (space_id, organization_id, role)
                         SELECT $1, id, $2 FROM organizations WHERE code_folded = $3",
                    )
                    .bind(space_id)
                    .bind(role)
                    .bind(acronym.to_lowercase())
                    .execute(&mut *tx)
                    .await?;
                    anyhow::ensure!(
                        done == 1,
                        "working group {} names unknown entity {acronym}",
                        g.number
                    );
                }
            }
        }
        // Organization names and regions feed the directory: let every node reindex.
        query(crate::directory::BUMP).execute(&mut *tx).await?;
        query(crate::directory::LOG_CHANGE)
            .bind(None::<i64>)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;

    Ok(ReferenceCounts {
        member_states: states.len(),
        compact_entities: entities.len(),
        pillars: pillars.len(),
        themes: themes.len(),
        working_groups: groups.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reference row has its names in the six languages, none empty, and every
    /// region, sub-region and regional group the Member States name has its own.
    #[test]
    fn every_reference_name_exists_in_six_languages() {
        let full = |t: &Translated| t.six().iter().all(|n| !n.trim().is_empty());
        let states: Vec<MemberState> = parse(MEMBER_STATES).unwrap();
        let names = translations(MEMBER_STATE_NAMES).unwrap();
        let regions = region_names();
        for s in &states {
            let n = translation(&names, &s.iso3, "state").unwrap();
            assert!(full(n), "{}", s.iso3);
            assert_eq!(n.name_en, s.name_en);
            for r in [&s.region, &s.subregion, &s.regional_group] {
                if r != "none" {
                    let six = regions.get(r.as_str()).unwrap_or_else(|| panic!("{r}"));
                    assert!(six.iter().all(|n| !n.is_empty()), "{r}");
                }
            }
        }
        let entities: Vec<CompactEntity> = parse(COMPACT_ENTITIES).unwrap();
        let names = translations(COMPACT_ENTITY_NAMES).unwrap();
        for e in &entities {
            assert!(
                full(translation(&names, &e.acronym, "entity").unwrap()),
                "{}",
                e.acronym
            );
        }
        let names = translations(THEME_NAMES).unwrap();
        for t in parse::<Theme>(THEMES).unwrap() {
            assert!(full(translation(&names, &t.slug, "theme").unwrap()));
        }
        let names = translations(PILLAR_NAMES).unwrap();
        for p in parse::<Pillar>(PILLARS).unwrap() {
            assert!(full(
                translation(&names, &p.number.to_string(), "pillar").unwrap()
            ));
        }
        let names = translations(WORKING_GROUP_NAMES).unwrap();
        for g in parse::<WorkingGroup>(WORKING_GROUPS).unwrap() {
            assert!(full(
                translation(&names, &g.number.to_string(), "group").unwrap()
            ));
        }
        assert_eq!(regions["Africa"][3], "Afrique");
        assert_eq!(regions["Africa"][0], "أفريقيا");
    }
}
