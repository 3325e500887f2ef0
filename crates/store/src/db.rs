//! One database API over SQLite (the embedded default) and PostgreSQL (scale-out):
//! `Db` (a pool), `Tx` (a transaction on it), and `Query`, built once and run on either.
//!
//! Store functions are ordinary `async fn(&Db, …)` for reads and `async fn(&mut Tx, …)`
//! for writes; the use cases in `app` open a transaction, call several of them, and
//! commit — so a change, its audit entry and its search-index refresh are one
//! transaction without any function knowing which database it runs on.
//!
//! Values are bound through `Arg`, a closed list of the types both backends store
//! natively (integers, floats, booleans, text, bytes, timestamps, dates), and rows come
//! back through `sqlx::FromRow` (derived rows decode from either backend's row type).
//! SQL is written once with `$1…$n` placeholders, which both backends accept; where the
//! dialects differ (search, date arithmetic) a function picks the string by `backend()`.
//! `sqlx::Any` is not used: it loses booleans on SQLite and timestamps, UUIDs and JSON on
//! PostgreSQL.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::postgres::{PgArguments, PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteArguments, SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{ConnectOptions, FromRow, PgPool, Postgres, Sqlite, SqlitePool};
use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

/// The one error of the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A row that must be unique already exists (a concurrent insert, a taken e-mail).
    #[error("a unique value is already taken: {0}")]
    Conflict(String),
    #[error(transparent)]
    Database(sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Other(String),
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        match e.as_database_error() {
            Some(d) if d.is_unique_violation() => Error::Conflict(d.message().to_string()),
            _ => Error::Database(e),
        }
    }
}

impl Error {
    pub fn is_conflict(&self) -> bool {
        matches!(self, Error::Conflict(_))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Which backend a URL selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The live database: chosen once at start from the URL scheme. On SQLite, the writers
/// of this process take turns (first come, first served) before `BEGIN IMMEDIATE`: under
/// a flood of writes SQLite's own busy handler is not fair — a writer can keep losing the
/// lock until its timeout and fail with "database is locked" — and there is only one
/// write lock anyway. SQLite's busy timeout still covers other processes (the CLI).
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool, std::sync::Arc<tokio::sync::Semaphore>),
    Postgres(PgPool),
}

/// How long a write waits for its turn before it is refused.
const WRITE_TURN: Duration = Duration::from_secs(30);

/// This process's write turn on SQLite, for a statement run on the pool outside a
/// transaction (a transaction takes it in `Db::begin`). Without it such a statement met
/// the writers through SQLite's busy handler alone, which is not fair: under a steady
/// stream of write transactions (the access trail's groups, thousands of page views a
/// second) a session's last-seen UPDATE kept losing the lock for 1.0-2.4 s in a measured
/// run, and its request timed out.
async fn write_turn(writers: &tokio::sync::Semaphore) -> Result<tokio::sync::SemaphorePermit<'_>> {
    tokio::time::timeout(WRITE_TURN, writers.acquire())
        .await
        .map_err(|_| Error::Other("the database is busy: no write turn in 30 s".into()))?
        .map_err(|_| Error::Other("the database is closed".into()))
}

/// Whether a statement run for its rows writes (`INSERT … RETURNING`, `UPDATE …
/// RETURNING`, `DELETE … RETURNING`), by its first word.
fn writes(sql: &str) -> bool {
    let first = sql
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ["INSERT", "UPDATE", "DELETE", "REPLACE"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// A transaction. Dropped without `commit`, it rolls back: an early return with `?`
/// leaves nothing half-written. On SQLite it begins IMMEDIATE, so a read-then-write
/// transaction waits for the write lock instead of failing with "database is locked".
pub enum Tx {
    /// With this process's write turn, given back when the transaction ends.
    Sqlite(
        sqlx::Transaction<'static, Sqlite>,
        tokio::sync::OwnedSemaphorePermit,
    ),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Db {
    /// Connects by URL: `sqlite://path/to/file.db` (created if missing) or `postgres://…`.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db> {
        match Backend::of_url(url) {
            Some(Backend::Sqlite) => {
                let opts = SqliteConnectOptions::from_str(url)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // FULL: no acknowledged write is lost, even on power failure.
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("journal_size_limit", "67108864")
                    .pragma("cache_size", "-16000")
                    .disable_statement_logging();
                // No liveness check on each acquire (sqlx's default sends one more message
                // to the connection's thread per query): a file does not drop connections.
                let pool = SqlitePoolOptions::new()
                    .max_connections(max_connections.max(2))
                    .test_before_acquire(false)
                    .connect_with(opts)
                    .await?;
                Ok(Db::Sqlite(
                    pool,
                    std::sync::Arc::new(tokio::sync::Semaphore::new(1)),
                ))
            }
            Some(Backend::Postgres) => {
                // No parallel plans: a web server runs many small queries at once, and a
                // parallel plan spends the same cores on starting and feeding its workers.
                // Measured on a broad library word search ("rec", 30,000 of 50,000
                // resources): one client 25 -> 14 ms, four clients on two cores 68 -> 142
                // queries/s. Given after the URL's own `options`, so it wins over them.
                let opts = PgConnectOptions::from_str(url)?
                    .options([("max_parallel_workers_per_gather", "0")])
                    .disable_statement_logging();
                // No liveness check on each acquire: it doubles every query's round trips.
                // A connection broken by a server restart fails its one query and is
                // dropped (sqlx closes connections whose I/O failed); connections are also
                // renewed after `max_lifetime` and `idle_timeout` (sqlx's defaults).
                let pool = PgPoolOptions::new()
                    .max_connections(max_connections)
                    .test_before_acquire(false)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(opts)
                    .await?;
                Ok(Db::Postgres(pool))
            }
            None => Err(Error::Other(format!(
                "unsupported database URL (expected sqlite://… or postgres://…): {}",
                crate::redact_url(url)
            ))),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(..) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Starts a write transaction.
    ///
    /// The `BEGIN` runs in a task of its own, so that a request dropped while it waits
    /// (its client gone) cannot leave a connection in the pool with a transaction that
    /// nobody will end: sqlx acknowledges a `BEGIN` through a channel, and a future
    /// dropped after the acknowledgement was sent but before it was read leaks the
    /// transaction (every later `BEGIN` on that connection then fails on SQLite, or is
    /// silently nested in it on PostgreSQL). In a task of its own, a `BEGIN` no one
    /// waits for any more ends in a `Tx` that is dropped, which rolls it back.
    pub async fn begin(&self) -> Result<Tx> {
        let db = self.clone();
        let begun = tokio::spawn(async move {
            Ok(match db {
                Db::Sqlite(pool, writers) => {
                    let turn = tokio::time::timeout(WRITE_TURN, writers.acquire_owned())
                        .await
                        .map_err(|_| {
                            Error::Other("the database is busy: no write turn in 30 s".into())
                        })?
                        .map_err(|_| Error::Other("the database is closed".into()))?;
                    Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?, turn)
                }
                Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
            })
        });
        begun
            .await
            .map_err(|e| Error::Other(format!("a transaction could not begin: {e}")))?
    }

    /// Applies the embedded migrations of the live backend.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pool, _) => sqlx::migrate!("../../migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => {
                sqlx::migrate!("../../migrations/postgres")
                    .run(pool)
                    .await?
            }
        }
        Ok(())
    }

    /// A trivial round trip, for readiness checks.
    pub async fn ping(&self) -> Result<()> {
        query("SELECT 1").execute(self).await.map(|_| ())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool, _) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(..) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t, _turn) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        crate::known::forget_known();
        Ok(())
    }

    /// Ends it without keeping anything, now (dropping it does the same, but later).
    pub async fn rollback(self) -> Result<()> {
        match self {
            Tx::Sqlite(t, _turn) => t.rollback().await?,
            Tx::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }
}

/// One bound value.
#[derive(Clone, Debug)]
pub enum Arg<'q> {
    I64(Option<i64>),
    F64(Option<f64>),
    Bool(Option<bool>),
    Text(Option<Cow<'q, str>>),
    Bytes(Option<Cow<'q, [u8]>>),
    Time(Option<DateTime<Utc>>),
    Date(Option<NaiveDate>),
}

macro_rules! arg_from {
    ($($t:ty => $v:ident $(, $conv:expr)?);* $(;)?) => {$(
        impl<'q> From<$t> for Arg<'q> {
            fn from(x: $t) -> Self { Arg::$v(Some(arg_from!(@conv x $(, $conv)?))) }
        }
        impl<'q> From<Option<$t>> for Arg<'q> {
            fn from(x: Option<$t>) -> Self { Arg::$v(x.map(|x| arg_from!(@conv x $(, $conv)?))) }
        }
    )*};
    (@conv $x:ident) => { $x };
    (@conv $x:ident, $conv:expr) => { ($conv)($x) };
}

arg_from! {
    i64 => I64;
    i32 => I64, i64::from;
    u32 => I64, i64::from;
    f64 => F64;
    bool => Bool;
    String => Text, Cow::Owned;
    &'q str => Text, Cow::Borrowed;
    &'q String => Text, |s: &'q String| Cow::Borrowed(s.as_str());
    Vec<u8> => Bytes, Cow::Owned;
    &'q [u8] => Bytes, Cow::Borrowed;
    DateTime<Utc> => Time;
    NaiveDate => Date;
}

impl<'q> From<usize> for Arg<'q> {
    fn from(x: usize) -> Self {
        Arg::I64(Some(i64::try_from(x).unwrap_or(i64::MAX)))
    }
}

/// Rows both backends can decode (what `#[derive(sqlx::FromRow)]` gives).
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{}

/// Single values both backends can decode.
pub trait Value:
    for<'r> sqlx::Decode<'r, Sqlite>
    + sqlx::Type<Sqlite>
    + for<'r> sqlx::Decode<'r, Postgres>
    + sqlx::Type<Postgres>
    + Send
    + Unpin
{
}
impl<T> Value for T where
    T: for<'r> sqlx::Decode<'r, Sqlite>
        + sqlx::Type<Sqlite>
        + for<'r> sqlx::Decode<'r, Postgres>
        + sqlx::Type<Postgres>
        + Send
        + Unpin
{
}

/// Where a query runs: the pool, or an open transaction.
pub enum On<'c> {
    /// The pool, and this process's write turns (`Db::begin`).
    SqlitePool(&'c SqlitePool, &'c tokio::sync::Semaphore),
    PgPool(&'c PgPool),
    SqliteTx(&'c mut sqlx::SqliteConnection),
    PgTx(&'c mut sqlx::PgConnection),
}

pub trait Executor<'c> {
    fn on(self) -> On<'c>;
}

impl<'c> Executor<'c> for &'c Db {
    fn on(self) -> On<'c> {
        match self {
            Db::Sqlite(p, writers) => On::SqlitePool(p, writers),
            Db::Postgres(p) => On::PgPool(p),
        }
    }
}

impl<'c> Executor<'c> for &'c mut Tx {
    fn on(self) -> On<'c> {
        match self {
            Tx::Sqlite(t, _) => On::SqliteTx(t),
            Tx::Postgres(t) => On::PgTx(t),
        }
    }
}

/// A statement and its bound values, not yet tied to a backend.
#[derive(Clone, Debug)]
pub struct Query<'q> {
    sql: Cow<'q, str>,
    args: Vec<Arg<'q>>,
}

/// Starts a query: `query("SELECT … WHERE id = $1").bind(id).fetch_optional(&db)`.
pub fn query<'q>(sql: impl Into<Cow<'q, str>>) -> Query<'q> {
    Query {
        sql: sql.into(),
        args: Vec::new(),
    }
}

fn sqlite_args<'a>(args: &'a [Arg<'_>]) -> SqliteArguments<'a> {
    use sqlx::Arguments;
    let mut a = SqliteArguments::default();
    for arg in args {
        let r = match arg {
            Arg::I64(v) => a.add(*v),
            Arg::F64(v) => a.add(*v),
            Arg::Bool(v) => a.add(*v),
            Arg::Text(v) => a.add(v.as_deref()),
            Arg::Bytes(v) => a.add(v.as_deref()),
            Arg::Time(v) => a.add(*v),
            Arg::Date(v) => a.add(*v),
        };
        r.expect("encodable argument");
    }
    a
}

fn pg_args(args: &[Arg<'_>]) -> PgArguments {
    use sqlx::Arguments;
    let mut a = PgArguments::default();
    for arg in args {
        let r = match arg {
            Arg::I64(v) => a.add(*v),
            Arg::F64(v) => a.add(*v),
            Arg::Bool(v) => a.add(*v),
            Arg::Text(v) => a.add(v.as_deref()),
            Arg::Bytes(v) => a.add(v.as_deref()),
            Arg::Time(v) => a.add(*v),
            Arg::Date(v) => a.add(*v),
        };
        r.expect("encodable argument");
    }
    a
}

impl<'q> Query<'q> {
    pub fn bind(mut self, v: impl Into<Arg<'q>>) -> Self {
        self.args.push(v.into());
        self
    }

    /// Runs it; returns the number of rows affected.
    pub async fn execute<'c>(self, on: impl Executor<'c>) -> Result<u64> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let n = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = write_turn(writers).await?;
                sqlx::query_with(sql, sqlite_args(&self.args))
                    .execute(p)
                    .await?
                    .rows_affected()
            }
            On::SqliteTx(c) => sqlx::query_with(sql, sqlite_args(&self.args))
                .execute(c)
                .await?
                .rows_affected(),
            On::PgPool(p) => sqlx::query_with(sql, pg_args(&self.args))
                .execute(p)
                .await?
                .rows_affected(),
            On::PgTx(c) => sqlx::query_with(sql, pg_args(&self.args))
                .execute(c)
                .await?
                .rows_affected(),
        };
        crate::known::forget_known();
        slow(sql, started);
        Ok(n)
    }

    pub async fn fetch_all<'c, T: Row>(self, on: impl Executor<'c>) -> Result<Vec<T>> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let out = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = match writes(sql) {
                    true => Some(write_turn(writers).await?),
                    false => None,
                };
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_all(p)
                    .await?
            }
            On::SqliteTx(c) => {
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_all(c)
                    .await?
            }
            On::PgPool(p) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_all(p)
                    .await?
            }
            On::PgTx(c) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_all(c)
                    .await?
            }
        };
        slow(sql, started);
        Ok(out)
    }

    pub async fn fetch_optional<'c, T: Row>(self, on: impl Executor<'c>) -> Result<Option<T>> {
        self.fetch_optional_again(on).await
    }

    /// `fetch_optional` that leaves the query to be run again (`quick`'s retry).
    pub(crate) async fn fetch_optional_again<'c, T: Row>(
        &self,
        on: impl Executor<'c>,
    ) -> Result<Option<T>> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let out = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = match writes(sql) {
                    true => Some(write_turn(writers).await?),
                    false => None,
                };
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_optional(p)
                    .await?
            }
            On::SqliteTx(c) => {
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_optional(c)
                    .await?
            }
            On::PgPool(p) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_optional(p)
                    .await?
            }
            On::PgTx(c) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_optional(c)
                    .await?
            }
        };
        slow(sql, started);
        Ok(out)
    }

    pub async fn fetch_one<'c, T: Row>(self, on: impl Executor<'c>) -> Result<T> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let out = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = match writes(sql) {
                    true => Some(write_turn(writers).await?),
                    false => None,
                };
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_one(p)
                    .await?
            }
            On::SqliteTx(c) => {
                sqlx::query_as_with(sql, sqlite_args(&self.args))
                    .fetch_one(c)
                    .await?
            }
            On::PgPool(p) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_one(p)
                    .await?
            }
            On::PgTx(c) => {
                sqlx::query_as_with(sql, pg_args(&self.args))
                    .fetch_one(c)
                    .await?
            }
        };
        slow(sql, started);
        Ok(out)
    }

    /// The first column of the one row (a count, an ID).
    pub async fn scalar<'c, T: Value>(self, on: impl Executor<'c>) -> Result<T> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let out = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = match writes(sql) {
                    true => Some(write_turn(writers).await?),
                    false => None,
                };
                sqlx::query_scalar_with(sql, sqlite_args(&self.args))
                    .fetch_one(p)
                    .await?
            }
            On::SqliteTx(c) => {
                sqlx::query_scalar_with(sql, sqlite_args(&self.args))
                    .fetch_one(c)
                    .await?
            }
            On::PgPool(p) => {
                sqlx::query_scalar_with(sql, pg_args(&self.args))
                    .fetch_one(p)
                    .await?
            }
            On::PgTx(c) => {
                sqlx::query_scalar_with(sql, pg_args(&self.args))
                    .fetch_one(c)
                    .await?
            }
        };
        slow(sql, started);
        Ok(out)
    }

    /// The first column of the first row, if any.
    pub async fn scalar_optional<'c, T: Value>(self, on: impl Executor<'c>) -> Result<Option<T>> {
        let sql: &str = &self.sql;
        let started = std::time::Instant::now();
        let out = match on.on() {
            On::SqlitePool(p, writers) => {
                let _turn = match writes(sql) {
                    true => Some(write_turn(writers).await?),
                    false => None,
                };
                sqlx::query_scalar_with(sql, sqlite_args(&self.args))
                    .fetch_optional(p)
                    .await?
            }
            On::SqliteTx(c) => {
                sqlx::query_scalar_with(sql, sqlite_args(&self.args))
                    .fetch_optional(c)
                    .await?
            }
            On::PgPool(p) => {
                sqlx::query_scalar_with(sql, pg_args(&self.args))
                    .fetch_optional(p)
                    .await?
            }
            On::PgTx(c) => {
                sqlx::query_scalar_with(sql, pg_args(&self.args))
                    .fetch_optional(c)
                    .await?
            }
        };
        slow(sql, started);
        Ok(out)
    }
}

/// Statements slower than this are logged (by us rather than by sqlx, which logs the
/// whole statement: a bulk insert's would be megabytes).
const SLOW: std::time::Duration = std::time::Duration::from_secs(1);

fn slow(sql: &str, started: std::time::Instant) {
    let elapsed = started.elapsed();
    if elapsed >= SLOW {
        let head: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let head: String = head.chars().take(160).collect();
        tracing::warn!(elapsed_ms = elapsed.as_millis() as u64, statement = %head, "slow statement");
    }
}

/// Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_VALUES: usize = 30_000;

/// Inserts `rows` into `target` (`"table (col, col…)"`, a constant), each row holding one
/// value per column.
pub async fn insert_rows(tx: &mut Tx, target: &str, rows: Vec<Vec<Arg<'_>>>) -> Result<()> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Ok(());
    };
    let per_batch = (MAX_VALUES / width.max(1)).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<Vec<Arg<'_>>> = rows.by_ref().take(per_batch).collect();
        let mut sql = format!("INSERT INTO {target} VALUES ");
        let mut n = 0;
        for (i, row) in batch.iter().enumerate() {
            debug_assert_eq!(row.len(), width, "every row has one value per column");
            sql.push_str(if i == 0 { "(" } else { ",(" });
            for c in 0..row.len() {
                n += 1;
                if c > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!("${n}"));
            }
            sql.push(')');
        }
        let mut q = query(sql);
        for row in batch {
            for v in row {
                q = q.bind(v);
            }
        }
        q.execute(&mut *tx).await?;
    }
    Ok(())
}
