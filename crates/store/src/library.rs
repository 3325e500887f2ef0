//! The thematic resource library: resources, their language files and file versions,
//! soft deletion, text extraction bookkeeping and the search text.
//!
//! Every change that alters what a search may show refreshes the resource's search text
//! and logs it for the per-node facet index (`library_index`) in the same transaction.

use crate::db::{query, Db, Result, Tx};
use crate::now;
use chrono::{DateTime, NaiveDate, Utc};
use gctcp_domain::directory::fold;
use gctcp_domain::library::Valid;
use gctcp_domain::policy::{Item, Visibility};
use gctcp_domain::{AccountId, OrgId, SpaceId};
use std::collections::BTreeSet;
use std::sync::LazyLock;

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
    /// The organization's names, from the reference data on this node (not read with the row).
    #[sqlx(skip)]
    pub org_names: crate::Names,
    pub space_id: Option<i64>,
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
    /// The language of the file this is a version of.
    pub file_lang: String,
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
            self.r.deleted_at.is_some(),
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
    deleted: bool,
) -> Item {
    Item {
        deleted,
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
    r.org_id, o.code AS org_code,
    r.space_id, r.published_on, r.visibility,
    r.created_by, a.display_name AS created_by_name, r.created_at, r.updated_at, r.deleted_at,
    COALESCE((SELECT d.truncated FROM library_docs d WHERE d.resource_id = r.id), FALSE)
        AS search_truncated
    FROM resources r
    JOIN organizations o ON o.id = r.org_id
    JOIN accounts a ON a.id = r.created_by";

const VERSION: &str = "SELECT v.id, v.file_id, f.resource_id, v.number, v.blob_key, v.filename,
    v.kind, v.size, v.sha256, v.uploaded_by, a.display_name AS uploaded_by_name, v.uploaded_at,
    v.text_status, v.text_truncated, f.lang AS file_lang
    FROM file_versions v
    JOIN resource_files f ON f.id = v.file_id
    JOIN accounts a ON a.id = v.uploaded_by";

/// The resource, deleted or not (callers decide who may see a deleted one): two round
/// trips, the resource with its lists, then its files' versions.
pub async fn get(db: &Db, id: i64) -> Result<Option<Full>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        r: Resource,
        pillars: Option<String>,
        themes: Option<String>,
        reader_spaces: Option<String>,
        reader_orgs: Option<String>,
    }
    static GET: LazyLock<String> = LazyLock::new(|| {
        let list = |column: &str, table: &str| {
            format!("(SELECT STRING_AGG(CAST(t.{column} AS TEXT), ',') FROM {table} t WHERE t.resource_id = x.id)")
        };
        format!(
            "SELECT x.*, {} AS pillars, {} AS themes, {} AS reader_spaces, {} AS reader_orgs
            FROM ({RESOURCE} WHERE r.id = $1) x",
            list("pillar", "resource_pillars"),
            list("theme_id", "resource_themes"),
            list("space_id", "resource_readers_spaces"),
            list("org_id", "resource_readers_orgs"),
        )
    });
    let Some(row) = query(GET.as_str())
        .bind(id)
        .fetch_optional::<Row>(db)
        .await?
    else {
        return Ok(None);
    };
    let versions: Vec<Version> = query(format!(
        "{VERSION} WHERE f.resource_id = $1 ORDER BY f.id, v.number DESC"
    ))
    .bind(id)
    .fetch_all(db)
    .await?;
    let mut files: Vec<File> = Vec::new();
    for v in versions {
        match files.last_mut() {
            Some(f) if f.id == v.file_id => f.versions.push(v),
            _ => files.push(File {
                id: v.file_id,
                lang: v.file_lang.clone(),
                versions: vec![v],
            }),
        }
    }
    Ok(Some(Full {
        r: row.r,
        pillars: crate::sorted_list(row.pillars.as_deref()),
        themes: crate::sorted_list(row.themes.as_deref()),
        reader_spaces: crate::sorted_list(row.reader_spaces.as_deref()),
        reader_orgs: crate::sorted_list(row.reader_orgs.as_deref()),
        files,
    }))
}

/// One file version with the resource it belongs to.
pub async fn version(db: &Db, id: i64) -> Result<Option<Version>> {
    query(format!("{VERSION} WHERE v.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// Rewrites a resource's search text and logs the change for every node's index, inside
/// the transaction of the change. Call it after anything that alters what a search may
/// show (description, visibility, files, their text, deletion).
pub async fn refresh(tx: &mut Tx, id: i64) -> Result<()> {
    // The generation first: its row lock orders concurrent refreshes (an upload and the
    // extractor finishing on the same resource), so each reads what the one before it
    // committed, on PostgreSQL as on SQLite (where writers are serial).
    query(crate::known::Kind::Library.bump_sql())
        .execute(&mut *tx)
        .await?;
    for table in ["library_tokens", "library_docs"] {
        query(format!("DELETE FROM {table} WHERE resource_id = $1"))
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let meta: Option<(String, String, String, String, String, String, bool)> = query(
        "SELECT r.title, r.summary, r.symbol, o.code, o.name_en, o.name_zh, r.deleted_at IS NULL
         FROM resources r JOIN organizations o ON o.id = r.org_id WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((title, summary, symbol, code, en, zh, true)) = meta {
        // The text of each file's newest version.
        let texts: Vec<(Option<String>, bool)> = query(
            "SELECT v.text, v.text_truncated FROM file_versions v
             JOIN resource_files f ON f.id = v.file_id
             WHERE f.resource_id = $1
             AND v.number = (SELECT MAX(number) FROM file_versions WHERE file_id = f.id)
             ORDER BY f.id",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        let mut doc = fold(&format!(
            "{title} | {symbol} | {summary} | {code} {en} {zh}"
        ));
        let mut truncated = false;
        for (t, cut) in texts {
            truncated |= cut;
            if let Some(t) = t {
                doc.push_str(" | ");
                doc.push_str(&fold(&t));
            }
        }
        if let Some((at, _)) = doc.char_indices().nth(DOC_MAX) {
            doc.truncate(at);
            truncated = true;
        }
        let (tokens, tokens_cut) = gctcp_domain::text::index_tokens(&doc);
        query("INSERT INTO library_docs (resource_id, doc, truncated) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(doc)
            .bind(truncated || tokens_cut)
            .execute(&mut *tx)
            .await?;
        // On PostgreSQL a trigger pads the tokens so that they are kept out of line and
        // a broad prefix reads few heap pages (migration 20261213000001).
        query("INSERT INTO library_tokens (resource_id, tokens) VALUES ($1, $2)")
            .bind(id)
            .bind(tokens)
            .execute(&mut *tx)
            .await?;
    }
    query(
        "INSERT INTO library_changes (generation, resource_id)
         SELECT generation, $1 FROM generations WHERE kind = 1",
    )
    .bind(Some(id))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Replaces the rows of a link table of one resource (`table`, `col` are constants).
async fn replace_rows(tx: &mut Tx, table: &str, col: &str, id: i64, values: &[i64]) -> Result<()> {
    query(format!("DELETE FROM {table} WHERE resource_id = $1"))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let mut values: Vec<i64> = values.to_vec();
    values.sort_unstable();
    values.dedup();
    let insert = format!("INSERT INTO {table} (resource_id, {col}) VALUES ($1, $2)");
    for v in values {
        query(insert.as_str())
            .bind(id)
            .bind(v)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

async fn write_links(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    replace_rows(tx, "resource_pillars", "pillar", id, &f.pillars).await?;
    replace_rows(tx, "resource_themes", "theme_id", id, &f.themes).await?;
    let (spaces, orgs): (&[i64], &[i64]) = match f.valid.visibility.as_str() {
        "spaces" => (&f.reader_spaces, &[]),
        "orgs" => (&[], &f.reader_orgs),
        _ => (&[], &[]),
    };
    replace_rows(tx, "resource_readers_spaces", "space_id", id, spaces).await?;
    replace_rows(tx, "resource_readers_orgs", "org_id", id, orgs).await?;
    Ok(())
}

/// Inserts the next version of a file; returns its ID.
pub async fn insert_version(tx: &mut Tx, file: i64, by: AccountId, u: &Upload) -> Result<i64> {
    let n: i64 = query("SELECT COALESCE(MAX(number), 0) FROM file_versions WHERE file_id = $1")
        .bind(file)
        .scalar(&mut *tx)
        .await?;
    query(
        "INSERT INTO file_versions (file_id, number, blob_key, filename, kind, size, sha256,
         uploaded_by, uploaded_at, text_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(file)
    .bind(n + 1)
    .bind(&u.blob_key)
    .bind(&u.filename)
    .bind(&u.kind)
    .bind(u.size)
    .bind(&u.sha256)
    .bind(by.0)
    .bind(now())
    .bind(if u.extractable { "pending" } else { "none" })
    .scalar(tx)
    .await
}

/// Adds a file (a language version, an annex) with its first version; returns the
/// file's and the version's IDs.
pub async fn insert_file(
    tx: &mut Tx,
    resource: i64,
    lang: &str,
    by: AccountId,
    u: &Upload,
) -> Result<(i64, i64)> {
    let file: i64 = query(
        "INSERT INTO resource_files (resource_id, lang, created_by, created_at)
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(resource)
    .bind(lang)
    .bind(by.0)
    .bind(now())
    .scalar(&mut *tx)
    .await?;
    let version = insert_version(tx, file, by, u).await?;
    Ok((file, version))
}

/// Marks a resource as changed by `by` now.
pub async fn touch(tx: &mut Tx, id: i64, by: AccountId) -> Result<()> {
    query("UPDATE resources SET updated_by = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(by.0)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

/// Inserts a resource's row and its links; returns its ID.
pub async fn insert(tx: &mut Tx, f: &Fields, by: AccountId) -> Result<i64> {
    let id: i64 = query(
        "INSERT INTO resources (title, summary, doc_type, symbol, url, lang, org_id, space_id,
         published_on, visibility, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $12) RETURNING id",
    )
    .bind(&f.valid.title)
    .bind(&f.valid.summary)
    .bind(&f.valid.doc_type)
    .bind(&f.valid.symbol)
    .bind(f.valid.url.as_deref())
    .bind(&f.valid.lang)
    .bind(f.org.0)
    .bind(f.space.map(|s| s.0))
    .bind(f.valid.published_on)
    .bind(&f.valid.visibility)
    .bind(by.0)
    .bind(now())
    .scalar(&mut *tx)
    .await?;
    write_links(tx, id, f).await?;
    Ok(id)
}

/// Rewrites a resource's description and links.
pub async fn update(tx: &mut Tx, id: i64, f: &Fields, by: AccountId) -> Result<()> {
    query(
        "UPDATE resources SET title = $2, summary = $3, doc_type = $4, symbol = $5, url = $6,
         lang = $7, org_id = $8, space_id = $9, published_on = $10, visibility = $11,
         updated_by = $12, updated_at = $13 WHERE id = $1",
    )
    .bind(id)
    .bind(&f.valid.title)
    .bind(&f.valid.summary)
    .bind(&f.valid.doc_type)
    .bind(&f.valid.symbol)
    .bind(f.valid.url.as_deref())
    .bind(&f.valid.lang)
    .bind(f.org.0)
    .bind(f.space.map(|s| s.0))
    .bind(f.valid.published_on)
    .bind(&f.valid.visibility)
    .bind(by.0)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    write_links(tx, id, f).await
}

/// Removes one file (all its versions) from a resource; returns the blob keys to delete
/// once committed. `None` when the file is the resource's last and it has no link: a
/// document keeps at least one file (withdrawing it is deleting the resource).
pub async fn remove_file(tx: &mut Tx, resource: i64, file: i64) -> Result<Option<Vec<String>>> {
    let (files, has_url): (i64, bool) = query(
        "SELECT (SELECT COUNT(*) FROM resource_files WHERE resource_id = $1), url IS NOT NULL
         FROM resources WHERE id = $1",
    )
    .bind(resource)
    .fetch_one(&mut *tx)
    .await?;
    if files <= 1 && !has_url {
        return Ok(None);
    }
    let keys: Vec<(String,)> = query(
        "SELECT v.blob_key FROM file_versions v JOIN resource_files f ON f.id = v.file_id
         WHERE f.id = $1 AND f.resource_id = $2",
    )
    .bind(file)
    .bind(resource)
    .fetch_all(&mut *tx)
    .await?;
    query("DELETE FROM file_versions WHERE file_id = $1")
        .bind(file)
        .execute(&mut *tx)
        .await?;
    query("DELETE FROM resource_files WHERE id = $1 AND resource_id = $2")
        .bind(file)
        .bind(resource)
        .execute(&mut *tx)
        .await?;
    Ok(Some(keys.into_iter().map(|k| k.0).collect()))
}

/// Soft-deletes a resource (`by` Some) or restores it (None); false if nothing changed.
pub async fn set_deleted(tx: &mut Tx, id: i64, by: Option<AccountId>) -> Result<bool> {
    let n = match by {
        Some(by) => {
            query(
                "UPDATE resources SET deleted_at = $2, deleted_by = $3
                 WHERE id = $1 AND deleted_at IS NULL",
            )
            .bind(id)
            .bind(now())
            .bind(by.0)
            .execute(tx)
            .await?
        }
        None => {
            query(
                "UPDATE resources SET deleted_at = NULL, deleted_by = NULL
                 WHERE id = $1 AND deleted_at IS NOT NULL",
            )
            .bind(id)
            .execute(tx)
            .await?
        }
    };
    Ok(n == 1)
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
    query(
        "SELECT r.id, r.title, r.deleted_at, a.display_name AS deleted_by_name
         FROM resources r JOIN accounts a ON a.id = r.deleted_by
         WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db)
    .await
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
        let candidate: Option<(i64, Option<DateTime<Utc>>)> = query(
            "SELECT id, text_claimed_at FROM file_versions
             WHERE text_status = 'pending' AND (text_claimed_at IS NULL OR text_claimed_at < $1)
             ORDER BY id LIMIT 1",
        )
        .bind(stale)
        .fetch_optional(db)
        .await?;
        let Some((id, claimed_at)) = candidate else {
            return Ok(None);
        };
        // Only the extractor that saw the same claim time wins the update.
        let won: Option<Claimed> = query(
            "UPDATE file_versions SET text_claimed_at = $2
             WHERE id = $1 AND text_status = 'pending'
             AND (text_claimed_at IS NULL AND $3 IS NULL OR text_claimed_at = $3)
             RETURNING id, blob_key, kind",
        )
        .bind(id)
        .bind(now())
        .bind(claimed_at)
        .fetch_optional(db)
        .await?;
        if won.is_some() {
            return Ok(won);
        }
    }
}

/// Stores a version's extracted text (None: nothing could be read), cut at `TEXT_MAX`
/// (the extractor reads one character more, so that a cut is known and shown on the
/// resource's page). Returns the resource to refresh, or None if the version was no
/// longer waiting.
pub async fn store_text(tx: &mut Tx, version: i64, text: Option<&str>) -> Result<Option<i64>> {
    let mut truncated = false;
    let text: Option<&str> = text.map(|t| match t.char_indices().nth(TEXT_MAX) {
        Some((at, _)) => {
            truncated = true;
            &t[..at]
        }
        None => t,
    });
    query(
        "UPDATE file_versions SET text_status = $2, text = $3, text_claimed_at = NULL,
             text_truncated = $4
         WHERE id = $1 AND text_status = 'pending'
         RETURNING (SELECT resource_id FROM resource_files WHERE id = file_id)",
    )
    .bind(version)
    .bind(if text.is_some() { "indexed" } else { "failed" })
    .bind(text)
    .bind(truncated)
    .scalar_optional(tx)
    .await
}

/// Resources that have no search text (after a migration that changed how it is made).
pub async fn without_search_text(db: &Db) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = query(
        "SELECT r.id FROM resources r
         WHERE r.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM library_docs d WHERE d.resource_id = r.id)
         ORDER BY r.id",
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// How many versions still wait for extraction (for tests, health and the benchmark).
pub async fn pending(db: &Db) -> Result<i64> {
    query("SELECT COUNT(*) FROM file_versions WHERE text_status = 'pending'")
        .scalar(db)
        .await
}

/// Every blob key (for consistency checks).
pub async fn blob_keys(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = query("SELECT blob_key FROM file_versions ORDER BY id")
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// A resource for [`create_many`]: its description, author, and files with the text
/// already extracted from them (`None`: nothing extractable).
#[derive(Clone, Debug)]
pub struct Prepared {
    pub fields: Fields,
    pub by: AccountId,
    pub files: Vec<(String, Upload, Option<String>)>,
}

/// Writes many resources inside one transaction (demo data at scale). Files must already
/// be in the blob store; their text, when given, is stored as extracted.
pub async fn insert_many(tx: &mut Tx, items: &[Prepared]) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(items.len());
    for p in items {
        let id = insert(tx, &p.fields, p.by).await?;
        for (lang, u, text) in &p.files {
            let (_, version) = insert_file(tx, id, lang, p.by, u).await?;
            if text.is_some() {
                store_text(tx, version, text.as_deref()).await?;
            }
        }
        refresh(tx, id).await?;
        ids.push(id);
    }
    Ok(ids)
}

/// One resource in a result list.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Card {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub doc_type: String,
    pub symbol: String,
    pub url: Option<String>,
    pub lang: String,
    pub published_on: NaiveDate,
    pub visibility: String,
    pub org_id: i64,
    pub org_code: String,
    pub langs: String,
    pub kinds: String,
    pub pending: i64,
}

/// The cards of `ids`, in that order.
pub async fn cards(db: &Db, ids: &[i64]) -> Result<Vec<Card>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.id, r.title, r.summary, r.doc_type, r.symbol, r.url, r.lang, r.published_on,
         r.visibility, r.org_id, o.code AS org_code,
         COALESCE((SELECT STRING_AGG(lang, ',') FROM resource_files WHERE resource_id = r.id), '') AS langs,
         COALESCE((SELECT STRING_AGG(v.kind, ',') FROM file_versions v JOIN resource_files f ON f.id = v.file_id
            WHERE f.resource_id = r.id AND v.number = (SELECT MAX(number) FROM file_versions WHERE file_id = f.id)), '') AS kinds,
         (SELECT COUNT(*) FROM file_versions v JOIN resource_files f ON f.id = v.file_id
            WHERE f.resource_id = r.id AND v.text_status = 'pending') AS pending
         FROM resources r JOIN organizations o ON o.id = r.org_id
         WHERE r.id IN ({})",
        crate::placeholders(ids.len())
    );
    let mut q = query(sql);
    for id in ids {
        q = q.bind(*id);
    }
    let mut rows: Vec<Card> = q.fetch_all(db).await?;
    rows.sort_by_key(|c| ids.iter().position(|i| *i == c.id));
    Ok(rows)
}
