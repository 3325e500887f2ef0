//! The thematic resource library: search with facets, resource pages with a language
//! picker, adding and editing resources, files and versions, access-checked downloads and
//! previews, soft deletion and restoration. Text inside files is extracted in the
//! background (`extract`).

pub mod files;
pub mod form;

use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use gctcp_domain::directory::{language_autonym, terms};
use gctcp_domain::library::DOC_TYPES;
use gctcp_domain::policy::{can, Action};
use gctcp_domain::{OrgId, SpaceId};
use gctcp_store::catalog::Catalog;
use gctcp_store::library::{self, Full};
use gctcp_store::library_index::{Card, Dim, Query as LibQuery, Sort};
use serde::Deserialize;
use std::sync::Arc;

use crate::ui::facets::Order;
pub use crate::ui::facets::{ActiveFilter, Facet};

pub const PAGE_SIZE: usize = 20;

/// The library's URL parameters: a search is bookmarkable.
#[derive(Deserialize, Default, Clone, Debug)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default, rename = "type")]
    pub doc_type: String,
    #[serde(default)]
    pub pillar: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub space: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub sort: String,
    pub page: Option<usize>,
}

const KEYS: [&str; 9] = [
    "q", "type", "pillar", "theme", "lang", "org", "space", "year", "sort",
];

impl Params {
    fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "type" => &self.doc_type,
            "pillar" => &self.pillar,
            "theme" => &self.theme,
            "lang" => &self.lang,
            "org" => &self.org,
            "space" => &self.space,
            "year" => &self.year,
            "sort" => &self.sort,
            _ => "",
        }
    }

    pub fn to_query(&self) -> LibQuery {
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        LibQuery {
            terms: terms(&self.q),
            doc_type: opt(&self.doc_type).filter(|t| DOC_TYPES.contains(&t.as_str())),
            pillar: self.pillar.trim().parse().ok(),
            theme: self.theme.trim().parse().ok(),
            lang: opt(&self.lang),
            org: self.org.trim().parse().ok(),
            space: self.space.trim().parse().ok(),
            year: self.year.trim().parse().ok(),
            sort: match self.sort.as_str() {
                "newest" => Sort::Newest,
                "oldest" => Sort::Oldest,
                _ => Sort::Relevance,
            },
            ..LibQuery::default()
        }
    }

    /// This search's query string with one parameter changed (None removes it).
    pub fn with(&self, key: &str, value: Option<&str>) -> String {
        crate::ui::query::query_with(&KEYS, |k| self.value(k), key, value)
    }

    pub fn page_link(&self, page: usize) -> String {
        crate::ui::query::page_link(&self.with("", None), page)
    }

    pub fn is_filtered(&self) -> bool {
        KEYS.iter()
            .filter(|k| **k != "sort")
            .any(|k| !self.value(k).trim().is_empty())
    }

    pub fn sort_is(&self, s: &str) -> bool {
        self.sort == s || (s == "relevance" && !matches!(self.sort.as_str(), "newest" | "oldest"))
    }
}

/// Names for facet values and resource pages, from the reference data.
pub struct Labels {
    catalog: Arc<Catalog>,
    lang: &'static str,
}

pub async fn labels(state: &AppState, lang: &'static str) -> AppResult<Labels> {
    Ok(Labels {
        catalog: state.catalog().await?,
        lang,
    })
}

impl Labels {
    fn of(&self, ctx: &Ctx, dim: Dim, v: &str) -> String {
        let id: i64 = v.parse().unwrap_or(-1);
        match dim {
            Dim::Type => ctx.tk("doc-type-", v, ""),
            Dim::Pillar => format!(
                "{} — {}",
                ctx.tn("pillar-number", "number", id),
                self.pillar(id)
            ),
            Dim::Theme => self.theme(id).unwrap_or_else(|| v.into()),
            Dim::Lang => language_name(v),
            Dim::Org => self.org(id).unwrap_or_else(|| v.into()),
            Dim::Space => self.space(id).unwrap_or_else(|| v.into()),
            Dim::Year => v.to_string(),
        }
    }

    /// "Name (CODE)"
    fn org(&self, id: i64) -> Option<String> {
        self.catalog
            .org(OrgId(id))
            .map(|o| format!("{} ({})", o.name(self.lang), o.code))
    }

    fn org_name(&self, id: i64) -> String {
        self.catalog
            .org(OrgId(id))
            .map(|o| o.name(self.lang).to_string())
            .unwrap_or_default()
    }

    fn space(&self, id: i64) -> Option<String> {
        self.catalog
            .space(SpaceId(id))
            .map(|s| s.name(self.lang).to_string())
    }

    fn theme(&self, id: i64) -> Option<String> {
        self.catalog
            .theme(id)
            .map(|t| t.name(self.lang).to_string())
    }

    fn pillar(&self, number: i64) -> String {
        self.catalog
            .pillar(number)
            .map(|p| p.name(self.lang).to_string())
            .unwrap_or_default()
    }
}

/// The per-file text budget, for the page that says a file was cut.
pub fn text_budget() -> usize {
    gctcp_store::library::TEXT_MAX
}

/// A language's own name ("العربية", "中文"…), or its code when unknown.
pub fn language_name(code: &str) -> String {
    match language_autonym(code) {
        "?" => code.to_string(),
        n => n.to_string(),
    }
}

fn dim_key(dim: Dim) -> (&'static str, &'static str) {
    match dim {
        Dim::Type => ("type", "library-filter-type"),
        Dim::Pillar => ("pillar", "library-filter-pillar"),
        Dim::Theme => ("theme", "library-filter-theme"),
        Dim::Lang => ("lang", "library-filter-lang"),
        Dim::Org => ("org", "library-filter-org"),
        Dim::Space => ("space", "library-filter-space"),
        Dim::Year => ("year", "library-filter-year"),
    }
}

/// A result as the list shows it.
pub struct Row {
    pub card: Card,
    pub org_name: String,
    pub langs: Vec<String>,
    pub kinds: Vec<String>,
}

impl Row {
    pub fn excerpt(&self) -> String {
        let s = self.card.summary.replace('\n', " ");
        if s.chars().count() > 240 {
            format!("{}…", s.chars().take(240).collect::<String>())
        } else {
            s
        }
    }
}

page!(ListPage);
#[derive(Template)]
#[template(path = "library/list.html")]
pub struct ListPage {
    ctx: Ctx,
    p: Params,
    /// This page's results, rendered (`rows`), and whether there are none.
    rows: Arc<str>,
    empty: bool,
    total: i64,
    page: usize,
    pages: usize,
    /// The filter selects, rendered (`ui::facets::rendered`).
    facets: std::sync::Arc<crate::ui::facets::Rendered>,
    active: Vec<ActiveFilter>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Notice {
    deleted: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
    Query(n): Query<Notice>,
) -> AppResult<Response> {
    let q = p.to_query();
    let page = p.page.unwrap_or(1).clamp(1, 10_000);
    let found =
        gctcp_app::library::find(&state, &user.viewer, &q, PAGE_SIZE, (page - 1) * PAGE_SIZE)
            .await?;
    let labels = labels(&state, ctx.lang).await?;
    let block = crate::ui::facets::rendered(
        &ctx,
        "library",
        &labels.catalog,
        p.with("", None),
        &found.facets,
        || {
            let orgs = crate::ui::names::org_labels(&labels.catalog, ctx.lang);
            let org_rank = |v: &str| orgs.rank(v.parse().unwrap_or(-1));
            let mut facets = Vec::new();
            let mut active = Vec::new();
            for (dim, values) in found.facets.iter() {
                let (dim, values) = (*dim, values.clone());
                let (key, label_key) = dim_key(dim);
                let (facet, chip) = crate::ui::facets::facet(
                    &ctx,
                    (key, label_key),
                    p.value(key).trim(),
                    values,
                    |v| match dim {
                        Dim::Org => orgs
                            .label(v.parse().unwrap_or(-1))
                            .map_or_else(|| v.to_string(), str::to_string),
                        _ => labels.of(&ctx, dim, v),
                    },
                    // Years newest first, types and pillars in their own order, the rest
                    // by name.
                    match dim {
                        Dim::Year | Dim::Type | Dim::Pillar => Order::Given,
                        Dim::Org => Order::ByRank(&org_rank),
                        _ => Order::ByLabel,
                    },
                    format!("/library?{}", p.with(key, None)),
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
                remove_link: format!("/library?{}", p.with("q", None)),
            },
        );
    }
    let empty = found.ids.is_empty();
    let rows = rows(&state, &ctx, &labels, &found.ids).await?;
    let total = found.total;
    let pages = (total as usize).div_ceil(PAGE_SIZE).max(1);
    Ok(ListPage {
        notice: n.deleted.map(|_| ctx.t("library-deleted-notice")),
        ctx: ctx.with_section("library"),
        p,
        rows,
        empty,
        total,
        page,
        pages,
        facets: block,
        active,
    }
    .into_response())
}

/// A page of results as the list shows them, kept as rendered for the language, these
/// resources and the generations of the library and the reference data: a card shows
/// nothing that depends on who reads it (who may read it was decided by the search).
async fn rows(state: &AppState, ctx: &Ctx, labels: &Labels, ids: &[i64]) -> AppResult<Arc<str>> {
    use gctcp_store::follow::Followed;
    let library = state.library.snapshot(&state.db).await?.generation();
    let ids_key = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let key = crate::ui::pieces::key(&[
        &"library-rows",
        &ctx.lang,
        &library,
        &labels.catalog.generation(),
        &ids_key,
    ]);
    crate::ui::pieces::kept(state, key, || async {
        let cards = gctcp_app::library::cards(state, ids).await?;
        let rows: Vec<Row> = cards
            .into_iter()
            .map(|c| {
                let mut langs: Vec<String> = std::iter::once(c.lang.clone())
                    .chain(c.langs.split(',').map(str::to_string))
                    .filter(|l| !l.is_empty())
                    .collect();
                langs.dedup();
                let mut seen = Vec::new();
                langs.retain(|l| {
                    let fresh = !seen.contains(l);
                    seen.push(l.clone());
                    fresh
                });
                let mut kinds: Vec<String> = c
                    .kinds
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(|k| k.to_uppercase())
                    .collect();
                kinds.sort();
                kinds.dedup();
                Row {
                    org_name: labels.org_name(c.org_id),
                    langs,
                    kinds,
                    card: c,
                }
            })
            .collect();
        Ok(RowsBlock { ctx, rows: &rows }.render()?)
    })
    .await
}

#[derive(Template)]
#[template(path = "library/_rows.html")]
struct RowsBlock<'a> {
    ctx: &'a Ctx,
    rows: &'a [Row],
}

/// The resource if the viewer may read it; `NotFound` otherwise (a restricted or deleted
/// resource's existence is not revealed: the one policy decides).
pub async fn readable(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<Full> {
    Ok(gctcp_app::library::readable(state, &user.viewer, id).await?)
}

/// A version as the page lists it.
pub struct VersionView {
    pub id: i64,
    pub number: i64,
    pub filename: String,
    pub kind: String,
    pub size: String,
    pub sha256: String,
    pub by: String,
    pub at: String,
    pub text_status: String,
    pub text_truncated: bool,
    pub previewable: bool,
}

pub struct FileView {
    pub id: i64,
    pub lang: String,
    pub current: VersionView,
    pub older: Vec<VersionView>,
}

page!(ShowPage);
#[derive(Template)]
#[template(path = "library/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    full: Full,
    /// The language shown, and every language available.
    lang: String,
    langs: Vec<(String, String)>,
    files: Vec<FileView>,
    org_name: String,
    /// The space it is filed under, in the reader's language.
    space_name: Option<String>,
    pillars: Vec<String>,
    themes: Vec<String>,
    readers: Vec<String>,
    may_edit: bool,
    may_restore: bool,
    indexing: bool,
    preview: Option<VersionView>,
    upload_langs: Vec<(String, String)>,
    /// The language a new file most likely is in: the first UN language still missing.
    next_lang: String,
    max_upload: u64,
    notice: Option<String>,
    error: Option<String>,
}

impl ShowPage {
    pub fn doc_type_label(&self) -> String {
        self.ctx.tk("doc-type-", &self.full.r.doc_type, "")
    }
}

/// A file's size as the reader's language writes it ("2.4 MB", "2,4 Mo", "2,4 МБ").
pub fn size_label(lang: &str, bytes: i64) -> String {
    let b = bytes.max(0) as f64;
    let (key, n) = if b >= 1024.0 * 1024.0 {
        ("size-mb", format!("{:.1}", b / 1024.0 / 1024.0))
    } else if b >= 1024.0 {
        ("size-kb", format!("{:.0}", (b / 1024.0).ceil()))
    } else {
        ("size-bytes", bytes.max(0).to_string())
    };
    // CLDR's decimal separator: a comma in French, Spanish and Russian.
    let n = if matches!(lang, "fr" | "es" | "ru") {
        n.replace('.', ",")
    } else {
        n
    };
    crate::i18n::t_args(lang, key, &[("size", crate::i18n::FluentValue::from(n))])
}

fn version_view(ctx: &Ctx, v: &library::Version) -> VersionView {
    VersionView {
        id: v.id,
        number: v.number,
        filename: v.filename.clone(),
        kind: v.kind.to_uppercase(),
        size: size_label(ctx.lang, v.size),
        sha256: v.sha256.clone(),
        by: v.uploaded_by_name.clone(),
        at: ctx.time(&v.uploaded_at),
        text_status: v.text_status.clone(),
        text_truncated: v.text_truncated,
        previewable: gctcp_files::Kind::from_code(&v.kind).is_some_and(|k| k.previewable()),
    }
}

#[derive(Deserialize, Default)]
pub struct ShowParams {
    lang: Option<String>,
    saved: Option<String>,
    uploaded: Option<String>,
    restored: Option<String>,
    removed: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(sp): Query<ShowParams>,
) -> AppResult<Response> {
    let full = readable(&state, &user, id).await?;
    let notice = if sp.saved.is_some() {
        Some(ctx.t("library-saved"))
    } else if sp.uploaded.is_some() {
        Some(ctx.t("library-uploaded"))
    } else if sp.restored.is_some() {
        Some(ctx.t("library-restored"))
    } else if sp.removed.is_some() {
        Some(ctx.t("library-file-removed"))
    } else {
        None
    };
    let page = show_page(&state, &user, ctx, full, sp.lang, notice, None).await?;
    Ok(page.into_response())
}

/// Builds the resource page (also used to show an upload's error on it).
pub async fn show_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    full: Full,
    lang: Option<String>,
    notice: Option<String>,
    error: Option<String>,
) -> AppResult<ShowPage> {
    let labels = labels(state, ctx.lang).await?;
    let available = full.languages();
    // The picker's choice, else the reader's interface language, else the first.
    let lang = lang
        .filter(|l| available.contains(l))
        .or_else(|| available.iter().find(|l| *l == ctx.lang).cloned())
        .or_else(|| available.first().cloned())
        .unwrap_or_else(|| full.r.lang.clone());
    let files: Vec<FileView> = full
        .files
        .iter()
        .filter(|f| f.lang == lang)
        .map(|f| FileView {
            id: f.id,
            lang: f.lang.clone(),
            current: version_view(&ctx, f.current()),
            older: f.versions[1..]
                .iter()
                .map(|v| version_view(&ctx, v))
                .collect(),
        })
        .collect();
    let preview = files
        .iter()
        .map(|f| &f.current)
        .find(|v| v.previewable)
        .map(|v| VersionView {
            id: v.id,
            number: v.number,
            filename: v.filename.clone(),
            kind: v.kind.clone(),
            size: v.size.clone(),
            sha256: String::new(),
            by: String::new(),
            at: String::new(),
            text_status: String::new(),
            text_truncated: false,
            previewable: true,
        });
    let item = full.item();
    let readers = match full.r.visibility.as_str() {
        "spaces" => full
            .reader_spaces
            .iter()
            .map(|s| labels.space(*s).unwrap_or_default())
            .collect(),
        "orgs" => full
            .reader_orgs
            .iter()
            .map(|o| labels.org(*o).unwrap_or_default())
            .collect(),
        _ => vec![],
    };
    Ok(ShowPage {
        langs: available
            .iter()
            .map(|l| (l.clone(), language_name(l)))
            .collect(),
        lang,
        files,
        org_name: labels.org(full.r.org_id).unwrap_or_default(),
        space_name: full.r.space_id.and_then(|s| labels.space(s)),
        pillars: full
            .pillars
            .iter()
            .map(|p| labels.of(&ctx, Dim::Pillar, &p.to_string()))
            .collect(),
        themes: full
            .themes
            .iter()
            .filter_map(|t| labels.theme(*t))
            .collect(),
        readers,
        may_edit: full.r.deleted_at.is_none() && can(&user.viewer, Action::Edit, &item),
        may_restore: full.r.deleted_at.is_some() && can(&user.viewer, Action::Restore, &item),
        indexing: full.indexing(),
        preview,
        next_lang: gctcp_domain::directory::SPOKEN_LANGUAGES
            .iter()
            .find(|l| !full.files.iter().any(|f| f.lang == **l))
            .unwrap_or(&"en")
            .to_string(),
        upload_langs: form::language_choices(),
        max_upload: state.config.max_upload,
        notice,
        error,
        ctx: ctx.with_section("library"),
        full,
    })
}

/// The library's routes.
pub fn routes(state: &AppState) -> axum::Router<AppState> {
    use axum::routing::{get, post};
    // Upload routes accept one file of up to the configured size plus the form's fields;
    // the handlers stream the file to disk and stop at the limit.
    let upload_limit = axum::extract::DefaultBodyLimit::max(
        (state.config.max_upload + form::FORM_SLACK).min(usize::MAX as u64) as usize,
    );
    axum::Router::new()
        .route("/library", get(list))
        .route(
            "/library/new",
            get(form::new_form).post(form::create).layer(upload_limit),
        )
        .route("/library/deleted", get(files::deleted))
        .route("/library/{id}", get(show))
        .route(
            "/library/{id}/edit",
            get(form::edit_form).post(form::update),
        )
        .route(
            "/library/{id}/files",
            post(files::add_file).layer(upload_limit),
        )
        .route(
            "/library/{id}/files/{file}/versions",
            post(files::add_version).layer(upload_limit),
        )
        .route(
            "/library/{id}/files/{file}/remove",
            post(files::remove_file),
        )
        .route("/library/{id}/delete", post(files::delete))
        .route("/library/{id}/restore", post(files::restore))
        .route("/library/files/{version}/download", get(files::download))
        .route("/library/files/{version}/preview", get(files::preview))
}
