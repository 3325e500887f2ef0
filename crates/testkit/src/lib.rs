//! Test harness: a fresh database per test on SQLite or PostgreSQL, the production
//! router driven in-process, factories for people, and a cookie-keeping client that
//! behaves like a browser (it carries the page's CSRF token into its next form).

use axum::http::StatusCode;
use axum::Router;
use gctcp_domain::AccountId;
use gctcp_server::config::{Config, Secret};
use gctcp_server::state::AppState;
use gctcp_store::Db;

pub use gctcp_store::Backend;

mod client;
mod db;
mod factories;
pub mod html;
pub mod python;
mod server;
pub mod smtp;
pub use client::{Client, TestResponse};
pub use db::postgres_admin_url;
use db::{fresh_database, DbGuard};
pub use server::RealServer;

/// Both backends, for tests that iterate.
pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

/// Runs a test body once on SQLite and once on PostgreSQL, as two tests.
#[macro_export]
macro_rules! dual {
    ($(#[$meta:meta])* $name:ident, config = $adjust:expr, |$app:ident| $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                #[allow(unused_mut)]
                let mut $app = $crate::TestApp::with_config($crate::Backend::Sqlite, $adjust).await;
                $body
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                #[allow(unused_mut)]
                let mut $app = $crate::TestApp::with_config($crate::Backend::Postgres, $adjust).await;
                $body
            }
        }
    };
    ($(#[$meta:meta])* $name:ident, |$app:ident| $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                #[allow(unused_mut)]
                let mut $app = $crate::TestApp::new($crate::Backend::Sqlite).await;
                $body
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                #[allow(unused_mut)]
                let mut $app = $crate::TestApp::new($crate::Backend::Postgres).await;
                $body
            }
        }
    };
}

/// A complete application on a fresh database.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub backend: Backend,
    pub database_url: String,
    _guard: DbGuard,
}

/// A person created by a factory, with the password they sign in with.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: AccountId,
    pub email: String,
    pub name: String,
    pub password: String,
}

pub const PASSWORD: &str = "blue river under the old stone bridge";

impl TestApp {
    pub async fn new(backend: Backend) -> TestApp {
        TestApp::with_config(backend, |_| {}).await
    }

    /// A test app whose configuration a test adjusts (timeouts, proxy trust…).
    pub async fn with_config(backend: Backend, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let (url, dir, guard) = fresh_database(backend).await;
        let mut config = Config::for_data_dir(&dir);
        config.database_url = Secret(url.clone());
        config.db_max_connections = 5;
        adjust(&mut config);
        let (router, state) = gctcp_server::build(config).await.expect("build app");
        TestApp {
            router,
            state,
            backend,
            database_url: url,
            _guard: guard,
        }
    }

    /// The data directory of this test (database file on SQLite, blobs, logs).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.state.config.data_dir
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn client(&self) -> Client {
        Client::new(self.router.clone())
    }

    /// A client already signed in as `p`.
    pub async fn signed_in(&self, p: &Person) -> Client {
        let mut c = self.client();
        let res = c.sign_in(&p.email, &p.password).await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "sign-in of {} failed: {}",
            p.email,
            res.body
        );
        // Load a page, as a browser does after the redirect: it carries the new CSRF token.
        c.get("/").await;
        c
    }

    /// Runs SQL on the test database (to age sessions, inspect tables…).
    pub async fn exec(&self, sql: &str) -> u64 {
        gctcp_store::query(sql)
            .execute(self.db())
            .await
            .expect("sql")
    }

    pub async fn count(&self, sql: &str) -> i64 {
        gctcp_store::query(sql)
            .scalar(self.db())
            .await
            .expect("sql")
    }

    /// One text value from the test database.
    pub async fn text(&self, sql: &str) -> String {
        gctcp_store::query(sql)
            .scalar(self.db())
            .await
            .expect("sql")
    }
}
