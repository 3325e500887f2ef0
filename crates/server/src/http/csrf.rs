//! CSRF protection for every state-changing request: (1) cross-site requests are
//! refused by Fetch Metadata / Origin; (2) the body, the `x-csrf-token` header or (for
//! streamed uploads) the action URL must carry the session's token. GET, HEAD and OPTIONS
//! never change state.

use crate::error::{AppError, ErrorPage};
use crate::http::input::FORM_LIMIT;
use crate::session::Session;
use crate::state::AppState;
use crate::token;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

fn cross_site(req: &Request, public_url: &str) -> bool {
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = h.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        if origin == "null" {
            return true;
        }
        let host = h
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let origin_host = origin
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or(origin);
        return origin_host != host && origin.trim_end_matches('/') != public_url;
    }
    false
}

/// CSRF protection for every state-changing request: (1) cross-site requests are refused
/// by Fetch Metadata / Origin; (2) the body or `x-csrf-token` header must carry the
/// session's token. GET, HEAD and OPTIONS never change state.
pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    // One-click unsubscribe (RFC 8058): a mail provider POSTs to the digest's secret link
    // from its own site, with no session. The 256-bit token in the path is the authority,
    // and all it can do is stop e-mail.
    if req.uri().path().starts_with("/unsubscribe/") {
        return next.run(req).await;
    }
    if cross_site(&req, &state.config.public_url) {
        return AppError::Csrf.into_response();
    }
    let Some(expected) = req
        .extensions()
        .get::<Session>()
        .and_then(Session::expected_csrf)
    else {
        return AppError::Csrf.into_response();
    };
    if let Some(sent) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        if token::equal(sent, &expected) {
            return next.run(req).await;
        }
        return AppError::Csrf.into_response();
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("multipart/form-data") {
        // File uploads are streamed, never buffered here: their forms carry the token in
        // the action URL (`?csrf=…`). The URL stays on this site (Referrer-Policy) and the
        // access log records paths only.
        let sent = req.uri().query().and_then(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v.into_owned())
        });
        return match sent {
            Some(sent) if token::equal(&sent, &expected) => next.run(req).await,
            _ => AppError::Csrf.into_response(),
        };
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return AppError::Csrf.into_response();
    }
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, FORM_LIMIT).await {
        Ok(b) => b,
        Err(_) => return ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response(),
    };
    let sent = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned());
    match sent {
        Some(sent) if token::equal(&sent, &expected) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        _ => AppError::Csrf.into_response(),
    }
}
