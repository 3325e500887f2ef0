//! Files of resources: downloads and previews (every one access-checked, restricted ones
//! audited), new language versions and new versions of a file, deletion and restoration.

use super::form::{accept, check_length, receive, refuse_on_page, UploadProblem};
use super::readable;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{ClientIp, Ctx, CurrentUser, FormFields, RequireAdmin};
use askama::Template;
use askama_web::WebTemplate;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_domain::directory::is_spoken_language;
use gctcp_domain::policy::{can, Action};
use gctcp_store::audit;
use gctcp_store::files::Kind;
use gctcp_store::library::{self, Deleted, Upload};

/// The version, if the viewer may read its resource (else NotFound, whatever the reason).
async fn readable_version(
    state: &AppState,
    user: &CurrentUser,
    version: i64,
) -> AppResult<(library::Full, library::Version)> {
    let v = library::version(&state.db, version)
        .await?
        .ok_or(AppError::NotFound)?;
    let full = readable(state, user, v.resource_id).await?;
    Ok((full, v))
}

/// `Content-Disposition` with the name in both forms (RFC 6266 / RFC 5987): an ASCII
/// fallback and the UTF-8 original.
fn disposition(kind: &str, filename: &str) -> HeaderValue {
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._- ()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(filename.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    HeaderValue::from_str(&format!(
        "{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// The single byte range a request asks for (`bytes=N-` or `bytes=N-M`), if it should be
/// honoured: resuming a download over a slow link. `If-Range` must name this version.
fn wanted_range(headers: &HeaderMap, etag: &str, len: u64) -> Option<Result<(u64, u64), ()>> {
    let spec = headers.get(header::RANGE)?.to_str().ok()?;
    if let Some(cond) = headers.get(header::IF_RANGE) {
        if cond.to_str().ok() != Some(etag) {
            return None;
        }
    }
    let (start, end) = spec.strip_prefix("bytes=")?.split_once('-')?;
    let start: u64 = start.trim().parse().ok()?;
    let end: u64 = match end.trim() {
        "" => len.saturating_sub(1),
        e => e.parse::<u64>().ok()?.min(len.saturating_sub(1)),
    };
    if start >= len || end < start {
        return Some(Err(()));
    }
    Some(Ok((start, end)))
}

async fn stream(
    state: &AppState,
    v: &library::Version,
    headers: &HeaderMap,
    inline: bool,
) -> AppResult<Response> {
    use tokio::io::AsyncReadExt;
    let kind = Kind::from_code(&v.kind).ok_or(AppError::NotFound)?;
    let etag = format!("\"{}\"", v.sha256);
    let len = v.size.max(0) as u64;
    let range = wanted_range(headers, &etag, len);
    if let Some(Err(())) = range {
        let mut res = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
        if let Ok(h) = HeaderValue::from_str(&format!("bytes */{len}")) {
            res.headers_mut().insert(header::CONTENT_RANGE, h);
        }
        return Ok(res);
    }
    let (start, end) = match range {
        Some(Ok(r)) => r,
        _ => (0, len.saturating_sub(1)),
    };
    let (reader, stored_len) = state
        .blobs
        .open(&v.blob_key, start)
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let count = if len == 0 { 0 } else { end - start + 1 };
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(reader.take(count)));
    let mut res = Response::new(body);
    if matches!(range, Some(Ok(_))) {
        *res.status_mut() = StatusCode::PARTIAL_CONTENT;
        if let Ok(h) = HeaderValue::from_str(&format!("bytes {start}-{end}/{stored_len}")) {
            res.headers_mut().insert(header::CONTENT_RANGE, h);
        }
    }
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.mime()));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(count));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(e) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, e);
    }
    h.insert(
        header::CONTENT_DISPOSITION,
        disposition(if inline { "inline" } else { "attachment" }, &v.filename),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(sha) = HeaderValue::from_str(&v.sha256) {
        h.insert("x-content-sha256", sha);
    }
    if inline {
        // The preview runs nothing: a sandbox without scripts, no network, framed only by
        // this site's own pages.
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
            ),
        );
        h.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("SAMEORIGIN"),
        );
    }
    Ok(res)
}

/// Writes one library event to the audit log, by the signed-in person.
async fn audit_event(
    state: &AppState,
    user: &CurrentUser,
    ip: &ClientIp,
    event: &'static str,
    detail: String,
) -> AppResult<()> {
    audit::append(
        &state.db,
        audit::Entry {
            event,
            actor: Some(user.viewer.id.0),
            subject: None,
            ip: ip.0.as_deref(),
            detail,
        },
    )
    .await?;
    Ok(())
}

async fn audit_if_restricted(
    state: &AppState,
    user: &CurrentUser,
    ip: &ClientIp,
    full: &library::Full,
    v: &library::Version,
    how: &str,
) -> AppResult<()> {
    if full.r.visibility != "all" {
        audit_event(
            state,
            user,
            ip,
            "library.downloaded",
            format!(
                "{how} resource {} \"{}\" file version {} ({})",
                full.r.id, full.r.title, v.id, v.filename
            ),
        )
        .await?;
    }
    Ok(())
}

/// A download, resumable with `Range` (and `If-Range` on the version's ETag).
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    ip: ClientIp,
    Path(version): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (full, v) = readable_version(&state, &user, version).await?;
    audit_if_restricted(&state, &user, &ip, &full, &v, "download").await?;
    stream(&state, &v, &headers, false).await
}

/// Inline, for PDFs and images only; anything else is offered as a download.
pub async fn preview(
    State(state): State<AppState>,
    user: CurrentUser,
    ip: ClientIp,
    Path(version): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (full, v) = readable_version(&state, &user, version).await?;
    let previewable = Kind::from_code(&v.kind).is_some_and(|k| k.previewable());
    if !previewable {
        return Ok(Redirect::to(&format!("/library/files/{version}/download")).into_response());
    }
    audit_if_restricted(&state, &user, &ip, &full, &v, "preview").await?;
    stream(&state, &v, &headers, true).await
}

/// Only those who may edit the resource add files and versions.
async fn editable(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<library::Full> {
    let full = readable(state, user, id).await?;
    if full.r.deleted_at.is_some() || !can(&user.viewer, Action::Edit, &full.item()) {
        return Err(AppError::Forbidden);
    }
    Ok(full)
}

/// Receives an upload form holding one file and stores the file: the form's other
/// fields and the stored upload, or the problem to show. `check` refuses other fields.
async fn receive_file(
    state: &AppState,
    headers: &HeaderMap,
    multipart: Multipart,
    check: impl Fn(&FormFields) -> Option<&'static str>,
) -> AppResult<Result<(FormFields, Upload), UploadProblem>> {
    if let Err(p) = check_length(state, headers) {
        return Ok(Err(p));
    }
    let received = match receive(state, multipart).await? {
        Ok(r) => r,
        Err(p) => return Ok(Err(p)),
    };
    if let Some(key) = check(&received.fields) {
        return Ok(Err(UploadProblem::Refused(key)));
    }
    let Some((name, staged)) = received.file else {
        return Ok(Err(UploadProblem::Refused("library-error-file-missing")));
    };
    Ok(accept(state, &name, staged)
        .await?
        .map(|upload| (received.fields, upload)))
}

/// Records a stored upload in the database; if that fails, the stored file goes too.
pub async fn record<T>(
    state: &AppState,
    upload: &Upload,
    written: Result<T, sqlx::Error>,
) -> AppResult<T> {
    match written {
        Ok(v) => {
            state.extractor.notify_one();
            Ok(v)
        }
        Err(e) => {
            let _ = state.blobs.delete(&upload.blob_key).await;
            Err(e.into())
        }
    }
}

/// Adds a file to a resource: another language version, or another document.
pub async fn add_file(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    editable(&state, &user, id).await?;
    let lang_known =
        |f: &FormFields| (!is_spoken_language(f.get("lang"))).then_some("library-error-lang");
    let (fields, upload) = match receive_file(&state, &headers, multipart, lang_known).await? {
        Ok(x) => x,
        Err(p) => return refuse_on_page(&state, &user, ctx, id, p).await,
    };
    let lang = fields.get("lang");
    let written = library::add_file(&state.db, id, lang, user.viewer.id, &upload).await;
    record(&state, &upload, written).await?;
    Ok(Redirect::to(&format!("/library/{id}?lang={lang}&uploaded=1")).into_response())
}

/// Uploads a new version of one file; earlier versions stay available.
pub async fn add_version(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let full = editable(&state, &user, id).await?;
    let Some(f) = full.files.iter().find(|f| f.id == file) else {
        return Err(AppError::NotFound);
    };
    let lang = f.lang.clone();
    let (_, upload) = match receive_file(&state, &headers, multipart, |_| None).await? {
        Ok(x) => x,
        Err(p) => return refuse_on_page(&state, &user, ctx, id, p).await,
    };
    let written = library::add_version(&state.db, id, file, user.viewer.id, &upload).await;
    record(&state, &upload, written).await?;
    Ok(Redirect::to(&format!("/library/{id}?lang={lang}&uploaded=1")).into_response())
}

/// Removes a file (a wrong upload, a withdrawn language version) with all its versions.
pub async fn remove_file(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ip: ClientIp,
    Path((id, file)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let full = editable(&state, &user, id).await?;
    let Some(f) = full.files.iter().find(|f| f.id == file) else {
        return Err(AppError::NotFound);
    };
    let name = f.current().filename.clone();
    match library::remove_file(&state.db, id, file, user.viewer.id).await? {
        None => {
            refuse_on_page(
                &state,
                &user,
                ctx,
                id,
                UploadProblem::Refused("library-error-last-file"),
            )
            .await
        }
        Some(keys) => {
            for k in keys {
                if let Err(e) = state.blobs.delete(&k).await {
                    tracing::warn!(error = %e, "removed file's blob not deleted");
                }
            }
            audit_event(
                &state,
                &user,
                &ip,
                "library.file_removed",
                format!("resource {id} \"{}\" file {file} ({name})", full.r.title),
            )
            .await?;
            Ok(Redirect::to(&format!("/library/{id}?removed=1")).into_response())
        }
    }
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    ip: ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let full = readable(&state, &user, id).await?;
    if !can(&user.viewer, Action::Delete, &full.item()) {
        return Err(AppError::Forbidden);
    }
    if library::delete(&state.db, id, user.viewer.id).await? {
        audit_event(
            &state,
            &user,
            &ip,
            "library.deleted",
            format!("resource {id} \"{}\"", full.r.title),
        )
        .await?;
    }
    Ok(Redirect::to("/library?deleted=1").into_response())
}

pub async fn restore(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ip: ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = &admin.0;
    let full = readable(&state, user, id).await?;
    if !can(&user.viewer, Action::Restore, &full.item()) {
        return Err(AppError::Forbidden);
    }
    if library::restore(&state.db, id).await? {
        audit_event(
            &state,
            user,
            &ip,
            "library.restored",
            format!("resource {id} \"{}\"", full.r.title),
        )
        .await?;
    }
    Ok(Redirect::to(&format!("/library/{id}?restored=1")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "library/deleted.html")]
pub struct DeletedPage {
    ctx: Ctx,
    rows: Vec<Deleted>,
}

/// Deleted resources, for administrators to restore.
pub async fn deleted(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
) -> AppResult<Response> {
    let rows = library::deleted(&state.db, 500).await?;
    Ok((
        StatusCode::OK,
        DeletedPage {
            ctx: ctx.with_section("library"),
            rows,
        },
    )
        .into_response())
}
