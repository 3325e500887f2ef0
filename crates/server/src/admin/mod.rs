//! Administration: accounts and invitations, space membership, the audit log, the
//! outbox and the job queue.

use crate::state::AppState;

pub mod accounts;
pub mod audit;
pub mod mail;
pub mod spaces;

/// The administration's routes (the CSV import lives with the directory's pages).
pub fn routes() -> axum::Router<AppState> {
    use crate::directory::import;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route(
            "/admin",
            get(|| async { axum::response::Redirect::to("/admin/accounts") }),
        )
        .route(
            "/admin/accounts",
            get(accounts::list).post(accounts::create),
        )
        .route("/admin/accounts/new", get(accounts::new_form))
        .route("/admin/accounts/{id}", get(accounts::show))
        .route(
            "/admin/accounts/{id}/deactivate",
            post(accounts::deactivate),
        )
        .route(
            "/admin/accounts/{id}/reactivate",
            post(accounts::reactivate),
        )
        .route("/admin/accounts/{id}/role", post(accounts::set_role))
        .route("/admin/accounts/{id}/invitation", post(accounts::resend))
        .route(
            "/admin/accounts/{id}/invitation/revoke",
            post(accounts::revoke),
        )
        .route("/admin/accounts/{id}/reset", post(accounts::reset))
        .route("/admin/audit", get(audit::list))
        .route("/admin/outbox", get(mail::outbox))
        .route("/admin/outbox/{id}", get(mail::message))
        .route("/admin/outbox/{id}/html", get(mail::message_html))
        .route("/admin/outbox/{id}/resend", post(mail::resend))
        .route("/admin/jobs", get(mail::jobs_page))
        .route("/admin/jobs/{id}/retry", post(mail::retry_job))
        .route(
            "/admin/accounts/import",
            get(import::form)
                .post(import::preview)
                .layer(DefaultBodyLimit::max(import::MAX_BYTES + 64 * 1024)),
        )
        .route("/admin/accounts/import/confirm", post(import::confirm))
        .route("/admin/spaces", get(spaces::list))
        .route("/admin/spaces/{id}", get(spaces::show))
        .route("/admin/spaces/{id}/members", post(spaces::set_member))
        .route(
            "/admin/spaces/{id}/members/{account}/remove",
            post(spaces::remove_member),
        )
}
