//! The one place where text from outside is cleaned before anything reads it: every
//! query string and every URL-encoded form body (multipart text fields are cleaned by
//! the one multipart reader, `library::form::receive`). The rule itself lives in
//! `gctcp_domain::text`: invalid UTF-8 replaced, control characters removed.
//!
//! Paths are not rewritten: a path with a control character or invalid UTF-8 names no
//! page here, so it is 404. Query strings longer than `MAX_QUERY` are refused (414):
//! no page of ours makes one, and a megabyte of search terms must not reach the
//! database.

use crate::error::{AppError, ErrorPage};
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gctcp_domain::text;

/// Longest query string accepted, in bytes.
pub const MAX_QUERY: usize = 8 * 1024;

/// Largest URL-encoded form body read (a bulk-import confirmation carries its CSV).
pub const FORM_LIMIT: usize = 3 * 1024 * 1024;

pub async fn clean(req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    if !path_is_clean(parts.uri.path()) {
        return AppError::NotFound.into_response();
    }
    if let Some(query) = parts.uri.query() {
        if query.len() > MAX_QUERY {
            return ErrorPage::for_status(StatusCode::URI_TOO_LONG).into_response();
        }
        if let Some(cleaned) = cleaned_form(query.as_bytes()) {
            let mut uri = parts.uri.clone().into_parts();
            let path_and_query = format!("{}?{}", parts.uri.path(), cleaned);
            match path_and_query.parse() {
                Ok(pq) => uri.path_and_query = Some(pq),
                Err(_) => return AppError::BadRequest.into_response(),
            }
            match Uri::from_parts(uri) {
                Ok(u) => parts.uri = u,
                Err(_) => return AppError::BadRequest.into_response(),
            }
        }
    }
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let bytes = match axum::body::to_bytes(body, FORM_LIMIT).await {
        Ok(b) => b,
        Err(_) => return ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response(),
    };
    let bytes = match cleaned_form(&bytes) {
        Some(cleaned) => Bytes::from(cleaned),
        None => bytes,
    };
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// `None` when the URL-encoded text is already clean (the common case: nothing is
/// copied); otherwise its cleaned re-encoding.
fn cleaned_form(raw: &[u8]) -> Option<String> {
    let decoded: Vec<u8> = percent_encoding::percent_decode(raw).collect();
    let clean = std::str::from_utf8(&decoded).is_ok_and(|s| !s.chars().any(text::is_unwanted));
    if clean {
        return None;
    }
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in url::form_urlencoded::parse(raw) {
        out.append_pair(&text::clean(&k), &text::clean(&v));
    }
    Some(out.finish())
}

fn path_is_clean(path: &str) -> bool {
    let decoded: Vec<u8> = percent_encoding::percent_decode_str(path).collect();
    std::str::from_utf8(&decoded).is_ok_and(|s| !s.chars().any(char::is_control))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_cleaned_only_when_needed() {
        assert_eq!(cleaned_form(b"q=jos%C3%A9&page=2"), None);
        assert_eq!(cleaned_form(b"q=a+b"), None);
        assert_eq!(
            cleaned_form(b"q=jose%00&x=1").as_deref(),
            Some("q=jose&x=1")
        );
        assert_eq!(
            cleaned_form(b"q=%FF%FEok").as_deref(),
            Some("q=%EF%BF%BD%EF%BF%BDok")
        );
        assert_eq!(
            cleaned_form(b"name=a%1B%5B31mb%7F&bio=l1%0D%0Al2").as_deref(),
            Some("name=a%5B31mb&bio=l1%0D%0Al2")
        );
        // Bidi formatting is kept.
        assert_eq!(cleaned_form("q=%E2%80%AEevil".as_bytes()), None);
    }

    #[test]
    fn paths_with_controls_name_nothing() {
        assert!(path_is_clean("/people/12"));
        assert!(path_is_clean("/organizations/C%C3%B4te"));
        assert!(!path_is_clean("/organizations/%00"));
        assert!(!path_is_clean("/organizations/%FF"));
        assert!(!path_is_clean("/library/1%0A"));
    }
}
