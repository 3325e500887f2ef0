//! Bulk provisioning from a CSV file: upload → preview (each row: will invite, already
//! exists, or error with the reason) → confirm. Nothing is written before the
//! confirmation; then every valid row is invited in one transaction, and the one-time
//! links are shown or downloaded as CSV.

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, FormFields, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use gctcp_app::import::{check, parse, Checked, FileProblem, Imported, Status};
use gctcp_app::Actor;

pub use gctcp_app::import::{MAX_BYTES, MAX_ROWS};

page!(ImportPage);
#[derive(Template)]
#[template(path = "admin/import.html")]
pub struct ImportPage {
    ctx: Ctx,
    error: Option<String>,
    rows: Vec<Checked>,
    csv: String,
    will_invite: usize,
    exists: usize,
    errors: usize,
}

impl ImportPage {
    fn new(ctx: Ctx) -> ImportPage {
        ImportPage {
            ctx,
            error: None,
            rows: vec![],
            csv: String::new(),
            will_invite: 0,
            exists: 0,
            errors: 0,
        }
    }

    fn with_rows(mut self, rows: Vec<Checked>, csv: String) -> ImportPage {
        self.will_invite = rows
            .iter()
            .filter(|r| r.status == Status::WillInvite)
            .count();
        self.exists = rows.iter().filter(|r| r.status == Status::Exists).count();
        self.errors = rows.len() - self.will_invite - self.exists;
        self.rows = rows;
        self.csv = csv;
        self
    }
}

pub async fn form(_admin: RequireAdmin, ctx: Ctx) -> Response {
    ImportPage::new(ctx.with_section("admin")).into_response()
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
    let ctx = ctx.with_section("admin");
    let bytes = bytes.unwrap_or_default();
    let result = if bytes.len() > MAX_BYTES {
        Err(FileProblem::TooManyRows)
    } else {
        parse(&bytes)
    };
    match result {
        Err(p) => {
            let mut page = ImportPage::new(ctx);
            page.error = Some(page.ctx.tn(p.key(), "max", MAX_ROWS as i64));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Ok(rows) => {
            let lang = ctx.lang;
            let checked = check(&state, rows, lang).await?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok(ImportPage::new(ctx)
                .with_rows(checked, text)
                .into_response())
        }
    }
}

page!(DonePage);
#[derive(Template)]
#[template(path = "admin/import_done.html")]
pub struct DonePage {
    ctx: Ctx,
    invited: Vec<(String, String, String)>,
    hours: u64,
}

/// Confirmation: re-checks the same file and invites every valid row in one transaction.
pub async fn confirm(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let ctx = ctx.with_section("admin");
    let text = form.get("csv").to_string();
    let rows = match parse(text.as_bytes()) {
        Ok(r) => r,
        Err(p) => {
            let mut page = ImportPage::new(ctx);
            page.error = Some(page.ctx.tn(p.key(), "max", MAX_ROWS as i64));
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let checked = check(&state, rows, ctx.lang).await?;
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    match gctcp_app::import::confirm(&state, &actor, &checked).await? {
        Imported::Nothing => {
            let mut page = ImportPage::new(ctx).with_rows(checked, text);
            page.error = Some(page.ctx.t("import-nothing-to-invite"));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Imported::Changed => {
            // Someone created one of these accounts meanwhile: show the fresh preview.
            let checked =
                check(&state, parse(text.as_bytes()).unwrap_or_default(), ctx.lang).await?;
            let mut page = ImportPage::new(ctx).with_rows(checked, text);
            page.error = Some(page.ctx.t("import-changed"));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Imported::Invited(invited) => {
            let invited: Vec<(String, String, String)> = invited
                .into_iter()
                .map(|i| (i.name, i.email, i.url))
                .collect();
            if form.get("format") == "csv" {
                let mut sheet = crate::ui::csv::Sheet::new(["email", "name", "invitation_url"]);
                for (name, email, url) in &invited {
                    sheet.row([email, name, url]);
                }
                return Ok(sheet.into_response("gctcp-invitations.csv"));
            }
            Ok(DonePage {
                ctx,
                invited,
                hours: state.config.invitation_ttl.as_secs() / 3600,
            }
            .into_response())
        }
    }
}
