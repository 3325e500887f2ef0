//! Importing projects from a spreadsheet (CSV, or the first sheet of an Excel workbook):
//! each row read and checked as the form checks a project, then shown in a preview —
//! new, an update of the project with the same code, or refused with its reasons.
//! Nothing is written before the confirmation, and then everything or nothing: a file
//! with one refused row imports no row.
//!
//! Columns are found by their header (any order, case aside): `code`, `title`,
//! `status`, `lead`, `partners`, `countries`, `regions`, `pillars`, `themes`,
//! `requested`, `donors` ("Name: amount; Name: amount"), `starts`, `ends`, `summary`,
//! `contact`; the English headers of the explorer's export are understood too, so an
//! export can be corrected and imported back. Lists are separated by semicolons.

use super::{fields, Input};
use crate::import::FileProblem;
use crate::problem::Outcome;
use crate::{Actor, App, Invalid, Problem};
use gctcp_domain::directory::fold;
use gctcp_domain::project::STATUSES;
use gctcp_store::catalog::Catalog;
use gctcp_store::projects::{self, Fields};
use gctcp_store::{audit, Error as StoreError};
use std::collections::HashSet;

/// Most rows one file may hold (the compendium's whole scale, in one go).
pub const MAX_ROWS: usize = 10_000;
/// Largest file accepted.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

const COLUMNS: [(&str, &[&str]); 15] = [
    ("code", &["code"]),
    ("title", &["title"]),
    ("status", &["status"]),
    ("lead", &["lead", "lead entity"]),
    ("partners", &["partners", "partner entities"]),
    ("countries", &["countries", "beneficiary countries"]),
    ("regions", &["regions", "beneficiary regions"]),
    ("pillars", &["pillars"]),
    ("themes", &["themes", "thematic priorities"]),
    ("requested", &["requested", "requested (us$)", "budget"]),
    ("donors", &["donors"]),
    ("starts", &["starts", "start", "starts on"]),
    ("ends", &["ends", "end", "ends on"]),
    ("summary", &["summary"]),
    ("contact", &["contact", "contact e-mail", "contact email"]),
];

/// A row as the file has it, by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<String>,
    /// Which columns the file has (bit i: `COLUMNS[i]`).
    pub present: u16,
}

impl RawRow {
    pub fn has(&self, column: &str) -> bool {
        COLUMNS
            .iter()
            .position(|(c, _)| *c == column)
            .is_some_and(|i| self.present >> i & 1 == 1)
    }

    pub fn get(&self, column: &str) -> &str {
        COLUMNS
            .iter()
            .position(|(c, _)| *c == column)
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }
}

/// Reads the file: a header row naming the columns, then one project per row.
pub fn parse(bytes: &[u8]) -> Result<Vec<RawRow>, FileProblem> {
    let cells = crate::import::table(bytes)?;
    let mut lines = cells.into_iter().enumerate();
    let header = loop {
        match lines.next() {
            Some((_, h)) if h.iter().all(|c| c.trim().is_empty()) => continue,
            Some((_, h)) => break h,
            None => return Err(FileProblem::Empty),
        }
    };
    // Where each known column is in the file.
    let at: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|(_, names)| {
            header.iter().position(|h| {
                let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
                names.contains(&h.as_str())
            })
        })
        .collect();
    if at[0].is_none() || at[1].is_none() {
        return Err(FileProblem::Unreadable);
    }
    let mut rows = Vec::new();
    for (i, rec) in lines {
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells = at
            .iter()
            .map(|p| {
                p.and_then(|p| rec.get(p))
                    .map(|c| gctcp_domain::text::clean(c.trim()).into_owned())
                    .unwrap_or_default()
            })
            .collect();
        let present = at
            .iter()
            .enumerate()
            .fold(0u16, |m, (i, p)| if p.is_some() { m | 1 << i } else { m });
        rows.push(RawRow {
            line: i + 1,
            cells,
            present,
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

/// What a row will do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    New,
    /// The project with this code (its ID) is replaced by the row.
    Update(i64),
    /// Refused, with the reasons.
    Refused(Vec<Invalid>),
}

/// One row of the preview.
#[derive(Clone, Debug)]
pub struct Checked {
    pub raw: RawRow,
    pub outcome: RowOutcome,
    pub fields: Option<Fields>,
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split([';', '\n'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
}

/// The form's input for a row: names of themes, regions, pillars and statuses (in any of
/// the six languages) turned into what the form sends, or the reasons they are not.
fn input(catalog: &Catalog, raw: &RawRow) -> (Input, Vec<Invalid>) {
    let mut bad = Vec::new();
    let mut themes = Vec::new();
    for t in list(raw.get("themes")) {
        let f = fold(t);
        match catalog
            .themes
            .iter()
            .find(|x| x.slug == t || x.names().iter().any(|n| fold(n) == f))
        {
            Some(x) => themes.push(x.id.to_string()),
            None => {
                bad.push(Invalid::new("themes", "project-import-theme-unknown").with("value", t))
            }
        }
    }
    let mut regions = Vec::new();
    for r in list(raw.get("regions")) {
        let f = fold(r);
        let known = catalog.regions.iter().map(|(x, _)| x.as_str()).find(|x| {
            fold(x) == f
                || gctcp_store::reference::region_names()
                    .get(*x)
                    .is_some_and(|names| names.iter().any(|n| fold(n) == f))
        });
        match known {
            Some(x) => regions.push(x.to_string()),
            None => {
                bad.push(Invalid::new("regions", "project-import-region-unknown").with("value", r))
            }
        }
    }
    let mut pillars = Vec::new();
    for p in list(raw.get("pillars")) {
        match p
            .parse::<i64>()
            .ok()
            .filter(|n| catalog.pillar(*n).is_some())
        {
            Some(n) => pillars.push(n.to_string()),
            None => {
                bad.push(Invalid::new("pillars", "project-import-pillar-unknown").with("value", p))
            }
        }
    }
    let status = raw.get("status").trim().to_lowercase();
    if !status.is_empty() && !STATUSES.contains(&status.as_str()) {
        bad.push(Invalid::new("status", "project-import-status-unknown").with("value", &status));
    }
    let mut donors = Vec::new();
    for d in list(raw.get("donors")) {
        match d.rsplit_once(':') {
            Some((name, amount)) => {
                donors.push((name.trim().to_string(), amount.trim().to_string()))
            }
            None => {
                bad.push(Invalid::new("donors", "project-import-donor-format").with("value", d))
            }
        }
    }
    let input = Input {
        code: raw.get("code").to_string(),
        title: raw.get("title").to_string(),
        summary: raw.get("summary").to_string(),
        status: if STATUSES.contains(&status.as_str()) {
            status
        } else {
            String::new()
        },
        lead: raw.get("lead").to_string(),
        partners: raw.get("partners").to_string(),
        countries: raw.get("countries").to_string(),
        regions,
        pillars,
        themes,
        requested: raw.get("requested").to_string(),
        starts_on: raw.get("starts").to_string(),
        ends_on: raw.get("ends").to_string(),
        contact: raw.get("contact").to_string(),
        donors,
        resources: String::new(),
    };
    (input, bad)
}

/// Checks every row as the form would, against the compendium and the file itself.
pub async fn check(app: &App, rows: Vec<RawRow>) -> Outcome<Vec<Checked>> {
    let catalog = app.catalog().await?;
    let compendium = super::compendium(app).await?;
    let existing: std::collections::HashMap<String, i64> = compendium
        .projects
        .iter()
        .map(|p| (p.f.code.trim().to_lowercase(), p.id))
        .collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    for raw in rows {
        let (i, mut bad) = input(&catalog, &raw);
        let f = match fields(app, None, &i).await {
            Ok(f) => Some(f),
            Err(Problem::Invalid(more)) => {
                bad.extend(more);
                None
            }
            Err(e) => return Err(e),
        };
        let code = i.code.trim().to_lowercase();
        if !code.is_empty() && !seen.insert(code.clone()) {
            bad.push(Invalid::new("code", "project-import-duplicate"));
        }
        let outcome = if !bad.is_empty() {
            RowOutcome::Refused(bad)
        } else {
            match existing.get(&code) {
                Some(id) => RowOutcome::Update(*id),
                None => RowOutcome::New,
            }
        };
        // What a file cannot say is kept: the linked documents, and the contact person
        // when the file has no such column (the explorer's export leaves it out).
        let f = f.map(|mut f| {
            if let RowOutcome::Update(id) = outcome {
                if let Some(old) = compendium.get(id) {
                    f.resources = old.f.resources.clone();
                    if !raw.has("contact") {
                        f.contact = old.f.contact;
                    }
                }
            }
            f
        });
        out.push(Checked {
            raw,
            fields: f.filter(|_| !matches!(outcome, RowOutcome::Refused(_))),
            outcome,
        });
    }
    Ok(out)
}

/// What a confirmation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Imported {
    /// Projects added and updated.
    Done { added: usize, updated: usize },
    /// Some row is refused: nothing was written.
    Refused,
    /// A project with one of these codes appeared or went meanwhile: nothing was written.
    Changed,
}

/// Writes every row, all in one transaction — or none, if any row is refused or the
/// compendium changed under the file since the check.
pub async fn confirm(app: &App, actor: &Actor, checked: &[Checked]) -> Outcome<Imported> {
    actor.require_admin()?;
    if checked
        .iter()
        .any(|c| matches!(c.outcome, RowOutcome::Refused(_)) || c.fields.is_none())
    {
        return Ok(Imported::Refused);
    }
    let mut tx = app.db.begin().await?;
    let (mut added, mut updated) = (0, 0);
    for c in checked {
        let f = c.fields.as_ref().expect("checked above");
        let now = projects::id_by_code(&mut tx, &f.code).await?;
        let result = match (&c.outcome, now) {
            (RowOutcome::New, None) => projects::insert(&mut tx, f, actor.id())
                .await
                .map(|_| added += 1),
            (RowOutcome::Update(id), Some(now)) if *id == now => projects::update(&mut tx, now, f)
                .await
                .map(|_| updated += 1),
            _ => return Ok(Imported::Changed),
        };
        match result {
            Ok(()) => {}
            Err(StoreError::Conflict(_)) => return Ok(Imported::Changed),
            Err(e) => return Err(e.into()),
        }
    }
    let detail = format!("added={added} updated={updated}");
    audit::append(&mut tx, actor.audit("projects.imported", None, detail)).await?;
    tx.commit().await?;
    Ok(Imported::Done { added, updated })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_found_by_their_headers_in_any_order() {
        let rows = parse(
            "\u{feff}Title,Code,Donors,Requested (US$)\n\
             Border posts,B-1,\"Japan: 100,000; Norway: 5 000\",1 250 000\n\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].get("code"), "B-1");
        assert_eq!(rows[0].get("title"), "Border posts");
        assert_eq!(rows[0].get("requested"), "1 250 000");
        assert_eq!(rows[0].get("donors"), "Japan: 100,000; Norway: 5 000");
        assert_eq!(rows[0].get("countries"), "");
        assert_eq!(parse(b"title,summary\nx,y\n"), Err(FileProblem::Unreadable));
        assert_eq!(parse(b"code,title\n"), Err(FileProblem::Empty));
        assert_eq!(parse(b"\xff\xfe\x00"), Err(FileProblem::NotUtf8));
    }
}
