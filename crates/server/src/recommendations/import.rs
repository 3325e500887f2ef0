//! Importing recommendations (CTED's staff, administrators): upload a CSV or Excel file →
//! a preview of every row (a new assessment, joining one, or refused with its reasons) →
//! confirm. Nothing is written before the confirmation, and then all rows or none.

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::import::FileProblem;
use gctcp_app::recommendations::import::{
    check, columns, confirm as write, parse, Checked, Imported, Labels, RawRow, RowOutcome,
    MAX_BYTES, MAX_ROWS,
};
use gctcp_app::{Actor, Problem};
use gctcp_domain::cted::{KINDS, PRIORITIES, STATUSES};

/// A row as the preview shows it.
pub struct Row {
    pub line: usize,
    pub state: String,
    pub text: String,
    /// "new", "join" or "error".
    pub class: &'static str,
    pub reasons: Vec<String>,
}

page!(ImportPage);
#[derive(Template)]
#[template(path = "cted/import.html")]
pub struct ImportPage {
    ctx: Ctx,
    error: Option<String>,
    rows: Vec<Row>,
    /// The file as CSV, carried to the confirmation.
    csv: String,
    new: usize,
    joined: usize,
    refused: usize,
}

impl ImportPage {
    fn new(ctx: Ctx) -> ImportPage {
        ImportPage {
            ctx: ctx.with_section("recommendations"),
            error: None,
            rows: vec![],
            csv: String::new(),
            new: 0,
            joined: 0,
            refused: 0,
        }
    }

    fn with_rows(mut self, checked: &[Checked], csv: String) -> ImportPage {
        for c in checked {
            let (class, reasons) = match &c.outcome {
                RowOutcome::NewAssessment => ("new", vec![]),
                RowOutcome::Joins(_) => ("join", vec![]),
                RowOutcome::Refused(why) => {
                    ("error", why.iter().map(|p| self.ctx.invalid(p)).collect())
                }
            };
            match class {
                "new" => self.new += 1,
                "join" => self.joined += 1,
                _ => self.refused += 1,
            }
            self.rows.push(Row {
                line: c.raw.line,
                state: c.raw.get("state").to_string(),
                text: c.raw.get("recommendation").chars().take(200).collect(),
                class,
                reasons,
            });
        }
        self.csv = csv;
        self
    }

    fn refused(ctx: Ctx, p: FileProblem) -> Response {
        let mut page = ImportPage::new(ctx);
        page.error = Some(page.ctx.tn(p.key(), "max", MAX_ROWS as i64));
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    }
}

/// The names of kinds, priorities and statuses in the six languages, with their codes.
fn labels() -> Labels {
    let mut out = Labels::new();
    for lang in crate::i18n::LANGS {
        for (prefix, codes) in [
            ("cted-kind-", &KINDS[..]),
            ("cted-priority-", &PRIORITIES[..]),
            ("cted-status-", &STATUSES[..]),
        ] {
            for code in codes {
                let name = crate::i18n::t(lang, &format!("{prefix}{code}"));
                out.push((gctcp_domain::directory::fold(&name), *code));
            }
        }
    }
    out
}

async fn editor(state: &AppState, user: &CurrentUser) -> AppResult<()> {
    if gctcp_app::recommendations::edit::may_edit(state, &user.viewer).await? {
        Ok(())
    } else {
        Err(Problem::Forbidden.into())
    }
}

pub async fn form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    editor(&state, &user).await?;
    Ok(ImportPage::new(ctx).into_response())
}

/// The rows as CSV text (what the confirmation sends back; an Excel file is carried so).
fn as_csv(rows: &[RawRow]) -> String {
    let header: Vec<&str> = columns().collect();
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
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    mut multipart: Multipart,
) -> AppResult<Response> {
    editor(&state, &user).await?;
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
    let bytes = bytes.unwrap_or_default();
    if bytes.len() > MAX_BYTES {
        return Ok(ImportPage::refused(ctx, FileProblem::TooManyRows));
    }
    let rows = match tokio::task::spawn_blocking(move || parse(&bytes))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
    {
        Ok(rows) => rows,
        Err(p) => return Ok(ImportPage::refused(ctx, p)),
    };
    let csv = as_csv(&rows);
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let checked = check(&state, &actor, &labels(), rows).await?;
    Ok(ImportPage::new(ctx)
        .with_rows(&checked, csv)
        .into_response())
}

/// Confirmation: checks the same rows again and writes them all, or none.
pub async fn confirm(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    editor(&state, &user).await?;
    let text = form.get("csv").to_string();
    let rows = match parse(text.as_bytes()) {
        Ok(r) => r,
        Err(p) => return Ok(ImportPage::refused(ctx, p)),
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let checked = check(&state, &actor, &labels(), rows).await?;
    match write(&state, &actor, &checked).await? {
        Imported::Done {
            assessments,
            recommendations,
        } => Ok(Redirect::to(&format!(
            "/assessments?imported={recommendations}&new={assessments}"
        ))
        .into_response()),
        Imported::Refused => {
            let mut page = ImportPage::new(ctx).with_rows(&checked, text);
            page.error = Some(page.ctx.t("cted-import-refused"));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}
