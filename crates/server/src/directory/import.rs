//! Bulk provisioning from a CSV file: upload → preview (each row: will invite, already
//! exists, or error with the reason) → confirm. Nothing is written before the
//! confirmation; then every valid row is invited in one transaction, and the one-time
//! links are shown or downloaded as CSV.

use crate::error::{AppError, AppResult};
use crate::provision;
use crate::state::AppState;
use crate::web::{ClientIp, Ctx, FormFields, RequireAdmin};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::PlatformRole;
use gctcp_store::accounts::{self, InvitationSeed, NewAccount};
use gctcp_store::orgs;
use std::collections::{HashMap, HashSet};

/// Most rows one file may hold.
pub const MAX_ROWS: usize = 5000;
/// Largest file accepted.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRow {
    pub line: usize,
    pub email: String,
    pub name: String,
    pub org: String,
    pub title: String,
    pub role: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    NotUtf8,
    Unreadable,
    Empty,
    TooManyRows,
}

impl FileProblem {
    pub fn key(self) -> &'static str {
        match self {
            FileProblem::NotUtf8 => "import-not-utf8",
            FileProblem::Unreadable => "import-unreadable",
            FileProblem::Empty => "import-empty",
            FileProblem::TooManyRows => "import-too-many",
        }
    }
}

/// Reads the file: UTF-8 (a byte-order mark is fine), comma- or semicolon-separated (as
/// Excel writes it in many locales), an optional header row starting with "email".
pub fn parse(bytes: &[u8]) -> Result<Vec<RawRow>, FileProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|_| FileProblem::Unreadable)?;
        let get =
            |n: usize| gctcp_domain::text::clean(rec.get(n).unwrap_or("").trim()).into_owned();
        if i == 0 && get(0).to_lowercase().contains("email") {
            continue;
        }
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(RawRow {
            line: i + 1,
            email: get(0),
            name: get(1),
            org: get(2),
            title: get(3),
            role: get(4),
        });
        if rows.len() > MAX_ROWS {
            return Err(FileProblem::TooManyRows);
        }
    }
    if rows.is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(rows)
}

fn parse_role(s: &str) -> Option<PlatformRole> {
    match s.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
        "" | "focal_point" | "member" => Some(PlatformRole::FocalPoint),
        "admin" | "administrator" => Some(PlatformRole::Admin),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    WillInvite,
    Exists,
    Error(&'static str),
}

/// One row of the preview.
#[derive(Clone, Debug)]
pub struct Checked {
    pub raw: RawRow,
    pub email: String,
    pub org_id: Option<i64>,
    pub org_label: String,
    pub role: PlatformRole,
    pub status: Status,
}

impl Checked {
    pub fn status_class(&self) -> &'static str {
        match self.status {
            Status::WillInvite => "will-invite",
            Status::Exists => "exists",
            Status::Error(_) => "error",
        }
    }
    pub fn reason(&self) -> &'static str {
        match self.status {
            Status::Error(k) => k,
            _ => "",
        }
    }
}

/// Checks every row against the reference data, the existing accounts and the file itself.
pub async fn check(state: &AppState, rows: Vec<RawRow>, lang: &str) -> AppResult<Vec<Checked>> {
    let all_orgs = orgs::list(&state.db, None).await?;
    let by_code: HashMap<String, &orgs::Org> = all_orgs
        .iter()
        .map(|o| (o.code.to_lowercase(), o))
        .collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    for raw in rows {
        let email = normalize_email(&raw.email);
        let org = by_code.get(&raw.org.trim().to_lowercase()).copied();
        let role = parse_role(&raw.role);
        let status = if !is_plausible_email(&email) {
            Status::Error("provision-invalid-email")
        } else if raw.name.is_empty() {
            Status::Error("provision-name-required")
        } else if raw.name.chars().count() > 200 {
            Status::Error("provision-name-too-long")
        } else if org.is_none() {
            Status::Error("provision-unknown-org")
        } else if role.is_none() {
            Status::Error("provision-invalid-role")
        } else if !seen.insert(email.clone()) {
            Status::Error("import-duplicate-row")
        } else if accounts::by_email(&state.db, &email).await?.is_some() {
            Status::Exists
        } else {
            Status::WillInvite
        };
        out.push(Checked {
            org_id: org.map(|o| o.id),
            org_label: org
                .map(|o| format!("{} ({})", o.name(lang), o.code))
                .unwrap_or_else(|| raw.org.clone()),
            role: role.unwrap_or(PlatformRole::FocalPoint),
            email,
            raw,
            status,
        });
    }
    Ok(out)
}

#[derive(Template, WebTemplate)]
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

#[derive(Template, WebTemplate)]
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
    let valid: Vec<&Checked> = checked
        .iter()
        .filter(|c| c.status == Status::WillInvite)
        .collect();
    if valid.is_empty() {
        let mut page = ImportPage::new(ctx).with_rows(checked.clone(), text);
        page.error = Some(page.ctx.t("import-nothing-to-invite"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let links: Vec<(String, String, chrono::DateTime<chrono::Utc>)> = valid
        .iter()
        .map(|_| provision::new_invitation(&state.config))
        .collect();
    let seeds: Vec<(NewAccount, InvitationSeed)> = valid
        .iter()
        .zip(&links)
        .map(|(c, (_, hash, expires))| {
            (
                NewAccount {
                    email: &c.email,
                    display_name: c.raw.name.as_str(),
                    org: gctcp_domain::OrgId(c.org_id.unwrap_or_default()),
                    role: c.role,
                    title: c.raw.title.as_str(),
                },
                InvitationSeed {
                    token_hash: hash.as_str(),
                    expires_at: *expires,
                },
            )
        })
        .collect();
    match accounts::provision_many(&state.db, &seeds, Some(admin.viewer.id), ip.as_deref()).await? {
        Err(_) => {
            // Someone created one of these accounts meanwhile: show the fresh preview.
            let checked =
                check(&state, parse(text.as_bytes()).unwrap_or_default(), ctx.lang).await?;
            let mut page = ImportPage::new(ctx).with_rows(checked, text);
            page.error = Some(page.ctx.t("import-changed"));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Ok(_) => {
            let invited: Vec<(String, String, String)> = valid
                .iter()
                .zip(&links)
                .map(|(c, (url, _, _))| (c.raw.name.clone(), c.email.clone(), url.clone()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_from_excel_and_others_parse() {
        let rows = parse(
            "\u{feff}Email;Name;Org;Title\nana@un.org;Ana López;ESP;Counsellor\n\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].email.as_str(),
                rows[0].name.as_str(),
                rows[0].org.as_str(),
                rows[0].line
            ),
            ("ana@un.org", "Ana López", "ESP", 2)
        );
        let rows = parse(b"a@un.org,\"Smith, John\",GBR,,admin\nb@un.org,B,KEN").unwrap();
        assert_eq!(rows[0].name, "Smith, John");
        assert_eq!(rows[0].role, "admin");
        assert_eq!(rows[1].title, "");
        assert_eq!(parse(b"\xff\xfe\x00"), Err(FileProblem::NotUtf8));
        assert_eq!(parse(b"email,name\n"), Err(FileProblem::Empty));
    }

    #[test]
    fn roles_are_read_leniently() {
        assert_eq!(parse_role(""), Some(PlatformRole::FocalPoint));
        assert_eq!(parse_role("Focal point"), Some(PlatformRole::FocalPoint));
        assert_eq!(parse_role("Admin"), Some(PlatformRole::Admin));
        assert_eq!(parse_role("root"), None);
    }
}
