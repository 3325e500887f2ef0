//! gctcp store: one `Db` over SQLite (embedded default) or PostgreSQL (scale-out), with
//! the same SQL on both wherever possible. Queries live per module.

pub mod accounts;
pub mod activities;
pub mod audit;
pub mod blobs;
pub mod bulk;
pub mod calendar;
pub mod catalog;
pub mod content;
pub mod directory;
pub mod directory_index;
pub mod discussions;
pub mod follow;
pub mod invitations;
pub mod jobs;
pub mod known;
pub mod library;
pub mod library_index;
pub mod notifications;
pub mod orgs;
pub mod outbox;
pub mod planning;
pub mod projects;
pub mod quick;
pub mod recommendations;
pub mod reference;
pub mod sessions;
pub mod spaces;
pub mod texts;
pub mod throttle;

pub mod db;

pub use db::{query, Arg, Backend, Db, Error, Executor, Query, Result, Tx};

use chrono::{DateTime, SubsecRound, Utc};

/// Refreshes the planner's statistics after bulk writes (PostgreSQL; SQLite plans well
/// without them).
pub async fn analyze(db: &Db) -> std::result::Result<(), Error> {
    if db.backend() == Backend::Postgres {
        query("ANALYZE").execute(db).await?;
        compact_counters(db).await?;
    }
    Ok(())
}

/// `generations` holds more pages than its eight rows need (more than this): it is
/// rewritten (`compact_counters`). Two, not more: every page is scanned by every
/// signed-in request, and HOT pruning keeps the rows of a table that no long transaction
/// bloated to one page (the demo's loads used to leave sixteen, which the earlier bound
/// of sixteen let stay).
const COUNTER_PAGES: i64 = 2;

/// Gives the generation counters (`known`) back their one page on PostgreSQL, where
/// every signed-in request reads them all with its session. Their eight rows are
/// updated by every write; when that many updates come inside long transactions (a
/// bulk import, the demo generator), the dead versions cannot be pruned as they go and
/// the table grows to hundreds of pages, which every request's read then scans (it
/// halved the throughput of every page in one measured run); plain VACUUM frees those
/// pages but leaves them in the file when a live row sits at its end, and may not run at
/// all (autovacuum can be off). So when the table is larger than [`COUNTER_PAGES`], it
/// is rewritten (VACUUM FULL, eight rows: milliseconds). That needs a moment alone with
/// the table: if a transaction that wrote it is still open, the rewrite gives up after a
/// quarter of a second, so that the requests queued behind it wait no longer, and is
/// tried again at the next call. True when it rewrote the table. SQLite updates these
/// rows in place: nothing to do there.
pub async fn compact_counters(db: &Db) -> std::result::Result<bool, Error> {
    let Db::Postgres(pool) = db else {
        return Ok(false);
    };
    let (pages,): (i64,) = sqlx::query_as(
        "SELECT pg_relation_size('generations') / current_setting('block_size')::BIGINT",
    )
    .fetch_one(pool)
    .await?;
    if pages <= COUNTER_PAGES {
        return Ok(false);
    }
    // A connection of its own, so that the lock timeout set here leaves with it.
    use sqlx::{ConnectOptions, Connection};
    let mut conn = pool.connect_options().connect().await?;
    sqlx::query("SET lock_timeout = '250ms'")
        .execute(&mut conn)
        .await?;
    let done = sqlx::query("VACUUM FULL generations")
        .execute(&mut conn)
        .await;
    let _ = conn.close().await;
    match done {
        Ok(_) => {
            tracing::info!(pages, "generation counters compacted");
            Ok(true)
        }
        Err(e) if e.as_database_error().and_then(|d| d.code()).as_deref() == Some("55P03") => {
            tracing::info!(pages, "generation counters busy; compacted later");
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// Reads a column aggregated with `STRING_AGG(…, ',')` (a list read in the same round
/// trip as its owner), sorted.
pub(crate) fn sorted_list<T: std::str::FromStr + Ord>(column: Option<&str>) -> Vec<T> {
    let mut v: Vec<T> = column
        .unwrap_or("")
        .split(',')
        .filter(|x| !x.is_empty())
        .filter_map(|x| x.parse().ok())
        .collect();
    v.sort();
    v
}

#[cfg(test)]
mod list_tests {
    #[test]
    fn an_empty_list_column_is_an_empty_list() {
        // Someone who speaks no listed language has none (not one empty-named one).
        assert!(super::sorted_list::<String>(None).is_empty());
        assert!(super::sorted_list::<String>(Some("")).is_empty());
        assert_eq!(super::sorted_list::<String>(Some("fr,en")), ["en", "fr"]);
        assert_eq!(super::sorted_list::<i64>(Some("3,1")), [1, 3]);
    }
}

/// The current time at the precision both backends store (microseconds).
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// Hides the password of a database URL for logs and error messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The six languages of reference names, in the order `localized` takes them.
pub const NAME_LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// A name in the reader's language: `names` in `NAME_LANGS` order; English where the
/// reader's language has none (a space people created and named in English only).
pub fn localized<'a>(lang: &str, names: [&'a str; 6]) -> &'a str {
    let i = NAME_LANGS.iter().position(|l| *l == lang).unwrap_or(1);
    if names[i].is_empty() {
        names[1]
    } else {
        names[i]
    }
}

/// `name(lang)` and `names()` for reference rows with the six `name_*` fields.
macro_rules! six_names {
    ($($t:ty),*) => {$(
        impl $t {
            /// The name in the reader's language (English where it has none).
            pub fn name(&self, lang: &str) -> &str {
                localized(lang, self.names())
            }
            /// The six names, in `NAME_LANGS` order.
            pub fn names(&self) -> [&str; 6] {
                [
                    &self.name_ar,
                    &self.name_en,
                    &self.name_es,
                    &self.name_fr,
                    &self.name_ru,
                    &self.name_zh,
                ]
            }
        }
    )*};
}
six_names!(
    orgs::Org,
    spaces::Space,
    directory::Theme,
    directory::Pillar
);

/// An organization's names in the six languages, shared (one count per copy) by the
/// rows that name it: people, accounts, resources. Filled from the reference data on
/// each node (`catalog::Catalog::org_names`); empty until then.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names(Option<std::sync::Arc<[String; 6]>>);

impl Names {
    pub fn new(names: [String; 6]) -> Names {
        Names(Some(std::sync::Arc::new(names)))
    }

    /// The name in `lang` (English when that is empty); "" when unknown.
    pub fn get(&self, lang: &str) -> &str {
        match &self.0 {
            Some(n) => localized(lang, [&n[0], &n[1], &n[2], &n[3], &n[4], &n[5]]),
            None => "",
        }
    }

    /// The name in `lang`, or `fallback` (the code) where the names are not known.
    pub fn get_or<'a>(&'a self, lang: &str, fallback: &'a str) -> &'a str {
        match self.get(lang) {
            "" => fallback,
            name => name,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

/// `$1, $2, …, $n`, for an `IN (…)` list.
pub fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_pick_the_backend_and_hide_passwords() {
        assert_eq!(
            Backend::of_url("sqlite://data/gctcp.db"),
            Some(Backend::Sqlite)
        );
        assert_eq!(
            Backend::of_url("postgres://u:p@h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::of_url("mysql://h/db"), None);
        assert_eq!(
            redact_url("postgres://gctcp:s3cret@db:5432/gctcp"),
            "postgres://gctcp:***@db:5432/gctcp"
        );
        assert_eq!(
            redact_url("sqlite://data/gctcp.db"),
            "sqlite://data/gctcp.db"
        );
    }

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(like_escape("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
