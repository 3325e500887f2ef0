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
mod common;

use common::{connect, env_num, percentile, request, run_scenarios, sign_in};
use std::time::Instant;

const PASSWORD: &str = "benchmarking the directory at scale";

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
        let existing: (i64,) = gctcp_store::query("SELECT COUNT(*) FROM directory_docs").fetch_one(&db).await.expect("count");
        if (existing.0 as usize) < people {
            let t = Instant::now();
            let hash = gctcp_server::password::hash_blocking(PASSWORD);
            gctcp_demo::people::generate(&db, people - existing.0 as usize, 2026, Some(&hash)).await.expect("demo data");
            if db.backend() == gctcp_store::Backend::Postgres {
                gctcp_store::query("VACUUM ANALYZE").execute(&db).await.expect("vacuum");
            }
            println!("generated {} people in {:.1} s", people - existing.0 as usize, t.elapsed().as_secs_f64());
        }
        let email: (String,) = gctcp_store::query("SELECT email FROM accounts WHERE status = 'active' AND password_hash IS NOT NULL ORDER BY id LIMIT 1").fetch_one(&db).await.expect("a demo person");
        // A person to find with a narrow query: their full e-mail address.
        let narrow: (String,) = gctcp_store::query("SELECT email FROM accounts WHERE status = 'active' ORDER BY id DESC LIMIT 1").fetch_one(&db).await.expect("a person");
        let _ = PlatformRole::FocalPoint;

        let (router, state) = gctcp_server::app(config, db).expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(gctcp_server::serve(router, listener));

        let mut s = connect(addr).await;
        let cookie = sign_in(&mut s, &email.0, PASSWORD).await;
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
        let ids: Vec<(i64,)> = gctcp_store::query("SELECT account_id FROM directory_docs ORDER BY account_id LIMIT 20").fetch_all(&state.db).await.expect("ids");
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
            let mut tx = state.db.begin().await.expect("begin");
            gctcp_store::directory::save_profile(&mut tx, who, &fields).await.expect("save");
            gctcp_store::directory::refresh(&mut tx, who).await.expect("refresh");
            tx.commit().await.expect("commit");
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
        run_scenarios(&mut s, addr, &cookie, rate, seconds, &scenarios, |body| {
            body.find("role=\"status\">")
                .map(|i| body[i + 14..].chars().take_while(|c| c.is_ascii_digit() || *c == ',').filter(|c| *c != ',').collect::<String>())
                .unwrap_or_else(|| "-".into())
        })
        .await;
        println!(
            "search right after a profile edit (x20, unloaded): p50 {:.2} ms, max {:.2} ms — index rebuilt {rebuilds}×, caught up {catch_ups}×",
            percentile(&after_edit, 0.5).as_secs_f64() * 1e3,
            after_edit.last().unwrap().as_secs_f64() * 1e3
        );
    });
}
