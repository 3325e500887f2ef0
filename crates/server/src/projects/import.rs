//! Importing projects (administrators): upload a CSV or Excel file → a preview of every
//! row (new, an update, or refused with its reasons) → confirm. Nothing is written before
//! the confirmation, and then all rows or none.

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, FormFields, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::import::FileProblem;
use gctcp_app::projects::import::{
    check, parse, Checked, Imported, RowOutcome, MAX_BYTES, MAX_ROWS,
};
use gctcp_app::Actor;
use gctcp_store::catalog::Catalog;

/// A row as the preview shows it.
pub struct Row {
    pub line: usize,
    pub code: String,
    pub title: String,
    /// "new", "update" or "error".
    pub class: &'static str,
    pub reasons: Vec<String>,
}

page!(ImportPage);
#[derive(Template)]
#[template(path = "projects/import.html")]
pub struct ImportPage {
    ctx: Ctx,
    error: Option<String>,
    rows: Vec<Row>,
    /// The file as CSV, carried to the confirmation.
    csv: String,
    added: usize,
    updated: usize,
    refused: usize,
    /// The sample row's region and donor in the reader's language (the import reads
    /// reference names in any of the six languages, so the sample shows the reader's).
    sample_region: String,
    sample_donor: String,
}

impl ImportPage {
    fn new(ctx: Ctx, catalog: &Catalog) -> ImportPage {
        let sample_region = catalog.region_name("Africa", ctx.lang).to_string();
        let sample_donor = catalog
            .org_by_code("JPN")
            .map(|o| o.name(ctx.lang).to_string())
            .unwrap_or_else(|| "JPN".into());
        ImportPage {
            sample_region,
            sample_donor,
            ctx: ctx.with_section("projects"),
            error: None,
            rows: vec![],
            csv: String::new(),
            added: 0,
            updated: 0,
            refused: 0,
        }
    }

    fn with_rows(mut self, checked: &[Checked], csv: String) -> ImportPage {
        for c in checked {
            let (class, reasons) = match &c.outcome {
                RowOutcome::New => ("new", vec![]),
                RowOutcome::Update(_) => ("update", vec![]),
                RowOutcome::Refused(why) => {
                    ("error", why.iter().map(|p| self.ctx.invalid(p)).collect())
                }
            };
            match class {
                "new" => self.added += 1,
                "update" => self.updated += 1,
                _ => self.refused += 1,
            }
            self.rows.push(Row {
                line: c.raw.line,
                code: c.raw.get("code").to_string(),
                title: c.raw.get("title").to_string(),
                class,
                reasons,
            });
        }
        self.csv = csv;
        self
    }

    fn refused(ctx: Ctx, catalog: &Catalog, p: FileProblem) -> Response {
        let mut page = ImportPage::new(ctx, catalog);
        page.error = Some(page.ctx.tn(p.key(), "max", MAX_ROWS as i64));
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    }
}

pub async fn form(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
) -> AppResult<Response> {
    Ok(ImportPage::new(ctx, &*state.catalog().await?).into_response())
}

/// The rows as CSV text (what the confirmation sends back; an Excel file is carried so).
fn as_csv(rows: &[gctcp_app::projects::import::RawRow]) -> String {
    let header = [
        "code",
        "title",
        "status",
        "lead",
        "partners",
        "countries",
        "regions",
        "pillars",
        "themes",
        "requested",
        "donors",
        "starts",
        "ends",
        "summary",
        "contact",
    ];
    // Only the columns the file had, so that the confirmation reads what the preview read.
    let header: Vec<&str> = header
        .into_iter()
        .filter(|h| rows.first().is_some_and(|r| r.has(h)))
        .collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&header);
    for r in rows {
        let _ = w.write_record(header.iter().map(|h| r.get(h)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Upload: shows the preview; writes nothing.
pub async fn preview(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut bytes = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest)?
    {
        if field.name() == Some("file") {
            bytes = Some(field.bytes().await.map_err(|_| AppError::BadRequest)?);
        }
    }
    let catalog = state.catalog().await?;
    let bytes = bytes.unwrap_or_default();
    if bytes.len() > MAX_BYTES {
        return Ok(ImportPage::refused(ctx, &catalog, FileProblem::TooManyRows));
    }
    let rows = match tokio::task::spawn_blocking(move || parse(&bytes))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
    {
        Ok(rows) => rows,
        Err(p) => return Ok(ImportPage::refused(ctx, &catalog, p)),
    };
    let csv = as_csv(&rows);
    let checked = check(&state, rows).await?;
    Ok(ImportPage::new(ctx, &catalog)
        .with_rows(&checked, csv)
        .into_response())
}

/// Confirmation: checks the same rows again and writes them all, or none.
pub async fn confirm(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let text = form.get("csv").to_string();
    let rows = match parse(text.as_bytes()) {
        Ok(r) => r,
        Err(p) => return Ok(ImportPage::refused(ctx, &catalog, p)),
    };
    let checked = check(&state, rows).await?;
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    match gctcp_app::projects::import::confirm(&state, &actor, &checked).await? {
        Imported::Done { added, updated } => Ok(Redirect::to(&format!(
            "/projects?sort=recent&imported={added}&updated={updated}"
        ))
        .into_response()),
        outcome => {
            let key = if outcome == Imported::Refused {
                "project-import-refused"
            } else {
                "project-import-changed"
            };
            let mut page = ImportPage::new(ctx, &catalog).with_rows(&checked, text);
            page.error = Some(page.ctx.t(key));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}
