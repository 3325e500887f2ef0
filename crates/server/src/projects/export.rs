//! The projects a view leaves, as CSV (every cell guarded against formulas) and as an
//! Excel workbook (amounts as numbers, text always as text — never a formula), with the
//! reader's language in the headers and names.

use super::Params;
use crate::error::{AppError, AppResult};
use crate::http::extract::CurrentUser;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use crate::ui::names::Names;
use axum::extract::{Query, State};
use axum::response::Response;
use gctcp_app::projects::explore;
use gctcp_store::projects::Project;

const HEADER: [&str; 17] = [
    "project-col-code",
    "project-col-title",
    "project-col-status",
    "project-col-lead",
    "project-col-partners",
    "project-col-countries",
    "project-col-regions",
    "project-col-pillars",
    "project-col-themes",
    "project-col-requested",
    "project-col-funded",
    "project-col-gap",
    "project-col-donors",
    "project-col-starts",
    "project-col-ends",
    "project-col-summary",
    "project-col-link",
];

/// Columns holding amounts (written as numbers in the workbook).
const AMOUNTS: [usize; 3] = [9, 10, 11];

/// One project's cells, in `HEADER` order.
fn cells(ctx: &Ctx, n: &Names, base: &str, p: &Project) -> Vec<String> {
    let codes = |ids: &[i64]| {
        ids.iter()
            .map(|o| n.code(*o))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let m = p.money();
    vec![
        p.f.code.clone(),
        p.f.title.clone(),
        ctx.tk("project-status-", &p.f.status, ""),
        n.code(p.f.lead_org),
        codes(&p.f.partners),
        codes(&p.f.countries),
        p.f.regions
            .iter()
            .map(|r| n.region(r))
            .collect::<Vec<_>>()
            .join("; "),
        p.f.pillars
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        p.f.themes
            .iter()
            .map(|t| n.theme(*t))
            .collect::<Vec<_>>()
            .join("; "),
        m.requested.to_string(),
        m.funded.to_string(),
        m.gap.to_string(),
        p.f.donors
            .iter()
            .map(|d| format!("{}: {}", d.name, d.amount))
            .collect::<Vec<_>>()
            .join("; "),
        p.f.starts_on.map(|d| d.to_string()).unwrap_or_default(),
        p.f.ends_on.map(|d| d.to_string()).unwrap_or_default(),
        p.f.summary.clone(),
        format!("{base}/projects/{}", p.id),
    ]
}

async fn rows(
    state: &AppState,
    ctx: &Ctx,
    p: &Params,
) -> AppResult<(Vec<String>, Vec<Vec<String>>)> {
    let e = explore::explore(state, &p.filter(), p.sort()).await?;
    let n = Names {
        catalog: state.catalog().await?,
        lang: ctx.lang,
    };
    let base = state.config.public_url.trim_end_matches('/').to_string();
    let header = HEADER.iter().map(|k| ctx.t(k)).collect();
    let rows = e.matches.iter().map(|x| cells(ctx, &n, &base, x)).collect();
    Ok((header, rows))
}

pub async fn csv(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let (header, rows) = rows(&state, &ctx, &p).await?;
    let mut sheet = crate::ui::csv::Sheet::new(header);
    for r in rows {
        sheet.row(r);
    }
    Ok(sheet.into_response("projects.csv"))
}

/// Text as a workbook cell holds it: no control characters (XML 1.0 cannot carry them),
/// within Excel's 32,767 characters per cell.
fn cell_text(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .take(32_000)
        .collect()
}

pub async fn xlsx(
    State(state): State<AppState>,
    _user: CurrentUser,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> AppResult<Response> {
    let (header, rows) = rows(&state, &ctx, &p).await?;
    let body = tokio::task::spawn_blocking(move || workbook(&header, &rows))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(crate::ui::download::attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "projects.xlsx",
        body,
    ))
}

fn workbook(
    header: &[String],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0");
    let sheet = book.add_worksheet();
    sheet.set_name("Projects")?;
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, cell_text(h), &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(x) if AMOUNTS.contains(&c) => {
                    sheet.write_number_with_format(r, c as u16, x, &money)?;
                }
                _ => {
                    sheet.write_string(r, c as u16, cell_text(v))?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, header.len() as u16 - 1)?;
    book.save_to_buffer()
}
