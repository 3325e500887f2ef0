//! Bulk provisioning from a CSV file: the file read (UTF-8, comma or semicolon, an
//! optional header), each row checked against the reference data, the existing accounts
//! and the file itself; then every valid row invited in one transaction
//! (`accounts::provision_many`). Nothing is written before the confirmation.

use crate::accounts::{self as ops, Invited};
use crate::problem::Outcome;
use crate::{Actor, App};
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::{OrgId, PlatformRole};
use gctcp_store::{accounts, orgs};
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
pub async fn check(app: &App, rows: Vec<RawRow>, lang: &str) -> Outcome<Vec<Checked>> {
    let all_orgs = orgs::list(&app.db, None).await?;
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
        } else if raw.name.chars().count() > crate::accounts::NAME_MAX {
            Status::Error("provision-name-too-long")
        } else if org.is_none() {
            Status::Error("provision-unknown-org")
        } else if role.is_none() {
            Status::Error("provision-invalid-role")
        } else if !seen.insert(email.clone()) {
            Status::Error("import-duplicate-row")
        } else if accounts::by_email(&app.db, &email).await?.is_some() {
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

/// What a confirmation did.
pub enum Imported {
    Invited(Vec<Invited>),
    /// Nothing valid to invite.
    Nothing,
    /// Someone created one of these accounts between the check and the write: nothing
    /// was written; check again.
    Changed,
}

/// Invites every row that checks as valid, all in one transaction.
pub async fn confirm(app: &App, actor: &Actor, checked: &[Checked]) -> Outcome<Imported> {
    let rows: Vec<ops::Checked> = checked
        .iter()
        .filter(|c| c.status == Status::WillInvite)
        .map(|c| ops::Checked {
            email: c.email.clone(),
            name: c.raw.name.clone(),
            org: OrgId(c.org_id.unwrap_or_default()),
            title: c.raw.title.clone(),
            role: c.role,
        })
        .collect();
    if rows.is_empty() {
        return Ok(Imported::Nothing);
    }
    Ok(match ops::provision_many(app, actor, &rows).await? {
        Ok(invited) => Imported::Invited(invited),
        Err(_) => Imported::Changed,
    })
}

/// The cells of a file (CSV or XLSX), as text.
pub(crate) fn table(bytes: &[u8]) -> Result<Vec<Vec<String>>, FileProblem> {
    if bytes.starts_with(b"PK\x03\x04") {
        use calamine::{Reader, Xlsx};
        let mut book =
            Xlsx::new(std::io::Cursor::new(bytes)).map_err(|_| FileProblem::Unreadable)?;
        let range = book
            .worksheet_range_at(0)
            .ok_or(FileProblem::Empty)?
            .map_err(|_| FileProblem::Unreadable)?;
        return Ok(range
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        // Whole numbers as written, not "1250000.0".
                        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
                            format!("{}", *f as i64)
                        }
                        // A date cell: days since 1899-12-30 (Excel's epoch).
                        calamine::Data::DateTime(d) => {
                            chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
                                .and_then(|epoch| {
                                    epoch.checked_add_signed(chrono::Duration::days(
                                        d.as_f64().floor() as i64,
                                    ))
                                })
                                .map(|day| day.to_string())
                                .unwrap_or_default()
                        }
                        c => c.to_string(),
                    })
                    .collect()
            })
            .collect());
    }
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
    rdr.records()
        .map(|r| {
            r.map(|rec| rec.iter().map(str::to_string).collect())
                .map_err(|_| FileProblem::Unreadable)
        })
        .collect()
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
