//! Test harness: a fresh database per test on SQLite or PostgreSQL, the production
//! router driven in-process, factories for people, and a cookie-keeping client that
//! behaves like a browser (it carries the page's CSRF token into its next form).

use axum::http::StatusCode;
use axum::Router;
use gctcp_domain::{AccountId, PlatformRole, SpaceId, SpaceRole};
use gctcp_server::config::{Config, Secret};
use gctcp_server::state::AppState;
use gctcp_store::Db;

pub use gctcp_store::Backend;

mod client;
mod db;
pub mod html;
pub mod python;
mod server;
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

    /// Provisions an account and returns its one-time invitation URL.
    pub async fn invite(
        &self,
        email: &str,
        name: &str,
        org: &str,
        role: PlatformRole,
    ) -> (AccountId, String) {
        let req = gctcp_server::provision::Request {
            email: email.into(),
            name: name.into(),
            org_code: org.into(),
            title: String::new(),
            role: Some(role),
        };
        let invited =
            gctcp_server::provision::provision(self.db(), &self.state.config, &req, None, None)
                .await
                .expect("provision")
                .expect("valid provisioning request");
        (invited.account, invited.url)
    }

    /// An active account with the standard test password.
    pub async fn person(&self, email: &str, name: &str, org: &str, role: PlatformRole) -> Person {
        let (id, url) = self.invite(email, name, org, role).await;
        let token = url.rsplit('/').next().expect("token").to_string();
        let inv =
            gctcp_store::invitations::find_valid(self.db(), &gctcp_server::token::hash(&token))
                .await
                .expect("query")
                .expect("fresh invitation");
        let hash = gctcp_server::password::hash_blocking(PASSWORD);
        gctcp_store::invitations::accept(self.db(), inv.id, &hash, None)
            .await
            .expect("accept")
            .expect("accepted");
        Person {
            id,
            email: email.into(),
            name: name.into(),
            password: PASSWORD.into(),
        }
    }

    pub async fn admin(&self) -> Person {
        self.person("admin@un.org", "Amina Admin", "UNOCT", PlatformRole::Admin)
            .await
    }

    pub async fn focal_point(&self, email: &str, org: &str) -> Person {
        let name = email
            .split('@')
            .next()
            .unwrap_or("Focal Point")
            .replace('.', " ");
        self.person(email, &name, org, PlatformRole::FocalPoint)
            .await
    }

    /// Waits until the background extractor has processed every uploaded file (at most
    /// 60 s: extraction of the test files takes milliseconds).
    pub async fn wait_for_text(&self) {
        for _ in 0..1200 {
            if gctcp_store::library::pending(self.db())
                .await
                .expect("pending")
                == 0
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("text extraction did not finish");
    }

    /// A resource visible to all focal points, with one file, added by `by`.
    pub async fn resource(&self, by: &Person, title: &str, filename: &str, bytes: &[u8]) -> i64 {
        let account = gctcp_store::accounts::by_id(self.db(), by.id)
            .await
            .expect("account")
            .expect("exists");
        let fields = gctcp_store::library::Fields {
            valid: gctcp_domain::library::Valid {
                title: title.into(),
                summary: String::new(),
                doc_type: "report".into(),
                symbol: String::new(),
                url: None,
                lang: "en".into(),
                published_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 15).expect("date"),
                visibility: "all".into(),
            },
            org: gctcp_domain::OrgId(account.organization_id),
            space: None,
            pillars: vec![1],
            themes: vec![],
            reader_spaces: vec![],
            reader_orgs: vec![],
        };
        gctcp_store::library::create_with_bytes(
            self.db(),
            &self.state.blobs,
            &fields,
            by.id,
            "en",
            filename,
            bytes,
        )
        .await
        .expect("resource")
    }

    /// The space ID of working group `n`.
    pub async fn working_group(&self, n: i64) -> SpaceId {
        gctcp_store::spaces::list(self.db())
            .await
            .expect("spaces")
            .into_iter()
            .find(|s| s.wg_number == Some(n))
            .map(|s| s.space_id())
            .expect("working group exists")
    }

    pub async fn add_to_space(&self, space: SpaceId, who: AccountId, role: SpaceRole) {
        gctcp_store::spaces::set_member(self.db(), space, who, role, None, None)
            .await
            .expect("membership");
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
        gctcp_store::on_db!(self.db(), |pool| sqlx::query(sql)
            .execute(pool)
            .await
            .expect("sql")
            .rows_affected())
    }

    /// Fills a person's directory profile (languages, themes by slug, phones…).
    pub async fn profile(
        &self,
        who: &Person,
        edit: impl FnOnce(&mut gctcp_store::directory::ProfileFields),
    ) {
        let a = gctcp_store::accounts::by_id(self.db(), who.id)
            .await
            .expect("query")
            .expect("account");
        let p = gctcp_store::directory::person(self.db(), who.id)
            .await
            .expect("query")
            .expect("person");
        let exp = gctcp_store::directory::expertise(self.db(), who.id)
            .await
            .expect("query");
        let mut f = gctcp_store::directory::ProfileFields {
            display_name: a.display_name,
            title: a.title,
            phone_office: p.phone_office,
            phone_mobile: p.phone_mobile,
            office: p.office,
            bio: p.bio,
            phone_visibility: p.phone_visibility,
            time_zone: a.time_zone,
            ui_locale: a.ui_locale,
            languages: exp.languages,
            themes: exp.themes,
            pillars: exp.pillars,
            org: None,
        };
        edit(&mut f);
        gctcp_store::directory::save_profile(self.db(), who.id, &f)
            .await
            .expect("save profile");
    }

    /// The ID of a thematic area by its slug.
    pub async fn theme(&self, slug: &str) -> i64 {
        gctcp_store::directory::themes(self.db())
            .await
            .expect("themes")
            .into_iter()
            .find(|t| t.slug == slug)
            .expect("theme")
            .id
    }

    pub async fn count(&self, sql: &str) -> i64 {
        gctcp_store::on_db!(self.db(), |pool| sqlx::query_as::<_, (i64,)>(sql)
            .fetch_one(pool)
            .await
            .expect("sql")
            .0)
    }
}
