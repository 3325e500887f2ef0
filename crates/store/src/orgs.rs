//! Organizations: Member States and Compact entities.

use crate::db::{query, Db, Result};
use gctcp_domain::OrgId;

#[derive(sqlx::FromRow, Clone, Debug, PartialEq, Eq)]
pub struct Org {
    pub id: i64,
    pub kind: String,
    pub code: String,
    pub name_ar: String,
    pub name_en: String,
    pub name_es: String,
    pub name_fr: String,
    pub name_ru: String,
    pub name_zh: String,
    /// Other acronyms it is known by, space-separated (for search).
    pub aliases: String,
    pub iso2: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub regional_group: Option<String>,
    pub compact_status: Option<String>,
}

impl Org {
    pub fn org_id(&self) -> OrgId {
        OrgId(self.id)
    }
    pub fn is_member_state(&self) -> bool {
        self.kind == "member_state"
    }
}

const SELECT: &str =
    "SELECT o.id, o.kind, o.code, o.name_ar, o.name_en, o.name_es, o.name_fr, o.name_ru,
        o.name_zh, o.aliases, o.iso2, o.region, o.subregion,
        o.regional_group, o.compact_status
    FROM organizations o";

/// Finds an organization by ISO 3166 alpha-3 code or Compact acronym, case-insensitively.
pub async fn by_code(db: &Db, code: &str) -> Result<Option<Org>> {
    query(format!("{SELECT} WHERE o.code_folded = $1"))
        .bind(code.trim().to_lowercase())
        .fetch_optional(db)
        .await
}

pub async fn by_id(db: &Db, id: OrgId) -> Result<Option<Org>> {
    query(format!("{SELECT} WHERE o.id = $1"))
        .bind(id.0)
        .fetch_optional(db)
        .await
}

/// Every organization, Compact entities first then Member States, each by English name.
pub async fn list(db: &Db, kind: Option<&str>) -> Result<Vec<Org>> {
    query(format!(
        "{SELECT} WHERE ($1 = '' OR o.kind = $1) ORDER BY CASE o.kind WHEN 'compact_entity' THEN 0 ELSE 1 END, o.name_en"
    ))
    .bind(kind.unwrap_or(""))
    .fetch_all(db)
    .await
}
