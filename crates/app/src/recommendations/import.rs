//! Importing CTED's recommendations from a spreadsheet (CSV, or the first sheet of an
//! Excel workbook), for CTED's staff and administrators: each row one recommendation,
//! checked as the form checks one, and the rows with the same State, kind and date one
//! assessment — an existing one if CTED entered it already, else a new one. A preview
//! shows every row; nothing is written before the confirmation, and then everything or
//! nothing.
//!
//! Columns are found by their header (any order, case aside): `state`, `kind`, `date`,
//! `recommendation`, `theme`, `pillar`, `priority`, `assistance`, `status`, `projects`,
//! `activities`; the English headers of the list's export are understood too. Kinds,
//! priorities and statuses are their codes, or their names in any of the six languages
//! (the caller says which names mean which code).

use super::edit::{self, require_editor, AssessmentInput, RecommendationInput};
use crate::import::FileProblem;
use crate::problem::Outcome;
use crate::{Actor, App, Invalid, Problem};
use gctcp_domain::directory::fold;
use gctcp_store::audit;
use gctcp_store::recommendations::{self as store, AssessmentFields, RecommendationFields};
use std::collections::HashMap;

pub const MAX_ROWS: usize = 5_000;
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

const COLUMNS: [(&str, &[&str]); 11] = [
    ("state", &["state", "member state", "country"]),
    ("kind", &["kind", "kind of assessment"]),
    ("date", &["date", "held on", "date of the assessment"]),
    ("recommendation", &["recommendation", "text"]),
    ("theme", &["theme", "thematic area"]),
    ("pillar", &["pillar"]),
    ("priority", &["priority"]),
    ("assistance", &["assistance", "requested assistance"]),
    ("status", &["status", "follow-up status"]),
    ("projects", &["projects"]),
    ("activities", &["activities"]),
];

/// A row as the file has it, by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<String>,
}

impl RawRow {
    pub fn get(&self, column: &str) -> &str {
        COLUMNS
            .iter()
            .position(|(c, _)| *c == column)
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }
}

/// The column names, in the order `as_csv` writes them.
pub fn columns() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|(c, _)| *c)
}

/// Reads the file: a header row naming the columns, then one recommendation per row.
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
    let at: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|(_, names)| {
            header.iter().position(|h| {
                let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
                names.contains(&h.as_str())
            })
        })
        .collect();
    // The State, the date and the text at least.
    if at[0].is_none() || at[2].is_none() || at[3].is_none() {
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
        rows.push(RawRow { line: i + 1, cells });
        if rows.len() > MAX_ROWS {
            return Err(FileProblem::TooManyRows);
        }
    }
    if rows.is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(rows)
}

/// Names of codes in the six languages, folded: `(folded name, code)`.
pub type Labels = Vec<(String, &'static str)>;

fn code_of(labels: &Labels, codes: &[&'static str], value: &str) -> Option<&'static str> {
    let v = value.trim();
    if let Some(c) = codes.iter().find(|c| **c == v) {
        return Some(c);
    }
    let f = fold(v);
    labels
        .iter()
        .find(|(name, code)| *name == f && codes.contains(code))
        .map(|(_, c)| *c)
}

/// What a row will do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    /// Starts a new assessment (rows after it with the same State, kind and date join it).
    NewAssessment,
    /// Joins an assessment: one already entered (its ID), or one an earlier row starts.
    Joins(Option<i64>),
    Refused(Vec<Invalid>),
}

#[derive(Clone, Debug)]
pub struct Checked {
    pub raw: RawRow,
    pub outcome: RowOutcome,
    assessment: Option<AssessmentFields>,
    recommendation: Option<RecommendationFields>,
}

/// Checks every row as the forms would. `labels` maps names of kinds, priorities and
/// statuses in every language to their codes.
pub async fn check(
    app: &App,
    actor: &Actor,
    labels: &Labels,
    rows: Vec<RawRow>,
) -> Outcome<Vec<Checked>> {
    require_editor(app, actor).await?;
    let catalog = app.catalog().await?;
    let register = app.cted.snapshot(&app.db).await?;
    let mut started: HashMap<(i64, String, chrono::NaiveDate), ()> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for raw in rows {
        let mut bad = Vec::new();
        let kind = match raw.get("kind") {
            "" => Some("comprehensive_visit"),
            k => code_of(labels, &gctcp_domain::cted::KINDS, k),
        };
        if kind.is_none() {
            bad.push(
                Invalid::new("kind", "cted-import-kind-unknown").with("value", raw.get("kind")),
            );
        }
        let theme = match raw.get("theme") {
            "" => String::new(),
            t => {
                let f = fold(t);
                match catalog
                    .themes
                    .iter()
                    .find(|x| x.slug == t || x.names().iter().any(|n| fold(n) == f))
                {
                    Some(x) => x.id.to_string(),
                    None => {
                        bad.push(
                            Invalid::new("theme", "project-import-theme-unknown").with("value", t),
                        );
                        String::new()
                    }
                }
            }
        };
        let pillar = match raw.get("pillar") {
            "" => String::new(),
            p => match p
                .parse::<i64>()
                .ok()
                .filter(|n| catalog.pillar(*n).is_some())
            {
                Some(n) => n.to_string(),
                None => {
                    bad.push(
                        Invalid::new("pillar", "project-import-pillar-unknown").with("value", p),
                    );
                    String::new()
                }
            },
        };
        let mut coded = |column: &'static str, codes: &[&'static str], key: &'static str| match raw
            .get(column)
        {
            "" => String::new(),
            v => match code_of(labels, codes, v) {
                Some(c) => c.to_string(),
                None => {
                    bad.push(Invalid::new(column, key).with("value", v));
                    String::new()
                }
            },
        };
        let priority = coded(
            "priority",
            &gctcp_domain::cted::PRIORITIES,
            "cted-import-priority-unknown",
        );
        let status = coded(
            "status",
            &gctcp_domain::cted::STATUSES,
            "cted-import-status-unknown",
        );
        let a = AssessmentInput {
            state: raw.get("state").to_string(),
            kind: kind.unwrap_or("comprehensive_visit").to_string(),
            held_on: raw.get("date").to_string(),
            report: String::new(),
        };
        let assessment = match edit::assessment_fields(app, &a).await {
            Ok(f) => Some(f),
            Err(Problem::Invalid(more)) => {
                bad.extend(more);
                None
            }
            Err(e) => return Err(e),
        };
        let r = RecommendationInput {
            body: raw.get("recommendation").to_string(),
            theme,
            pillar,
            priority,
            assistance: raw.get("assistance").to_string(),
            status,
            projects: raw.get("projects").replace(';', ","),
            activities: raw.get("activities").replace(';', ","),
        };
        let recommendation = match edit::recommendation_fields(app, &r).await {
            Ok(f) => Some(f),
            Err(Problem::Invalid(more)) => {
                bad.extend(more);
                None
            }
            Err(e) => return Err(e),
        };
        let outcome = match (&assessment, bad.is_empty()) {
            (Some(f), true) => {
                let key = (f.state_org_id, f.kind.clone(), f.held_on);
                let existing = register
                    .assessments
                    .iter()
                    .find(|x| x.state_org_id == key.0 && x.kind == key.1 && x.held_on == key.2)
                    .map(|x| x.id);
                match existing {
                    Some(id) => RowOutcome::Joins(Some(id)),
                    None if started.insert(key, ()).is_some() => RowOutcome::Joins(None),
                    None => RowOutcome::NewAssessment,
                }
            }
            _ => RowOutcome::Refused(bad),
        };
        out.push(Checked {
            raw,
            outcome,
            assessment,
            recommendation,
        });
    }
    Ok(out)
}

/// What a confirmation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Imported {
    Done {
        assessments: usize,
        recommendations: usize,
    },
    /// Some row is refused: nothing was written.
    Refused,
}

/// Writes every row, in one transaction — or none, if any row is refused.
pub async fn confirm(app: &App, actor: &Actor, checked: &[Checked]) -> Outcome<Imported> {
    require_editor(app, actor).await?;
    if checked
        .iter()
        .any(|c| matches!(c.outcome, RowOutcome::Refused(_)))
    {
        return Ok(Imported::Refused);
    }
    let register = app.cted.snapshot(&app.db).await?;
    let mut tx = app.db.begin().await?;
    let mut made: HashMap<(i64, String, chrono::NaiveDate), i64> = HashMap::new();
    let (mut assessments, mut recommendations) = (0, 0);
    for c in checked {
        let (Some(a), Some(r)) = (&c.assessment, &c.recommendation) else {
            return Ok(Imported::Refused);
        };
        let key = (a.state_org_id, a.kind.clone(), a.held_on);
        let existing = register
            .assessments
            .iter()
            .find(|x| x.state_org_id == key.0 && x.kind == key.1 && x.held_on == key.2)
            .map(|x| x.id);
        let id = match (existing, made.get(&key)) {
            (Some(id), _) => id,
            (None, Some(id)) => *id,
            (None, None) => {
                let id = store::insert_assessment(&mut tx, a, actor.id().map(|x| x.0)).await?;
                made.insert(key, id);
                assessments += 1;
                id
            }
        };
        store::insert_recommendation(&mut tx, id, r).await?;
        recommendations += 1;
    }
    let detail = format!("assessments={assessments} count={recommendations}");
    audit::append(
        &mut tx,
        actor.audit("recommendations.imported", None, detail),
    )
    .await?;
    tx.commit().await?;
    Ok(Imported::Done {
        assessments,
        recommendations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_found_by_their_headers_in_any_order() {
        let rows = parse(
            "\u{feff}Recommendation,Member State,Date of the assessment,Priority\n\
             \"Adopt a strategy, soon\",Kenya,2025-06-10,High priority\n\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].get("recommendation"), "Adopt a strategy, soon");
        assert_eq!(rows[0].get("state"), "Kenya");
        assert_eq!(rows[0].get("date"), "2025-06-10");
        assert_eq!(rows[0].get("priority"), "High priority");
        assert_eq!(rows[0].get("theme"), "");
        assert_eq!(
            parse(b"state,recommendation\nKEN,x\n"),
            Err(FileProblem::Unreadable)
        );
        assert_eq!(
            parse(b"state,date,recommendation\n"),
            Err(FileProblem::Empty)
        );
    }

    #[test]
    fn names_in_any_language_mean_their_codes() {
        let labels: Labels = vec![
            (fold("High priority"), "high"),
            (fold("Priorité élevée"), "high"),
            (fold("Open"), "open"),
        ];
        let p = &gctcp_domain::cted::PRIORITIES;
        assert_eq!(code_of(&labels, p, "high"), Some("high"));
        assert_eq!(code_of(&labels, p, "PRIORITÉ ÉLEVÉE"), Some("high"));
        assert_eq!(code_of(&labels, p, "Open"), None, "a status is no priority");
        assert_eq!(code_of(&labels, p, "urgent"), None);
    }
}
