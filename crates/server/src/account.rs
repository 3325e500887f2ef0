//! The dashboard, one's own profile, password change and the language switch.

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser};
use crate::http::page::page;
use crate::http::redirect::safe_next;
use crate::i18n;
use crate::session::Session;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use gctcp_app::{Actor, Problem};
use serde::Deserialize;

/// A space the person belongs to, as the dashboard lists it.
pub struct MySpace {
    pub id: i64,
    pub name: String,
    pub role: &'static str,
    pub members: i64,
}

page!(DashboardPage);
#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    ctx: Ctx,
    welcome: bool,
    org_name: String,
    org_code: String,
    spaces: Vec<MySpace>,
    /// The newest library resources the person may read.
    library: Vec<gctcp_store::library_index::Card>,
    /// Focal points of the person's organization.
    org_people: i64,
    /// What the person's profile still lacks (`gctcp_app::directory::missing`).
    missing: Vec<&'static str>,
}

impl DashboardPage {
    /// Where on the profile form a missing item is filled in.
    pub fn anchor(&self, missing: &str) -> &'static str {
        match missing {
            "title" => "title",
            "phone" => "phone_office",
            "languages" => "languages",
            "themes" => "expertise",
            _ => "photo",
        }
    }
    pub fn org_id(&self) -> i64 {
        self.ctx
            .user
            .as_ref()
            .map_or(0, |u| u.account.organization_id)
    }
}

#[derive(Deserialize)]
pub struct DashboardQuery {
    welcome: Option<String>,
}

pub async fn dashboard(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<DashboardQuery>,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let counts = state.directory.counts(&state.db).await?;
    let lang = ctx.lang;
    let my: Vec<MySpace> = catalog
        .spaces
        .iter()
        .filter_map(|s| {
            user.viewer.space_role(s.space_id()).map(|r| MySpace {
                id: s.id,
                name: s.name(lang).to_string(),
                role: r.as_str(),
                members: counts.space(s.id),
            })
        })
        .collect();
    // The newest resources this person may read.
    let library = gctcp_app::library::newest(&state, &user.viewer, 5).await?;
    let missing = gctcp_app::directory::own_gaps(&state, user.viewer.id).await?;
    Ok(DashboardPage {
        library,
        missing,
        org_people: counts.org(user.viewer.org.0),
        welcome: q.welcome.is_some(),
        org_name: catalog
            .org_names(user.viewer.org)
            .get_or(lang, &user.account.org_code)
            .to_string(),
        org_code: user.account.org_code.clone(),
        spaces: my,
        ctx: ctx.with_section("dashboard"),
    }
    .into_response())
}

#[derive(Deserialize)]
pub struct PasswordChangeForm {
    current: String,
    password: String,
    password_confirm: String,
}

/// Changing one's password needs the current one; every other session of the account ends.
pub async fn password_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Extension(session): Extension<Session>,
    ClientIp(ip): ClientIp,
    Form(form): Form<PasswordChangeForm>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let changed = gctcp_app::auth::change_password(
        &state,
        &actor,
        &form.current,
        &form.password,
        &form.password_confirm,
        session.id_hash().as_deref(),
    )
    .await;
    match changed {
        Ok(()) => Ok(Redirect::to("/profile?password=1").into_response()),
        Err(Problem::Invalid(problems)) => {
            let mut page = crate::directory::profile::page_for(
                &state,
                ctx.clone(),
                user.viewer.id,
                user.viewer.id,
                false,
            )
            .await?;
            page.password_error = crate::auth::messages(&ctx, &problems).into_iter().next();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// The language switcher on every page: stored in the profile when signed in, in the
/// session otherwise.
pub async fn set_language(
    State(state): State<AppState>,
    Extension(session): Extension<Session>,
    user: Option<Extension<Option<std::sync::Arc<crate::session::Authed>>>>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let Some(lang) = i18n::supported(&form.lang) else {
        return Err(crate::error::AppError::BadRequest);
    };
    match user.and_then(|u| u.0.clone()) {
        Some(authed) => {
            gctcp_app::accounts::set_locale(&state, authed.account.account_id(), lang).await?
        }
        None => session.set_locale(lang),
    }
    Ok(Redirect::to(&safe_next(form.next.as_deref())).into_response())
}

/// The dashboard, one's password, the language switcher.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/", get(dashboard))
        .route("/profile/password", post(password_submit))
        .route("/language", post(set_language))
}
