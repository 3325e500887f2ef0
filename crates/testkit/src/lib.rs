//! Test harness: a fresh database per test on SQLite or PostgreSQL, the production
//! router driven in-process, factories for people, and a cookie-keeping client that
//! behaves like a browser (it carries the page's CSRF token into its next form).

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use gctcp_domain::{AccountId, PlatformRole, SpaceId, SpaceRole};
use gctcp_server::config::{Config, Secret};
use gctcp_server::state::AppState;
use gctcp_store::Db;
use rand::RngCore;
use std::net::SocketAddr;
use std::path::PathBuf;
use tower::ServiceExt;

pub use gctcp_store::Backend;

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

/// The server used for PostgreSQL tests; each test gets its own database on it.
pub fn postgres_admin_url() -> String {
    std::env::var("GCTCP_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn random_suffix() -> String {
    let mut b = [0u8; 6];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

/// Removes the per-test database when the test ends (even when it fails).
enum DbGuard {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        match self {
            DbGuard::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            DbGuard::Postgres { admin_url, name } => {
                let (url, name) = (admin_url.clone(), name.clone());
                // Drop is synchronous: run the async clean-up on a thread of its own.
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("runtime");
                    rt.block_on(async move {
                        use sqlx::Connection;
                        if let Ok(mut c) = sqlx::PgConnection::connect(&url).await {
                            let _ = sqlx::query(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .execute(&mut c)
                            .await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

/// A fresh database URL for one test (and the guard that removes it).
async fn fresh_database(backend: Backend) -> (String, PathBuf, DbGuard) {
    let dir = std::env::temp_dir().join(format!("gctcp-test-{}", random_suffix()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    match backend {
        Backend::Sqlite => {
            let url = format!("sqlite://{}", dir.join("gctcp.db").display());
            (url, dir.clone(), DbGuard::Sqlite(dir))
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
            let _ = std::fs::remove_dir_all(&dir);
            (
                format!("{base}/{name}"),
                dir,
                DbGuard::Postgres { admin_url, name },
            )
        }
    }
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

/// A response, read whole.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (for binary downloads).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn location(&self) -> &str {
        self.header("location").unwrap_or("")
    }
    /// The first CSRF token in the page's forms.
    pub fn csrf(&self) -> Option<String> {
        let marker = "name=\"csrf\" value=\"";
        let start = self.body.find(marker)? + marker.len();
        let end = self.body[start..].find('"')?;
        Some(self.body[start..start + end].to_string())
    }
    #[track_caller]
    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(
            self.body.contains(text),
            "expected {text:?} in the page (status {}):\n{}",
            self.status,
            self.body
        );
        self
    }
    #[track_caller]
    pub fn assert_not_contains(&self, text: &str) -> &Self {
        assert!(
            !self.body.contains(text),
            "did not expect {text:?} in the page:\n{}",
            self.body
        );
        self
    }
}

/// A browser-like client: keeps the session cookie and the last page's CSRF token.
#[derive(Clone)]
pub struct Client {
    router: Router,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    pub ip: SocketAddr,
    pub accept_language: Option<String>,
    /// Extra headers for every request (e.g. `sec-fetch-site`).
    pub extra: Vec<(String, String)>,
}

impl Client {
    pub fn new(router: Router) -> Client {
        Client {
            router,
            cookie: None,
            csrf: None,
            ip: "127.0.0.1:50000".parse().expect("addr"),
            accept_language: None,
            extra: vec![],
        }
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> TestResponse {
        req.extensions_mut().insert(ConnectInfo(self.ip));
        if let Some(c) = &self.cookie {
            req.headers_mut()
                .insert(header::COOKIE, c.parse().expect("cookie header"));
        }
        if let Some(l) = &self.accept_language {
            req.headers_mut()
                .insert(header::ACCEPT_LANGUAGE, l.parse().expect("language header"));
        }
        for (k, v) in &self.extra {
            req.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).expect("header name"),
                v.parse().expect("header value"),
            );
        }
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("infallible router");
        let status = res.status();
        let headers = res.headers().clone();
        for sc in headers.get_all(header::SET_COOKIE) {
            let sc = sc.to_str().expect("ascii cookie");
            let pair = sc.split(';').next().unwrap_or("");
            if sc.contains("Max-Age=0") {
                self.cookie = None;
            } else {
                self.cookie = Some(pair.to_string());
            }
        }
        let bytes = axum::body::to_bytes(res.into_body(), 16 * 1024 * 1024)
            .await
            .expect("body");
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let out = TestResponse {
            status,
            headers,
            body,
            bytes: bytes.to_vec(),
        };
        if let Some(t) = out.csrf() {
            self.csrf = Some(t);
        }
        out
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    /// Posts a form with the CSRF token of the last page seen (as a browser would).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        let token = self.csrf.clone().unwrap_or_default();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            all.push(("csrf", &token));
        }
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields (no automatic CSRF token).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Posts a multipart form (file upload) with the CSRF token in the URL, as the
    /// platform's upload forms do. Each part: (name, file name if a file, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        parts: &[(&str, Option<&str>, &[u8])],
    ) -> TestResponse {
        let boundary = "gctcp-test-boundary-7d9f";
        let mut body: Vec<u8> = Vec::new();
        for (name, file, bytes) in parts {
            body.extend(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => body.extend(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                ),
                None => body.extend(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            body.extend(*bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").as_bytes());
        let token = self.csrf.clone().unwrap_or_default();
        let sep = if path.contains('?') { '&' } else { '?' };
        let uri = format!(
            "{path}{sep}csrf={}",
            url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
        );
        let req = Request::post(uri)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Opens the sign-in page and signs in.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> TestResponse {
        let page = self.get("/login").await;
        assert_eq!(page.status, StatusCode::OK);
        self.post("/login", &[("email", email), ("password", password)])
            .await
    }
}
