//! The dashboard, one's own profile, password change and the language switch.

use crate::auth::new_password_problem;
use crate::error::AppResult;
use crate::i18n;
use crate::session::Session;
use crate::state::AppState;
use crate::web::{safe_next, ClientIp, Ctx, CurrentUser};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use gctcp_domain::password;
use gctcp_store::accounts::{self, ProfileUpdate};
use gctcp_store::spaces;
use serde::Deserialize;

/// A space the person belongs to, as the dashboard lists it.
pub struct MySpace {
    pub name: String,
    pub role: &'static str,
    pub members: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    ctx: Ctx,
    welcome: bool,
    org_name: String,
    org_code: String,
    spaces: Vec<MySpace>,
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
    let all = spaces::list(&state.db).await?;
    let lang = ctx.lang;
    let my: Vec<MySpace> = all
        .iter()
        .filter_map(|s| {
            user.viewer.space_role(s.space_id()).map(|r| MySpace {
                name: s.name(lang).to_string(),
                role: r.as_str(),
                members: s.members,
            })
        })
        .collect();
    Ok(DashboardPage {
        welcome: q.welcome.is_some(),
        org_name: user.account.org_name(lang).to_string(),
        org_code: user.account.org_code.clone(),
        spaces: my,
        ctx: ctx.with_section("dashboard"),
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "profile.html")]
pub struct ProfilePage {
    ctx: Ctx,
    name: String,
    title: String,
    locale: String,
    time_zone: String,
    email: String,
    org: String,
    notice: Option<String>,
    profile_errors: Vec<String>,
    password_error: Option<String>,
}

impl ProfilePage {
    pub fn time_zones(&self) -> &'static [chrono_tz::Tz] {
        &chrono_tz::TZ_VARIANTS
    }
}

#[derive(Deserialize)]
pub struct ProfileQuery {
    saved: Option<String>,
    password: Option<String>,
}

fn profile_page(user: &CurrentUser, ctx: Ctx) -> ProfilePage {
    let a = &user.account;
    ProfilePage {
        name: a.display_name.clone(),
        title: a.title.clone(),
        locale: a.ui_locale.clone().unwrap_or_default(),
        time_zone: a.time_zone.clone(),
        email: a.email.clone(),
        org: format!("{} ({})", a.org_name(ctx.lang), a.org_code),
        notice: None,
        profile_errors: vec![],
        password_error: None,
        ctx: ctx.with_section("profile"),
    }
}

pub async fn profile(user: CurrentUser, ctx: Ctx, Query(q): Query<ProfileQuery>) -> Response {
    let notice = if q.saved.is_some() {
        Some(ctx.t("profile-saved"))
    } else if q.password.is_some() {
        Some(ctx.t("password-changed"))
    } else {
        None
    };
    let mut page = profile_page(&user, ctx);
    page.notice = notice;
    page.into_response()
}

#[derive(Deserialize)]
pub struct ProfileForm {
    name: String,
    title: String,
    locale: String,
    time_zone: String,
}

pub async fn profile_submit(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let name = form.name.trim();
    let title = form.title.trim();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(ctx.t("provision-name-required"));
    } else if name.chars().count() > 200 {
        errors.push(ctx.t("provision-name-too-long"));
    }
    if title.chars().count() > 200 {
        errors.push(ctx.t("profile-title-too-long"));
    }
    let locale = if form.locale.is_empty() {
        None
    } else {
        i18n::supported(&form.locale)
    };
    if !form.locale.is_empty() && locale.is_none() {
        errors.push(ctx.t("profile-invalid-language"));
    }
    if form.time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.push(ctx.t("profile-invalid-time-zone"));
    }
    if !errors.is_empty() {
        let mut page = profile_page(&user, ctx);
        page.name = form.name.clone();
        page.title = form.title.clone();
        page.locale = form.locale.clone();
        page.time_zone = form.time_zone.clone();
        page.profile_errors = errors;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let update = ProfileUpdate {
        display_name: name,
        title,
        ui_locale: locale,
        time_zone: &form.time_zone,
    };
    accounts::update_profile(&state.db, user.account.account_id(), &update).await?;
    Ok(Redirect::to("/profile?saved=1").into_response())
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
    let a = &user.account;
    let current_ok = state
        .hasher
        .verify(password::normalize(&form.current), a.password_hash.clone())
        .await?;
    let problem = if !current_ok {
        Some(ctx.t("password-current-wrong"))
    } else {
        new_password_problem(
            &form.password,
            &form.password_confirm,
            &a.email,
            &a.display_name,
        )
        .map(|k| ctx.tn(k, "min", password::MIN_CHARS as i64))
    };
    if let Some(msg) = problem {
        let mut page = profile_page(&user, ctx);
        page.password_error = Some(msg);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let hash = state
        .hasher
        .hash(password::normalize(&form.password))
        .await?;
    accounts::set_password(
        &state.db,
        a.account_id(),
        &hash,
        session.id_hash().as_deref(),
        ip.as_deref(),
    )
    .await?;
    Ok(Redirect::to("/profile?password=1").into_response())
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
        Some(authed) => accounts::set_locale(&state.db, authed.account.account_id(), lang).await?,
        None => session.set_locale(lang),
    }
    Ok(Redirect::to(&safe_next(form.next.as_deref())).into_response())
}
