//! Connections of their own for the read every signed-in request makes first, its
//! session (`sessions::load`).
//!
//! sqlx's pool tests every connection it takes back with a ping: a round trip to the
//! PostgreSQL server, or a hand-off to SQLite's connection thread and back. So each read
//! on the pool costs two round trips; measured on `/` (SQLite, wrk -c32), the ping alone
//! was 7% of the server's CPU. These connections are given back as they are, and only
//! after a read that ran to its end without error: a read cut short (its request dropped
//! when the client went away) or failed drops its connection, which is opened again when
//! next needed. So a connection kept here never holds half a result, a transaction or a
//! broken socket — what the ping is there to catch. A kept connection the server ended
//! while it was idle (a restart, a killed backend) is found out by its next read, which
//! is then made once more on a new connection. They only ever read, never inside a
//! transaction. When all of them are busy, the read goes to the pool as before: nothing
//! waits for these.
//!
//! On SQLite the read can also be made on the calling thread (`inline`): sqlx runs each
//! SQLite connection on a thread of its own and hands every query and every row across
//! (a channel, a wake-up and two context switches each way). Measured on `/library`
//! (SQLite, wrk -c32, perf): those threads took a quarter of the server's CPU and the
//! hand-offs (flume, futex) a fifth, for one primary-key read per page. A session read
//! takes tens of microseconds on the calling thread, where a worker may block that long.
//! Such a connection never waits for a lock (no busy timeout: a busy database or any
//! other error makes the caller read the usual way instead) and can only read
//! (`query_only`).

use crate::db::{Db, Error, Executor, On, Query, Result, Row};
use sqlx::{ConnectOptions, PgConnection, SqliteConnection};
use std::sync::Mutex;
use tokio::sync::{Semaphore, SemaphorePermit};

enum Raw {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// A few connections for quick reads, opened when first needed.
pub struct Quick {
    db: Db,
    idle: Mutex<Vec<Raw>>,
    turns: Semaphore,
    /// SQLite: the database file, for connections read on the calling thread (`inline`).
    file: Option<std::path::PathBuf>,
    inline: Mutex<Vec<rusqlite::Connection>>,
}

/// Most connections kept for reads on the calling thread (one per thread that reads at
/// once: the runtime's workers, now and then a blocking thread).
const INLINE_KEEP: usize = 8;

impl std::fmt::Debug for Quick {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quick")
            .field("free", &self.turns.available_permits())
            .finish()
    }
}

/// A connection in use; dropped before it is given back (an error, a dropped request),
/// it is closed.
struct Held<'a> {
    raw: Option<Raw>,
    _turn: SemaphorePermit<'a>,
}

impl<'c> Executor<'c> for &'c mut Held<'_> {
    fn on(self) -> On<'c> {
        match self.raw.as_mut().expect("a held connection") {
            Raw::Sqlite(c) => On::SqliteTx(c),
            Raw::Postgres(c) => On::PgTx(c),
        }
    }
}

impl Quick {
    /// At most `size` connections besides `db`'s pool.
    pub fn new(db: Db, size: usize) -> Quick {
        // A file, not an in-memory database (each connection would see its own).
        let file = match &db {
            Db::Sqlite(pool, _) => {
                let opts = pool.connect_options();
                let name = opts.get_filename();
                let text = name.to_string_lossy();
                // sqlx names an in-memory database `file:sqlx-in-memory-N` (a URI): only a
                // plain path is opened here.
                let plain =
                    !text.is_empty() && !text.contains(":memory:") && !text.starts_with("file:");
                plain.then(|| name.to_path_buf())
            }
            Db::Postgres(_) => None,
        };
        Quick {
            db,
            idle: Mutex::new(Vec::new()),
            turns: Semaphore::new(size),
            file,
            inline: Mutex::new(Vec::new()),
        }
    }

    /// SQLite only: runs `read` on the calling thread, on a connection of this node's own
    /// (see the module's documentation). `None` when the database is not a SQLite file,
    /// or when the read could not be made there (a busy database, any error): the caller
    /// then reads the usual way, which reports errors as every read does.
    pub fn inline<T>(
        &self,
        read: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<T>,
    ) -> Option<T> {
        let file = self.file.as_ref()?;
        if self.closed() {
            self.inline
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
            return None;
        }
        // Taken out of the lock at once: the read runs without it.
        let kept = self.inline.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match kept {
            Some(c) => c,
            None => match open_inline(file) {
                Ok(c) => c,
                Err(e) => {
                    tracing::debug!(error = %e, "no SQLite connection for reads on this thread");
                    return None;
                }
            },
        };
        match read(&conn) {
            Ok(out) => {
                let mut idle = self.inline.lock().unwrap_or_else(|e| e.into_inner());
                if idle.len() < INLINE_KEEP {
                    idle.push(conn);
                }
                Some(out)
            }
            // The connection is let go: whatever went wrong stays with it.
            Err(e) => {
                tracing::debug!(error = %e, "a read on this thread failed; reading the usual way");
                None
            }
        }
    }

    async fn open(&self) -> Result<Raw> {
        Ok(match &self.db {
            Db::Sqlite(pool, _) => Raw::Sqlite(pool.connect_options().connect().await?),
            Db::Postgres(pool) => Raw::Postgres(pool.connect_options().connect().await?),
        })
    }

    fn closed(&self) -> bool {
        match &self.db {
            Db::Sqlite(pool, _) => pool.is_closed(),
            Db::Postgres(pool) => pool.is_closed(),
        }
    }

    /// Runs a read on one of these connections, or on the pool when all are busy. Once
    /// the pool is closed (the server stopping), so are these: the read goes to the pool
    /// and fails as every other does.
    pub async fn fetch_optional<T: Row>(&self, q: Query<'_>) -> Result<Option<T>> {
        if self.closed() {
            self.idle.lock().unwrap_or_else(|e| e.into_inner()).clear();
            return q.fetch_optional(&self.db).await;
        }
        let Ok(turn) = self.turns.try_acquire() else {
            return q.fetch_optional(&self.db).await;
        };
        // Taken out of the lock at once: no lock is held across an await.
        let kept = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let reused = kept.is_some();
        let raw = match kept {
            Some(raw) => raw,
            None => self.open().await?,
        };
        let mut held = Held {
            raw: Some(raw),
            _turn: turn,
        };
        match self.read_on(&mut held, &q).await {
            Err(e) if reused && broken(&e) => {
                // A kept connection that the server has closed (a restart, a killed
                // backend, an idle timeout): the others were opened as long ago, so they
                // are let go too, and the read is made once more on a new connection:
                // the request that found it out gets its answer, not an error.
                tracing::info!(error = %e, "a kept connection was broken; reading again on a new one");
                self.idle.lock().unwrap_or_else(|e| e.into_inner()).clear();
                held.raw = Some(self.open().await?);
                self.read_on(&mut held, &q).await
            }
            out => out,
        }
    }

    /// Runs `q` on `held`; its connection is kept only if the read ended well.
    async fn read_on<T: Row>(&self, held: &mut Held<'_>, q: &Query<'_>) -> Result<Option<T>> {
        let out = q.fetch_optional_again(&mut *held).await;
        let raw = held.raw.take();
        if let (Ok(_), Some(raw)) = (&out, raw) {
            self.idle
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(raw);
        }
        out
    }

    /// How many connections are open and idle (for tests).
    pub fn idle(&self) -> usize {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// How many connections for reads on the calling thread are open and idle (for tests).
    pub fn idle_inline(&self) -> usize {
        self.inline.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// A connection for reads on the calling thread: the existing file only (never created),
/// no busy timeout (a locked database is an error at once, not a wait), reads only.
fn open_inline(file: &std::path::Path) -> rusqlite::Result<rusqlite::Connection> {
    use rusqlite::OpenFlags;
    let conn = rusqlite::Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::ZERO)?;
    conn.pragma_update(None, "query_only", true)?;
    conn.set_prepared_statement_cache_capacity(8);
    Ok(conn)
}

/// Whether an error says the connection itself is gone (its socket closed, the server
/// ending it: SQLSTATE classes 08 "connection exception" and 57P "operator
/// intervention"), rather than anything about the read.
fn broken(e: &Error) -> bool {
    match e {
        Error::Database(
            sqlx::Error::Io(_) | sqlx::Error::Protocol(_) | sqlx::Error::WorkerCrashed,
        ) => true,
        Error::Database(sqlx::Error::Database(d)) => d
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An in-memory database is each connection's own: nothing is read beside the pool.
    #[tokio::test]
    async fn an_in_memory_database_is_never_read_on_the_calling_thread() {
        let db = Db::connect("sqlite::memory:", 2)
            .await
            .expect("in-memory SQLite");
        let q = Quick::new(db, 2);
        assert_eq!(
            q.inline(|c| c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))),
            None
        );
        assert_eq!(q.idle_inline(), 0);
    }

    #[tokio::test]
    async fn a_database_file_is_read_on_the_calling_thread() {
        let dir = std::env::temp_dir().join(format!("gctcp-quick-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let url = format!("sqlite://{}", dir.join("q.db").display());
        let db = Db::connect(&url, 2).await.expect("SQLite file");
        let q = Quick::new(db.clone(), 2);
        assert_eq!(
            q.inline(|c| c.query_row("SELECT 41 + 1", [], |r| r.get::<_, i64>(0))),
            Some(42)
        );
        assert_eq!(q.idle_inline(), 1);
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
