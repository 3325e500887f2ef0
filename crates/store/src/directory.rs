//! The contact directory: search documents, faceted search, person details, profile
//! fields, photos.
//!
//! `directory_docs` holds one row per active person with the folded search text of their
//! own words and the single-valued filter columns. Each node searches that text in memory
//! (`directory_index::text`), with the same folded terms on either database (see
//! `gctcp_domain::directory::fold`), so both find the same people.

use crate::db::{query, Db, Result, Tx};
use crate::{now, placeholders};
use chrono::{DateTime, Utc};
use gctcp_domain::directory::fold;
use gctcp_domain::{AccountId, SpaceId, SpaceRole};
use std::sync::LazyLock;

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
    pub org_kind: String,
    pub compact_status: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub regional_group: Option<String>,
}

pub const DOC_SOURCE: &str = "SELECT a.id, a.status, a.display_name, a.title, a.email, a.office,
        o.id AS org_id,
        o.kind AS org_kind, o.compact_status, o.region, o.subregion, o.regional_group
    FROM accounts a JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1";

/// Tells every node's in-memory index that the directory changed.
pub const BUMP: &str = crate::known::Kind::Directory.bump_sql();
/// Records which person the generation just bumped changed ($1; NULL for many).
pub const LOG_CHANGE: &str = "INSERT INTO directory_changes (generation, account_id)
    SELECT generation, $1 FROM generations WHERE kind = 0";

pub const INSERT_DOC: &str = "INSERT INTO directory_docs
    (account_id, doc, name_key, org_id, org_type, region, subregion, regional_group, langs, themes, spaces)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

/// The multi-valued filter values of one person, comma-separated (STRING_AGG exists in
/// PostgreSQL and in SQLite since 3.44).
pub const LINKS_OF: &str = "SELECT
    COALESCE((SELECT STRING_AGG(lang, ',') FROM account_languages WHERE account_id = $1), ''),
    COALESCE((SELECT STRING_AGG(CAST(theme_id AS TEXT), ',') FROM account_themes WHERE account_id = $1), ''),
    COALESCE((SELECT STRING_AGG(CAST(space_id AS TEXT), ',') FROM space_members WHERE account_id = $1), '')";

/// The folded search text of a person's own words: name, title, e-mail and office.
///
/// What names their organization (code, acronyms, names) and their thematic areas is not
/// here: the directory index matches such words against the reference names in all six
/// languages and takes the people of the organizations and themes found
/// (`directory_index::refs`). Kept here, a fragment of a common name ("ris" of
/// "terrorism") made the text index find and recheck tens of thousands of rows, the
/// slowest searches by far, only to find the people the reference match finds anyway.
pub fn doc_text(s: &DocSource) -> String {
    let parts = [&s.display_name, &s.title, &s.email, &s.office];
    fold(
        &parts
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.as_str())
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

/// Rebuilds one person's directory row inside the transaction of the change: removed
/// unless the account is active; the change is logged for every node's index. Call it in
/// the same transaction as any change to what the row holds.
pub async fn refresh(tx: &mut Tx, id: AccountId) -> Result<()> {
    // The generation first: its row lock orders concurrent refreshes of one person, so
    // each reads what the one before it committed (see `library::refresh`).
    query(BUMP).execute(&mut *tx).await?;
    let src: Option<DocSource> = query(DOC_SOURCE)
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
    query("DELETE FROM directory_docs WHERE account_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    query(LOG_CHANGE).bind(Some(id.0)).execute(&mut *tx).await?;
    query("DELETE FROM directory_grams WHERE account_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    let Some(src) = src.filter(|s| s.status == "active") else {
        return Ok(());
    };
    for gram in own_grams(&src) {
        query("INSERT INTO directory_grams (gram, account_id) VALUES ($1, $2)")
            .bind(gram)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
    }
    let doc = doc_text(&src);
    let (langs, theme_ids, space_ids): (String, String, String) =
        query(LINKS_OF).bind(id.0).fetch_one(&mut *tx).await?;
    query(INSERT_DOC)
        .bind(id.0)
        .bind(doc)
        .bind(fold(&src.display_name))
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
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Rebuilds the directory rows of many people at once, in batches (bulk imports, demo
/// data), and logs one bulk change: every node rebuilds its index.
pub async fn refresh_many(tx: &mut Tx, ids: &[AccountId]) -> Result<()> {
    use crate::db::Arg;
    for chunk in ids.chunks(500) {
        let list = placeholders(chunk.len());
        let bind_all = |sql: String| {
            let mut q = query(sql);
            for id in chunk {
                q = q.bind(id.0);
            }
            q
        };
        bind_all(format!(
            "DELETE FROM directory_docs WHERE account_id IN ({list})"
        ))
        .execute(&mut *tx)
        .await?;
        bind_all(format!(
            "DELETE FROM directory_grams WHERE account_id IN ({list})"
        ))
        .execute(&mut *tx)
        .await?;
        let sources: Vec<DocSource> = bind_all(DOC_SOURCE.replace(
            "WHERE a.id = $1",
            &format!("WHERE a.status = 'active' AND a.id IN ({list})"),
        ))
        .fetch_all(&mut *tx)
        .await?;
        let links: Vec<(i64, String, String, String)> = bind_all(format!(
            "SELECT a.id,
                COALESCE((SELECT STRING_AGG(lang, ',') FROM account_languages WHERE account_id = a.id), ''),
                COALESCE((SELECT STRING_AGG(CAST(theme_id AS TEXT), ',') FROM account_themes WHERE account_id = a.id), ''),
                COALESCE((SELECT STRING_AGG(CAST(space_id AS TEXT), ',') FROM space_members WHERE account_id = a.id), '')
             FROM accounts a WHERE a.id IN ({list})"
        ))
        .fetch_all(&mut *tx)
        .await?;
        let mut docs = Vec::with_capacity(sources.len());
        let mut grams = Vec::new();
        for src in &sources {
            let (_, langs, theme_ids, space_ids) = links
                .iter()
                .find(|l| l.0 == src.id)
                .cloned()
                .unwrap_or_default();
            for g in own_grams(src) {
                grams.push(vec![Arg::from(g), Arg::from(src.id)]);
            }
            docs.push(vec![
                Arg::from(src.id),
                doc_text(src).into(),
                fold(&src.display_name).into(),
                src.org_id.into(),
                gctcp_domain::directory::org_type(&src.org_kind, src.compact_status.as_deref())
                    .to_string()
                    .into(),
                src.region.clone().unwrap_or_default().into(),
                src.subregion.clone().unwrap_or_default().into(),
                src.regional_group.clone().unwrap_or_default().into(),
                langs.into(),
                theme_ids.into(),
                space_ids.into(),
            ]);
        }
        crate::db::insert_rows(
            tx,
            "directory_docs (account_id, doc, name_key, org_id, org_type, region, subregion, regional_group, langs, themes, spaces)",
            docs,
        )
        .await?;
        crate::db::insert_rows(tx, "directory_grams (gram, account_id)", grams).await?;
    }
    log_bulk_change(tx).await
}

/// Once per database: rewrites the directory rows written while they still held the
/// names of the person's organization and thematic areas (see `doc_text`). The first node
/// to start claims the upgrade in the transaction that does it; another one starting
/// meanwhile waits for it and finds it done. Returns how many people were rewritten.
pub async fn upgrade_docs(db: &Db) -> Result<usize> {
    let mut tx = db.begin().await?;
    let claimed = query(
        "INSERT INTO data_upgrades (name) VALUES ('directory_own_text') ON CONFLICT (name) DO NOTHING",
    )
    .execute(&mut tx)
    .await?;
    if claimed == 0 {
        tx.rollback().await?;
        return Ok(0);
    }
    let ids: Vec<(i64,)> = query("SELECT account_id FROM directory_docs ORDER BY account_id")
        .fetch_all(&mut tx)
        .await?;
    let ids: Vec<AccountId> = ids.into_iter().map(|(id,)| AccountId(id)).collect();
    if !ids.is_empty() {
        refresh_many(&mut tx, &ids).await?;
    }
    tx.commit().await?;
    if !ids.is_empty() {
        after_bulk_change(db).await?;
    }
    Ok(ids.len())
}

/// After a bulk change, on PostgreSQL: refresh the planner's statistics.
pub async fn after_bulk_change(db: &Db) -> Result<()> {
    if db.backend() == crate::Backend::Postgres {
        query("ANALYZE directory_docs").execute(db).await?;
        query("ANALYZE accounts").execute(db).await?;
    }
    Ok(())
}

/// Tells every node that many people may have changed (reference data, bulk changes):
/// their indexes rebuild instead of catching up person by person.
pub async fn log_bulk_change(tx: &mut Tx) -> Result<()> {
    query(BUMP).execute(&mut *tx).await?;
    query(LOG_CHANGE)
        .bind(None::<i64>)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// One person in a result list.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Hit {
    pub id: i64,
    pub display_name: String,
    pub title: String,
    pub email: String,
    pub org_id: i64,
    pub org_code: String,
    /// The organization's names, from the reference data on this node (not read with the row).
    #[sqlx(skip)]
    pub org_names: crate::Names,
    pub time_zone: String,
    pub has_photo: bool,
    /// What stands for the person without a photo, worked out once per row read.
    #[sqlx(skip)]
    pub initials: String,
}

impl Hit {
    pub fn org_name(&self, lang: &str) -> &str {
        self.org_names.get_or(lang, &self.org_code)
    }
}

/// The result rows of these people, in the given order.
pub async fn hits(db: &Db, ids: &[i64]) -> Result<Vec<Hit>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let sql = format!(
        "SELECT a.id, a.display_name, a.title, a.email, o.id AS org_id, o.code AS org_code, a.time_zone,
                EXISTS (SELECT 1 FROM account_photos p WHERE p.account_id = a.id) AS has_photo
         FROM accounts a JOIN organizations o ON o.id = a.organization_id
         WHERE a.id IN ({})",
        placeholders(ids.len())
    );
    let mut q = query(sql);
    for id in ids {
        q = q.bind(*id);
    }
    let mut rows: Vec<Hit> = q.fetch_all(db).await?;
    for h in &mut rows {
        h.initials = gctcp_domain::names::initials(&h.display_name);
    }
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
    /// The organization's names, from the reference data on this node (not read with the row).
    #[sqlx(skip)]
    pub org_names: crate::Names,
    pub org_kind: String,
    pub has_photo: bool,
    pub photo_updated_at: Option<DateTime<Utc>>,
    pub ui_locale: Option<String>,
}

impl Person {
    pub fn org_name(&self, lang: &str) -> &str {
        self.org_names.get_or(lang, &self.org_code)
    }
}

const PERSON: &str =
    "SELECT a.id, a.status, a.email, a.display_name, a.title, a.phone_office, a.phone_mobile,
        a.office, a.bio, a.phone_visibility, a.time_zone, o.id AS org_id, o.code AS org_code,
        o.kind AS org_kind,
        p.account_id IS NOT NULL AS has_photo, p.updated_at AS photo_updated_at, a.ui_locale
    FROM accounts a JOIN organizations o ON o.id = a.organization_id
    LEFT JOIN account_photos p ON p.account_id = a.id";

pub async fn person(db: &Db, id: AccountId) -> Result<Option<Person>> {
    query(format!("{PERSON} WHERE a.id = $1"))
        .bind(id.0)
        .fetch_optional(db)
        .await
}

/// Several people at once (exports), in the given order.
pub async fn people(db: &Db, ids: &[i64]) -> Result<Vec<Person>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let mut q = query(format!(
            "{PERSON} WHERE a.id IN ({})",
            placeholders(chunk.len())
        ));
        for id in chunk {
            q = q.bind(*id);
        }
        let rows: Vec<Person> = q.fetch_all(db).await?;
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
    let languages: Vec<(String,)> =
        query("SELECT lang FROM account_languages WHERE account_id = $1 ORDER BY lang")
            .bind(id.0)
            .fetch_all(db)
            .await?;
    let themes: Vec<(i64,)> =
        query("SELECT theme_id FROM account_themes WHERE account_id = $1 ORDER BY theme_id")
            .bind(id.0)
            .fetch_all(db)
            .await?;
    let pillars: Vec<(i64,)> =
        query("SELECT pillar FROM account_pillars WHERE account_id = $1 ORDER BY pillar")
            .bind(id.0)
            .fetch_all(db)
            .await?;
    Ok(Expertise {
        languages: languages.into_iter().map(|r| r.0).collect(),
        themes: themes.into_iter().map(|r| r.0).collect(),
        pillars: pillars.into_iter().map(|r| r.0).collect(),
    })
}

/// A person with their expertise and spaces: what the person page and the profile form
/// show, read in one round trip.
#[derive(Clone, Debug)]
pub struct Profile {
    pub person: Person,
    pub expertise: Expertise,
    /// By space ID.
    pub spaces: Vec<(SpaceId, SpaceRole)>,
}

pub async fn profile(db: &Db, id: AccountId) -> Result<Option<Profile>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        person: Person,
        languages: Option<String>,
        themes: Option<String>,
        pillars: Option<String>,
        spaces: Option<String>,
    }
    static PROFILE: LazyLock<String> = LazyLock::new(|| {
        format!(
        "SELECT x.*,
            (SELECT STRING_AGG(l.lang, ',') FROM account_languages l WHERE l.account_id = x.id) AS languages,
            (SELECT STRING_AGG(CAST(t.theme_id AS TEXT), ',') FROM account_themes t WHERE t.account_id = x.id) AS themes,
            (SELECT STRING_AGG(CAST(p.pillar AS TEXT), ',') FROM account_pillars p WHERE p.account_id = x.id) AS pillars,
            {} AS spaces
        FROM ({PERSON} WHERE a.id = $1) x",
        crate::spaces::memberships_column("x.id")
    )
    });
    let Some(row): Option<Row> = query(PROFILE.as_str())
        .bind(id.0)
        .fetch_optional(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(Profile {
        expertise: Expertise {
            languages: crate::sorted_list(row.languages.as_deref()),
            themes: crate::sorted_list(row.themes.as_deref()),
            pillars: crate::sorted_list(row.pillars.as_deref()),
        },
        spaces: crate::spaces::parse_memberships(row.spaces.as_deref()),
        person: row.person,
    }))
}

/// The spaces of several people (for phone visibility in exports): account → spaces.
pub async fn spaces_of(
    db: &Db,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<SpaceId>>> {
    let mut out: std::collections::HashMap<i64, Vec<SpaceId>> = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let mut q = query(format!(
            "SELECT account_id, space_id FROM space_members WHERE account_id IN ({})",
            placeholders(chunk.len())
        ));
        for id in chunk {
            q = q.bind(*id);
        }
        let rows: Vec<(i64, i64)> = q.fetch_all(db).await?;
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

/// Replaces the rows of one of a person's link tables (`table` and `col` are constants).
async fn replace_links<'v, V>(
    tx: &mut Tx,
    table: &str,
    col: &str,
    id: AccountId,
    values: impl IntoIterator<Item = V>,
) -> Result<()>
where
    V: Into<crate::Arg<'v>>,
{
    query(format!("DELETE FROM {table} WHERE account_id = $1"))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    let insert = format!("INSERT INTO {table} (account_id, {col}) VALUES ($1, $2)");
    for v in values {
        query(insert.clone())
            .bind(id.0)
            .bind(v)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Saves a profile (the caller refreshes the directory row in the same transaction).
pub async fn save_profile(tx: &mut Tx, id: AccountId, p: &ProfileFields) -> Result<()> {
    query(
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
    .bind(p.ui_locale.as_deref())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    if let Some(org) = p.org {
        query("UPDATE accounts SET organization_id = $2 WHERE id = $1")
            .bind(id.0)
            .bind(org)
            .execute(&mut *tx)
            .await?;
    }
    replace_links(tx, "account_languages", "lang", id, p.languages.iter()).await?;
    replace_links(
        tx,
        "account_themes",
        "theme_id",
        id,
        p.themes.iter().copied(),
    )
    .await?;
    replace_links(
        tx,
        "account_pillars",
        "pillar",
        id,
        p.pillars.iter().copied(),
    )
    .await?;
    Ok(())
}

pub async fn photo(db: &Db, id: AccountId) -> Result<Option<(Vec<u8>, DateTime<Utc>)>> {
    query("SELECT jpeg, updated_at FROM account_photos WHERE account_id = $1")
        .bind(id.0)
        .fetch_optional(db)
        .await
}

pub async fn set_photo(tx: &mut Tx, id: AccountId, jpeg: Option<&[u8]>) -> Result<()> {
    match jpeg {
        Some(bytes) => query(
            "INSERT INTO account_photos (account_id, jpeg, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (account_id) DO UPDATE SET jpeg = excluded.jpeg, updated_at = excluded.updated_at",
        )
        .bind(id.0)
        .bind(bytes)
        .bind(now())
        .execute(tx)
        .await?,
        None => query("DELETE FROM account_photos WHERE account_id = $1")
            .bind(id.0)
            .execute(tx)
            .await?,
    };
    Ok(())
}

/// Reference lists for the filters: themes (id, en, zh, slug) and regions.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Theme {
    pub id: i64,
    pub slug: String,
    pub name_ar: String,
    pub name_en: String,
    pub name_es: String,
    pub name_fr: String,
    pub name_ru: String,
    pub name_zh: String,
}

pub async fn themes(db: &Db) -> Result<Vec<Theme>> {
    query("SELECT id, slug, name_ar, name_en, name_es, name_fr, name_ru, name_zh FROM themes ORDER BY name_en")
        .fetch_all(db)
        .await
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Pillar {
    pub number: i64,
    pub name_ar: String,
    pub name_en: String,
    pub name_es: String,
    pub name_fr: String,
    pub name_ru: String,
    pub name_zh: String,
}

pub async fn pillars(db: &Db) -> Result<Vec<Pillar>> {
    query("SELECT number, name_ar, name_en, name_es, name_fr, name_ru, name_zh FROM pillars ORDER BY number")
        .fetch_all(db)
        .await
}

/// Distinct (region, subregion) pairs and regional groups of the Member States.
pub async fn regions(db: &Db) -> Result<(Vec<(String, String)>, Vec<String>)> {
    let pairs: Vec<(String, String)> = query(
        "SELECT DISTINCT region, subregion FROM organizations WHERE kind = 'member_state' ORDER BY region, subregion",
    )
    .fetch_all(db)
    .await?;
    let groups: Vec<(String,)> = query(
        "SELECT DISTINCT regional_group FROM organizations WHERE kind = 'member_state' ORDER BY regional_group",
    )
    .fetch_all(db)
    .await?;
    Ok((pairs, groups.into_iter().map(|g| g.0).collect()))
}
