//! Library search latency over HTTP, through the whole stack, at a steady request rate,
//! next to a bare handler of the same server in the same run.
//!
//!   cargo bench -p gctcp-server --bench library                   # SQLite, 50,000 resources
//!   GCTCP_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1/gctcp_bench_library \
//!     cargo bench -p gctcp-server --bench library                 # PostgreSQL
//!
//! Environment: GCTCP_BENCH_RESOURCES (50000), GCTCP_BENCH_PEOPLE (2000), GCTCP_BENCH_RATE
//! (requests/s, 25), GCTCP_BENCH_SECONDS (per scenario, 12). The searcher is a focal point
//! (not an administrator), so the access policy is applied to every resource. The demo data
//! (real generated files, text extracted) is kept between runs.

mod common;

use common::{connect, env_num, percentile, request, run_scenarios, sign_in};
use gctcp_server::config::{Config, Secret};
use std::time::Instant;

const PASSWORD: &str = "benchmarking the library at scale";

fn main() {
    let resources = env_num("GCTCP_BENCH_RESOURCES", 50_000) as usize;
    let people = env_num("GCTCP_BENCH_PEOPLE", 2_000) as usize;
    let rate = env_num("GCTCP_BENCH_RATE", 25);
    let seconds = env_num("GCTCP_BENCH_SECONDS", 12);
    let dir = std::env::temp_dir().join(format!("gctcp-bench-library-{resources}"));
    std::fs::create_dir_all(&dir).expect("bench dir");
    let url = std::env::var("GCTCP_BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.join("library.db").display()));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let mut config = Config::for_data_dir(&dir);
        config.database_url = Secret(url.clone());
        config.db_max_connections = 8;
        // Blobs beside the database they belong to (one folder per backend).
        let tag = if url.starts_with("sqlite") { "sqlite" } else { "postgres" };
        config.blob_dir = dir.join(format!("blobs-{tag}"));
        let db = gctcp_server::open_db(&config).await.expect("database");
        let count = |sql: &'static str| {
            let db = db.clone();
            async move {
                let n: i64 = gctcp_store::query(sql).scalar(&db).await.expect("count");
                n as usize
            }
        };
        let have_people = count("SELECT COUNT(*) FROM accounts WHERE status = 'active'").await;
        if have_people < people {
            let hash = gctcp_server::password::hash_blocking(PASSWORD);
            gctcp_demo::people::generate(&db, people - have_people, 2026, Some(&hash))
                .await
                .expect("people");
        }
        let have = count("SELECT COUNT(*) FROM resources").await;
        if have < resources {
            let t = Instant::now();
            let blobs = gctcp_store::blobs::Blobs::local(&config.blob_dir).expect("blobs");
            let s = gctcp_demo::library::generate(&db, &blobs, resources - have, 2026)
                .await
                .expect("resources");
            if db.backend() == gctcp_store::Backend::Postgres {
                gctcp_store::query("VACUUM ANALYZE").execute(&db).await.expect("vacuum");
            }
            println!(
                "generated {} resources ({} files, {:.0} MB) in {:.1} s",
                s.resources,
                s.files,
                s.bytes as f64 / 1e6,
                t.elapsed().as_secs_f64()
            );
        }
        // A focal point who belongs to at least one space: restricted resources of that
        // space are visible to them, the others are not.
        let email: String = gctcp_store::query(
            "SELECT a.email FROM accounts a WHERE a.status = 'active' AND a.role = 'focal_point'
             AND a.password_hash IS NOT NULL
             AND EXISTS (SELECT 1 FROM space_members m WHERE m.account_id = a.id)
             ORDER BY a.id LIMIT 1",
        )
        .scalar(&db)
        .await
        .expect("a demo person");
        // A narrow query: one resource's UN symbol.
        let symbol: String = gctcp_store::query(
            "SELECT symbol FROM resources WHERE symbol LIKE 'A/RES/%' AND visibility = 'all'
             ORDER BY id DESC LIMIT 1",
        )
        .scalar(&db)
        .await
        .expect("a symbol");
        let total: i64 = gctcp_store::query("SELECT COUNT(*) FROM resources")
            .scalar(&db)
            .await
            .expect("count");

        let (router, state) = gctcp_server::app(config, db).expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(gctcp_server::serve(router, listener));
        let mut s = connect(addr).await;
        let cookie = sign_in(&mut s, &email, PASSWORD).await;
        let enc = |q: &str| url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>();
        let scenarios: Vec<(&str, String)> = vec![
            ("bare handler (/healthz)", "/healthz".into()),
            ("narrow: one UN symbol", format!("/library?q={}", enc(&symbol))),
            ("word inside files 'interoperability'", "/library?q=interoperability".into()),
            ("two words + pillar + type", "/library?q=victims+terrorism&pillar=1&type=report".into()),
            ("broad 'terrorism' (ranked)", "/library?q=terrorism".into()),
            ("broad 'terrorism', newest first", "/library?q=terrorism&sort=newest".into()),
            ("Cyrillic 'терроризма'", format!("/library?q={}", enc("терроризма"))),
            ("Arabic 'الإرهاب'", format!("/library?q={}", enc("الإرهاب"))),
            ("Chinese '边境安全'", format!("/library?q={}", enc("边境安全"))),
            ("Chinese two characters '反恐'", format!("/library?q={}", enc("反恐"))),
            ("Chinese one character '恐'", format!("/library?q={}", enc("恐"))),
            ("browse all, 7 facets, page 1", "/library".into()),
            ("browse: pillar 2 + year 2020", "/library?pillar=2&year=2020".into()),
            ("browse page 100", "/library?page=100".into()),
        ];
        // A search right after an edit: the node catches up on that one resource.
        let mut after_edit = Vec::new();
        let ids: Vec<(i64,)> =
            gctcp_store::query("SELECT id FROM resources WHERE visibility = 'all' ORDER BY id LIMIT 20")
                .fetch_all(&state.db)
                .await
                .expect("ids");
        for (i, (id,)) in ids.iter().enumerate() {
            let full = gctcp_store::library::get(&state.db, *id).await.expect("get").expect("exists");
            let mut fields = gctcp_store::library::Fields {
                valid: gctcp_domain::library::Valid {
                    title: format!("{} (rev. {i})", full.r.title),
                    summary: full.r.summary.clone(),
                    doc_type: full.r.doc_type.clone(),
                    symbol: full.r.symbol.clone(),
                    url: full.r.url.clone(),
                    lang: full.r.lang.clone(),
                    published_on: full.r.published_on,
                    visibility: full.r.visibility.clone(),
                },
                org: gctcp_domain::OrgId(full.r.org_id),
                space: full.r.space_id.map(gctcp_domain::SpaceId),
                pillars: full.pillars.clone(),
                themes: full.themes.clone(),
                reader_spaces: full.reader_spaces.clone(),
                reader_orgs: full.reader_orgs.clone(),
            };
            fields.valid.summary.push(' ');
            gctcp_app::library::update(&state, &as_admin(full.r.created_by, full.r.org_id), *id, &fields)
                .await
                .expect("update");
            let t = Instant::now();
            let (status, _, _) = request(&mut s, "GET", "/library?q=terrorism", &cookie, None).await;
            assert_eq!(status, 200);
            after_edit.push(t.elapsed());
        }
        after_edit.sort();
        let (rebuilds, catch_ups) = state.library.stats();
        let backend = match state.db.backend() {
            gctcp_store::Backend::Sqlite => "SQLite",
            gctcp_store::Backend::Postgres => "PostgreSQL",
        };
        println!(
            "\nlibrary over HTTP — {backend}, {total} resources, searched by a focal point, {rate} req/s for {seconds} s per scenario, 4 connections"
        );
        run_scenarios(&mut s, addr, &cookie, rate, seconds, &scenarios, |body| {
            let Some(i) = body.find("id=\"results-heading\" role=\"status\">") else {
                return "-".into();
            };
            let rest = &body[i + 35..];
            if rest.starts_with("One ") {
                return "1".into();
            }
            if rest.starts_with("No ") {
                return "0".into();
            }
            rest.chars().take_while(|c| c.is_ascii_digit()).collect()
        })
        .await;
        println!(
            "search right after an edit (x20, unloaded): p50 {:.2} ms, max {:.2} ms — index rebuilt {rebuilds}×, caught up {catch_ups}×",
            percentile(&after_edit, 0.5).as_secs_f64() * 1e3,
            after_edit.last().unwrap().as_secs_f64() * 1e3
        );
        // The text budget: a file at the per-file budget (a ~3,000-page report), from
        // upload to searchable, and an edit of its details afterwards (which rewrites
        // the resource's search text in one transaction).
        let line = "The committee reviewed the implementation of resolution 2396 on returning foreign terrorist fighters.\n";
        let budget = gctcp_store::library::TEXT_MAX;
        let big = line.repeat(budget / line.len());
        let (id0,) = ids[0];
        let full = gctcp_store::library::get(&state.db, id0).await.expect("get").expect("exists");
        let mut fields = gctcp_store::library::Fields {
            valid: gctcp_domain::library::Valid {
                title: "Budget test: a very long report".into(),
                summary: String::new(),
                doc_type: "report".into(),
                symbol: String::new(),
                url: None,
                lang: "en".into(),
                published_on: full.r.published_on,
                visibility: "all".into(),
            },
            org: gctcp_domain::OrgId(full.r.org_id),
            space: None,
            pillars: vec![],
            themes: vec![],
            reader_spaces: vec![],
            reader_orgs: vec![],
        };
        let by = gctcp_domain::AccountId(full.r.created_by);
        let t = Instant::now();
        let actor = as_admin(by.0, full.r.org_id);
        let staged = state.blobs.stage_bytes(big.as_bytes()).await.expect("stage");
        let upload = gctcp_app::library::accept_upload(&state, "long.txt", staged)
            .await
            .expect("accepted");
        let long_id = gctcp_app::library::create(&state, &actor, &fields, &[("en", &upload)])
            .await
            .expect("long file");
        state.extractor.notify_one();
        while gctcp_store::library::pending(&state.db).await.expect("pending") > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let indexed = t.elapsed();
        fields.valid.summary = "Edited after upload.".into();
        let t = Instant::now();
        gctcp_app::library::update(&state, &actor, long_id, &fields).await.expect("update");
        let edit = t.elapsed();
        let t = Instant::now();
        let (status, _, _) = request(&mut s, "GET", "/library?q=zanzibarcorridor+2396", &cookie, None).await;
        assert_eq!(status, 200);
        let search = t.elapsed();
        println!(
            "text budget: a {:.1} MB file ({} characters) searchable {:.2} s after upload; an edit of its details {:.0} ms; a search right after {:.0} ms",
            big.len() as f64 / 1e6,
            big.len(),
            indexed.as_secs_f64(),
            edit.as_secs_f64() * 1e3,
            search.as_secs_f64() * 1e3
        );
        gctcp_app::library::delete(&state, &actor, long_id).await.ok();
    });
}

/// The author of a resource, with administrator rights (the benchmark edits resources
/// of many authors).
fn as_admin(id: i64, org: i64) -> gctcp_app::Actor {
    let viewer = gctcp_domain::policy::Viewer {
        id: gctcp_domain::AccountId(id),
        org: gctcp_domain::OrgId(org),
        role: gctcp_domain::PlatformRole::Admin,
        spaces: Default::default(),
    };
    gctcp_app::Actor::person(&viewer, None)
}
