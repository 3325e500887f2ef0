//! Files of resources: downloads and previews (every one access-checked, restricted ones
//! audited), new language versions and new versions of a file, deletion and restoration.

use super::form::{accept, check_length, receive, refuse_on_page, UploadProblem};
use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::library as ops;
use gctcp_app::{Actor, Problem};
use gctcp_domain::directory::is_spoken_language;
use gctcp_files::Kind;
use gctcp_store::library::{self, Deleted, Upload};

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

pub(crate) async fn stream(
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

/// A download, resumable with `Range` (and `If-Range` on the version's ETag).
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    ip: ClientIp,
    Path(version): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (full, v) = ops::readable_version(&state, &user.viewer, version).await?;
    let actor = Actor::person(&user.viewer, ip.0.as_deref());
    ops::opened(&state, &actor, &full, &v, "download").await?;
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
    let (full, v) = ops::readable_version(&state, &user.viewer, version).await?;
    let previewable = Kind::from_code(&v.kind).is_some_and(|k| k.previewable());
    if !previewable {
        return Ok(Redirect::to(&format!("/library/files/{version}/download")).into_response());
    }
    let actor = Actor::person(&user.viewer, ip.0.as_deref());
    ops::opened(&state, &actor, &full, &v, "preview").await?;
    stream(&state, &v, &headers, true).await
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
    let Some((name, staged)) = received.files.into_iter().next() else {
        return Ok(Err(UploadProblem::Refused("library-error-file-missing")));
    };
    Ok(accept(state, &name, staged)
        .await?
        .map(|upload| (received.fields, upload)))
}

/// A use case's refusal of an upload, shown on the resource's page.
async fn refused(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    e: Problem,
) -> AppResult<Response> {
    match e {
        Problem::Invalid(p) => {
            let key = p
                .first()
                .map(|p| p.key)
                .unwrap_or("library-error-file-type");
            refuse_on_page(state, user, ctx, id, UploadProblem::Refused(key)).await
        }
        e => Err(e.into()),
    }
}

/// Adds a file to a resource: another language version, or another document.
pub async fn add_file(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    ops::editable(&state, &user.viewer, id).await?;
    let lang_known =
        |f: &FormFields| (!is_spoken_language(f.get("lang"))).then_some("library-error-lang");
    let (fields, upload) = match receive_file(&state, &headers, multipart, lang_known).await? {
        Ok(x) => x,
        Err(p) => return refuse_on_page(&state, &user, ctx, id, p).await,
    };
    let lang = fields.get("lang");
    let actor = Actor::person(&user.viewer, ip.as_deref());
    if let Err(e) = ops::add_file(&state, &actor, id, lang, &upload).await {
        return refused(&state, &user, ctx, id, e).await;
    }
    Ok(Redirect::to(&format!("/library/{id}?lang={lang}&uploaded=1")).into_response())
}

/// Uploads a new version of one file; earlier versions stay available.
pub async fn add_version(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path((id, file)): Path<(i64, i64)>,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let full = ops::editable(&state, &user.viewer, id).await?;
    let Some(f) = full.files.iter().find(|f| f.id == file) else {
        return Err(AppError::NotFound);
    };
    let lang = f.lang.clone();
    let (_, upload) = match receive_file(&state, &headers, multipart, |_| None).await? {
        Ok(x) => x,
        Err(p) => return refuse_on_page(&state, &user, ctx, id, p).await,
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    if let Err(e) = ops::add_version(&state, &actor, id, file, &upload).await {
        return refused(&state, &user, ctx, id, e).await;
    }
    Ok(Redirect::to(&format!("/library/{id}?lang={lang}&uploaded=1")).into_response())
}

/// Removes a file (a wrong upload, a withdrawn language version) with all its versions.
pub async fn remove_file(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path((id, file)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::remove_file(&state, &actor, id, file).await {
        Ok(()) => Ok(Redirect::to(&format!("/library/{id}?removed=1")).into_response()),
        Err(e) => refused(&state, &user, ctx, id, e).await,
    }
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::delete(&state, &actor, id).await?;
    Ok(Redirect::to("/library?deleted=1").into_response())
}

pub async fn restore(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    ops::restore(&state, &actor, id).await?;
    Ok(Redirect::to(&format!("/library/{id}?restored=1")).into_response())
}

page!(DeletedPage);
#[derive(Template)]
#[template(path = "library/deleted.html")]
pub struct DeletedPage {
    ctx: Ctx,
    rows: Vec<Deleted>,
}

/// Deleted resources, for administrators to restore.
pub async fn deleted(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
) -> AppResult<Response> {
    let rows = ops::deleted(&state, &Actor::person(&admin.viewer, None)).await?;
    Ok((
        StatusCode::OK,
        DeletedPage {
            ctx: ctx.with_section("library"),
            rows,
        },
    )
        .into_response())
}
