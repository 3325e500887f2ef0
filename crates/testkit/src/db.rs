//! A fresh database per test, on either backend, removed when the test ends.

use crate::Backend;
use rand::RngCore;
use std::path::PathBuf;

/// The server used for PostgreSQL tests; each test gets its own database on it.
pub fn postgres_admin_url() -> String {
    std::env::var("GCTCP_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub(crate) fn random_suffix() -> String {
    let mut b = [0u8; 6];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

/// Removes the per-test data directory and database when the test ends (even when it
/// fails).
pub(crate) struct DbGuard {
    dir: PathBuf,
    postgres: Option<(String, String)>,
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((url, name)) = self.postgres.take() {
            // Drop is synchronous: run the async clean-up on a thread of its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                rt.block_on(async move {
                    use sqlx::Connection;
                    if let Ok(mut c) = sqlx::PgConnection::connect(&url).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut c)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

/// A fresh database URL and data directory for one test (and the guard that removes
/// them).
pub(crate) async fn fresh_database(backend: Backend) -> (String, PathBuf, DbGuard) {
    let dir = std::env::temp_dir().join(format!("gctcp-test-{}", random_suffix()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    match backend {
        Backend::Sqlite => {
            let url = format!("sqlite://{}", dir.join("gctcp.db").display());
            let guard = DbGuard {
                dir: dir.clone(),
                postgres: None,
            };
            (url, dir, guard)
        }
        Backend::Postgres => {
            use sqlx::Connection;
            let admin_url = postgres_admin_url();
            let name = format!("gctcp_t_{}", random_suffix());
            let mut c = sqlx::PgConnection::connect(&admin_url).await.unwrap_or_else(|e| {
                panic!("PostgreSQL is required for the PostgreSQL half of the suite ({admin_url}): {e}")
            });
            // A UTF-8 collation so that lower(), ILIKE and trigram search work on every script.
            sqlx::query(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            ))
            .execute(&mut c)
            .await
            .expect("create test database");
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b.to_string())
                .unwrap_or(admin_url.clone());
            let guard = DbGuard {
                dir: dir.clone(),
                postgres: Some((admin_url, name.clone())),
            };
            (format!("{base}/{name}"), dir, guard)
        }
    }
}
