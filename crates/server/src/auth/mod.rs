//! Signing in and out, invitations, the first-administrator setup, and throttling.

mod invite;
mod login;

pub use invite::{invite_form, invite_submit, setup_form, setup_submit};
pub use login::{login_form, login_submit, logout};

/// A translated message for a use case's refusals.
pub(crate) fn messages(ctx: &crate::ui::ctx::Ctx, problems: &[gctcp_app::Invalid]) -> Vec<String> {
    problems.iter().map(|p| ctx.invalid(p)).collect()
}

/// Signing in and out, one-time links, the first administrator's setup.
pub fn routes() -> axum::Router<crate::state::AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/login", get(login_form).post(login_submit))
        .route("/logout", post(logout))
        .route("/invite/{token}", get(invite_form).post(invite_submit))
        .route("/setup/{token}", get(setup_form).post(setup_submit))
}
