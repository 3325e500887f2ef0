//! Editing a directory profile: one's own, or anyone's by an administrator (who may also
//! move the person to another organization).

use crate::error::{AppError, AppResult};
use crate::i18n;
use crate::state::AppState;
use crate::web::{Ctx, CurrentUser, FormFields, RequireAdmin};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_domain::directory::{
    is_spoken_language, language_autonym, PhoneVisibility, SPOKEN_LANGUAGES,
};
use gctcp_domain::AccountId;
use gctcp_store::directory::{self, Pillar, ProfileFields, Theme};
use gctcp_store::orgs::{self, Org};
use serde::Deserialize;

#[derive(Template, WebTemplate)]
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
    pub fn time_zones(&self) -> &'static [chrono_tz::Tz] {
        &chrono_tz::TZ_VARIANTS
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
    let a = gctcp_store::accounts::by_id(&state.db, target)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = directory::person(&state.db, target)
        .await?
        .ok_or(AppError::NotFound)?;
    let exp = directory::expertise(&state.db, target).await?;
    let orgs = if admin_edit {
        orgs::list(&state.db, None).await?
    } else {
        vec![]
    };
    let lang = ctx.lang;
    Ok(ProfilePage {
        target: target.0,
        is_self: viewer == target,
        email: a.email.clone(),
        org_label: format!("{} ({})", a.org_name(lang), a.org_code),
        f: ProfileFields {
            display_name: a.display_name.clone(),
            title: a.title.clone(),
            phone_office: p.phone_office.clone(),
            phone_mobile: p.phone_mobile.clone(),
            office: p.office.clone(),
            bio: p.bio.clone(),
            phone_visibility: p.phone_visibility.clone(),
            time_zone: a.time_zone.clone(),
            ui_locale: a.ui_locale.clone(),
            languages: exp.languages,
            themes: exp.themes,
            pillars: exp.pillars,
            org: Some(a.organization_id),
        },
        has_photo: p.has_photo,
        orgs,
        themes: directory::themes(&state.db).await?,
        pillars: directory::pillars(&state.db).await?,
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

const PHONE_CHARS: &str = "0123456789 +-()./x";

fn valid_phone(s: &str) -> bool {
    s.chars().count() <= 40
        && s.chars()
            .all(|c| PHONE_CHARS.contains(c) || c.is_ascii_digit())
}

/// Reads and validates the form; returns the fields and the translated problems.
async fn read_form(
    state: &AppState,
    ctx: &Ctx,
    form: &FormFields,
    allow_org: bool,
    allow_locale: bool,
    current: &ProfileFields,
) -> AppResult<(ProfileFields, Vec<String>)> {
    let mut errors = Vec::new();
    let text = |k: &str| form.get(k).trim().to_string();
    let f = ProfileFields {
        display_name: text("name"),
        title: text("title"),
        phone_office: text("phone_office"),
        phone_mobile: text("phone_mobile"),
        office: text("office"),
        bio: form.get("bio").trim().replace("\r\n", "\n"),
        phone_visibility: text("phone_visibility"),
        time_zone: text("time_zone"),
        ui_locale: if allow_locale {
            i18n::supported(form.get("locale")).map(str::to_string)
        } else {
            current.ui_locale.clone()
        },
        languages: form
            .all("languages")
            .into_iter()
            .map(str::to_string)
            .collect(),
        themes: form
            .all("themes")
            .into_iter()
            .filter_map(|t| t.parse().ok())
            .collect(),
        pillars: form
            .all("pillars")
            .into_iter()
            .filter_map(|t| t.parse().ok())
            .collect(),
        org: if allow_org {
            form.get("org").parse().ok()
        } else {
            None
        },
    };
    if f.display_name.is_empty() {
        errors.push(ctx.t("provision-name-required"));
    } else if f.display_name.chars().count() > 200 {
        errors.push(ctx.t("provision-name-too-long"));
    }
    if f.title.chars().count() > 200 || f.office.chars().count() > 200 {
        errors.push(ctx.t("profile-title-too-long"));
    }
    if !valid_phone(&f.phone_office) || !valid_phone(&f.phone_mobile) {
        errors.push(ctx.t("profile-invalid-phone"));
    }
    if f.bio.chars().count() > 2000 {
        errors.push(ctx.t("profile-bio-too-long"));
    }
    if PhoneVisibility::parse(&f.phone_visibility).is_none() {
        errors.push(ctx.t("profile-invalid-phone-visibility"));
    }
    if f.time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.push(ctx.t("profile-invalid-time-zone"));
    }
    if allow_locale && !form.get("locale").is_empty() && f.ui_locale.is_none() {
        errors.push(ctx.t("profile-invalid-language"));
    }
    if f.languages.iter().any(|l| !is_spoken_language(l)) {
        errors.push(ctx.t("profile-invalid-language"));
    }
    let themes = directory::themes(&state.db).await?;
    if f.themes.iter().any(|t| !themes.iter().any(|x| x.id == *t))
        || f.pillars.iter().any(|n| !(1..=4).contains(n))
    {
        errors.push(ctx.t("profile-invalid-expertise"));
    }
    if allow_org {
        match f.org {
            Some(id)
                if orgs::by_id(&state.db, gctcp_domain::OrgId(id))
                    .await?
                    .is_some() => {}
            _ => errors.push(ctx.t("provision-unknown-org")),
        }
    }
    Ok((f, errors))
}

async fn save(
    state: &AppState,
    ctx: Ctx,
    viewer: AccountId,
    target: AccountId,
    admin_edit: bool,
    form: FormFields,
    done: String,
) -> AppResult<Response> {
    let mut page = page_for(state, ctx.clone(), viewer, target, admin_edit).await?;
    let (f, errors) = read_form(state, &ctx, &form, admin_edit, viewer == target, &page.f).await?;
    if !errors.is_empty() {
        page.f = ProfileFields {
            org: f.org.or(page.f.org),
            ..f
        };
        page.profile_errors = errors;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    directory::save_profile(&state.db, target, &f).await?;
    Ok(Redirect::to(&done).into_response())
}

pub async fn save_own(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    form: FormFields,
) -> AppResult<Response> {
    save(
        &state,
        ctx,
        user.viewer.id,
        user.viewer.id,
        false,
        form,
        "/profile?saved=1".into(),
    )
    .await
}

pub async fn save_other(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    save(
        &state,
        ctx,
        admin.viewer.id,
        AccountId(id),
        true,
        form,
        format!("/people/{id}/edit?saved=1"),
    )
    .await
}
