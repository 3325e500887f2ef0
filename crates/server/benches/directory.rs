//! Directory search latency over HTTP, through the whole stack (TCP, session, CSRF-free
//! GETs, database, templates), at a steady request rate, next to a bare handler of the
//! same server in the same run.
//!
//!   cargo bench -p gctcp-server --bench directory                   # SQLite, 100,000 people
//!   GCTCP_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1/gctcp_bench \
//!     cargo bench -p gctcp-server --bench directory                 # PostgreSQL
//!
//! Environment: GCTCP_BENCH_PEOPLE (100000), GCTCP_BENCH_RATE (requests/s, 25),
//! GCTCP_BENCH_SECONDS (per scenario, 12). Latency is measured from each request's
//! scheduled start, so a slow response also delays (and is charged to) the ones queued
//! behind it: no coordinated omission. The database is kept between runs.

use gctcp_domain::PlatformRole;
use gctcp_server::config::{Config, Secret};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::Request;
use hyper_util::rt::TokioIo;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

const PASSWORD: &str = "benchmarking the directory at scale";

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

async fn connect(addr: std::net::SocketAddr) -> Sender {
    let stream = TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).ok();
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    sender
}

async fn request(
    s: &mut Sender,
    method: &str,
    path: &str,
    cookie: &str,
    body: Option<String>,
) -> (u16, Vec<String>, String) {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header("host", "127.0.0.1")
        .header("accept-encoding", "identity");
    if !cookie.is_empty() {
        b = b.header("cookie", cookie);
    }
    if body.is_some() {
        b = b.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = b
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .expect("request");
    s.ready().await.expect("ready");
    let res = s.send_request(req).await.expect("send");
    let status = res.status().as_u16();
    let cookies = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_string())
        .collect();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, cookies, String::from_utf8_lossy(&body).into_owned())
}

fn csrf(body: &str) -> String {
    let m = "name=\"csrf\" value=\"";
    let s = body.find(m).expect("csrf field") + m.len();
    body[s..s + body[s..].find('"').unwrap()].to_string()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

struct Stats {
    p50: Duration,
    p99: Duration,
    max: Duration,
    n: usize,
    errors: usize,
}

/// Open-loop load: `rate` requests per second for `seconds`, over `conns` keep-alive
/// connections.
async fn load(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: &str,
    rate: u64,
    seconds: u64,
    conns: usize,
) -> Stats {
    let total = (rate * seconds) as usize;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let start = Instant::now() + Duration::from_millis(50);
    let mut tasks = Vec::new();
    for c in 0..conns {
        let path = path.to_string();
        let cookie = cookie.to_string();
        tasks.push(tokio::spawn(async move {
            let mut s = connect(addr).await;
            let mut out = Vec::new();
            let mut errors = 0;
            let mut i = c;
            while i < total {
                let scheduled = start + interval * i as u32;
                tokio::time::sleep_until(scheduled.into()).await;
                let (status, _, _) = request(&mut s, "GET", &path, &cookie, None).await;
                if status != 200 {
                    errors += 1;
                }
                out.push(scheduled.elapsed());
                i += conns;
            }
            (out, errors)
        }));
    }
    let mut all = Vec::with_capacity(total);
    let mut errors = 0;
    for t in tasks {
        let (v, e) = t.await.expect("task");
        all.extend(v);
        errors += e;
    }
    all.sort();
    Stats {
        p50: percentile(&all, 0.5),
        p99: percentile(&all, 0.99),
        max: *all.last().unwrap(),
        n: all.len(),
        errors,
    }
}

fn main() {
    let people = env_num("GCTCP_BENCH_PEOPLE", 100_000) as usize;
    let rate = env_num("GCTCP_BENCH_RATE", 25);
    let seconds = env_num("GCTCP_BENCH_SECONDS", 12);
    let dir = std::env::temp_dir().join("gctcp-bench");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let url = std::env::var("GCTCP_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}",
            dir.join(format!("directory-{people}.db")).display()
        )
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let mut config = Config::for_data_dir(&dir);
        config.database_url = Secret(url.clone());
        config.db_max_connections = 8;
        let db = gctcp_server::open_db(&config).await.expect("database");
        let existing: (i64,) = gctcp_store::on_db!(&db, |pool| sqlx::query_as("SELECT COUNT(*) FROM directory_docs").fetch_one(pool).await.expect("count"));
        if (existing.0 as usize) < people {
            let t = Instant::now();
            let hash = gctcp_server::password::hash_blocking(PASSWORD);
            gctcp_store::demo::generate(&db, people - existing.0 as usize, 2026, Some(&hash)).await.expect("demo data");
            if let gctcp_store::Db::Postgres(pool) = &db {
                sqlx::query("VACUUM ANALYZE").execute(pool).await.expect("vacuum");
            }
            println!("generated {} people in {:.1} s", people - existing.0 as usize, t.elapsed().as_secs_f64());
        }
        let email: (String,) = gctcp_store::on_db!(&db, |pool| sqlx::query_as("SELECT email FROM accounts WHERE status = 'active' AND password_hash IS NOT NULL ORDER BY id LIMIT 1").fetch_one(pool).await.expect("a demo person"));
        // A person to find with a narrow query: their full e-mail address.
        let narrow: (String,) = gctcp_store::on_db!(&db, |pool| sqlx::query_as("SELECT email FROM accounts WHERE status = 'active' ORDER BY id DESC LIMIT 1").fetch_one(pool).await.expect("a person"));
        let _ = PlatformRole::FocalPoint;

        let (router, state) = gctcp_server::app(config, db).expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(gctcp_server::serve(router, listener));

        // Sign in over HTTP like a browser.
        let mut s = connect(addr).await;
        let (_, cookies, body) = request(&mut s, "GET", "/login", "", None).await;
        let anon = cookies.first().cloned().unwrap_or_default();
        let form = format!(
            "csrf={}&email={}&password={}",
            csrf(&body),
            url::form_urlencoded::byte_serialize(email.0.as_bytes()).collect::<String>(),
            url::form_urlencoded::byte_serialize(PASSWORD.as_bytes()).collect::<String>()
        );
        let (status, cookies, _) = request(&mut s, "POST", "/login", &anon, Some(form)).await;
        assert_eq!(status, 303, "sign-in for the benchmark failed");
        let cookie = cookies.first().cloned().expect("session cookie");
        let enc = |q: &str| url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>();
        let scenarios: Vec<(&str, String)> = vec![
            ("bare handler (/healthz)", "/healthz".into()),
            ("narrow search (one e-mail)", format!("/people?q={}", enc(&narrow.0))),
            ("narrow search (name + 2 filters)", format!("/people?q={}&region=Europe&lang=ru", enc("Петров"))),
            ("broad search 'ari'", "/people?q=ari".into()),
            ("broad search 'ari' + filter", "/people?q=ari&lang=fr".into()),
            ("one-character search '王'", format!("/people?q={}", enc("王"))),
            ("browse all, facets, page 1", "/people".into()),
            ("browse page 200", "/people?page=200".into()),
        ];
        // A search right after someone edits their profile: the node catches up by
        // re-reading that one person (sequential, unloaded: pure service time).
        let mut after_edit = Vec::new();
        let ids: Vec<(i64,)> = gctcp_store::on_db!(&state.db, |pool| sqlx::query_as("SELECT account_id FROM directory_docs ORDER BY account_id LIMIT 20").fetch_all(pool).await.expect("ids"));
        for (i, (id,)) in ids.iter().enumerate() {
            let who = gctcp_domain::AccountId(*id);
            let p = gctcp_store::directory::person(&state.db, who).await.expect("person").expect("exists");
            let exp = gctcp_store::directory::expertise(&state.db, who).await.expect("expertise");
            let fields = gctcp_store::directory::ProfileFields {
                display_name: p.display_name.clone(),
                title: format!("Edited title {i}"),
                phone_office: p.phone_office,
                phone_mobile: p.phone_mobile,
                office: p.office,
                bio: p.bio,
                phone_visibility: p.phone_visibility,
                time_zone: p.time_zone,
                ui_locale: None,
                languages: exp.languages,
                themes: exp.themes,
                pillars: exp.pillars,
                org: None,
            };
            gctcp_store::directory::save_profile(&state.db, who, &fields).await.expect("save");
            let t = Instant::now();
            let (status, _, _) = request(&mut s, "GET", "/people?q=ari", &cookie, None).await;
            assert_eq!(status, 200);
            after_edit.push(t.elapsed());
        }
        after_edit.sort();
        let (rebuilds, catch_ups) = state.directory.stats();
        let backend = match state.db.backend() {
            gctcp_store::Backend::Sqlite => "SQLite",
            gctcp_store::Backend::Postgres => "PostgreSQL",
        };
        println!("\ndirectory over HTTP — {backend}, {people} people, {rate} req/s for {seconds} s per scenario, 4 connections");
        println!("{:<36} {:>8} {:>9} {:>9} {:>9} {:>8}", "scenario", "hits", "p50 ms", "p99 ms", "max ms", "p50/bare");
        let mut bare = None;
        for (name, path) in scenarios {
            let (_, _, body) = request(&mut s, "GET", &path, &cookie, None).await;
            let hits = body
                .find("role=\"status\">")
                .map(|i| body[i + 14..].chars().take_while(|c| c.is_ascii_digit() || *c == ',').filter(|c| *c != ',').collect::<String>())
                .unwrap_or_else(|| "-".into());
            let st = load(addr, &path, &cookie, rate, seconds, 4).await;
            let b = *bare.get_or_insert(st.p50);
            println!(
                "{:<36} {:>8} {:>9.2} {:>9.2} {:>9.2} {:>8.1}{}",
                name,
                hits,
                st.p50.as_secs_f64() * 1e3,
                st.p99.as_secs_f64() * 1e3,
                st.max.as_secs_f64() * 1e3,
                st.p50.as_secs_f64() / b.as_secs_f64(),
                if st.errors > 0 { format!("  ({} errors of {})", st.errors, st.n) } else { String::new() }
            );
        }
        println!(
            "search right after a profile edit (x20, unloaded): p50 {:.2} ms, max {:.2} ms — index rebuilt {rebuilds}×, caught up {catch_ups}×",
            percentile(&after_edit, 0.5).as_secs_f64() * 1e3,
            after_edit.last().unwrap().as_secs_f64() * 1e3
        );
    });
}
