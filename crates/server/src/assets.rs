//! Static files embedded in the binary, served under content-hashed URLs
//! (`/static/app.css?v=<hash>`) with a one-year immutable cache: a slow link downloads
//! the stylesheet once per release.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(RustEmbed)]
#[folder = "../../web/static"]
struct Static;

fn urls() -> &'static HashMap<String, &'static str> {
    static URLS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    URLS.get_or_init(|| {
        Static::iter()
            .filter_map(|name| {
                let file = Static::get(&name)?;
                let v = &hex::encode(Sha256::digest(&file.data))[..12];
                let url: &'static str = Box::leak(format!("/static/{name}?v={v}").into_boxed_str());
                Some((name.to_string(), url))
            })
            .collect()
    })
}

/// The cache-busting URL of an embedded file.
pub fn url(name: &str) -> &'static str {
    urls().get(name).copied().unwrap_or("/static/missing")
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

pub async fn serve(Path(name): Path<String>) -> Response {
    match Static::get(&name) {
        Some(file) => {
            let mut res = file.data.into_owned().into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(&name)),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
            res
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `/favicon.ico`, asked for by that name by browsers and bookmark tools that did not
/// read the page's `<link rel="icon">`: the icon (SVG).
pub async fn favicon() -> Response {
    axum::response::Redirect::permanent(url("favicon.svg")).into_response()
}

#[derive(serde::Deserialize)]
pub struct ManifestQuery {
    #[serde(default)]
    lang: String,
}

/// The web app manifest: the name a bookmark, a home-screen icon or an installed app
/// shows, in the reader's language (`?lang=`, as the page that links it), and its icons.
pub async fn manifest(axum::extract::Query(q): axum::extract::Query<ManifestQuery>) -> Response {
    let lang = gctcp_i18n::supported(&q.lang).unwrap_or("en");
    let body = serde_json::json!({
        "name": gctcp_i18n::t(lang, "app-name"),
        "short_name": gctcp_i18n::t(lang, "app-short-name"),
        "lang": lang,
        "dir": gctcp_i18n::dir(lang),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0a5c91",
        "icons": [
            { "src": url("favicon.svg"), "sizes": "any", "type": "image/svg+xml" },
            { "src": url("icon-180.png"), "sizes": "180x180", "type": "image/png" },
        ],
    });
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body.to_string(),
    )
        .into_response()
}
