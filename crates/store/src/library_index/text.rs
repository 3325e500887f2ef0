//! Which resources a library search's terms match, from the database's own indexes
//! over the folded search text: the word index (FTS5, or a GIN index of `tsvector`s)
//! and the trigram index (FTS5 trigram, pg_trgm). The full text of files can run to
//! millions of characters per resource, so it stays in the database; the node keeps the
//! rest (see the parent module).

use crate::db::{query, Backend, Db, Result};
use crate::follow::TRIGRAM;
use crate::like_escape;
use gctcp_domain::text::{is_word_letter, lookup, Lookup};
use std::collections::HashSet;

const TEXT: Tables = Tables {
    docs: "library_docs",
    fts: "library_fts",
    id: "resource_id",
};

/// Where the folded search text is: `docs (id, doc)`, and on SQLite an FTS5 trigram
/// table `fts` over it.
struct Tables {
    docs: &'static str,
    fts: &'static str,
    id: &'static str,
}

/// The resources whose text holds every term (each of the `Word`, `Gram` or `Substring`
/// lookups of `gctcp_domain::text::lookup`).
pub(super) async fn text_search(db: &Db, terms: &[String]) -> Result<Vec<i64>> {
    // Words (as word beginnings) and CJK characters and pairs (exactly) go to the word
    // index; everything else of three characters or more to the trigram index.
    let mut tokens: Vec<(&str, bool)> = Vec::new();
    let mut substrings: Vec<String> = Vec::new();
    for t in terms {
        match lookup(t) {
            Lookup::Word => tokens.push((t, true)),
            Lookup::Gram => tokens.push((t, false)),
            Lookup::Substring => {
                // "a/res/72/28", "counter-terrorism": besides the substring, each word
                // whole (the last one as a beginning, except in a UN symbol), so that
                // A/RES/72/28 does not find A/RES/72/284.
                let parts: Vec<&str> = t
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                if parts.len() > 1 && parts.iter().all(|w| w.chars().all(is_word_letter)) {
                    let symbol = t.contains('/');
                    for (i, w) in parts.iter().enumerate() {
                        tokens.push((w, i + 1 == parts.len() && !symbol));
                    }
                }
                substrings.push(t.clone());
            }
            Lookup::Short => {}
        }
    }
    match db.backend() {
        Backend::Sqlite => {
            let mut found: Option<Vec<i64>> = None;
            if !tokens.is_empty() {
                // Tokens hold letters and digits only, so nothing needs escaping.
                let expr = tokens
                    .iter()
                    .map(|(t, prefix)| format!("\"{t}\"{}", if *prefix { "*" } else { "" }))
                    .collect::<Vec<_>>()
                    .join(" ");
                found = Some(
                    ids(
                        db,
                        "SELECT STRING_AGG(CAST(rowid AS TEXT), ',') FROM library_words WHERE library_words MATCH $1",
                        vec![expr],
                    )
                    .await?,
                );
            }
            if !substrings.is_empty() {
                let other = substring_matches(db, &substrings).await?;
                found = Some(match found {
                    Some(f) => {
                        let other: HashSet<i64> = other.into_iter().collect();
                        f.into_iter().filter(|id| other.contains(id)).collect()
                    }
                    None => other,
                });
            }
            Ok(found.unwrap_or_default())
        }
        Backend::Postgres => {
            let mut args: Vec<String> = Vec::new();
            let mut clauses: Vec<String> = Vec::new();
            if !tokens.is_empty() {
                // All tokens in one query, so one index scan answers it (two conditions
                // would make the planner recheck one of them row by row).
                let query = tokens
                    .iter()
                    .map(|(t, prefix)| format!("{t}{}", if *prefix { ":*" } else { "" }))
                    .collect::<Vec<_>>()
                    .join(" & ");
                args.push(query);
                clauses.push(format!(
                    "to_tsvector('simple', tokens) @@ to_tsquery('simple', ${})",
                    args.len()
                ));
            }
            for t in &substrings {
                args.push(format!("%{}%", crate::like_escape(t)));
                clauses.push(format!("doc LIKE ${} ESCAPE '\\'", args.len()));
            }
            if clauses.is_empty() {
                return Ok(Vec::new());
            }
            // The tokens have a narrow table of their own, its rows holding only the ID
            // and a pointer to the tokens (kept out of line), so that a broad prefix reads
            // few pages for its IDs; the whole text only when a substring needs it.
            let from = match (tokens.is_empty(), substrings.is_empty()) {
                (false, true) => "library_tokens",
                (true, _) => "library_docs",
                (false, false) => "library_tokens JOIN library_docs USING (resource_id)",
            };
            let sql = format!(
                "SELECT STRING_AGG(CAST(resource_id AS TEXT), ',') FROM {from} WHERE {}",
                clauses.join(" AND ")
            );
            ids(db, sql, args).await
        }
    }
}

/// The resources whose whole text holds every term as a substring, from the trigram
/// index (FTS5 trigram `library_fts` over `library_docs.doc`; pg_trgm on PostgreSQL),
/// unranked. Terms shorter than a trigram are matched with LIKE.
async fn substring_matches(db: &Db, terms: &[String]) -> Result<Vec<i64>> {
    let long: Vec<&String> = terms
        .iter()
        .filter(|t| t.chars().count() >= TRIGRAM)
        .collect();
    let short: Vec<&String> = terms
        .iter()
        .filter(|t| t.chars().count() < TRIGRAM)
        .collect();
    let mut args: Vec<String> = Vec::new();
    let mut clauses: Vec<String> = Vec::new();
    let sql = match db.backend() {
        Backend::Sqlite => {
            let mut from = format!("{} d", TEXT.docs);
            if !long.is_empty() {
                args.push(
                    long.iter()
                        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                from = format!(
                    "{} f JOIN {} d ON d.{} = f.rowid",
                    TEXT.fts, TEXT.docs, TEXT.id
                );
                clauses.push(format!("{} MATCH ${}", TEXT.fts, args.len()));
            }
            for t in &short {
                args.push(format!("%{}%", like_escape(t)));
                clauses.push(format!("d.doc LIKE ${} ESCAPE '\\'", args.len()));
            }
            if short.is_empty() {
                format!(
                    "SELECT STRING_AGG(CAST(rowid AS TEXT), ',') FROM {0} WHERE {0} MATCH $1",
                    TEXT.fts
                )
            } else {
                format!(
                    "SELECT STRING_AGG(CAST(d.{} AS TEXT), ',') FROM {from} WHERE {}",
                    TEXT.id,
                    clauses.join(" AND ")
                )
            }
        }
        Backend::Postgres => {
            for t in terms {
                args.push(format!("%{}%", like_escape(t)));
                clauses.push(format!("d.doc LIKE ${} ESCAPE '\\'", args.len()));
            }
            format!(
                "SELECT STRING_AGG(CAST(d.{} AS TEXT), ',') FROM {} d WHERE {}",
                TEXT.id,
                TEXT.docs,
                clauses.join(" AND ")
            )
        }
    };
    ids(db, sql, args).await
}

/// Runs `sql`, which selects one `STRING_AGG(…, ',')` of IDs, with `args` bound in order:
/// one row holding every match, so thousands of matches cost one row to decode.
async fn ids(
    db: &Db,
    sql: impl Into<std::borrow::Cow<'static, str>>,
    args: Vec<String>,
) -> Result<Vec<i64>> {
    let mut q = query(sql);
    for a in args {
        q = q.bind(a);
    }
    let list: Option<String> = q.scalar(db).await?;
    Ok(list
        .unwrap_or_default()
        .split(',')
        .filter_map(|x| x.parse().ok())
        .collect())
}
