//! The outermost layer: a request ID, the request's log span, and the security headers
//! on every response (errors included).

use crate::state::AppState;
use crate::token;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

/// The request's correlation ID (also in the `x-request-id` response header).
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Paths whose last segment is a secret (one-time links, digest unsubscribe links,
/// private calendar feeds): the log shows the route, never the secret.
const SECRET_PATHS: [&str; 4] = ["/invite/", "/setup/", "/unsubscribe/", "/calendar/feed/"];

/// The path as the log may show it.
pub fn loggable(path: &str) -> std::borrow::Cow<'_, str> {
    match SECRET_PATHS.iter().find(|p| path.starts_with(*p)) {
        Some(prefix) => format!("{prefix}…").into(),
        None => path.into(),
    }
}

/// Outermost layer: request ID, a log span, and the security headers on every response
/// (errors included).
pub async fn security_headers(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let id = token::request_id();
    req.extensions_mut().insert(RequestId(id.clone()));
    let path = loggable(req.uri().path());
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %path);
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

#[cfg(test)]
mod tests {
    use super::loggable;

    #[test]
    fn secrets_in_paths_never_reach_the_log() {
        assert_eq!(loggable("/calendar/feed/AbC123.ics"), "/calendar/feed/…");
        assert_eq!(loggable("/invite/s3cr3t"), "/invite/…");
        assert_eq!(loggable("/unsubscribe/tok"), "/unsubscribe/…");
        assert_eq!(loggable("/calendar/month"), "/calendar/month");
    }
}
