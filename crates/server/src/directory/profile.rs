//! Editing a directory profile: one's own, or anyone's by an administrator (who may also
//! move the person to another organization).

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::directory::ProfileInput;
use gctcp_app::{Actor, Problem};
use gctcp_domain::directory::{language_autonym, SPOKEN_LANGUAGES};
use gctcp_domain::AccountId;
use gctcp_store::directory::{Pillar, ProfileFields, Theme};
use gctcp_store::orgs::Org;
use serde::Deserialize;

page!(ProfilePage);
#[derive(Template)]
#[template(path = "profile.html")]
pub struct ProfilePage {
    pub ctx: Ctx,
    /// The person edited.
    pub target: i64,
    pub is_self: bool,
    pub email: String,
    pub org_label: String,
    pub f: ProfileFields,
    pub has_photo: bool,
    /// Administrators choose the organization.
    pub orgs: Vec<Org>,
    pub themes: Vec<Theme>,
    pub pillars: Vec<Pillar>,
    pub notice: Option<String>,
    pub profile_errors: Vec<String>,
    pub password_error: Option<String>,
    pub photo_error: Option<String>,
}

impl ProfilePage {
    /// The time-zone `<option>`s, this person's selected (see `ui::zones`).
    pub fn zone_options(&self) -> crate::ui::zones::Options {
        crate::ui::zones::options(self.ctx.lang, &self.f.time_zone)
    }
    pub fn spoken(&self) -> Vec<(&'static str, &'static str)> {
        SPOKEN_LANGUAGES
            .iter()
            .map(|c| (*c, language_autonym(c)))
            .collect()
    }
    pub fn speaks(&self, code: &str) -> bool {
        self.f.languages.iter().any(|l| l == code)
    }
    pub fn has_theme(&self, id: &i64) -> bool {
        self.f.themes.contains(id)
    }
    pub fn has_pillar(&self, n: &i64) -> bool {
        self.f.pillars.contains(n)
    }
    pub fn action(&self) -> String {
        if self.is_self {
            "/profile".into()
        } else {
            format!("/people/{}/edit", self.target)
        }
    }
    pub fn photo_action(&self) -> String {
        if self.is_self {
            "/profile/photo".into()
        } else {
            format!("/people/{}/photo", self.target)
        }
    }
    pub fn org_selected(&self, id: &i64) -> bool {
        self.f.org == Some(*id)
    }
}

/// Builds the page for `target`, filled with what is stored.
pub async fn page_for(
    state: &AppState,
    ctx: Ctx,
    viewer: AccountId,
    target: AccountId,
    admin_edit: bool,
) -> AppResult<ProfilePage> {
    let profile = gctcp_app::directory::stored_profile(state, target)
        .await?
        .ok_or(AppError::NotFound)?;
    let (p, exp) = (profile.person, profile.expertise);
    let catalog = state.catalog().await?;
    let orgs = if admin_edit {
        crate::ui::names::orgs(&catalog, ctx.lang)
    } else {
        vec![]
    };
    let lang = ctx.lang;
    Ok(ProfilePage {
        target: target.0,
        is_self: viewer == target,
        org_label: format!("{} ({})", p.org_name(lang), p.org_code),
        f: ProfileFields {
            display_name: p.display_name,
            title: p.title,
            phone_office: p.phone_office,
            phone_mobile: p.phone_mobile,
            office: p.office,
            bio: p.bio,
            phone_visibility: p.phone_visibility,
            time_zone: p.time_zone,
            ui_locale: p.ui_locale,
            languages: exp.languages,
            themes: exp.themes,
            pillars: exp.pillars,
            org: Some(p.org_id),
        },
        email: p.email,
        has_photo: p.has_photo,
        orgs,
        themes: crate::ui::names::themes(&catalog, lang),
        pillars: catalog.pillars.clone(),
        notice: None,
        profile_errors: vec![],
        password_error: None,
        photo_error: None,
        ctx: ctx.with_section(if viewer == target {
            "profile"
        } else {
            "people"
        }),
    })
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    saved: Option<String>,
    password: Option<String>,
    photo: Option<String>,
}

fn notice(ctx: &Ctx, q: &NoticeQuery) -> Option<String> {
    if q.saved.is_some() {
        Some(ctx.t("profile-saved"))
    } else if q.password.is_some() {
        Some(ctx.t("password-changed"))
    } else if q.photo.is_some() {
        Some(ctx.t("photo-saved"))
    } else {
        None
    }
}

pub async fn own(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> AppResult<Response> {
    let n = notice(&ctx, &q);
    let mut page = page_for(&state, ctx, user.viewer.id, user.viewer.id, false).await?;
    page.notice = n;
    Ok(page.into_response())
}

pub async fn edit_other(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<NoticeQuery>,
) -> AppResult<Response> {
    let n = notice(&ctx, &q);
    let mut page = page_for(&state, ctx, admin.viewer.id, AccountId(id), true).await?;
    page.notice = n;
    Ok(page.into_response())
}

/// The profile form as the use case takes it. `locale` only on one's own profile,
/// `org` only when an administrator edits someone.
fn input(form: &FormFields, own: bool, admin_edit: bool) -> ProfileInput {
    let all = |k: &str| form.all(k).into_iter().map(str::to_string).collect();
    ProfileInput {
        name: form.get("name").to_string(),
        title: form.get("title").to_string(),
        phone_office: form.get("phone_office").to_string(),
        phone_mobile: form.get("phone_mobile").to_string(),
        office: form.get("office").to_string(),
        bio: form.get("bio").to_string(),
        phone_visibility: form.get("phone_visibility").to_string(),
        time_zone: form.get("time_zone").to_string(),
        locale: own.then(|| form.get("locale").to_string()),
        languages: all("languages"),
        themes: all("themes"),
        pillars: all("pillars"),
        org: admin_edit.then(|| form.get("org").to_string()),
    }
}

async fn save(
    state: &AppState,
    ctx: Ctx,
    user: &CurrentUser,
    ip: Option<&str>,
    target: AccountId,
    admin_edit: bool,
    form: FormFields,
) -> AppResult<Response> {
    let own = user.viewer.id == target;
    let done = if admin_edit {
        format!("/people/{}/edit?saved=1", target.0)
    } else {
        "/profile?saved=1".to_string()
    };
    let input = input(&form, own, admin_edit);
    let actor = Actor::person(&user.viewer, ip);
    match gctcp_app::directory::save_profile(state, &actor, target, &input).await {
        Ok(()) => Ok(Redirect::to(&done).into_response()),
        Err(Problem::Invalid(problems)) => {
            let mut page = page_for(state, ctx.clone(), user.viewer.id, target, admin_edit).await?;
            let typed = gctcp_app::directory::profile_fields(&input, page.f.ui_locale.clone());
            page.f = ProfileFields {
                org: typed.org.or(page.f.org),
                ..typed
            };
            page.profile_errors = crate::auth::messages(&ctx, &problems);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn save_own(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let target = user.viewer.id;
    save(&state, ctx, &user, ip.as_deref(), target, false, form).await
}

pub async fn save_other(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    save(
        &state,
        ctx,
        &admin.0,
        ip.as_deref(),
        AccountId(id),
        true,
        form,
    )
    .await
}
