//! Reference data (Member States, Compact entities, pillars, themes, working groups),
//! embedded from `reference/*.csv` and synchronised at every start: new rows are added
//! and changed rows updated in one transaction, so a new release that edits a CSV keeps
//! every database current without a hand-written data migration.

use crate::db::{query, Db};
use crate::now;
use serde::Deserialize;

const MEMBER_STATES: &str = include_str!("../../../reference/member_states.csv");
const COMPACT_ENTITIES: &str = include_str!("../../../reference/compact_entities.csv");
const PILLARS: &str = include_str!("../../../reference/pillars.csv");
const THEMES: &str = include_str!("../../../reference/themes.csv");
const WORKING_GROUPS: &str = include_str!("../../../reference/working_groups.csv");

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
    (kind, code, code_folded, name_en, name_zh, iso2, m49, region, subregion, regional_group, compact_status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
    ON CONFLICT (code_folded) DO UPDATE SET kind = excluded.kind, code = excluded.code,
        name_en = excluded.name_en, name_zh = excluded.name_zh, iso2 = excluded.iso2,
        m49 = excluded.m49, region = excluded.region, subregion = excluded.subregion,
        regional_group = excluded.regional_group, compact_status = excluded.compact_status";

/// Loads or refreshes all reference data in one transaction.
pub async fn sync(db: &Db) -> anyhow::Result<ReferenceCounts> {
    let states: Vec<MemberState> = parse(MEMBER_STATES)?;
    let entities: Vec<CompactEntity> = parse(COMPACT_ENTITIES)?;
    let pillars: Vec<Pillar> = parse(PILLARS)?;
    let themes: Vec<Theme> = parse(THEMES)?;
    let groups: Vec<WorkingGroup> = parse(WORKING_GROUPS)?;
    let created = now();

    let mut tx = db.begin().await?;
    {
        let tx = &mut tx;
        for s in &states {
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
                .execute(&mut *tx)
                .await?;
        }
        for e in &entities {
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
                .execute(&mut *tx)
                .await?;
        }
        for p in &pillars {
            query(
                "INSERT INTO pillars (number, name_en, name_zh) VALUES ($1, $2, $3)
                 ON CONFLICT (number) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh",
            )
            .bind(p.number)
            .bind(&p.name_en)
            .bind(&p.name_zh)
            .execute(&mut *tx)
            .await?;
        }
        for t in &themes {
            query(
                "INSERT INTO themes (slug, name_en, name_zh) VALUES ($1, $2, $3)
                 ON CONFLICT (slug) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh",
            )
            .bind(&t.slug)
            .bind(&t.name_en)
            .bind(&t.name_zh)
            .execute(&mut *tx)
            .await?;
        }
        for g in &groups {
            let slug = format!("wg-{}", g.number);
            let space_id: i64 = query(
                "INSERT INTO spaces (slug, kind, wg_number, pillar, name_en, name_zh, purpose, is_open, created_at)
                 VALUES ($1, 'working_group', $2, $3, $4, $5, '', $6, $7)
                 ON CONFLICT (slug) DO UPDATE SET wg_number = excluded.wg_number, pillar = excluded.pillar,
                     name_en = excluded.name_en, name_zh = excluded.name_zh
                 RETURNING id",
            )
            .bind(&slug)
            .bind(g.number)
            .bind(g.pillar)
            .bind(&g.name_en)
            .bind(&g.name_zh)
            .bind(true)
            .bind(created)
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
