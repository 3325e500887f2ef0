//! Request plumbing shared by every module: request IDs, security headers, the
//! cross-origin and token CSRF checks, translated error pages, the page context and the
//! identity extractors.

use crate::error::{AppError, ErrorPage};
use crate::i18n;
use crate::session::{Authed, Lang, Session};
use crate::state::AppState;
use crate::token;
use askama::Template;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;
use std::net::SocketAddr;
use std::sync::Arc;
use tracing::Instrument;

/// The request's correlation ID (also in the `x-request-id` response header).
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Outermost layer: request ID, a log span, and the security headers on every response
/// (errors included).
pub async fn security_headers(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let id = token::request_id();
    req.extensions_mut().insert(RequestId(id.clone()));
    let span =
        tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path());
    let started = std::time::Instant::now();
    // The span is attached to the request's future, never entered across an `.await`: an
    // entered guard would stay on the worker thread while the future sleeps, so other
    // requests polled there would log inside this one (and tracing-subscriber can panic
    // when the span closes under them).
    let mut res = async move {
        let res = next.run(req).await;
        tracing::info!(
            status = res.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "served"
        );
        res
    }
    .instrument(span)
    .await;
    let h = res.headers_mut();
    h.insert("x-request-id", HeaderValue::from_str(&id).expect("hex id"));
    // A handler that set its own policy (file previews, framed by our pages) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if !h.contains_key(header::X_FRAME_OPTIONS) {
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if state.config.is_https() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// The client's address: the socket peer, or — only when configured behind a known
/// proxy — the last address that proxy appended to `X-Forwarded-For`.
pub fn client_ip(
    headers: &HeaderMap,
    extensions: &axum::http::Extensions,
    trust_proxy: bool,
) -> Option<String> {
    if trust_proxy {
        if let Some(xff) = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
            if let Some(last) = xff.split(',').map(str::trim).rfind(|s| !s.is_empty()) {
                if last.parse::<std::net::IpAddr>().is_ok() {
                    return Some(last.to_string());
                }
            }
        }
    }
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip().to_string())
}

/// The client address, as an extractor.
#[derive(Clone, Debug)]
pub struct ClientIp(pub Option<String>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(
            &parts.headers,
            &parts.extensions,
            state.config.trust_proxy,
        )))
    }
}

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

use crate::input::FORM_LIMIT;

/// CSRF protection for every state-changing request: (1) cross-site requests are refused
/// by Fetch Metadata / Origin; (2) the body or `x-csrf-token` header must carry the
/// session's token. GET, HEAD and OPTIONS never change state.
pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
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

/// What every page template needs: language, CSRF token, the signed-in person, the
/// current path (for the language switcher) and the request ID.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: &'static str,
    pub csrf: String,
    pub user: Option<Arc<Authed>>,
    pub path: String,
    pub request_id: String,
    /// Which navigation entry is current.
    pub section: &'static str,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    /// Translation with one named argument.
    pub fn ta(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        i18n::t_args(
            self.lang,
            key,
            &[(name, FluentValue::from(value.to_string()))],
        )
    }

    /// Translation with a number argument (plural rules apply).
    pub fn tn(&self, key: &str, name: &'static str, value: impl Num) -> String {
        i18n::t_args(self.lang, key, &[(name, FluentValue::from(value.num()))])
    }

    /// The message of a use case's refusal, with its arguments (numbers as numbers, so
    /// that plural rules apply).
    pub fn invalid(&self, p: &gctcp_app::Invalid) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> = p
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.clone()),
                };
                (*k, value)
            })
            .collect();
        i18n::t_args(self.lang, p.key, &args)
    }

    /// Translation of a key built from a stored value: `tk("role-", "admin", "")` looks up
    /// `role-admin`; dots become dashes (`event-sign_in-success`).
    pub fn tk(&self, prefix: &str, value: impl std::fmt::Display, suffix: &str) -> String {
        let key = format!("{prefix}{value}{suffix}").replace('.', "-");
        i18n::t(self.lang, &key)
    }

    pub fn dir(&self) -> &'static str {
        i18n::dir(self.lang)
    }

    pub fn langs(&self) -> Vec<(&'static str, &'static str)> {
        i18n::LANGS
            .iter()
            .map(|l| (*l, i18n::native_name(l)))
            .collect()
    }

    pub fn is_lang(&self, code: &str) -> bool {
        self.lang == code
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.viewer.is_admin())
    }

    pub fn css(&self) -> &'static str {
        crate::assets::url("app.css")
    }

    pub fn js(&self) -> &'static str {
        crate::assets::url("app.js")
    }

    pub fn with_section(mut self, section: &'static str) -> Ctx {
        self.section = section;
        self
    }

    /// Shows a time in the viewer's time zone.
    pub fn time(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        let tz: chrono_tz::Tz = self
            .user
            .as_ref()
            .and_then(|u| u.account.time_zone.parse().ok())
            .unwrap_or(chrono_tz::UTC);
        at.with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ext = &parts.extensions;
        Ok(Ctx {
            lang: ext.get::<Lang>().map(|l| l.0).unwrap_or("en"),
            csrf: ext
                .get::<Session>()
                .map(Session::csrf_for_form)
                .unwrap_or_default(),
            user: ext.get::<Option<Arc<Authed>>>().cloned().flatten(),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            request_id: ext
                .get::<RequestId>()
                .map(|r| r.0.clone())
                .unwrap_or_default(),
            section: "",
        })
    }
}

/// A search's query string with one parameter changed (`None` removes it); `value` gives
/// every other key's current value. Keys keep their order; empty values are left out.
pub fn query_with<'a>(
    keys: &[&str],
    value: impl Fn(&str) -> &'a str,
    key: &str,
    new: Option<&str>,
) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for k in keys {
        let v = if *k == key {
            new.unwrap_or("")
        } else {
            value(k)
        };
        if !v.trim().is_empty() {
            ser.append_pair(k, v.trim());
        }
    }
    ser.finish()
}

/// The link to page `page` of the search whose query string is `query`.
pub fn page_link(query: &str, page: impl std::fmt::Display) -> String {
    if query.is_empty() {
        format!("?page={page}")
    } else {
        format!("?{query}&page={page}")
    }
}

/// A local path to go back to after signing in, or `/`.
///
/// Only what a same-site path can be is accepted: the value is resolved as a URL against
/// a fixed origin the way a browser would (WHATWG parsing, which drops tabs and newlines
/// and treats `\\` as `/`), and kept only when the result is still on that origin. Values
/// with control characters or backslashes are refused outright, since browsers and
/// proxies disagree on them. What is returned is the parser's own serialization (path,
/// query, fragment), never the raw input.
pub fn safe_next(next: Option<&str>) -> String {
    const HOME: &str = "/";
    let Some(n) = next else {
        return HOME.into();
    };
    if !n.starts_with('/')
        || n.contains('\\')
        || n.chars().any(|c| c.is_control() || is_invisible_format(c))
    {
        return HOME.into();
    }
    static BASE: std::sync::LazyLock<url::Url> =
        std::sync::LazyLock::new(|| url::Url::parse("http://gctcp.invalid/").expect("base URL"));
    match BASE.join(n) {
        Ok(u)
            if u.origin() == BASE.origin() && u.username().is_empty() && u.password().is_none() =>
        {
            u[url::Position::BeforePath..].to_string()
        }
        _ => HOME.into(),
    }
}

/// Zero-width and bidirectional formatting characters: invisible in an address bar.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Numbers that templates pass to plural-aware messages, however many references deep.
pub trait Num {
    fn num(&self) -> i64;
}
impl Num for i64 {
    fn num(&self) -> i64 {
        *self
    }
}
impl Num for usize {
    fn num(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl Num for u64 {
    fn num(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl<T: Num + ?Sized> Num for &T {
    fn num(&self) -> i64 {
        (**self).num()
    }
}

/// The signed-in, active person. Anonymous requests are sent to the sign-in page.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Arc<Authed>);

impl std::ops::Deref for CurrentUser {
    type Target = Authed;
    fn deref(&self) -> &Authed {
        &self.0
    }
}

pub struct SignInRequired {
    next: String,
    ended: bool,
}

impl IntoResponse for SignInRequired {
    fn into_response(self) -> Response {
        let mut url = format!(
            "/login?next={}",
            url::form_urlencoded::byte_serialize(self.next.as_bytes()).collect::<String>()
        );
        if self.ended {
            url.push_str("&ended=1");
        }
        Redirect::to(&url).into_response()
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = SignInRequired;
    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match parts
            .extensions
            .get::<Option<Arc<Authed>>>()
            .cloned()
            .flatten()
        {
            Some(a) => Ok(CurrentUser(a)),
            None => {
                let next = if parts.method == Method::GET {
                    parts
                        .uri
                        .path_and_query()
                        .map(|p| p.as_str().to_string())
                        .unwrap_or_else(|| "/".into())
                } else {
                    "/".to_string()
                };
                let ended = parts
                    .extensions
                    .get::<Session>()
                    .is_some_and(Session::ended);
                Err(SignInRequired { next, ended })
            }
        }
    }
}

/// A signed-in administrator; anyone else signed in gets 403, anonymous visitors the
/// sign-in page.
#[derive(Clone, Debug)]
pub struct RequireAdmin(pub CurrentUser);

impl std::ops::Deref for RequireAdmin {
    type Target = Authed;
    fn deref(&self) -> &Authed {
        &self.0 .0
    }
}

impl FromRequestParts<AppState> for RequireAdmin {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if user.viewer.is_admin() {
            Ok(RequireAdmin(user))
        } else {
            Err(AppError::Forbidden.into_response())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_paths_never_leave_the_site() {
        assert_eq!(
            safe_next(Some("/admin/accounts?q=x")),
            "/admin/accounts?q=x"
        );
        assert_eq!(safe_next(Some("/people/12#card")), "/people/12#card");
        assert_eq!(
            safe_next(Some("/people?q=jos%C3%A9")),
            "/people?q=jos%C3%A9"
        );
        // The usual open-redirect bypasses: every one must stay home.
        for evil in [
            "//evil.example",
            "//evil.example/x",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example/x",
            "/\n/evil.example/x",
            "/\r\n/evil.example",
            "\t//evil.example",
            " //evil.example",
            "/%09/evil.example",
            "///evil.example",
            "////evil.example",
            "/\\/evil.example",
            "//user:pw@evil.example",
            "//evil.example@gctcp.invalid",
            "//evil。example",
            "//evil%2Eexample",
            "/\u{200B}/evil.example",
            "/\u{202E}/elpmaxe.live",
            "evil.example",
            "",
        ] {
            let out = safe_next(Some(evil));
            assert!(
                out.starts_with('/') && !out.starts_with("//") && !out.contains('\\'),
                "{evil:?} gave {out:?}"
            );
            let u = url::Url::parse("https://gctcp.example/")
                .unwrap()
                .join(&out)
                .unwrap();
            assert_eq!(u.host_str(), Some("gctcp.example"), "{evil:?} gave {out:?}");
        }
        // Encoded slashes stay inside the path: still this site.
        assert_eq!(
            safe_next(Some("/%2F%2Fevil.example")),
            "/%2F%2Fevil.example"
        );
        assert_eq!(safe_next(Some("/\t/evil.example/x")), "/");
        assert_eq!(safe_next(None), "/");
    }
}

/// A submitted form as its list of fields, for forms with repeated names (checkbox
/// groups), which `axum::Form` cannot express.
#[derive(Clone, Debug, Default)]
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    /// The first value of a field, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value of a repeated field.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for FormFields {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        Ok(FormFields(
            url::form_urlencoded::parse(&bytes).into_owned().collect(),
        ))
    }
}
