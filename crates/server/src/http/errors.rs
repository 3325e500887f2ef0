//! Every error response (from handlers, the router, body limits, panics, the session
//! layer) rendered as a translated page with the request ID and nothing internal.

use crate::error::ErrorPage;
use crate::http::headers::RequestId;
use crate::i18n;
use crate::session::{Authed, Lang, Session};
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use std::sync::Arc;

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let mut res = self.status.into_response();
        res.extensions_mut().insert(self);
        res
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    ctx: Ctx,
    kind: &'static str,
    status: u16,
}

/// Renders every error response (from handlers, the router, body limits, panics) as a
/// translated page with the request ID and nothing internal.
pub async fn error_pages(req: Request, next: Next) -> Response {
    // This layer wraps the session layer, so that even a failure there (database down)
    // gets a proper page: the session layer reports the language and the person in the
    // response's extensions when it got that far; otherwise the browser's language is used.
    let browser_lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(i18n::negotiate)
        .unwrap_or("en");
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_default();
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let status = res.status();
    let marked = res.extensions().get::<ErrorPage>().copied();
    let bare_error = (status.is_client_error() || status.is_server_error())
        && !res.headers().contains_key(header::CONTENT_TYPE);
    let Some(page) = marked.or(bare_error.then(|| ErrorPage::for_status(status))) else {
        return res;
    };
    if status.is_server_error() {
        tracing::warn!(status = status.as_u16(), "error page served");
    }
    let ext = res.extensions();
    let lang = ext.get::<Lang>().map(|l| l.0).unwrap_or(browser_lang);
    let authed = ext.get::<Option<Arc<Authed>>>().cloned().flatten();
    let session = ext.get::<Session>().cloned();
    let ctx = Ctx {
        lang,
        // Anonymous error pages (scanners probing URLs) must not create sessions, so
        // they carry no form and no language switcher.
        csrf: match (&authed, session) {
            (Some(_), Some(s)) => s.csrf_for_form(),
            _ => String::new(),
        },
        user: authed,
        path,
        request_id,
        section: "",
    };
    let body = ErrorTemplate {
        ctx,
        kind: page.kind,
        status: page.status.as_u16(),
    }
    .render()
    .unwrap_or_else(|_| "error".to_string());
    let mut out = (page.status, Html(body)).into_response();
    for name in [header::RETRY_AFTER, header::SET_COOKIE] {
        for v in res.headers().get_all(&name) {
            out.headers_mut().append(name.clone(), v.clone());
        }
    }
    out
}
