//! gctcp server: the axum application. `build` assembles exactly what production runs;
//! tests drive the same router.

pub mod account;
pub mod admin;
pub mod assets;
pub mod auth;
pub mod config;
pub mod directory;
pub mod error;
pub mod i18n;
pub mod input;
pub mod library;
pub mod orgs;
pub mod password;
pub mod provision;
pub mod session;
pub mod state;
pub mod tasks;
pub mod token;
pub mod ui;
pub mod web;

use crate::config::Config;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use gctcp_store::Db;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

/// Opens the database, applies migrations and synchronises reference data.
pub async fn open_db(config: &Config) -> anyhow::Result<Db> {
    if config.database_url.0.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)?;
    }
    let db = Db::connect(&config.database_url.0, config.db_max_connections).await?;
    db.migrate().await?;
    gctcp_store::reference::sync(&db).await?;
    let rebuilt = gctcp_store::library::rebuild_missing_docs(&db).await?;
    if rebuilt > 0 {
        tracing::info!(resources = rebuilt, "library search text written");
    }
    Ok(db)
}

/// Builds the application state and router on an opened database, and starts this
/// node's text extractor.
pub fn app(config: Config, db: Db) -> anyhow::Result<(Router, AppState)> {
    let hasher = password::Hasher::new(config.hash_concurrency, config.hash_queue);
    let blobs = gctcp_store::blobs::Blobs::local(&config.blob_dir)
        .map_err(|e| anyhow::anyhow!("{}: {e}", config.blob_dir.display()))?;
    let state = AppState {
        db,
        config: Arc::new(config),
        hasher,
        directory: Arc::new(gctcp_store::directory_index::DirectoryIndex::new()),
        library: Arc::new(gctcp_store::library_index::LibraryIndex::new()),
        blobs,
        extractor: Arc::new(tokio::sync::Notify::new()),
    };
    library::extract::spawn(
        state.db.clone(),
        state.blobs.clone(),
        state.extractor.clone(),
    );
    Ok((router(state.clone()), state))
}

/// Opens the database and builds the router: everything `gctcp serve` runs.
pub async fn build(config: Config) -> anyhow::Result<(Router, AppState)> {
    let db = open_db(&config).await?;
    app(config, db)
}

fn router(state: AppState) -> Router {
    // Upload routes accept one file of up to the configured size plus the form's fields;
    // the handlers stream the file to disk and stop at the limit.
    let upload_limit = DefaultBodyLimit::max(
        (state.config.max_upload + library::form::FORM_SLACK).min(usize::MAX as u64) as usize,
    );
    let library = Router::new()
        .route("/library", get(library::list))
        .route(
            "/library/new",
            get(library::form::new_form)
                .post(library::form::create)
                .layer(upload_limit),
        )
        .route("/library/deleted", get(library::files::deleted))
        .route("/library/{id}", get(library::show))
        .route(
            "/library/{id}/edit",
            get(library::form::edit_form).post(library::form::update),
        )
        .route(
            "/library/{id}/files",
            post(library::files::add_file).layer(upload_limit),
        )
        .route(
            "/library/{id}/files/{file}/versions",
            post(library::files::add_version).layer(upload_limit),
        )
        .route(
            "/library/{id}/files/{file}/remove",
            post(library::files::remove_file),
        )
        .route("/library/{id}/delete", post(library::files::delete))
        .route("/library/{id}/restore", post(library::files::restore))
        .route(
            "/library/files/{version}/download",
            get(library::files::download),
        )
        .route(
            "/library/files/{version}/preview",
            get(library::files::preview),
        );
    let admin = Router::new()
        .route(
            "/admin",
            get(|| async { axum::response::Redirect::to("/admin/accounts") }),
        )
        .route(
            "/admin/accounts",
            get(admin::accounts::list).post(admin::accounts::create),
        )
        .route("/admin/accounts/new", get(admin::accounts::new_form))
        .route("/admin/accounts/{id}", get(admin::accounts::show))
        .route(
            "/admin/accounts/{id}/deactivate",
            post(admin::accounts::deactivate),
        )
        .route(
            "/admin/accounts/{id}/reactivate",
            post(admin::accounts::reactivate),
        )
        .route("/admin/accounts/{id}/role", post(admin::accounts::set_role))
        .route(
            "/admin/accounts/{id}/invitation",
            post(admin::accounts::resend),
        )
        .route(
            "/admin/accounts/{id}/invitation/revoke",
            post(admin::accounts::revoke),
        )
        .route("/admin/accounts/{id}/reset", post(admin::accounts::reset))
        .route("/admin/audit", get(admin::audit::list))
        .route(
            "/admin/accounts/import",
            get(directory::import::form)
                .post(directory::import::preview)
                .layer(DefaultBodyLimit::max(
                    directory::import::MAX_BYTES + 64 * 1024,
                )),
        )
        .route(
            "/admin/accounts/import/confirm",
            post(directory::import::confirm),
        )
        .route("/admin/spaces", get(admin::spaces::list))
        .route("/admin/spaces/{id}", get(admin::spaces::show))
        .route(
            "/admin/spaces/{id}/members",
            post(admin::spaces::set_member),
        )
        .route(
            "/admin/spaces/{id}/members/{account}/remove",
            post(admin::spaces::remove_member),
        );

    let pages = Router::new()
        .route("/", get(account::dashboard))
        .route("/login", get(auth::login_form).post(auth::login_submit))
        .route("/logout", post(auth::logout))
        .route(
            "/invite/{token}",
            get(auth::invite_form).post(auth::invite_submit),
        )
        .route(
            "/setup/{token}",
            get(auth::setup_form).post(auth::setup_submit),
        )
        .route(
            "/profile",
            get(directory::profile::own).post(directory::profile::save_own),
        )
        .route(
            "/profile/photo",
            post(directory::photo::upload_own).layer(DefaultBodyLimit::max(
                directory::photo::MAX_UPLOAD + 64 * 1024,
            )),
        )
        .route("/people", get(directory::list))
        .route("/people/export.vcf", get(directory::export_vcf))
        .route("/people/export.csv", get(directory::export_csv))
        .route("/people/{id}", get(directory::show))
        .route("/people/{id}/vcard", get(directory::vcard))
        .route(
            "/people/{id}/photo",
            get(directory::photo::serve)
                .post(directory::photo::upload_other)
                .layer(DefaultBodyLimit::max(
                    directory::photo::MAX_UPLOAD + 64 * 1024,
                )),
        )
        .route(
            "/people/{id}/edit",
            get(directory::profile::edit_other).post(directory::profile::save_other),
        )
        .route("/organizations/{code}", get(orgs::show))
        .route("/profile/password", post(account::password_submit))
        .route("/language", post(account::set_language))
        .route("/organizations", get(orgs::list))
        .merge(admin)
        .merge(library)
        .fallback(|| async { AppError::NotFound })
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()
        }))
        .layer(from_fn_with_state(state.clone(), web::csrf))
        .layer(from_fn_with_state(state.clone(), session::layer))
        .layer(axum::middleware::from_fn(input::clean))
        .layer(axum::middleware::from_fn(web::error_pages));

    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/static/{*path}", get(assets::serve))
        .merge(pages)
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), web::security_headers))
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

/// Deletes expired sessions every ten minutes (any node may do it; it is idempotent).
pub fn spawn_housekeeping(state: &AppState) -> tokio::task::JoinHandle<()> {
    let db = state.db.clone();
    let blobs = state.blobs.clone();
    let idle =
        chrono::Duration::from_std(state.config.session_idle).unwrap_or(chrono::Duration::hours(2));
    let absolute = chrono::Duration::from_std(state.config.session_absolute)
        .unwrap_or(chrono::Duration::hours(12));
    tasks::supervise("housekeeping", move || {
        let (db, blobs) = (db.clone(), blobs.clone());
        async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
            loop {
                tick.tick().await;
                housekeeping_round(&db, &blobs, idle, absolute).await;
            }
        }
    })
}

async fn housekeeping_round(
    db: &Db,
    blobs: &gctcp_store::blobs::Blobs,
    idle: chrono::Duration,
    absolute: chrono::Duration,
) {
    let now = gctcp_store::now();
    if let Err(e) = gctcp_store::sessions::purge(db, now - idle, now - absolute).await {
        tracing::warn!(error = %e, "session purge failed");
    }
    if let Err(e) = gctcp_store::directory_index::prune_changes(db).await {
        tracing::warn!(error = %e, "directory change log prune failed");
    }
    if let Err(e) = gctcp_store::library_index::prune_changes(db).await {
        tracing::warn!(error = %e, "library change log prune failed");
    }
    // An upload in progress writes its staging file continuously; a day-old one was
    // abandoned.
    match blobs.clean_staging(std::time::Duration::from_secs(24 * 3600)) {
        Ok(0) => {}
        Ok(n) => tracing::info!(files = n, "removed abandoned uploads from staging"),
        Err(e) => tracing::warn!(error = %e, "staging clean-up failed"),
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
