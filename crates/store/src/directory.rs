//! The contact directory: search documents, faceted search, person details, profile
//! fields, photos.
//!
//! `directory_docs` holds one row per active person with the folded search text and the
//! single-valued filter columns. SQLite indexes the text with FTS5 (trigram), PostgreSQL
//! with a pg_trgm GIN index; both receive the same folded text and the same folded terms
//! (see `gctcp_domain::directory::fold`), so they find the same people.

use crate::directory_index::DirectoryIndex;
use crate::{in_tx, now, on_db, Db, Result};
use chrono::{DateTime, Utc};
use gctcp_domain::directory::fold;
use gctcp_domain::{AccountId, SpaceId};

/// What a person's search document is made of.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct DocSource {
    pub id: i64,
    pub status: String,
    pub display_name: String,
    pub title: String,
    pub email: String,
    pub office: String,
    pub org_id: i64,
    pub org_code: String,
    pub org_name_en: String,
    pub org_name_zh: String,
    pub org_kind: String,
    pub compact_status: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub regional_group: Option<String>,
}

pub const DOC_SOURCE: &str = "SELECT a.id, a.status, a.display_name, a.title, a.email, a.office,
        o.id AS org_id, o.code AS org_code, o.name_en AS org_name_en, o.name_zh AS org_name_zh,
        o.kind AS org_kind, o.compact_status, o.region, o.subregion, o.regional_group
    FROM accounts a JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1";

pub const THEMES_OF: &str = "SELECT t.name_en, t.name_zh FROM account_themes x
    JOIN themes t ON t.id = x.theme_id WHERE x.account_id = $1";

/// Tells every node's in-memory index that the directory changed.
pub const BUMP: &str = "UPDATE directory_state SET generation = generation + 1 WHERE id = 1";
/// Records which person the generation just bumped changed ($1; NULL for many).
pub const LOG_CHANGE: &str = "INSERT INTO directory_changes (generation, account_id)
    SELECT generation, $1 FROM directory_state WHERE id = 1";

pub const INSERT_DOC: &str = "INSERT INTO directory_docs
    (account_id, doc, name_key, org_id, org_type, region, subregion, regional_group, langs, themes, spaces)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

/// The multi-valued filter values of one person, comma-separated (STRING_AGG exists in
/// PostgreSQL and in SQLite since 3.44).
pub const LINKS_OF: &str = "SELECT
    COALESCE((SELECT STRING_AGG(lang, ',') FROM account_languages WHERE account_id = $1), ''),
    COALESCE((SELECT STRING_AGG(CAST(theme_id AS TEXT), ',') FROM account_themes WHERE account_id = $1), ''),
    COALESCE((SELECT STRING_AGG(CAST(space_id AS TEXT), ',') FROM space_members WHERE account_id = $1), '')";

/// The folded search text: name, title, e-mail, organization code and names, office, and
/// the names of the person's thematic areas (their expertise).
pub fn doc_text(s: &DocSource, themes: &[(String, String)]) -> String {
    let mut parts: Vec<&str> = vec![
        &s.display_name,
        &s.title,
        &s.email,
        &s.org_code,
        &s.org_name_en,
        &s.org_name_zh,
        &s.office,
    ];
    for (en, zh) in themes {
        parts.push(en);
        parts.push(zh);
    }
    fold(
        &parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" | "),
    )
}

/// The CJK characters and pairs of a person's own text (name, title, office).
pub fn own_grams(s: &DocSource) -> Vec<String> {
    gctcp_domain::directory::cjk_grams(&fold(&format!(
        "{} {} {}",
        s.display_name, s.title, s.office
    )))
}

/// Rebuilds one person's directory row inside an open transaction: removed unless the
/// account is active. Call it in the same transaction as any change to what it holds.
#[macro_export]
macro_rules! directory_refresh {
    ($tx:expr, $id:expr) => {{
        let id: i64 = $id;
        // The generation first: its row lock orders concurrent refreshes of one person,
        // so each reads what the one before it committed (see `library_refresh!`).
        sqlx::query($crate::directory::BUMP)
            .execute(&mut *$tx)
            .await?;
        let src: Option<$crate::directory::DocSource> =
            sqlx::query_as($crate::directory::DOC_SOURCE)
                .bind(id)
                .fetch_optional(&mut *$tx)
                .await?;
        sqlx::query("DELETE FROM directory_docs WHERE account_id = $1")
            .bind(id)
            .execute(&mut *$tx)
            .await?;
        sqlx::query($crate::directory::LOG_CHANGE)
            .bind(Some(id))
            .execute(&mut *$tx)
            .await?;
        sqlx::query("DELETE FROM directory_grams WHERE account_id = $1")
            .bind(id)
            .execute(&mut *$tx)
            .await?;
        if let Some(src) = src.filter(|s| s.status == "active") {
            for gram in $crate::directory::own_grams(&src) {
                sqlx::query("INSERT INTO directory_grams (gram, account_id) VALUES ($1, $2)")
                    .bind(gram)
                    .bind(id)
                    .execute(&mut *$tx)
                    .await?;
            }
            let themes: Vec<(String, String)> = sqlx::query_as($crate::directory::THEMES_OF)
                .bind(id)
                .fetch_all(&mut *$tx)
                .await?;
            let doc = $crate::directory::doc_text(&src, &themes);
            let (langs, theme_ids, space_ids): (String, String, String) =
                sqlx::query_as($crate::directory::LINKS_OF)
                    .bind(id)
                    .fetch_one(&mut *$tx)
                    .await?;
            sqlx::query($crate::directory::INSERT_DOC)
                .bind(id)
                .bind(doc)
                .bind(gctcp_domain::directory::fold(&src.display_name))
                .bind(src.org_id)
                .bind(gctcp_domain::directory::org_type(
                    &src.org_kind,
                    src.compact_status.as_deref(),
                ))
                .bind(src.region.clone().unwrap_or_default())
                .bind(src.subregion.clone().unwrap_or_default())
                .bind(src.regional_group.clone().unwrap_or_default())
                .bind(langs)
                .bind(theme_ids)
                .bind(space_ids)
                .execute(&mut *$tx)
                .await?;
        }
    }};
}

/// Rebuilds one person's directory row in a transaction of its own.
pub async fn refresh(db: &Db, id: AccountId) -> anyhow::Result<()> {
    in_tx!(db, |tx| {
        directory_refresh!(tx, id.0);
    });
    Ok(())
}

/// A directory search: free text plus filters (all optional, all combined).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded terms (see `gctcp_domain::directory::terms`); every term must match.
    pub terms: Vec<String>,
    pub org_type: Option<String>,
    pub org: Option<i64>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub regional_group: Option<String>,
    pub space: Option<i64>,
    pub theme: Option<i64>,
    pub lang: Option<String>,
}

/// The filter dimensions (facets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dim {
    OrgType,
    Org,
    Region,
    Subregion,
    RegionalGroup,
    Space,
    Theme,
    Lang,
}

pub const DIMS: [Dim; 8] = [
    Dim::OrgType,
    Dim::Org,
    Dim::Region,
    Dim::Subregion,
    Dim::RegionalGroup,
    Dim::Space,
    Dim::Theme,
    Dim::Lang,
];

/// One person in a result list.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Hit {
    pub id: i64,
    pub display_name: String,
    pub title: String,
    pub org_id: i64,
    pub org_code: String,
    pub org_name_en: String,
    pub org_name_zh: String,
    pub time_zone: String,
    pub has_photo: bool,
}

impl Hit {
    pub fn org_name(&self, lang: &str) -> &str {
        crate::localized(lang, &self.org_name_en, &self.org_name_zh)
    }
}

/// One page of a search, with the total and the facet counts.
pub struct Page {
    pub hits: Vec<Hit>,
    pub total: i64,
    pub facets: Vec<(Dim, Vec<(String, i64)>)>,
}

/// A page of results (names that start with the first term first, then by name), the
/// total, and how many people each filter value would leave.
pub async fn search(
    index: &DirectoryIndex,
    db: &Db,
    q: &Query,
    limit: i64,
    offset: i64,
) -> Result<Page> {
    let found =
        crate::directory_index::search(index, db, q, limit.max(0) as usize, offset.max(0) as usize)
            .await?;
    let hits = hits(db, &found.ids).await?;
    Ok(Page {
        hits,
        total: found.total,
        facets: found.facets,
    })
}

/// The people of a search, for exports (at most `limit`), and how many there are in all.
pub async fn export_ids(
    index: &DirectoryIndex,
    db: &Db,
    q: &Query,
    limit: i64,
) -> Result<(Vec<i64>, i64)> {
    let found = crate::directory_index::search(index, db, q, limit.max(0) as usize, 0).await?;
    Ok((found.ids, found.total))
}

/// The result rows of these people, in the given order.
pub async fn hits(db: &Db, ids: &[i64]) -> Result<Vec<Hit>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let placeholders = (1..=ids.len())
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT a.id, a.display_name, a.title, o.id AS org_id, o.code AS org_code, o.name_en AS org_name_en,
                o.name_zh AS org_name_zh, a.time_zone,
                EXISTS (SELECT 1 FROM account_photos p WHERE p.account_id = a.id) AS has_photo
         FROM accounts a JOIN organizations o ON o.id = a.organization_id
         WHERE a.id IN ({placeholders})"
    );
    let mut rows: Vec<Hit> = on_db!(db, |pool| {
        let mut q = sqlx::query_as::<_, Hit>(&sql);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(pool).await
    })?;
    let pos: std::collections::HashMap<i64, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    rows.sort_by_key(|h| pos.get(&h.id).copied().unwrap_or(usize::MAX));
    Ok(rows)
}

/// Everything the person page and the vCard show.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Person {
    pub id: i64,
    pub status: String,
    pub email: String,
    pub display_name: String,
    pub title: String,
    pub phone_office: String,
    pub phone_mobile: String,
    pub office: String,
    pub bio: String,
    pub phone_visibility: String,
    pub time_zone: String,
    pub org_id: i64,
    pub org_code: String,
    pub org_name_en: String,
    pub org_name_zh: String,
    pub org_kind: String,
    pub has_photo: bool,
    pub photo_updated_at: Option<DateTime<Utc>>,
}

impl Person {
    pub fn org_name(&self, lang: &str) -> &str {
        crate::localized(lang, &self.org_name_en, &self.org_name_zh)
    }
}

const PERSON: &str =
    "SELECT a.id, a.status, a.email, a.display_name, a.title, a.phone_office, a.phone_mobile,
        a.office, a.bio, a.phone_visibility, a.time_zone, o.id AS org_id, o.code AS org_code,
        o.name_en AS org_name_en, o.name_zh AS org_name_zh, o.kind AS org_kind,
        p.account_id IS NOT NULL AS has_photo, p.updated_at AS photo_updated_at
    FROM accounts a JOIN organizations o ON o.id = a.organization_id
    LEFT JOIN account_photos p ON p.account_id = a.id";

pub async fn person(db: &Db, id: AccountId) -> Result<Option<Person>> {
    let sql = format!("{PERSON} WHERE a.id = $1");
    on_db!(db, |pool| sqlx::query_as::<_, Person>(&sql)
        .bind(id.0)
        .fetch_optional(pool)
        .await)
}

/// Several people at once (exports), in the given order.
pub async fn people(db: &Db, ids: &[i64]) -> Result<Vec<Person>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let placeholders = (1..=chunk.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("{PERSON} WHERE a.id IN ({placeholders})");
        let rows: Vec<Person> = on_db!(db, |pool| {
            let mut q = sqlx::query_as::<_, Person>(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            q.fetch_all(pool).await
        })?;
        out.extend(rows);
    }
    let pos: std::collections::HashMap<i64, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    out.sort_by_key(|p| pos.get(&p.id).copied().unwrap_or(usize::MAX));
    Ok(out)
}

/// A person's declared languages, thematic areas (id) and pillars.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expertise {
    pub languages: Vec<String>,
    pub themes: Vec<i64>,
    pub pillars: Vec<i64>,
}

pub async fn expertise(db: &Db, id: AccountId) -> Result<Expertise> {
    on_db!(db, |pool| {
        let languages: Vec<(String,)> = sqlx::query_as(
            "SELECT lang FROM account_languages WHERE account_id = $1 ORDER BY lang",
        )
        .bind(id.0)
        .fetch_all(pool)
        .await?;
        let themes: Vec<(i64,)> = sqlx::query_as(
            "SELECT theme_id FROM account_themes WHERE account_id = $1 ORDER BY theme_id",
        )
        .bind(id.0)
        .fetch_all(pool)
        .await?;
        let pillars: Vec<(i64,)> = sqlx::query_as(
            "SELECT pillar FROM account_pillars WHERE account_id = $1 ORDER BY pillar",
        )
        .bind(id.0)
        .fetch_all(pool)
        .await?;
        Ok(Expertise {
            languages: languages.into_iter().map(|r| r.0).collect(),
            themes: themes.into_iter().map(|r| r.0).collect(),
            pillars: pillars.into_iter().map(|r| r.0).collect(),
        })
    })
}

/// People who share the most thematic areas with this person.
pub async fn same_themes(db: &Db, id: AccountId, limit: i64) -> Result<Vec<(Hit, i64)>> {
    let sql = "SELECT a.id, a.display_name, a.title, o.id AS org_id, o.code AS org_code, o.name_en AS org_name_en,
            o.name_zh AS org_name_zh, a.time_zone,
            EXISTS (SELECT 1 FROM account_photos p WHERE p.account_id = a.id) AS has_photo,
            s.shared
        FROM (SELECT other.account_id, COUNT(*) AS shared
              FROM account_themes mine JOIN account_themes other ON other.theme_id = mine.theme_id
              WHERE mine.account_id = $1 AND other.account_id <> $1
              GROUP BY other.account_id) s
        JOIN directory_docs d ON d.account_id = s.account_id
        JOIN accounts a ON a.id = s.account_id
        JOIN organizations o ON o.id = a.organization_id
        ORDER BY s.shared DESC, d.name_key
        LIMIT $2";
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        hit: Hit,
        shared: i64,
    }
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as::<_, Row>(sql)
        .bind(id.0)
        .bind(limit)
        .fetch_all(pool)
        .await)?;
    Ok(rows.into_iter().map(|r| (r.hit, r.shared)).collect())
}

/// The spaces of several people (for phone visibility in exports): account → spaces.
pub async fn spaces_of(
    db: &Db,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<SpaceId>>> {
    let mut out: std::collections::HashMap<i64, Vec<SpaceId>> = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let placeholders = (1..=chunk.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT account_id, space_id FROM space_members WHERE account_id IN ({placeholders})"
        );
        let rows: Vec<(i64, i64)> = on_db!(db, |pool| {
            let mut q = sqlx::query_as(&sql);
            for id in chunk {
                q = q.bind(*id);
            }
            q.fetch_all(pool).await
        })?;
        for (a, s) in rows {
            out.entry(a).or_default().push(SpaceId(s));
        }
    }
    Ok(out)
}

/// The fields of the directory profile form.
#[derive(Clone, Debug, Default)]
pub struct ProfileFields {
    pub display_name: String,
    pub title: String,
    pub phone_office: String,
    pub phone_mobile: String,
    pub office: String,
    pub bio: String,
    pub phone_visibility: String,
    pub time_zone: String,
    pub ui_locale: Option<String>,
    pub languages: Vec<String>,
    pub themes: Vec<i64>,
    pub pillars: Vec<i64>,
    /// Only administrators change someone's organization.
    pub org: Option<i64>,
}

/// Inside a transaction: replaces the rows of a person's link table with `values`.
macro_rules! replace_links {
    ($tx:expr, $table:literal, $col:literal, $id:expr, $values:expr) => {{
        sqlx::query(concat!("DELETE FROM ", $table, " WHERE account_id = $1"))
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for v in $values {
            sqlx::query(concat!(
                "INSERT INTO ",
                $table,
                " (account_id, ",
                $col,
                ") VALUES ($1, $2)"
            ))
            .bind($id)
            .bind(v)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// Saves a profile and its search document in one transaction.
pub async fn save_profile(db: &Db, id: AccountId, p: &ProfileFields) -> anyhow::Result<()> {
    let at = now();
    in_tx!(db, |tx| {
        sqlx::query(
            "UPDATE accounts SET display_name = $2, title = $3, phone_office = $4, phone_mobile = $5, office = $6,
                 bio = $7, phone_visibility = $8, time_zone = $9, ui_locale = $10, updated_at = $11
             WHERE id = $1",
        )
        .bind(id.0)
        .bind(&p.display_name)
        .bind(&p.title)
        .bind(&p.phone_office)
        .bind(&p.phone_mobile)
        .bind(&p.office)
        .bind(&p.bio)
        .bind(&p.phone_visibility)
        .bind(&p.time_zone)
        .bind(&p.ui_locale)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if let Some(org) = p.org {
            sqlx::query("UPDATE accounts SET organization_id = $2 WHERE id = $1")
                .bind(id.0)
                .bind(org)
                .execute(&mut *tx)
                .await?;
        }
        replace_links!(tx, "account_languages", "lang", id.0, &p.languages);
        replace_links!(tx, "account_themes", "theme_id", id.0, &p.themes);
        replace_links!(tx, "account_pillars", "pillar", id.0, &p.pillars);
        directory_refresh!(tx, id.0);
    });
    Ok(())
}

pub async fn photo(db: &Db, id: AccountId) -> Result<Option<(Vec<u8>, DateTime<Utc>)>> {
    on_db!(db, |pool| sqlx::query_as::<_, (Vec<u8>, DateTime<Utc>)>(
        "SELECT jpeg, updated_at FROM account_photos WHERE account_id = $1"
    )
    .bind(id.0)
    .fetch_optional(pool)
    .await)
}

pub async fn set_photo(db: &Db, id: AccountId, jpeg: Option<&[u8]>) -> Result<()> {
    match jpeg {
        Some(bytes) => on_db!(db, |pool| {
            sqlx::query(
            "INSERT INTO account_photos (account_id, jpeg, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (account_id) DO UPDATE SET jpeg = excluded.jpeg, updated_at = excluded.updated_at"
        )
        .bind(id.0)
        .bind(bytes)
        .bind(now())
        .execute(pool)
        .await
        .map(|_| ())
        }),
        None => on_db!(db, |pool| sqlx::query(
            "DELETE FROM account_photos WHERE account_id = $1"
        )
        .bind(id.0)
        .execute(pool)
        .await
        .map(|_| ())),
    }
}

/// Reference lists for the filters: themes (id, en, zh, slug) and regions.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Theme {
    pub id: i64,
    pub slug: String,
    pub name_en: String,
    pub name_zh: String,
}

impl Theme {
    pub fn name(&self, lang: &str) -> &str {
        crate::localized(lang, &self.name_en, &self.name_zh)
    }
}

pub async fn themes(db: &Db) -> Result<Vec<Theme>> {
    on_db!(db, |pool| sqlx::query_as::<_, Theme>(
        "SELECT id, slug, name_en, name_zh FROM themes ORDER BY name_en"
    )
    .fetch_all(pool)
    .await)
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Pillar {
    pub number: i64,
    pub name_en: String,
    pub name_zh: String,
}

impl Pillar {
    pub fn name(&self, lang: &str) -> &str {
        crate::localized(lang, &self.name_en, &self.name_zh)
    }
}

pub async fn pillars(db: &Db) -> Result<Vec<Pillar>> {
    on_db!(db, |pool| sqlx::query_as::<_, Pillar>(
        "SELECT number, name_en, name_zh FROM pillars ORDER BY number"
    )
    .fetch_all(pool)
    .await)
}

/// Distinct (region, subregion) pairs and regional groups of the Member States.
pub async fn regions(db: &Db) -> Result<(Vec<(String, String)>, Vec<String>)> {
    on_db!(db, |pool| {
        let pairs: Vec<(String, String)> = sqlx::query_as(
            "SELECT DISTINCT region, subregion FROM organizations WHERE kind = 'member_state' ORDER BY region, subregion",
        )
        .fetch_all(pool)
        .await?;
        let groups: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT regional_group FROM organizations WHERE kind = 'member_state' ORDER BY regional_group",
        )
        .fetch_all(pool)
        .await?;
        Ok((pairs, groups.into_iter().map(|g| g.0).collect()))
    })
}
