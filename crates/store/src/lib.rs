//! gctcp store: one `Db` over SQLite (embedded default) or PostgreSQL (scale-out), with
//! the same SQL on both wherever possible. Queries live per module.

pub mod accounts;
pub mod audit;
pub mod blobs;
pub mod bulk;
pub mod directory;
pub mod directory_index;
pub mod follow;
pub mod invitations;
pub mod library;
pub mod library_index;
pub mod orgs;
pub mod reference;
pub mod sessions;
pub mod spaces;
pub mod throttle;

pub mod db;

pub use db::{query, Arg, Backend, Db, Error, Executor, Query, Tx};

use chrono::{DateTime, SubsecRound, Utc};

pub use sqlx::Error as SqlError;
/// The result of the store's older functions (being moved to `db::Result`).
pub type Result<T, E = sqlx::Error> = std::result::Result<T, E>;

/// Runs the same code on whichever pool is live. The body is compiled once per backend,
/// so one SQL string and one set of binds serve both.
#[macro_export]
macro_rules! on_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` inside a write transaction and commits it; any early return with `?`
/// drops the transaction, which rolls it back (no partial writes). On SQLite the
/// transaction begins IMMEDIATE, so read-then-write never fails with "database is locked".
#[macro_export]
macro_rules! in_tx {
    ($db:expr, |$tx:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(pool) => {
                #[allow(unused_mut)]
                let mut $tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
            $crate::Db::Postgres(pool) => {
                #[allow(unused_mut)]
                let mut $tx = pool.begin().await?;
                let out = $body;
                $tx.commit().await?;
                out
            }
        }
    };
}

/// Refreshes the planner's statistics after bulk writes (PostgreSQL; SQLite plans well
/// without them).
pub async fn analyze(db: &Db) -> std::result::Result<(), Error> {
    if db.backend() == Backend::Postgres {
        query("ANALYZE").execute(db).await?;
    }
    Ok(())
}

/// The current time at the precision both backends store (microseconds).
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// True when a database error is a unique-constraint violation.
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
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

/// The reference data carries English and Chinese names: Chinese for a Chinese reader
/// (when present), English otherwise.
pub fn localized<'a>(lang: &str, en: &'a str, zh: &'a str) -> &'a str {
    if lang == "zh" && !zh.is_empty() {
        zh
    } else {
        en
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
