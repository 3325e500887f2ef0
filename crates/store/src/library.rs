//! The thematic resource library: resources, their language files and file versions,
//! soft deletion, text extraction bookkeeping and the search text.
//!
//! Every change that alters what a search may show refreshes the resource's search text
//! and logs it for the per-node facet index (`library_index`) in the same transaction.

use crate::{in_tx, now, on_db, Db, Result};
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::directory::fold;
use gctcp_domain::library::Valid;
use gctcp_domain::policy::{Item, Visibility};
use gctcp_domain::{AccountId, OrgId, SpaceId};
use std::collections::BTreeSet;

/// Extracted text kept and indexed per file version (characters). A page of a report
/// holds about 3,000; this budget covers some 1,600 pages. Measured (README, "Budgets"):
/// extracting and indexing a file this long takes a few seconds in the background.
pub const TEXT_MAX: usize = 10_000_000;
/// Search text kept per resource (characters), all its current files together (several
/// language versions of a long report).
pub const DOC_MAX: usize = 24_000_000;

/// What is written for a new or edited resource.
#[derive(Clone, Debug)]
pub struct Fields {
    pub valid: Valid,
    pub org: OrgId,
    pub space: Option<SpaceId>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    pub reader_spaces: Vec<i64>,
    pub reader_orgs: Vec<i64>,
}

/// An uploaded file, already in the blob store, about to be recorded.
#[derive(Clone, Debug)]
pub struct Upload {
    pub blob_key: String,
    pub filename: String,
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    /// Whether the type has text to extract (otherwise its status is `none` at once).
    pub extractable: bool,
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Resource {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub doc_type: String,
    pub symbol: String,
    pub url: Option<String>,
    pub lang: String,
    pub org_id: i64,
    pub org_code: String,
    pub org_name_en: String,
    pub org_name_zh: String,
    pub space_id: Option<i64>,
    pub space_name_en: Option<String>,
    pub published_on: NaiveDate,
    pub visibility: String,
    pub created_by: i64,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    /// Its search text was cut by a budget (`DOC_MAX`, or the word index's).
    pub search_truncated: bool,
}

/// A resource with everything its page shows.
#[derive(Clone, Debug)]
pub struct Full {
    pub r: Resource,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    pub reader_spaces: Vec<i64>,
    pub reader_orgs: Vec<i64>,
    pub files: Vec<File>,
}

#[derive(Clone, Debug)]
pub struct File {
    pub id: i64,
    pub lang: String,
    /// Newest first; never empty.
    pub versions: Vec<Version>,
}

impl File {
    pub fn current(&self) -> &Version {
        &self.versions[0]
    }
}

#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Version {
    pub id: i64,
    pub file_id: i64,
    pub resource_id: i64,
    pub number: i64,
    pub blob_key: String,
    pub filename: String,
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    pub uploaded_by: i64,
    pub uploaded_by_name: String,
    pub uploaded_at: DateTime<Utc>,
    pub text_status: String,
    /// The text was cut at `TEXT_MAX`: the rest of the file is not searchable.
    pub text_truncated: bool,
}

impl Full {
    /// What the access policy needs to decide about this resource. The organization that
    /// authored it is the "author's organization" of the policy.
    pub fn item(&self) -> Item {
        item(
            self.r.created_by,
            self.r.org_id,
            self.r.space_id,
            &self.r.visibility,
            &self.reader_spaces,
            &self.reader_orgs,
        )
    }

    /// Languages available, the resource's own first, then the six UN languages in
    /// order, then others.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for f in &self.files {
            if !out.contains(&f.lang) {
                out.push(f.lang.clone());
            }
        }
        let rank = |l: &String| {
            gctcp_domain::library::UN_LANGUAGES
                .iter()
                .position(|u| u == l)
                .unwrap_or(99)
        };
        out.sort_by_key(|l| (l != &self.r.lang, rank(l), l.clone()));
        out
    }

    /// True while some current file still waits for its text to be extracted.
    pub fn indexing(&self) -> bool {
        self.files
            .iter()
            .any(|f| f.current().text_status == "pending")
    }
}

pub fn item(
    author: i64,
    org: i64,
    space: Option<i64>,
    visibility: &str,
    spaces: &[i64],
    orgs: &[i64],
) -> Item {
    Item {
        author: AccountId(author),
        author_org: OrgId(org),
        space: space.map(SpaceId),
        visibility: match visibility {
            "all" => Visibility::AllFocalPoints,
            "spaces" => Visibility::Spaces(spaces.iter().map(|s| SpaceId(*s)).collect()),
            // Unknown values fail closed: readable by the author's organization only.
            _ => Visibility::Organizations(orgs.iter().map(|o| OrgId(*o)).collect::<BTreeSet<_>>()),
        },
    }
}

const RESOURCE: &str = "SELECT r.id, r.title, r.summary, r.doc_type, r.symbol, r.url, r.lang,
    r.org_id, o.code AS org_code, o.name_en AS org_name_en, o.name_zh AS org_name_zh,
    r.space_id, s.name_en AS space_name_en, r.published_on, r.visibility,
    r.created_by, a.display_name AS created_by_name, r.created_at, r.updated_at, r.deleted_at,
    COALESCE((SELECT d.truncated FROM library_docs d WHERE d.resource_id = r.id), FALSE)
        AS search_truncated
    FROM resources r
    JOIN organizations o ON o.id = r.org_id
    JOIN accounts a ON a.id = r.created_by
    LEFT JOIN spaces s ON s.id = r.space_id";

const VERSION: &str = "SELECT v.id, v.file_id, f.resource_id, v.number, v.blob_key, v.filename,
    v.kind, v.size, v.sha256, v.uploaded_by, a.display_name AS uploaded_by_name, v.uploaded_at,
    v.text_status, v.text_truncated
    FROM file_versions v
    JOIN resource_files f ON f.id = v.file_id
    JOIN accounts a ON a.id = v.uploaded_by";

/// The resource, deleted or not (callers decide who may see a deleted one).
pub async fn get(db: &Db, id: i64) -> Result<Option<Full>> {
    let sql = format!("{RESOURCE} WHERE r.id = $1");
    let vsql = format!("{VERSION} WHERE f.resource_id = $1 ORDER BY f.id, v.number DESC");
    on_db!(db, |pool| {
        let Some(r) = sqlx::query_as::<_, Resource>(&sql)
            .bind(id)
            .fetch_optional(pool)
            .await?
        else {
            return Ok(None);
        };
        let ids = |sql: &'static str| {
            let pool = pool.clone();
            async move {
                sqlx::query_as::<_, (i64,)>(sql)
                    .bind(id)
                    .fetch_all(&pool)
                    .await
                    .map(|v| v.into_iter().map(|x| x.0).collect::<Vec<i64>>())
            }
        };
        let pillars =
            ids("SELECT pillar FROM resource_pillars WHERE resource_id = $1 ORDER BY pillar")
                .await?;
        let themes =
            ids("SELECT theme_id FROM resource_themes WHERE resource_id = $1 ORDER BY theme_id")
                .await?;
        let reader_spaces = ids(
            "SELECT space_id FROM resource_readers_spaces WHERE resource_id = $1 ORDER BY space_id",
        )
        .await?;
        let reader_orgs =
            ids("SELECT org_id FROM resource_readers_orgs WHERE resource_id = $1 ORDER BY org_id")
                .await?;
        let langs: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, lang FROM resource_files WHERE resource_id = $1")
                .bind(id)
                .fetch_all(pool)
                .await?;
        let versions: Vec<Version> = sqlx::query_as(&vsql).bind(id).fetch_all(pool).await?;
        let mut files: Vec<File> = Vec::new();
        for v in versions {
            match files.last_mut() {
                Some(f) if f.id == v.file_id => f.versions.push(v),
                _ => files.push(File {
                    id: v.file_id,
                    lang: langs
                        .iter()
                        .find(|(i, _)| *i == v.file_id)
                        .map(|l| l.1.clone())
                        .unwrap_or_default(),
                    versions: vec![v],
                }),
            }
        }
        Ok(Some(Full {
            r,
            pillars,
            themes,
            reader_spaces,
            reader_orgs,
            files,
        }))
    })
}

/// One file version with the resource it belongs to.
pub async fn version(db: &Db, id: i64) -> Result<Option<Version>> {
    let sql = format!("{VERSION} WHERE v.id = $1");
    on_db!(db, |pool| sqlx::query_as::<_, Version>(&sql)
        .bind(id)
        .fetch_optional(pool)
        .await)
}

/// Rewrites a resource's search text and logs the change (inside a transaction).
macro_rules! library_refresh {
    ($tx:expr, $id:expr) => {{
        let id: i64 = $id;
        // The generation first: its row lock orders concurrent refreshes (an upload and
        // the extractor finishing on the same resource), so each reads what the one
        // before it committed, on PostgreSQL as on SQLite (where writers are serial).
        sqlx::query("UPDATE library_state SET generation = generation + 1 WHERE id = 1")
            .execute(&mut *$tx)
            .await?;
        sqlx::query("DELETE FROM library_docs WHERE resource_id = $1")
            .bind(id)
            .execute(&mut *$tx)
            .await?;
        let meta: Option<(String, String, String, String, String, String, bool)> = sqlx::query_as(
            "SELECT r.title, r.summary, r.symbol, o.code, o.name_en, o.name_zh,
                 r.deleted_at IS NULL
                 FROM resources r JOIN organizations o ON o.id = r.org_id WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *$tx)
        .await?;
        if let Some((title, summary, symbol, code, en, zh, true)) = meta {
            // The text of each file's newest version.
            let texts: Vec<(Option<String>, bool)> = sqlx::query_as(
                "SELECT v.text, v.text_truncated FROM file_versions v
                 JOIN resource_files f ON f.id = v.file_id
                 WHERE f.resource_id = $1
                 AND v.number = (SELECT MAX(number) FROM file_versions WHERE file_id = f.id)
                 ORDER BY f.id",
            )
            .bind(id)
            .fetch_all(&mut *$tx)
            .await?;
            let mut doc = fold(&format!(
                "{title} | {symbol} | {summary} | {code} {en} {zh}"
            ));
            let mut truncated = false;
            for (t, cut) in texts.into_iter() {
                truncated |= cut;
                if let Some(t) = t {
                    doc.push_str(" | ");
                    doc.push_str(&fold(&t));
                }
            }
            if let Some((at, _)) = doc.char_indices().nth($crate::library::DOC_MAX) {
                doc.truncate(at);
                truncated = true;
            }
            let (tokens, tokens_cut) = gctcp_domain::text::index_tokens(&doc);
            sqlx::query(
                "INSERT INTO library_docs (resource_id, doc, tokens, truncated) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(doc)
            .bind(tokens)
            .bind(truncated || tokens_cut)
            .execute(&mut *$tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO library_changes (generation, resource_id)
             SELECT generation, $1 FROM library_state WHERE id = 1",
        )
        .bind(Some(id))
        .execute(&mut *$tx)
        .await?;
    }};
}

/// Replaces the rows of a link table of one resource.
macro_rules! replace_rows {
    ($tx:expr, $table:literal, $col:literal, $id:expr, $values:expr) => {{
        sqlx::query(concat!("DELETE FROM ", $table, " WHERE resource_id = $1"))
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        let mut values: Vec<i64> = $values.to_vec();
        values.sort_unstable();
        values.dedup();
        for v in values {
            sqlx::query(concat!(
                "INSERT INTO ",
                $table,
                " (resource_id, ",
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

macro_rules! write_links {
    ($tx:expr, $id:expr, $f:expr) => {{
        let f: &Fields = $f;
        replace_rows!($tx, "resource_pillars", "pillar", $id, f.pillars);
        replace_rows!($tx, "resource_themes", "theme_id", $id, f.themes);
        let (spaces, orgs): (&[i64], &[i64]) = match f.valid.visibility.as_str() {
            "spaces" => (&f.reader_spaces, &[]),
            "orgs" => (&[], &f.reader_orgs),
            _ => (&[], &[]),
        };
        replace_rows!($tx, "resource_readers_spaces", "space_id", $id, spaces);
        replace_rows!($tx, "resource_readers_orgs", "org_id", $id, orgs);
    }};
}

macro_rules! insert_version {
    ($tx:expr, $file:expr, $number:expr, $by:expr, $u:expr) => {{
        let u: &Upload = $u;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO file_versions (file_id, number, blob_key, filename, kind, size, sha256,
             uploaded_by, uploaded_at, text_status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind($file)
        .bind($number)
        .bind(&u.blob_key)
        .bind(&u.filename)
        .bind(&u.kind)
        .bind(u.size)
        .bind(&u.sha256)
        .bind($by)
        .bind(now())
        .bind(if u.extractable { "pending" } else { "none" })
        .fetch_one(&mut *$tx)
        .await?;
        id
    }};
}

macro_rules! insert_file {
    ($tx:expr, $resource:expr, $lang:expr, $by:expr, $u:expr) => {{
        let (file,): (i64,) = sqlx::query_as(
            "INSERT INTO resource_files (resource_id, lang, created_by, created_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind($resource)
        .bind($lang)
        .bind($by)
        .bind(now())
        .fetch_one(&mut *$tx)
        .await?;
        insert_version!($tx, file, 1i64, $by, $u);
        file
    }};
}

/// Marks a resource as changed by `by` now.
macro_rules! touch {
    ($tx:expr, $id:expr, $by:expr) => {{
        sqlx::query("UPDATE resources SET updated_by = $2, updated_at = $3 WHERE id = $1")
            .bind($id)
            .bind($by.0)
            .bind(now())
            .execute(&mut *$tx)
            .await?;
    }};
}

/// Inserts a resource's row and its links; evaluates to its ID.
macro_rules! insert_resource {
    ($tx:expr, $f:expr, $by:expr) => {{
        let f: &Fields = $f;
        let by: AccountId = $by;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO resources (title, summary, doc_type, symbol, url, lang, org_id, space_id,
             published_on, visibility, created_by, created_at, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $12) RETURNING id",
        )
        .bind(&f.valid.title)
        .bind(&f.valid.summary)
        .bind(&f.valid.doc_type)
        .bind(&f.valid.symbol)
        .bind(&f.valid.url)
        .bind(&f.valid.lang)
        .bind(f.org.0)
        .bind(f.space.map(|s| s.0))
        .bind(f.valid.published_on)
        .bind(&f.valid.visibility)
        .bind(by.0)
        .bind(now())
        .fetch_one(&mut *$tx)
        .await?;
        write_links!($tx, id, f);
        id
    }};
}

/// Creates a resource, with its first file if any, in one transaction.
pub async fn create(
    db: &Db,
    f: &Fields,
    by: AccountId,
    file: Option<(&str, &Upload)>,
) -> Result<i64> {
    let id = in_tx!(db, |tx| {
        let id = insert_resource!(tx, f, by);
        if let Some((lang, u)) = file {
            insert_file!(tx, id, lang, by.0, u);
        }
        library_refresh!(tx, id);
        id
    });
    Ok(id)
}

/// Rewrites a resource's description.
pub async fn update(db: &Db, id: i64, f: &Fields, by: AccountId) -> Result<()> {
    in_tx!(db, |tx| {
        sqlx::query(
            "UPDATE resources SET title = $2, summary = $3, doc_type = $4, symbol = $5, url = $6,
             lang = $7, org_id = $8, space_id = $9, published_on = $10, visibility = $11,
             updated_by = $12, updated_at = $13 WHERE id = $1",
        )
        .bind(id)
        .bind(&f.valid.title)
        .bind(&f.valid.summary)
        .bind(&f.valid.doc_type)
        .bind(&f.valid.symbol)
        .bind(&f.valid.url)
        .bind(&f.valid.lang)
        .bind(f.org.0)
        .bind(f.space.map(|s| s.0))
        .bind(f.valid.published_on)
        .bind(&f.valid.visibility)
        .bind(by.0)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        write_links!(tx, id, f);
        library_refresh!(tx, id);
    });
    Ok(())
}

/// Adds a file (a language version, an annex) to a resource.
pub async fn add_file(
    db: &Db,
    resource: i64,
    lang: &str,
    by: AccountId,
    u: &Upload,
) -> Result<i64> {
    let file = in_tx!(db, |tx| {
        let file = insert_file!(tx, resource, lang, by.0, u);
        touch!(tx, resource, by);
        library_refresh!(tx, resource);
        file
    });
    Ok(file)
}

/// Uploads a new version of a file; returns the version's ID.
pub async fn add_version(
    db: &Db,
    resource: i64,
    file: i64,
    by: AccountId,
    u: &Upload,
) -> Result<i64> {
    let id = in_tx!(db, |tx| {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COALESCE(MAX(number), 0) FROM file_versions WHERE file_id = $1")
                .bind(file)
                .fetch_one(&mut *tx)
                .await?;
        let id = insert_version!(tx, file, n + 1, by.0, u);
        touch!(tx, resource, by);
        library_refresh!(tx, resource);
        id
    });
    Ok(id)
}

/// Removes one file (all its versions) from a resource; returns the blob keys to delete
/// once committed. `None` when the file is the resource's last and it has no link: a
/// document keeps at least one file (withdrawing it is deleting the resource).
pub async fn remove_file(
    db: &Db,
    resource: i64,
    file: i64,
    by: AccountId,
) -> Result<Option<Vec<String>>> {
    let keys = in_tx!(db, |tx| {
        let (files, has_url): (i64, bool) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM resource_files WHERE resource_id = $1), url IS NOT NULL
             FROM resources WHERE id = $1",
        )
        .bind(resource)
        .fetch_one(&mut *tx)
        .await?;
        if files <= 1 && !has_url {
            None
        } else {
            let keys: Vec<(String,)> = sqlx::query_as(
                "SELECT v.blob_key FROM file_versions v JOIN resource_files f ON f.id = v.file_id
                 WHERE f.id = $1 AND f.resource_id = $2",
            )
            .bind(file)
            .bind(resource)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM file_versions WHERE file_id = $1")
                .bind(file)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM resource_files WHERE id = $1 AND resource_id = $2")
                .bind(file)
                .bind(resource)
                .execute(&mut *tx)
                .await?;
            touch!(tx, resource, by);
            library_refresh!(tx, resource);
            Some(keys.into_iter().map(|k| k.0).collect())
        }
    });
    Ok(keys)
}

/// Soft-deletes a resource: hidden from everyone but administrators, who may restore it.
pub async fn delete(db: &Db, id: i64, by: AccountId) -> Result<bool> {
    set_deleted(db, id, Some(by)).await
}

pub async fn restore(db: &Db, id: i64) -> Result<bool> {
    set_deleted(db, id, None).await
}

async fn set_deleted(db: &Db, id: i64, by: Option<AccountId>) -> Result<bool> {
    let changed = in_tx!(db, |tx| {
        let r = if let Some(by) = by {
            sqlx::query(
                "UPDATE resources SET deleted_at = $2, deleted_by = $3
                 WHERE id = $1 AND deleted_at IS NULL",
            )
            .bind(id)
            .bind(now())
            .bind(by.0)
            .execute(&mut *tx)
            .await?
        } else {
            sqlx::query(
                "UPDATE resources SET deleted_at = NULL, deleted_by = NULL
                 WHERE id = $1 AND deleted_at IS NOT NULL",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?
        };
        let changed = r.rows_affected() == 1;
        if changed {
            library_refresh!(tx, id);
        }
        changed
    });
    Ok(changed)
}

/// Deleted resources, newest deletion first (for administrators).
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Deleted {
    pub id: i64,
    pub title: String,
    pub deleted_at: DateTime<Utc>,
    pub deleted_by_name: String,
}

pub async fn deleted(db: &Db, limit: i64) -> Result<Vec<Deleted>> {
    on_db!(db, |pool| sqlx::query_as::<_, Deleted>(
        "SELECT r.id, r.title, r.deleted_at, a.display_name AS deleted_by_name
         FROM resources r JOIN accounts a ON a.id = r.deleted_by
         WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id DESC LIMIT $1"
    )
    .bind(limit)
    .fetch_all(pool)
    .await)
}

/// A file version waiting for its text, claimed by one extractor.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Claimed {
    pub id: i64,
    pub blob_key: String,
    pub kind: String,
}

/// A claim older than this is considered abandoned (its node died mid-extraction).
const CLAIM_TIMEOUT_MINUTES: i64 = 10;

/// Claims the oldest version waiting for extraction, if any. Safe across nodes: the
/// claim is a conditional update, so two extractors never take the same version.
pub async fn claim_pending(db: &Db) -> Result<Option<Claimed>> {
    let stale = now() - chrono::Duration::minutes(CLAIM_TIMEOUT_MINUTES);
    loop {
        let candidate: Option<(i64, Option<DateTime<Utc>>)> = on_db!(db, |pool| {
            sqlx::query_as(
                "SELECT id, text_claimed_at FROM file_versions
                 WHERE text_status = 'pending' AND (text_claimed_at IS NULL OR text_claimed_at < $1)
                 ORDER BY id LIMIT 1",
            )
            .bind(stale)
            .fetch_optional(pool)
            .await
        })?;
        let Some((id, claimed_at)) = candidate else {
            return Ok(None);
        };
        // Only the extractor that saw the same claim time wins the update.
        let won: Option<Claimed> = on_db!(db, |pool| {
            sqlx::query_as(
                "UPDATE file_versions SET text_claimed_at = $2
                 WHERE id = $1 AND text_status = 'pending'
                 AND (text_claimed_at IS NULL AND $3 IS NULL OR text_claimed_at = $3)
                 RETURNING id, blob_key, kind",
            )
            .bind(id)
            .bind(now())
            .bind(claimed_at)
            .fetch_optional(pool)
            .await
        })?;
        if won.is_some() {
            return Ok(won);
        }
    }
}

/// Records the result of an extraction and refreshes the resource's search text.
/// Stores a version's extracted text, cut at `TEXT_MAX` (the extractor reads one
/// character more, so that a cut is known and shown on the resource's page).
pub async fn finish_extraction(db: &Db, version: i64, text: Option<&str>) -> Result<()> {
    let mut truncated = false;
    let text: Option<&str> = text.map(|t| match t.char_indices().nth(TEXT_MAX) {
        Some((at, _)) => {
            truncated = true;
            &t[..at]
        }
        None => t,
    });
    in_tx!(db, |tx| {
        let resource: Option<(i64,)> = sqlx::query_as(
            "UPDATE file_versions SET text_status = $2, text = $3, text_claimed_at = NULL,
                 text_truncated = $4
             WHERE id = $1 AND text_status = 'pending'
             RETURNING (SELECT resource_id FROM resource_files WHERE id = file_id)",
        )
        .bind(version)
        .bind(if text.is_some() { "indexed" } else { "failed" })
        .bind(text)
        .bind(truncated)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((resource,)) = resource {
            library_refresh!(tx, resource);
        }
    });
    Ok(())
}

/// Writes the search text of every resource that has none (after a migration that
/// changed how it is made, or a crash between writes); returns how many. Resources are
/// rewritten a few at a time, each in its own short transaction.
pub async fn rebuild_missing_docs(db: &Db) -> Result<usize> {
    let missing: Vec<(i64,)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT r.id FROM resources r
         WHERE r.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM library_docs d WHERE d.resource_id = r.id)
         ORDER BY r.id"
    )
    .fetch_all(pool)
    .await)?;
    for (id,) in &missing {
        in_tx!(db, |tx| {
            library_refresh!(tx, *id);
        });
    }
    Ok(missing.len())
}

/// How many versions still wait for extraction (for tests, health and the benchmark).
pub async fn pending(db: &Db) -> Result<i64> {
    on_db!(db, |pool| sqlx::query_as::<_, (i64,)>(
        "SELECT COUNT(*) FROM file_versions WHERE text_status = 'pending'"
    )
    .fetch_one(pool)
    .await
    .map(|r| r.0))
}

/// Every blob key (for consistency checks).
pub async fn blob_keys(db: &Db) -> Result<Vec<String>> {
    on_db!(db, |pool| sqlx::query_as::<_, (String,)>(
        "SELECT blob_key FROM file_versions ORDER BY id"
    )
    .fetch_all(pool)
    .await
    .map(|v| v.into_iter().map(|r| r.0).collect()))
}

/// Creates a resource holding `bytes` as its first file (demo data, tests): the same
/// checks as an upload — the type from the bytes, a server-made key, a hash.
pub async fn create_with_bytes(
    db: &Db,
    blobs: &crate::blobs::Blobs,
    f: &Fields,
    by: AccountId,
    lang: &str,
    filename: &str,
    bytes: &[u8],
) -> anyhow::Result<i64> {
    let staged = blobs.stage_bytes(bytes).await?;
    let kind = crate::files::sniff(&staged.path)
        .map_err(|e| anyhow::anyhow!("{filename}: not an accepted file type ({e:?})"))?;
    let (size, sha256) = (staged.size as i64, staged.sha256.clone());
    let blob_key = blobs.store(staged).await?;
    let upload = Upload {
        blob_key: blob_key.clone(),
        filename: crate::files::sanitize_filename(filename, kind),
        kind: kind.code().to_string(),
        size,
        sha256,
        extractable: kind.extractable(),
    };
    match create(db, f, by, Some((lang, &upload))).await {
        Ok(id) => Ok(id),
        Err(e) => {
            let _ = blobs.delete(&blob_key).await;
            Err(e.into())
        }
    }
}

/// A resource for [`create_many`]: its description, author, and files with the text
/// already extracted from them (`None`: nothing extractable).
#[derive(Clone, Debug)]
pub struct Prepared {
    pub fields: Fields,
    pub by: AccountId,
    pub files: Vec<(String, Upload, Option<String>)>,
}

/// Creates many resources in one transaction (demo data at scale). Files must already
/// be in the blob store; their text, when given, is stored as extracted.
pub async fn create_many(db: &Db, items: &[Prepared]) -> Result<Vec<i64>> {
    let ids = in_tx!(db, |tx| {
        let mut ids = Vec::with_capacity(items.len());
        for p in items {
            let f = &p.fields;
            let id = insert_resource!(tx, f, p.by);
            for (lang, u, text) in &p.files {
                let file = insert_file!(tx, id, lang.as_str(), p.by.0, u);
                if let Some(text) = text {
                    let text: String = text.chars().take(TEXT_MAX).collect();
                    sqlx::query(
                        "UPDATE file_versions SET text_status = 'indexed', text = $2 WHERE file_id = $1",
                    )
                    .bind(file)
                    .bind(text)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            library_refresh!(tx, id);
            ids.push(id);
        }
        ids
    });
    Ok(ids)
}
