//! The contact directory: search with facets, person pages, vCards, exports, photos.

pub mod import;
pub mod photo;
pub mod profile;
pub mod vcard;

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use gctcp_app::Actor;
use gctcp_domain::directory::{language_autonym, terms, ORG_TYPES};
use gctcp_domain::policy::{can_person, PersonAction, PersonItem};
use gctcp_domain::{AccountId, OrgId, SpaceId};
use gctcp_store::catalog::Catalog;
use gctcp_store::directory::{self, Hit, Person};
use gctcp_store::directory_index::{Dim, Query as DirQuery};
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 25;

/// The directory's URL parameters: everything a search is, so that it can be bookmarked.
#[derive(Deserialize, Default, Clone, Debug)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub org_type: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub subregion: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub space: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub lang: String,
    pub page: Option<i64>,
}

const KEYS: [&str; 9] = [
    "q",
    "org_type",
    "org",
    "region",
    "subregion",
    "group",
    "space",
    "theme",
    "lang",
];

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

impl Params {
    fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "org_type" => &self.org_type,
            "org" => &self.org,
            "region" => &self.region,
            "subregion" => &self.subregion,
            "group" => &self.group,
            "space" => &self.space,
            "theme" => &self.theme,
            "lang" => &self.lang,
            _ => "",
        }
    }

    pub fn to_query(&self) -> DirQuery {
        DirQuery {
            terms: terms(&self.q),
            org_type: opt(&self.org_type).filter(|t| ORG_TYPES.contains(&t.as_str())),
            org: self.org.trim().parse().ok(),
            region: opt(&self.region),
            subregion: opt(&self.subregion),
            regional_group: opt(&self.group),
            space: self.space.trim().parse().ok(),
            theme: self.theme.trim().parse().ok(),
            lang: opt(&self.lang),
        }
    }

    /// This search's query string with one parameter changed (None removes it).
    pub fn with(&self, key: &str, value: Option<&str>) -> String {
        crate::ui::query::query_with(&KEYS, |k| self.value(k), key, value)
    }

    pub fn page_link(&self, page: i64) -> String {
        crate::ui::query::page_link(&self.with("", None), page)
    }

    pub fn is_filtered(&self) -> bool {
        KEYS.iter().any(|k| !self.value(k).trim().is_empty())
    }
}

use crate::ui::facets::Order;
pub use crate::ui::facets::{facet, ActiveFilter, Facet};

/// A result row with the person's local time now.
pub struct Row {
    pub hit: Hit,
    pub local_time: String,
    /// The fields the search's words matched (`gctcp_app::directory::why`).
    pub why: Vec<&'static str>,
}

/// For lists that give no reasons (an organization's people, global search).
pub const NO_REASONS: &[&str] = &[];

pub fn local_time(tz: &str) -> String {
    local_time_at(tz, Utc::now())
}

fn local_time_at(tz: &str, now: chrono::DateTime<Utc>) -> String {
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::UTC);
    now.with_timezone(&tz).format("%H:%M").to_string()
}

/// "Local time: 14:05" in the reader's language, for a row of a list of people.
///
/// Each thread keeps the sentence of each language and zone for the minute it was made
/// in (a person page lists a dozen people, and Fluent formatting cost more than the rest
/// of their rows).
pub fn local_line(lang: &str, tz: &str) -> String {
    type Seen = std::collections::HashMap<Box<str>, (i64, String)>;
    /// Zones kept per language and thread; past it they start over.
    const KEEP: usize = 1024;
    thread_local! {
        static SEEN: std::cell::RefCell<[Seen; 6]> = std::cell::RefCell::new(Default::default());
    }
    let i = gctcp_i18n::lang_index(lang);
    let now = Utc::now();
    let minute = now.timestamp().div_euclid(60);
    let kept = SEEN.with_borrow(|seen| {
        seen[i]
            .get(tz)
            .filter(|(m, _)| *m == minute)
            .map(|(_, line)| line.clone())
    });
    if let Some(line) = kept {
        return line;
    }
    let line = gctcp_i18n::t_args(
        gctcp_i18n::LANGS[i],
        "dir-local-time",
        &[(
            "time",
            gctcp_i18n::FluentValue::from(local_time_at(tz, now)),
        )],
    );
    SEEN.with_borrow_mut(|seen| {
        if seen[i].len() >= KEEP {
            seen[i].clear();
        }
        seen[i].insert(tz.into(), (minute, line.clone()));
    });
    line
}

page!(ListPage);
#[derive(Template)]
#[template(path = "directory/list.html")]
pub struct ListPage {
    ctx: Ctx,
    p: Params,
    rows: Vec<Row>,
    total: i64,
    page: i64,
    pages: i64,
    /// The filter selects, rendered (`ui::facets::rendered`).
    facets: std::sync::Arc<crate::ui::facets::Rendered>,
    active: Vec<ActiveFilter>,
    is_admin: bool,
    export_limit: usize,
}

fn label_for(ctx: &Ctx, catalog: &Catalog, dim: Dim, v: &str) -> String {
    let id = || v.parse::<i64>().unwrap_or(-1);
    let lang = ctx.lang;
    match dim {
        Dim::OrgType => Some(ctx.tk("org-type-", v, "")),
        Dim::Org => catalog
            .org(OrgId(id()))
            .map(|o| format!("{} ({})", o.name(lang), o.code)),
        Dim::Space => catalog
            .space(SpaceId(id()))
            .map(|s| s.name(lang).to_string()),
        Dim::Theme => catalog.theme(id()).map(|t| t.name(lang).to_string()),
        Dim::Lang => Some(language_autonym(v).to_string()),
        Dim::Region | Dim::Subregion | Dim::RegionalGroup => {
            Some(catalog.region_name(v, lang).to_string())
        }
    }
    .unwrap_or_else(|| v.to_string())
}

fn dim_key(dim: Dim) -> (&'static str, &'static str) {
    match dim {
        Dim::OrgType => ("org_type", "dir-filter-org-type"),
        Dim::Org => ("org", "dir-filter-org"),
        Dim::Region => ("region", "dir-filter-region"),
        Dim::Subregion => ("subregion", "dir-filter-subregion"),
        Dim::RegionalGroup => ("group", "dir-filter-group"),
        Dim::Space => ("space", "dir-filter-space"),
        Dim::Theme => ("theme", "dir-filter-theme"),
        Dim::Lang => ("lang", "dir-filter-lang"),
    }
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let q = p.to_query();
    let page = p.page.unwrap_or(1).clamp(1, 10_000);
    let found = gctcp_app::directory::search(
        &state,
        &q,
        PAGE_SIZE as usize,
        ((page - 1) * PAGE_SIZE) as usize,
    )
    .await?;
    let (hits, total) = (found.hits, found.total);
    let catalog = state.catalog().await?;
    let block = crate::ui::facets::rendered(
        &ctx,
        "people",
        &catalog,
        p.with("", None),
        &found.facets,
        || {
            let mut facets = Vec::new();
            let mut active = Vec::new();
            let orgs = crate::ui::names::org_labels(&catalog, ctx.lang);
            let org_rank = |v: &str| orgs.rank(v.parse().unwrap_or(-1));
            for (dim, values) in found.facets.iter() {
                let (dim, values) = (*dim, values.clone());
                let (key, label_key) = dim_key(dim);
                let (facet, chip) = facet(
                    &ctx,
                    (key, label_key),
                    p.value(key).trim(),
                    values,
                    |v| match dim {
                        Dim::Org => orgs
                            .label(v.parse().unwrap_or(-1))
                            .map_or_else(|| v.to_string(), str::to_string),
                        _ => label_for(&ctx, &catalog, dim, v),
                    },
                    match dim {
                        Dim::Org => Order::ByRank(&org_rank),
                        _ => Order::ByLabel,
                    },
                    format!("/people?{}", p.with(key, None)),
                );
                facets.push(facet);
                active.extend(chip);
            }
            (facets, active)
        },
    );
    let mut active = block.chips.clone();
    if !p.q.trim().is_empty() {
        active.insert(
            0,
            ActiveFilter {
                label: format!("“{}”", p.q.trim()),
                remove_link: format!("/people?{}", p.with("q", None)),
            },
        );
    }
    let terms = gctcp_domain::directory::terms(&p.q);
    let rows = hits
        .into_iter()
        .map(|h| Row {
            local_time: local_line(ctx.lang, &h.time_zone),
            why: gctcp_app::directory::why(&h, &terms, catalog.org_text(OrgId(h.org_id))),
            hit: h,
        })
        .collect();
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    Ok(ListPage {
        ctx: ctx.with_section("people"),
        p,
        rows,
        total,
        page,
        pages,
        facets: block,
        active,
        is_admin: user.viewer.is_admin(),
        export_limit: state.config.export_limit,
    }
    .into_response())
}

/// A space the person belongs to, with their role.
pub struct PersonSpace {
    pub name: String,
    pub role: &'static str,
}

page!(PersonPage);
#[derive(Template)]
#[template(path = "directory/person.html")]
pub struct PersonPage {
    ctx: Ctx,
    person: Person,
    show_phones: bool,
    local_time: String,
    languages: Vec<&'static str>,
    themes: Vec<String>,
    pillars: Vec<i64>,
    spaces: Vec<PersonSpace>,
    similar: Vec<(Hit, i64)>,
    can_edit: bool,
    is_self: bool,
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let profile = gctcp_app::directory::profile(&state, &user.viewer, AccountId(id)).await?;
    let show_phones = gctcp_app::directory::phones_visible(&user.viewer, &profile);
    let catalog = state.catalog().await?;
    let lang = ctx.lang;
    // In the reference data's order (by English name), as the profile form lists them.
    let themes = catalog
        .themes
        .iter()
        .filter(|t| profile.expertise.themes.contains(&t.id))
        .map(|t| t.name(lang).to_string())
        .collect();
    let spaces = profile
        .spaces
        .iter()
        .filter_map(|(sid, role)| {
            catalog.space(*sid).map(|s| PersonSpace {
                name: s.name(lang).to_string(),
                role: role.as_str(),
            })
        })
        .collect();
    let similar = gctcp_app::directory::same_themes(&state, &profile, 6).await?;
    let (person, exp) = (profile.person, profile.expertise);
    let is_self = user.viewer.id.0 == id;
    Ok(PersonPage {
        local_time: local_time(&person.time_zone),
        languages: exp.languages.iter().map(|l| language_autonym(l)).collect(),
        themes,
        pillars: exp.pillars,
        spaces,
        similar,
        can_edit: can_person(
            &user.viewer,
            PersonAction::Edit,
            PersonItem {
                id: AccountId(id),
                active: true,
            },
        ),
        is_self,
        show_phones,
        person,
        ctx: ctx.with_section("people"),
    }
    .into_response())
}

fn card<'a>(
    state: &AppState,
    p: &'a Person,
    show_phones: bool,
    lang: &str,
    languages: Vec<String>,
    photo: Option<&'a [u8]>,
) -> vcard::Card<'a> {
    vcard::Card {
        uid: state.config.link(&format!("/people/{}", p.id)),
        full_name: &p.display_name,
        org: p.org_name(lang),
        title: &p.title,
        email: &p.email,
        phone_office: show_phones.then_some(p.phone_office.as_str()),
        phone_mobile: show_phones.then_some(p.phone_mobile.as_str()),
        office: &p.office,
        languages,
        time_zone: &p.time_zone,
        note: &p.bio,
        photo_jpeg: photo,
        categories: vec![p.org_code.clone()],
    }
}

/// One person's vCard 4.0, phones only if the viewer may see them.
pub async fn vcard(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let profile = gctcp_app::directory::profile(&state, &user.viewer, AccountId(id)).await?;
    let show_phones = gctcp_app::directory::phones_visible(&user.viewer, &profile);
    let (person, exp) = (profile.person, profile.expertise);
    let photo = match person.has_photo {
        true => directory::photo(&state.db, AccountId(id)).await?,
        false => None,
    };
    let mut out = String::new();
    card(
        &state,
        &person,
        show_phones,
        ctx.lang,
        exp.languages,
        photo.as_ref().map(|(b, _)| b.as_slice()),
    )
    .write(&mut out);
    Ok(crate::ui::download::attachment(
        "text/vcard; charset=utf-8",
        &vcard::file_name(&person.display_name, "vcf"),
        out,
    ))
}

page!(TooManyPage);
#[derive(Template)]
#[template(path = "directory/too_many.html")]
pub struct TooManyPage {
    ctx: Ctx,
    count: i64,
    limit: usize,
    back: String,
}

/// The current search as vCards (at most `export_limit` people), audited.
pub async fn export_vcf(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let limit = state.config.export_limit;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let described = p.with("", None);
    let people =
        match gctcp_app::directory::export(&state, &actor, &p.to_query(), limit, "vcf", &described)
            .await?
        {
            Ok(people) => people,
            Err(total) => {
                let back = format!("/people?{described}");
                let page = TooManyPage {
                    ctx,
                    count: total,
                    limit,
                    back,
                };
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
            }
        };
    let mut out = String::new();
    for (person, show) in &people {
        card(&state, person, *show, ctx.lang, vec![], None).write(&mut out);
    }
    Ok(crate::ui::download::attachment(
        "text/vcard; charset=utf-8",
        "gctcp-contacts.vcf",
        out,
    ))
}

/// Hard ceiling for the administrators' CSV export.
pub const CSV_LIMIT: usize = 100_000;

/// The current search as CSV, for administrators, audited.
pub async fn export_csv(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    let described = p.with("", None);
    let people =
        gctcp_app::directory::export(&state, &actor, &p.to_query(), CSV_LIMIT, "csv", &described)
            .await?
            .unwrap_or_default();
    let mut sheet = crate::ui::csv::Sheet::new([
        "name",
        "email",
        "organization_code",
        "organization",
        "title",
        "phone_office",
        "phone_mobile",
        "office",
        "time_zone",
    ]);
    for (x, _) in &people {
        sheet.row([
            &x.display_name,
            &x.email,
            &x.org_code,
            x.org_name(ctx.lang),
            &x.title,
            &x.phone_office,
            &x.phone_mobile,
            &x.office,
            &x.time_zone,
        ]);
    }
    Ok(sheet.into_response("gctcp-directory.csv"))
}

/// Up to two initials for an avatar without a photo (the rules live in the domain).
pub fn initials(name: &str) -> String {
    gctcp_domain::names::initials(name)
}

/// The directory's routes: people, profiles, photos, exports.
pub fn routes() -> axum::Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::get;
    let photo_limit = DefaultBodyLimit::max(photo::MAX_UPLOAD + 64 * 1024);
    axum::Router::new()
        .route("/profile", get(profile::own).post(profile::save_own))
        .route(
            "/profile/photo",
            axum::routing::post(photo::upload_own).layer(photo_limit),
        )
        .route("/people", get(list))
        .route("/people/export.vcf", get(export_vcf))
        .route("/people/export.csv", get(export_csv))
        .route("/people/{id}", get(show))
        .route("/people/{id}/vcard", get(vcard))
        .route(
            "/people/{id}/photo",
            get(photo::serve)
                .post(photo::upload_other)
                .layer(photo_limit),
        )
        .route(
            "/people/{id}/edit",
            get(profile::edit_other).post(profile::save_other),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_kept_read_as_freshly_made_ones() {
        for lang in gctcp_i18n::LANGS {
            for tz in [
                "Asia/Tokyo",
                "America/Santiago",
                "Asia/Kathmandu",
                "not a zone",
            ] {
                let fresh = |t: String| {
                    gctcp_i18n::t_args(
                        lang,
                        "dir-local-time",
                        &[("time", gctcp_i18n::FluentValue::from(t))],
                    )
                };
                let (before, line, again, after) = (
                    local_time(tz),
                    local_line(lang, tz),
                    local_line(lang, tz),
                    local_time(tz),
                );
                assert_eq!(line, again, "{lang} {tz}: kept");
                // The minute may turn between the calls: the line shows one of the two.
                assert!(
                    line == fresh(before.clone()) || line == fresh(after.clone()),
                    "{lang} {tz}: {line} ({before}, {after})"
                );
                assert!(line.contains(&before) || line.contains(&after), "{line}");
            }
        }
        assert_ne!(
            local_line("en", "Asia/Tokyo"),
            local_line("en", "America/Santiago")
        );
    }

    #[test]
    fn links_keep_the_search_and_change_one_thing() {
        let p = Params {
            q: "josé".into(),
            region: "Africa".into(),
            theme: "3".into(),
            ..Default::default()
        };
        assert_eq!(p.with("region", None), "q=jos%C3%A9&theme=3");
        assert_eq!(
            p.with("lang", Some("ar")),
            "q=jos%C3%A9&region=Africa&theme=3&lang=ar"
        );
        assert_eq!(p.page_link(2), "?q=jos%C3%A9&region=Africa&theme=3&page=2");
        assert!(p.is_filtered());
        assert!(!Params::default().is_filtered());
    }
}
