//! gctcp server: the axum application. `build` assembles exactly what production runs;
//! tests drive the same router.

pub mod account;
pub mod admin;
pub mod assets;
pub mod auth;
pub mod calendar;
pub mod compact;
pub mod directory;
pub mod discussions;
pub mod error;
pub mod http;
pub use gctcp_i18n as i18n;
pub mod activities;
pub mod library;
pub mod notifications;
pub mod orgs;
pub mod planning;
pub mod projects;
pub mod recommendations;
pub mod search;
pub mod session;
pub mod spaces;
pub mod state;

// The use-case layer's modules the web layer uses as its own.
pub use gctcp_app::{config, password, tasks, token};
pub mod ui;

use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Opens the database (migrations, reference data): everything `App::open` does.
pub use gctcp_app::open_db;

/// The router on an opened application, and this node's text extractor started.
pub fn app(config: Config, db: gctcp_store::Db) -> anyhow::Result<(Router, AppState)> {
    let state = gctcp_app::App::with_db(config, db)?;
    gctcp_app::jobs::extractor(&state);
    Ok((router(state.clone()), state))
}

/// Opens the database and builds the router: everything `gctcp serve` runs.
pub async fn build(config: Config) -> anyhow::Result<(Router, AppState)> {
    let db = open_db(&config).await?;
    app(config, db)
}

/// One short router: each module's routes, then the layers every page passes through
/// (outermost last): panics caught, CSRF checked, the person and language read from the
/// session, the session itself (tower-sessions over the database), input cleaned,
/// errors rendered as pages; then, for every response, compression and security headers.
/// The gzip level of every compressed response. Measured on a library page (40 KB of
/// HTML; wrk -c32 with Accept-Encoding: gzip, SQLite): level 6, the default, 9.9 KB and
/// 390-410 µs of server CPU per request, of which the page itself is about 100; level 1
/// (zlib-rs's quick deflate) 13.0 KB and 200-214 µs; level 2 (its fast deflate) keeps most
/// of the saving in bytes (a focal point on a slow link pays for every kilobyte) at a
/// fraction of level 6's cost.
const ROUTER_GZIP_LEVEL: i32 = 2;

fn router(state: AppState) -> Router {
    let pages = Router::new()
        .merge(account::routes())
        .merge(auth::routes())
        .merge(directory::routes())
        .merge(orgs::routes())
        .merge(library::routes(&state))
        .merge(spaces::routes())
        .merge(discussions::routes(&state))
        .merge(compact::routes())
        .merge(calendar::routes())
        .merge(planning::routes())
        .merge(projects::routes())
        .merge(activities::routes())
        .merge(recommendations::routes())
        .merge(search::routes())
        .merge(notifications::routes())
        .merge(admin::routes())
        .fallback(|| async { AppError::NotFound })
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()
        }))
        .layer(from_fn_with_state(state.clone(), http::csrf::csrf))
        .layer(from_fn_with_state(state.clone(), session::layer))
        .layer(session::manager(&state))
        .layer(axum::middleware::from_fn(http::input::clean))
        .layer(axum::middleware::from_fn(http::errors::error_pages));
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/static/{*path}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
        .route("/manifest.webmanifest", get(assets::manifest))
        .merge(pages)
        // gzip at level 2 (zlib-rs's fast deflate): at the default level (6) compressing a
        // 40 KB page cost three times the rest of the request (see ROUTER_GZIP_LEVEL).
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(ROUTER_GZIP_LEVEL)))
        .layer(from_fn_with_state(
            state.clone(),
            http::headers::security_headers,
        ))
        .with_state(state)
}

/// Ready when the database answers.
async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// Serves until SIGTERM or Ctrl-C, then finishes in-flight requests.
pub async fn serve(router: Router, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
