//! Adding and editing resources, and reading upload forms.
//!
//! Upload forms are read field by field: text fields are small; the file field is
//! streamed to the blob store's staging area chunk by chunk (hashed and counted on the
//! way, cut off past the size limit), so no upload is ever held in memory. Only when the
//! bytes are recognised as an accepted type does the file enter the store, under a key
//! the server makes up.

use super::{readable, show_page};
use crate::error::{AppError, AppResult};
use crate::http::extract::{CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::{Actor, Problem};
use gctcp_domain::directory::{is_spoken_language, language_autonym, SPOKEN_LANGUAGES};
use gctcp_domain::library::{Draft, DOC_TYPES};
use gctcp_store::blobs::{StageError, Staged};
use gctcp_store::directory::{Pillar, Theme};
use gctcp_store::library::{Fields, Upload};
use gctcp_store::orgs::Org;
use gctcp_store::spaces::Space;

/// Room for the text fields of an upload form besides the file itself.
pub const FORM_SLACK: u64 = 256 * 1024;

/// Languages a document may be in: the six UN languages first, then others.
pub fn language_choices() -> Vec<(String, String)> {
    SPOKEN_LANGUAGES
        .iter()
        .map(|c| (c.to_string(), language_autonym(c).to_string()))
        .collect()
}

/// An upload form as received.
pub struct Received {
    pub fields: FormFields,
    /// Each file's name as the browser sent it, and its staged bytes, in the order sent.
    pub files: Vec<(String, Staged)>,
}

#[derive(Debug)]
pub enum UploadProblem {
    TooLarge,
    /// The message key of another problem (a type not accepted, an empty file…).
    Refused(&'static str),
}

impl UploadProblem {
    pub fn status(&self) -> StatusCode {
        match self {
            UploadProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            UploadProblem::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    pub fn message(&self, ctx: &Ctx, max_upload: u64) -> String {
        match self {
            UploadProblem::TooLarge => {
                ctx.tn("library-error-file-large", "mb", max_upload / 1024 / 1024)
            }
            UploadProblem::Refused(key) => ctx.t(key),
        }
    }
}

/// Refuses at once a request that announces more bytes than an upload may hold, before
/// reading any of it.
pub fn check_length(state: &AppState, headers: &HeaderMap) -> Result<(), UploadProblem> {
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match announced {
        Some(n) if n > state.config.max_upload + FORM_SLACK => Err(UploadProblem::TooLarge),
        _ => Ok(()),
    }
}

/// Reads a multipart form: text fields into memory (small), the `file` field streamed to
/// staging.
pub async fn receive(
    state: &AppState,
    mut multipart: Multipart,
) -> AppResult<Result<Received, UploadProblem>> {
    let mut fields = Vec::new();
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Ok(Err(UploadProblem::TooLarge))
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let filename = field.file_name().unwrap_or("").to_string();
            let mut field = field;
            let mut stager = state
                .blobs
                .stage(state.config.max_upload)
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
            let mut any = false;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        any |= !chunk.is_empty();
                        match stager.write(&chunk).await {
                            Ok(()) => {}
                            Err(StageError::TooLarge) => return Ok(Err(UploadProblem::TooLarge)),
                            Err(StageError::Io(e)) => return Err(AppError::Internal(e.into())),
                        }
                    }
                    Ok(None) => break,
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                        return Ok(Err(UploadProblem::TooLarge))
                    }
                    Err(_) => return Err(AppError::BadRequest),
                }
            }
            let staged = stager
                .finish()
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
            // A form submitted without choosing a file sends an empty, nameless part.
            if any || !filename.is_empty() {
                files.push((filename, staged));
            }
        } else {
            // Cleaned like every other form field (invalid UTF-8 replaced, control
            // characters removed: gctcp_domain::text).
            let value = match field.bytes().await {
                Ok(v) => gctcp_domain::text::clean_bytes(&v),
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    return Ok(Err(UploadProblem::TooLarge))
                }
                Err(_) => return Err(AppError::BadRequest),
            };
            fields.push((name, value));
        }
    }
    Ok(Ok(Received {
        fields: FormFields(fields),
        files,
    }))
}

/// A form that may carry files: multipart (files streamed to staging, as `receive`) or,
/// from a client that sent no file, URL-encoded.
pub async fn receive_any(
    state: &AppState,
    req: axum::extract::Request,
) -> AppResult<Result<Received, UploadProblem>> {
    use axum::extract::FromRequest;
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if let Err(p) = check_length(state, req.headers()) {
        return Ok(Err(p));
    }
    if multipart {
        let m = Multipart::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        receive(state, m).await
    } else {
        let fields = FormFields::from_request(req, state).await?;
        Ok(Ok(Received {
            fields,
            files: Vec::new(),
        }))
    }
}

/// Accepts a received file through the one acceptance path (`gctcp_app::library::
/// accept_upload`); a refusal becomes a message for the page.
pub async fn accept(
    state: &AppState,
    filename: &str,
    staged: Staged,
) -> AppResult<Result<Upload, UploadProblem>> {
    match gctcp_app::library::accept_upload(state, filename, staged).await {
        Ok(u) => Ok(Ok(u)),
        Err(Problem::Invalid(p)) => Ok(Err(UploadProblem::Refused(
            p.first()
                .map(|p| p.key)
                .unwrap_or("library-error-file-type"),
        ))),
        Err(e) => Err(e.into()),
    }
}

page!(FormPage);
/// The resource form, for adding and for editing.
#[derive(Template)]
#[template(path = "library/form.html")]
pub struct FormPage {
    ctx: Ctx,
    /// `None` for a new resource.
    id: Option<i64>,
    d: Draft,
    org: i64,
    space: Option<i64>,
    pillars_chosen: Vec<i64>,
    themes_chosen: Vec<i64>,
    orgs: Vec<Org>,
    spaces: Vec<Space>,
    /// Spaces the author may file the resource under.
    own_spaces: Vec<Space>,
    themes: Vec<Theme>,
    pillars: Vec<Pillar>,
    langs: Vec<(String, String)>,
    max_upload: u64,
    errors: Vec<String>,
    /// A problem with the files chosen, shown next to the file field.
    file_error: Option<String>,
    file_lang: String,
}

impl FormPage {
    pub fn doc_types(&self) -> &'static [&'static str] {
        &DOC_TYPES
    }
    pub fn has_pillar(&self, n: &i64) -> bool {
        self.pillars_chosen.contains(n)
    }
    pub fn has_theme(&self, n: &i64) -> bool {
        self.themes_chosen.contains(n)
    }
    pub fn is_space(&self, n: &i64) -> bool {
        self.space == Some(*n)
    }
    pub fn reads_space(&self, n: &i64) -> bool {
        self.d.reader_spaces.contains(n)
    }
    pub fn reads_org(&self, n: &i64) -> bool {
        self.d.reader_orgs.contains(n)
    }
    pub fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/library/{id}/edit"),
            None => format!(
                "/library/new?csrf={}",
                url::form_urlencoded::byte_serialize(self.ctx.csrf.as_bytes()).collect::<String>()
            ),
        }
    }
    pub fn max_files(&self) -> usize {
        gctcp_app::library::MAX_FILES_AT_ONCE
    }
    pub fn max_mb(&self) -> u64 {
        self.max_upload / 1024 / 1024
    }
}

async fn form_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: Option<i64>,
    f: (Draft, i64, Option<i64>, Vec<i64>, Vec<i64>),
    errors: Vec<String>,
    file_lang: String,
) -> AppResult<FormPage> {
    let catalog = state.catalog().await?;
    let lang = ctx.lang;
    let all_spaces = catalog.spaces.clone();
    let (d, org, space, pillars_chosen, themes_chosen) = f;
    // The spaces one may file under, and the resource's current one (kept when an editor
    // who is not a member of it saves).
    let own_spaces = all_spaces
        .iter()
        .filter(|s| gctcp_app::library::may_file_under(&user.viewer, s.id) || Some(s.id) == space)
        .cloned()
        .collect();
    Ok(FormPage {
        ctx: ctx.with_section("library"),
        id,
        d,
        org,
        space,
        pillars_chosen,
        themes_chosen,
        orgs: crate::ui::names::orgs(&catalog, lang),
        spaces: all_spaces,
        own_spaces,
        themes: crate::ui::names::themes(&catalog, lang),
        pillars: catalog.pillars.clone(),
        langs: language_choices(),
        max_upload: state.config.max_upload,
        errors,
        file_error: None,
        file_lang,
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    let page = blank_form(&state, &user, ctx, vec![]).await?;
    Ok(page.into_response())
}

/// The language of the `i`-th file: the `i`-th `file_lang` sent (the enhanced form sends
/// one per file), else the last one (the plain form sends one for its one file).
fn lang_at(langs: &[String], i: usize) -> &str {
    langs
        .get(i)
        .or(langs.last())
        .map(String::as_str)
        .unwrap_or("")
}

/// The form for a new resource, nothing typed yet (with `errors`, if any).
async fn blank_form(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    errors: Vec<String>,
) -> AppResult<FormPage> {
    let lang = ctx.lang.to_string();
    let org = user.account.organization_id;
    let blank = (blank_draft(&lang), org, None, vec![], vec![]);
    form_page(state, user, ctx, None, blank, errors, lang).await
}

/// A new resource's description before anything is typed: a report in the reader's
/// language, published today, for everyone.
fn blank_draft(lang: &str) -> Draft {
    Draft {
        doc_type: "report".into(),
        lang: lang.to_string(),
        visibility: "all".into(),
        published_on: chrono::Utc::now().date_naive().to_string(),
        ..Draft::default()
    }
}

/// What a checked form gives: the draft as typed (to show again), the author
/// organization, space, pillars and themes chosen, and the checked fields or the
/// translated problems.
type ReadForm = (
    Draft,
    i64,
    Option<i64>,
    Vec<i64>,
    Vec<i64>,
    Result<Fields, Vec<String>>,
);

/// Reads the description fields of a form and checks them (`gctcp_app::library::check`).
async fn read_fields(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    form: &FormFields,
    current_space: Option<i64>,
) -> AppResult<ReadForm> {
    let nums = |k: &str| -> Vec<i64> {
        let mut v: Vec<i64> = form
            .all(k)
            .iter()
            .filter_map(|x| x.trim().parse().ok())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let d = Draft {
        title: form.get("title").to_string(),
        summary: form.get("summary").to_string(),
        doc_type: form.get("doc_type").to_string(),
        symbol: form.get("symbol").to_string(),
        url: form.get("url").to_string(),
        lang: form.get("lang").to_string(),
        published_on: form.get("published_on").to_string(),
        visibility: form.get("visibility").to_string(),
        reader_spaces: nums("reader_spaces"),
        reader_orgs: nums("reader_orgs"),
    };
    // Without a choice, the author's own organization.
    let org: i64 = match form.get("org").trim() {
        "" => user.account.organization_id,
        o => o.parse().unwrap_or(0),
    };
    let input = gctcp_app::library::Input {
        draft: d.clone(),
        org: Some(org),
        space: form.get("space").trim().parse().ok(),
        pillars: nums("pillars"),
        themes: nums("themes"),
    };
    let fields = match gctcp_app::library::check(state, &user.viewer, &input, current_space).await {
        Ok(f) => Ok(f),
        Err(Problem::Invalid(problems)) => Err(crate::auth::messages(ctx, &problems)),
        Err(e) => return Err(e.into()),
    };
    Ok((d, org, input.space, input.pillars, input.themes, fields))
}

/// Adds a resource: its description and, unless it is a link, its first file.
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    // Refused before the form could be read (too large): the form again, blank, with the
    // reason next to the file field. (The enhanced form checks sizes before sending.)
    let refuse = |problem: UploadProblem, ctx: Ctx| {
        let state = state.clone();
        let user = user.clone();
        async move {
            let msg = problem.message(&ctx, state.config.max_upload);
            let mut page = blank_form(&state, &user, ctx, vec![msg.clone()]).await?;
            page.file_error = Some(msg);
            Ok::<_, AppError>((problem.status(), page).into_response())
        }
    };
    if let Err(p) = check_length(&state, &headers) {
        return refuse(p, ctx).await;
    }
    let received = match receive(&state, multipart).await? {
        Ok(r) => r,
        Err(p) => return refuse(p, ctx).await,
    };
    let Received {
        fields: form,
        files,
    } = received;
    // The enhanced form (app.js) keeps the files chosen when the form is refused.
    let enhanced = headers
        .get("x-requested-with")
        .is_some_and(|v| v == "gctcp-upload");
    let form = &form;
    let (d, org, space, pillars, themes, fields) =
        read_fields(&state, &user, &ctx, form, None).await?;
    // Each file comes with its language: the n-th `file_lang` is the n-th file's (the
    // enhanced form sends one per file; the plain form one field for its one file).
    let langs: Vec<String> = form
        .all("file_lang")
        .into_iter()
        .map(str::to_string)
        .collect();
    let file_lang = langs.first().cloned().unwrap_or_default();
    let mut errors = match &fields {
        Ok(_) => vec![],
        Err(e) => e.clone(),
    };
    // A problem with the files is shown next to the file field as well as in the list.
    let mut file_error = None;
    let has_url = !d.url.trim().is_empty();
    if files.is_empty() && !has_url {
        file_error = Some(ctx.t("library-error-file-or-url"));
    } else if files.len() > gctcp_app::library::MAX_FILES_AT_ONCE {
        file_error = Some(ctx.tn(
            "library-error-too-many-files",
            "max",
            gctcp_app::library::MAX_FILES_AT_ONCE,
        ));
    } else if (0..files.len()).any(|i| !is_spoken_language(lang_at(&langs, i))) {
        file_error = Some(ctx.t("library-error-lang"));
    }
    errors.extend(file_error.clone());
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut uploads = Vec::new();
    if errors.is_empty() {
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        match gctcp_app::library::accept_uploads(&state, files).await {
            Ok(u) => uploads = u,
            Err((i, Problem::Invalid(p))) => {
                let key = p
                    .first()
                    .map(|p| p.key)
                    .unwrap_or("library-error-file-type");
                let problem = UploadProblem::Refused(key);
                status = problem.status();
                let message = problem.message(&ctx, state.config.max_upload);
                // With several files, say which one was refused.
                let message = match names.get(i) {
                    Some(name) if names.len() > 1 => format!("“{name}”: {message}"),
                    _ => message,
                };
                errors.push(message.clone());
                file_error = Some(message);
            }
            Err((_, e)) => return Err(e.into()),
        }
    } else if !files.is_empty() && !enhanced {
        let again = ctx.t("library-error-choose-again");
        errors.push(again.clone());
        file_error = Some(match file_error {
            Some(e) => format!("{e} {again}"),
            None => again,
        });
    }
    let fields = match fields {
        Ok(f) if errors.is_empty() => f,
        _ => {
            gctcp_app::library::discard_uploads(&state, &uploads).await;
            let mut page = form_page(
                &state,
                &user,
                ctx,
                None,
                (d, org, space, pillars, themes),
                errors,
                file_lang,
            )
            .await?;
            page.file_error = file_error;
            return Ok((status, page).into_response());
        }
    };
    let actor = Actor::person(&user.viewer, None);
    let mut files: Vec<(&str, &Upload)> = Vec::with_capacity(uploads.len());
    for (i, u) in uploads.iter().enumerate() {
        files.push((lang_at(&langs, i), u));
    }
    let id = gctcp_app::library::create(&state, &actor, &fields, &files).await?;
    Ok(Redirect::to(&format!("/library/{id}?uploaded=1")).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let full = gctcp_app::library::editable(&state, &user.viewer, id).await?;
    let r = &full.r;
    let d = Draft {
        title: r.title.clone(),
        summary: r.summary.clone(),
        doc_type: r.doc_type.clone(),
        symbol: r.symbol.clone(),
        url: r.url.clone().unwrap_or_default(),
        lang: r.lang.clone(),
        published_on: r.published_on.to_string(),
        visibility: r.visibility.clone(),
        reader_spaces: full.reader_spaces.clone(),
        reader_orgs: full.reader_orgs.clone(),
    };
    let page = form_page(
        &state,
        &user,
        ctx,
        Some(id),
        (
            d,
            r.org_id,
            r.space_id,
            full.pillars.clone(),
            full.themes.clone(),
        ),
        vec![],
        r.lang.clone(),
    )
    .await?;
    Ok(page.into_response())
}

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let full = gctcp_app::library::editable(&state, &user.viewer, id).await?;
    let (d, org, space, pillars, themes, fields) =
        read_fields(&state, &user, &ctx, &form, full.r.space_id).await?;
    let fields = match fields {
        Ok(f) => f,
        Err(errors) => {
            let lang = d.lang.clone();
            let page = form_page(
                &state,
                &user,
                ctx,
                Some(id),
                (d, org, space, pillars, themes),
                errors,
                lang,
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let actor = Actor::person(&user.viewer, None);
    gctcp_app::library::update(&state, &actor, id, &fields).await?;
    Ok(Redirect::to(&format!("/library/{id}?saved=1")).into_response())
}

/// Shows an upload problem on the resource page.
pub async fn refuse_on_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    problem: UploadProblem,
) -> AppResult<Response> {
    let full = readable(state, user, id).await?;
    let msg = problem.message(&ctx, state.config.max_upload);
    let page = show_page(state, user, ctx, full, None, None, Some(msg)).await?;
    Ok((problem.status(), page).into_response())
}
