//! The thematic resource library: who may read and change a resource (the one policy),
//! accepting uploads, and every change — each in one transaction with its audit entry
//! and its search-text refresh; stored files are removed again when a write fails.

use crate::problem::{Invalid, Outcome};
use crate::{Actor, App, Problem};
use gctcp_domain::directory::is_spoken_language;
use gctcp_domain::library::{validate, Draft};
use gctcp_domain::policy::{can, can_in_space, Action, SpaceAction, SpaceInfo, Viewer};
use gctcp_domain::{OrgId, SpaceId};
use gctcp_files::{Kind, Refused};
use gctcp_store::blobs::Staged;
use gctcp_store::library::{self, Fields, Full, Upload, Version};
use gctcp_store::library_index::{self, Card, Query};
use gctcp_store::{audit, directory, orgs, spaces, Db};

/// The resource, if this viewer may read it (else NotFound, whatever the reason: a
/// restricted or deleted resource looks like no resource).
pub async fn readable(app: &App, viewer: &Viewer, id: i64) -> Outcome<Full> {
    let full = stored(app, id).await?.ok_or(Problem::NotFound)?;
    if can(viewer, Action::Read, &full.item()) {
        Ok(full)
    } else {
        Err(Problem::NotFound)
    }
}

/// The resource as stored, deleted or not (kept with the library's snapshot, see
/// `LibraryIndex::full`), its organization and space named as the reference data names
/// them now.
pub(crate) async fn stored(app: &App, id: i64) -> Outcome<Option<Full>> {
    let people = app.directory.generation(&app.db).await?;
    let Some(kept) = app.library.full(&app.db, id, people).await? else {
        return Ok(None);
    };
    let mut full = Full::clone(&kept);
    let catalog = app.catalog().await?;
    if let Some(o) = catalog.org(OrgId(full.r.org_id)) {
        full.r.org_code = o.code.clone();
    }
    full.r.org_names = catalog.org_names(OrgId(full.r.org_id));
    Ok(Some(full))
}

/// The resource, if this viewer may edit it (NotFound if they may not even read it).
pub async fn editable(app: &App, viewer: &Viewer, id: i64) -> Outcome<Full> {
    let full = readable(app, viewer, id).await?;
    if can(viewer, Action::Edit, &full.item()) {
        Ok(full)
    } else {
        Err(Problem::Forbidden)
    }
}

/// A file version, if the viewer may read its resource.
pub async fn readable_version(
    app: &App,
    viewer: &Viewer,
    version: i64,
) -> Outcome<(Full, Version)> {
    let v = library::version(&app.db, version)
        .await?
        .ok_or(Problem::NotFound)?;
    let full = readable(app, viewer, v.resource_id).await?;
    Ok((full, v))
}

fn viewer(actor: &Actor) -> Outcome<&Viewer> {
    actor.viewer.as_ref().ok_or(Problem::Forbidden)
}

/// Records that a restricted resource's file was opened (`how`: download, preview).
pub async fn opened(app: &App, actor: &Actor, full: &Full, v: &Version, how: &str) -> Outcome<()> {
    if full.r.visibility != "all" {
        let detail = format!(
            "how={how} resource={} title={} version={} file={}",
            full.r.id,
            audit::quoted(&full.r.title),
            v.id,
            audit::quoted(&v.filename)
        );
        audit::append(&app.db, actor.audit("library.downloaded", None, detail)).await?;
    }
    Ok(())
}

/// Members may file a resource under their space; administrators under any.
pub fn may_file_under(viewer: &Viewer, space: i64) -> bool {
    can_in_space(
        viewer,
        SpaceInfo {
            id: SpaceId(space),
            is_open: false,
        },
        SpaceAction::Contribute,
    )
}

/// A resource's description as submitted.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub draft: Draft,
    /// The author organization; `None`: the person's own.
    pub org: Option<i64>,
    pub space: Option<i64>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
}

/// Checks a description: the domain's rules, and the organizations, spaces, pillars and
/// themes it names. `current_space` is the resource's space when editing (kept even
/// when the editor is not a member of it).
pub async fn check(
    app: &App,
    viewer: &Viewer,
    input: &Input,
    current_space: Option<i64>,
) -> Outcome<Fields> {
    let d = &input.draft;
    let org = input.org.unwrap_or(viewer.org.0);
    let mut problems: Vec<Invalid> = Vec::new();
    let today = chrono::Utc::now().date_naive();
    let valid = match validate(d, today, is_spoken_language) {
        Ok(v) => Some(v),
        Err(ps) => {
            problems.extend(ps.iter().map(|p| Invalid::new(p.field, p.key)));
            None
        }
    };
    let all_orgs = orgs::list(&app.db, None).await?;
    let all_spaces = spaces::list(&app.db).await?;
    let all_themes = directory::themes(&app.db).await?;
    if !all_orgs.iter().any(|o| o.id == org) {
        problems.push(Invalid::new("org", "library-error-org"));
    }
    if let Some(s) = input.space {
        if !all_spaces.iter().any(|x| x.id == s)
            || !(may_file_under(viewer, s) || current_space == Some(s))
        {
            problems.push(Invalid::new("space", "library-error-space-member"));
        }
    }
    let tampered = input.pillars.iter().any(|p| !(1..=4).contains(p))
        || input
            .themes
            .iter()
            .any(|t| !all_themes.iter().any(|x| x.id == *t))
        || d.reader_spaces
            .iter()
            .any(|s| !all_spaces.iter().any(|x| x.id == *s))
        || d.reader_orgs
            .iter()
            .any(|o| !all_orgs.iter().any(|x| x.id == *o));
    if tampered {
        return Err(Problem::BadRequest);
    }
    match valid {
        Some(valid) if problems.is_empty() => Ok(Fields {
            valid,
            org: OrgId(org),
            space: input.space.map(SpaceId),
            pillars: input.pillars.clone(),
            themes: input.themes.clone(),
            reader_spaces: d.reader_spaces.clone(),
            reader_orgs: d.reader_orgs.clone(),
        }),
        _ => Err(Problem::Invalid(problems)),
    }
}

/// The one way a received file enters the library: its type judged from its bytes
/// (`gctcp_files::accept`), then stored under a server-made key. Refused files leave
/// nothing behind.
pub async fn accept_upload(app: &App, filename: &str, staged: Staged) -> Outcome<Upload> {
    if staged.size == 0 {
        return Err(Problem::invalid("file", "library-error-file-empty"));
    }
    let path = staged.path.clone();
    let name = filename.to_string();
    let judged = tokio::task::spawn_blocking(move || gctcp_files::accept(&path, &name))
        .await
        .map_err(|e| Problem::Internal(e.into()))?;
    let accepted = match judged {
        Ok(a) => a,
        Err(Refused::Empty) => return Err(Problem::invalid("file", "library-error-file-empty")),
        Err(Refused::NotAllowed) => {
            return Err(Problem::invalid("file", "library-error-file-type"))
        }
    };
    let (size, sha256) = (staged.size as i64, staged.sha256.clone());
    let blob_key = app
        .blobs
        .store(staged)
        .await
        .map_err(|e| Problem::Internal(e.into()))?;
    Ok(upload_record(blob_key, size, sha256, accepted))
}

/// The most files one form may add to a new resource (its language versions, or a
/// document and its annexes); more can be added on the resource's page.
pub const MAX_FILES_AT_ONCE: usize = 10;

/// Accepts received files together: all of them, or none (a refused file removes the
/// ones accepted before it). A refusal names the position of the file refused.
pub async fn accept_uploads(
    app: &App,
    files: Vec<(String, Staged)>,
) -> Result<Vec<Upload>, (usize, Problem)> {
    if files.len() > MAX_FILES_AT_ONCE {
        return Err((
            MAX_FILES_AT_ONCE,
            Problem::invalid("file", "library-error-too-many-files"),
        ));
    }
    let mut accepted: Vec<Upload> = Vec::with_capacity(files.len());
    for (i, (name, staged)) in files.into_iter().enumerate() {
        match accept_upload(app, &name, staged).await {
            Ok(u) => accepted.push(u),
            Err(problem) => {
                discard_uploads(app, &accepted).await;
                return Err((i, problem));
            }
        }
    }
    Ok(accepted)
}

/// Removes accepted files that will not be recorded after all (the form they came with
/// was refused).
pub async fn discard_uploads(app: &App, uploads: &[Upload]) {
    for u in uploads {
        let _ = app.blobs.delete(&u.blob_key).await;
    }
}

/// The stored form of an accepted file.
pub fn upload_record(
    blob_key: String,
    size: i64,
    sha256: String,
    a: gctcp_files::Accepted,
) -> Upload {
    Upload {
        blob_key,
        filename: a.filename,
        kind: a.kind.code().to_string(),
        size,
        sha256,
        extractable: a.kind.extractable(),
    }
}

/// After a write that records `uploads`: wakes the extractor, or (if the write failed)
/// removes the stored files again.
pub(crate) async fn recorded<'u, T>(
    app: &App,
    uploads: impl IntoIterator<Item = &'u Upload>,
    written: Outcome<T>,
) -> Outcome<T> {
    let mut uploads = uploads.into_iter().peekable();
    match written {
        Ok(v) => {
            if uploads.peek().is_some() {
                app.extractor.notify_one();
            }
            Ok(v)
        }
        Err(e) => {
            for u in uploads {
                let _ = app.blobs.delete(&u.blob_key).await;
            }
            Err(e)
        }
    }
}

/// A file attached to a discussion post becomes a resource of the thread's space, titled
/// after the file, readable by exactly those who may read the thread (everyone signed in
/// for an open space, its members for a closed one); its author may describe it further
/// in the library. `lang` is the language the author writes in (they may correct it).
pub(crate) async fn insert_attachment(
    tx: &mut gctcp_store::Tx,
    author: &Viewer,
    space: &gctcp_store::spaces::Space,
    lang: &str,
    u: &Upload,
) -> Outcome<i64> {
    let stem = u
        .filename
        .rsplit_once('.')
        .map(|(s, _)| s)
        .filter(|s| !s.trim().is_empty())
        .unwrap_or(&u.filename);
    let title: String = stem
        .chars()
        .take(gctcp_domain::library::TITLE_MAX)
        .collect();
    let d = Draft {
        title,
        doc_type: "other".into(),
        lang: lang.into(),
        published_on: chrono::Utc::now().date_naive().to_string(),
        visibility: if space.is_open { "all" } else { "spaces" }.into(),
        reader_spaces: if space.is_open {
            vec![]
        } else {
            vec![space.id]
        },
        ..Draft::default()
    };
    let valid = validate(&d, chrono::Utc::now().date_naive(), is_spoken_language)
        .map_err(|ps| Problem::Invalid(ps.iter().map(|p| Invalid::new("file", p.key)).collect()))?;
    let fields = Fields {
        valid,
        org: author.org,
        space: Some(space.space_id()),
        pillars: vec![],
        themes: vec![],
        reader_spaces: d.reader_spaces.clone(),
        reader_orgs: vec![],
    };
    let id = library::insert(tx, &fields, author.id).await?;
    library::insert_file(tx, id, lang, author.id, u).await?;
    library::refresh(tx, id).await?;
    Ok(id)
}

/// Adds a resource and, unless it is a link, its first file (already accepted).
pub async fn create(
    app: &App,
    actor: &Actor,
    fields: &Fields,
    files: &[(&str, &Upload)],
) -> Outcome<i64> {
    let by = viewer(actor)?.id;
    let written = async {
        if files.len() > MAX_FILES_AT_ONCE {
            return Err(Problem::invalid("file", "library-error-too-many-files"));
        }
        if files.iter().any(|(lang, _)| !is_spoken_language(lang)) {
            return Err(Problem::invalid("file_lang", "library-error-lang"));
        }
        let mut tx = app.db.begin().await?;
        let id = library::insert(&mut tx, fields, by).await?;
        for (lang, u) in files {
            library::insert_file(&mut tx, id, lang, by, u).await?;
        }
        library::refresh(&mut tx, id).await?;
        tell_space(app, &mut tx, actor, fields, id).await?;
        tx.commit().await?;
        Ok(id)
    }
    .await;
    let uploads: Vec<&Upload> = files.iter().map(|f| f.1).collect();
    recorded(app, uploads, written).await
}

/// A resource shared in a space: its members who may read it are told (in the app, and
/// by e-mail as each chose: the weekly digest by default). Each member is judged by the
/// policy as a member of this space — never more than they may read.
async fn tell_space(
    app: &App,
    tx: &mut gctcp_store::Tx,
    actor: &Actor,
    fields: &Fields,
    id: i64,
) -> Outcome<()> {
    let Some(space) = fields.space else {
        return Ok(());
    };
    let catalog = app.catalog().await?;
    let item = gctcp_store::library::item(
        actor.id().map(|a| a.0).unwrap_or(0),
        fields.org.0,
        Some(space.0),
        &fields.valid.visibility,
        &fields.reader_spaces,
        &fields.reader_orgs,
        false,
    );
    let link = format!("/library/{id}");
    let mut readers = Vec::new();
    for m in spaces::members(&mut *tx, space).await? {
        let Some(org) = catalog.org_by_code(&m.org_code) else {
            continue;
        };
        let Some(role) = gctcp_domain::SpaceRole::parse(&m.role) else {
            continue;
        };
        let v = Viewer {
            id: gctcp_domain::AccountId(m.account_id),
            org: OrgId(org.id),
            role: gctcp_domain::PlatformRole::FocalPoint,
            spaces: [(space, role)].into(),
        };
        if can(&v, Action::Read, &item) {
            readers.push(v.id);
        }
    }
    crate::notify::tell_many(
        app,
        tx,
        &readers,
        &crate::notify::Notice {
            to: actor.id().unwrap_or(gctcp_domain::AccountId(0)),
            kind: "new_document",
            actor: actor.id(),
            space: Some(space),
            thread: None,
            excerpt: &fields.valid.title,
            link: &link,
        },
    )
    .await?;
    Ok(())
}

/// Rewrites a resource's description.
pub async fn update(app: &App, actor: &Actor, id: i64, fields: &Fields) -> Outcome<()> {
    let v = viewer(actor)?;
    editable(app, v, id).await?;
    let mut tx = app.db.begin().await?;
    library::update(&mut tx, id, fields, v.id).await?;
    library::refresh(&mut tx, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a file to a resource: another language version, or another document.
pub async fn add_file(app: &App, actor: &Actor, id: i64, lang: &str, u: &Upload) -> Outcome<()> {
    let written = async {
        let v = viewer(actor)?;
        editable(app, v, id).await?;
        if !is_spoken_language(lang) {
            return Err(Problem::invalid("lang", "library-error-lang"));
        }
        let mut tx = app.db.begin().await?;
        library::insert_file(&mut tx, id, lang, v.id, u).await?;
        library::touch(&mut tx, id, v.id).await?;
        library::refresh(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    recorded(app, Some(u), written).await
}

/// Uploads a new version of one file; earlier versions stay available.
pub async fn add_version(app: &App, actor: &Actor, id: i64, file: i64, u: &Upload) -> Outcome<()> {
    let written = async {
        let v = viewer(actor)?;
        let full = editable(app, v, id).await?;
        if !full.files.iter().any(|f| f.id == file) {
            return Err(Problem::NotFound);
        }
        let mut tx = app.db.begin().await?;
        library::insert_version(&mut tx, file, v.id, u).await?;
        library::touch(&mut tx, id, v.id).await?;
        library::refresh(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    recorded(app, Some(u), written).await
}

/// Removes a file (a wrong upload, a withdrawn language version) with all its versions
/// and stored files. A document keeps at least one file.
pub async fn remove_file(app: &App, actor: &Actor, id: i64, file: i64) -> Outcome<()> {
    let v = viewer(actor)?;
    let full = editable(app, v, id).await?;
    let Some(f) = full.files.iter().find(|f| f.id == file) else {
        return Err(Problem::NotFound);
    };
    let name = f.current().filename.clone();
    let mut tx = app.db.begin().await?;
    let Some(keys) = library::remove_file(&mut tx, id, file).await? else {
        return Err(Problem::invalid("file", "library-error-last-file"));
    };
    library::touch(&mut tx, id, v.id).await?;
    library::refresh(&mut tx, id).await?;
    let detail = format!(
        "resource={id} title={} file={}",
        audit::quoted(&full.r.title),
        audit::quoted(&name)
    );
    audit::append(&mut tx, actor.audit("library.file_removed", None, detail)).await?;
    tx.commit().await?;
    for k in keys {
        if let Err(e) = app.blobs.delete(&k).await {
            tracing::warn!(error = %e, "removed file's blob not deleted");
        }
    }
    Ok(())
}

/// Soft-deletes a resource: hidden from everyone but administrators, who may restore it.
pub async fn delete(app: &App, actor: &Actor, id: i64) -> Outcome<()> {
    let v = viewer(actor)?;
    let full = readable(app, v, id).await?;
    if !can(v, Action::Delete, &full.item()) {
        return Err(Problem::Forbidden);
    }
    let mut tx = app.db.begin().await?;
    if library::set_deleted(&mut tx, id, Some(v.id)).await? {
        library::refresh(&mut tx, id).await?;
        let detail = format!("resource={id} title={}", audit::quoted(&full.r.title));
        audit::append(&mut tx, actor.audit("library.deleted", None, detail)).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Restores a deleted resource (administrators).
pub async fn restore(app: &App, actor: &Actor, id: i64) -> Outcome<()> {
    let v = viewer(actor)?;
    let full = readable(app, v, id).await?;
    if !can(v, Action::Restore, &full.item()) {
        return Err(Problem::Forbidden);
    }
    let mut tx = app.db.begin().await?;
    if library::set_deleted(&mut tx, id, None).await? {
        library::refresh(&mut tx, id).await?;
        let detail = format!("resource={id} title={}", audit::quoted(&full.r.title));
        audit::append(&mut tx, actor.audit("library.restored", None, detail)).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Deleted resources, for administrators to restore.
pub async fn deleted(app: &App, actor: &Actor) -> Outcome<Vec<library::Deleted>> {
    actor.require_admin()?;
    Ok(library::deleted(&app.db, 500).await?)
}

/// One page of a library search, for this viewer (the policy applied to every
/// resource, in counts too).
pub struct Page {
    pub cards: Vec<Card>,
    pub total: i64,
    pub facets: library_index::Facets,
}

pub async fn search(
    app: &App,
    viewer: &Viewer,
    q: &Query,
    limit: usize,
    offset: usize,
) -> Outcome<Page> {
    let found = find(app, viewer, q, limit, offset).await?;
    Ok(Page {
        cards: cards(app, &found.ids).await?,
        total: found.total,
        facets: found.facets,
    })
}

/// What [`search`] finds, as IDs: for a page that shows the cards another way (rendered
/// once per library generation, see the web layer's library list), or not at all.
pub async fn find(
    app: &App,
    viewer: &Viewer,
    q: &Query,
    limit: usize,
    offset: usize,
) -> Outcome<library_index::Found> {
    // Words that name an organization in any of the six languages (Ouganda, Уганда,
    // ONUDC) find its resources, whatever language their text is in.
    let catalog = app.catalog().await?;
    let mut q = q.clone();
    q.org_terms = q
        .terms
        .iter()
        .map(|t| {
            let orgs: Vec<i64> = catalog
                .orgs_matching(std::slice::from_ref(t))
                .map(|o| o.id)
                .collect();
            (t.clone(), orgs)
        })
        .filter(|(_, orgs)| !orgs.is_empty())
        .collect();
    Ok(library_index::search(&app.library, &app.db, viewer, &q, limit, offset).await?)
}

/// The `limit` newest resources this viewer may read.
pub async fn newest(app: &App, viewer: &Viewer, limit: usize) -> Outcome<Vec<Card>> {
    let ids = library_index::newest(&app.library, &app.db, viewer, limit).await?;
    cards(app, &ids).await
}

/// The cards of `ids` in that order, with their organization's code as the reference
/// data has it now.
pub async fn cards(app: &App, ids: &[i64]) -> Outcome<Vec<Card>> {
    let mut cards = app.library.cards(&app.db, ids).await?;
    let catalog = app.catalog().await?;
    for c in &mut cards {
        if let Some(o) = catalog.org(OrgId(c.org_id)) {
            if c.org_code != o.code {
                c.org_code = o.code.clone();
            }
        }
    }
    Ok(cards)
}

/// Extracts the text of one waiting file version, if any; returns whether there was
/// one. Run by every node's extractor (claims are safe across nodes).
pub async fn extract_one(app: &App) -> anyhow::Result<bool> {
    let Some(claimed) = library::claim_pending(&app.db).await? else {
        return Ok(false);
    };
    let text = match Kind::from_code(&claimed.kind) {
        Some(kind) if kind.extractable() => {
            let file = app.blobs.local_file(&claimed.blob_key).await?;
            let started = std::time::Instant::now();
            // One character more than the budget tells whether the file was cut.
            let result = tokio::task::spawn_blocking(move || {
                gctcp_files::extract_text(&file.path, kind, library::TEXT_MAX + 1)
            })
            .await?;
            match result {
                Ok(t) if !t.trim().is_empty() => {
                    tracing::info!(
                        version = claimed.id,
                        chars = t.chars().count(),
                        ms = started.elapsed().as_millis() as u64,
                        "text extracted"
                    );
                    Some(t)
                }
                Ok(_) => {
                    tracing::info!(version = claimed.id, "no text in file");
                    None
                }
                Err(e) => {
                    tracing::warn!(version = claimed.id, error = %e, "text extraction failed");
                    None
                }
            }
        }
        _ => None,
    };
    let mut tx = app.db.begin().await?;
    if let Some(resource) = library::store_text(&mut tx, claimed.id, text.as_deref()).await? {
        library::refresh(&mut tx, resource).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Writes the search text of every resource that has none (after a migration that
/// changed how it is made); each in its own short transaction. Returns how many.
pub async fn rebuild_missing_search_text(db: &Db) -> anyhow::Result<usize> {
    let missing = library::without_search_text(db).await?;
    for id in &missing {
        let mut tx = db.begin().await?;
        library::refresh(&mut tx, *id).await?;
        tx.commit().await?;
    }
    Ok(missing.len())
}
