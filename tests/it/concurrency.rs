//! Many clients at once against the real server process over TCP: sign-ins (good and
//! bad), profile writes, searches and pages. Every request must get a response (no
//! dropped connection), none a 5xx, the log must show no panic, and each log line must
//! carry its own request's context — never one request's span inside another's.

use super::*;
use gctcp_testkit::{Backend, RealServer};
use std::collections::HashSet;

const CLIENTS: usize = 16;
const ROUNDS: usize = 12;

/// One client's work: sign in, then rounds of reads, a profile write and a failed
/// sign-in from a second, anonymous client. Returns (request IDs seen, failures).
async fn client_work(
    addr: std::net::SocketAddr,
    who: Person,
    n: usize,
) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    let mut failures = Vec::new();
    let mut record = |what: &str, r: Result<TestResponse, String>| match r {
        Ok(res) => {
            if res.status.is_server_error() {
                failures.push(format!("{what}: {}", res.status));
            }
            match res.header("x-request-id") {
                Some(id) => ids.push(id.to_string()),
                None => failures.push(format!("{what}: no request ID")),
            }
        }
        Err(e) => failures.push(format!("{what}: {e}")),
    };
    let get = |path: &str| {
        axum::http::Request::get(path)
            .body(axum::body::Body::empty())
            .expect("request")
    };
    let form = |path: &str, fields: &[(&str, &str)]| {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        axum::http::Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(body))
            .expect("request")
    };
    let mut c = Client::http(addr);
    record("login page", c.try_send(get("/login")).await);
    let csrf = c.csrf.clone().unwrap_or_default();
    record(
        "sign in",
        c.try_send(form(
            "/login",
            &[
                ("email", &who.email),
                ("password", &who.password),
                ("csrf", &csrf),
            ],
        ))
        .await,
    );
    let mut stranger = Client::http(addr);
    for round in 0..ROUNDS {
        let q = ["ari", "王", "jo", "okafor", "al"][round % 5];
        record("search", c.try_send(get(&format!("/people?q={q}"))).await);
        record("dashboard", c.try_send(get("/")).await);
        record("library", c.try_send(get("/library?q=border")).await);
        record("profile", c.try_send(get("/profile")).await);
        let csrf = c.csrf.clone().unwrap_or_default();
        let title = format!("Coordinator {n}-{round}");
        record(
            "profile save",
            c.try_send(form(
                "/profile",
                &[
                    ("name", &who.name),
                    ("title", &title),
                    ("phone_office", ""),
                    ("phone_mobile", ""),
                    ("office", "Nairobi"),
                    ("bio", ""),
                    ("phone_visibility", "all"),
                    ("time_zone", "Africa/Nairobi"),
                    ("locale", "en"),
                    ("languages", "en"),
                    ("csrf", &csrf),
                ],
            ))
            .await,
        );
        record(
            "anonymous login page",
            stranger.try_send(get("/login")).await,
        );
        let csrf = stranger.csrf.clone().unwrap_or_default();
        record(
            "failed sign-in",
            stranger
                .try_send(form(
                    "/login",
                    &[
                        ("email", &format!("nobody{n}@un.org")),
                        ("password", "not the password at all, sorry"),
                        ("csrf", &csrf),
                    ],
                ))
                .await,
        );
    }
    (ids, failures)
}

dual!(
    many_concurrent_clients_get_answers_and_their_own_log_context,
    |app| {
        let mut people = Vec::new();
        for n in 0..CLIENTS {
            people.push(
                app.focal_point(
                    &format!("fp{n}@un.org"),
                    ["KEN", "FRA", "UNODC", "CHN"][n % 4],
                )
                .await,
            );
        }
        let mut server =
            RealServer::start(env!("CARGO_BIN_EXE_gctcp").as_ref(), &app, "info").await;
        let mut tasks = tokio::task::JoinSet::new();
        for (n, p) in people.into_iter().enumerate() {
            tasks.spawn(client_work(server.addr, p, n));
        }
        let mut ids = Vec::new();
        let mut failures = Vec::new();
        while let Some(done) = tasks.join_next().await {
            let (i, f) = done.expect("client task");
            ids.extend(i);
            failures.extend(f);
        }
        // A megabyte-long address (no URI type can hold it, so over a raw socket): the
        // server answers with a 4xx, it does not just drop the connection.
        for target in [
            format!("/people?q={}", "M".repeat(1 << 20)),
            format!("/people/{}", "9".repeat(1 << 20)),
        ] {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let mut tcp = tokio::net::TcpStream::connect(server.addr)
                .await
                .expect("connect");
            let head =
                format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            // The server may stop reading once it has seen enough.
            let _ = tcp.write_all(head.as_bytes()).await;
            let mut answer = Vec::new();
            let _ = tcp.read_to_end(&mut answer).await;
            let status_line = String::from_utf8_lossy(&answer[..answer.len().min(40)]).to_string();
            assert!(
                status_line.starts_with("HTTP/1.1 4"),
                "a megabyte address got {status_line:?}"
            );
        }
        assert!(server.stop().success(), "clean shutdown");
        let log = server.log();
        assert!(failures.is_empty(), "failed requests: {failures:#?}");
        assert_eq!(ids.len(), CLIENTS * (2 + ROUNDS * 7));
        assert!(!log.contains("panic"), "a panic in the log:\n{log}");
        assert!(
            !log.contains('\u{1b}'),
            "colour codes in a log written to a file"
        );
        // Every request's line says "served" inside exactly its own span.
        let mut served = HashSet::new();
        for line in log.lines() {
            let contexts = line.matches("request{").count();
            assert!(
                contexts <= 1,
                "one request's span logged inside another's: {line}"
            );
            if line.contains(": served ") {
                if let Some(id) = line
                    .split("request{id=")
                    .nth(1)
                    .and_then(|r| r.split([' ', '}']).next())
                {
                    served.insert(id.to_string());
                }
            }
        }
        for id in &ids {
            assert!(served.contains(id), "no log line for request {id}");
        }
        // Audit lines (sign-ins, profile saves) are logged inside their request's span.
        let audit_lines: Vec<&str> = log.lines().filter(|l| l.contains("audit")).collect();
        assert!(!audit_lines.is_empty(), "sign-ins are in the log");
        for l in audit_lines {
            assert!(
                l.contains("request{id="),
                "audit line outside a request: {l}"
            );
        }
    }
);

dual!(
    writes_abandoned_at_any_moment_leave_no_transaction_behind,
    |app| {
        // Requests whose client goes away are dropped wherever they are — while a
        // transaction begins, runs or commits. None may leave a connection in the pool
        // inside a transaction nobody ends (later writes would then fail, or be nested
        // in it and never committed).
        let db = app.db().clone();
        let mut abandoning = Vec::new();
        for t in 0..8u64 {
            let db = db.clone();
            abandoning.push(tokio::spawn(async move {
                for i in 0..150u64 {
                    let db = db.clone();
                    let _ = tokio::time::timeout(
                        std::time::Duration::from_micros((i * 7 + t * 13) % 400),
                        async move {
                            let mut tx = db.begin().await?;
                            gctcp_store::query("SELECT COUNT(*) FROM accounts")
                                .fetch_one::<(i64,)>(&mut tx)
                                .await?;
                            tx.commit().await
                        },
                    )
                    .await;
                }
            }));
        }
        for a in abandoning {
            a.await.unwrap();
        }
        // Every connection of the pool still begins, writes and commits.
        for i in 0..40 {
            let mut tx = db.begin().await.expect("a transaction begins");
            gctcp_store::query(
                "INSERT INTO sign_in_throttle (key, failures, window_started_at)
                 VALUES ($1, 0, CURRENT_TIMESTAMP)",
            )
            .bind(format!("abandon-check-{i}"))
            .execute(&mut tx)
            .await
            .expect("a write");
            tx.commit().await.expect("a commit");
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM sign_in_throttle WHERE key LIKE 'abandon-check-%'")
                .await,
            40
        );
    }
);

dual!(a_lone_write_waits_its_turn_among_transactions, |app| {
    // A statement run outside a transaction writes in its turn: on SQLite it waits
    // for the same turn as transactions, first come, first served (SQLite's busy
    // handler alone let such a write lose the lock for seconds under a stream of
    // transactions); on PostgreSQL the row's lock orders them. Every write lands.
    use std::sync::{Arc, Mutex};
    let db = app.db().clone();
    let bump = "UPDATE sign_in_throttle SET failures = failures + 1 WHERE key = 'turns'";
    gctcp_store::query(
        "INSERT INTO sign_in_throttle (key, failures, window_started_at)
             VALUES ('turns', 0, CURRENT_TIMESTAMP)",
    )
    .execute(&db)
    .await
    .expect("the row");
    let order: Arc<Mutex<Vec<&str>>> = Arc::default();
    let mut first = db.begin().await.expect("a transaction");
    gctcp_store::query(bump)
        .execute(&mut first)
        .await
        .expect("its write");
    let lone = {
        let (db, order) = (db.clone(), order.clone());
        tokio::spawn(async move {
            let n = gctcp_store::query(bump).execute(&db).await;
            order.lock().unwrap().push("lone write");
            n
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let next = {
        let (db, order) = (db.clone(), order.clone());
        tokio::spawn(async move {
            let mut tx = db.begin().await?;
            order.lock().unwrap().push("next transaction");
            gctcp_store::query(bump).execute(&mut tx).await?;
            tx.commit().await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        order.lock().unwrap().iter().all(|w| *w != "lone write"),
        "the lone write waited for the open transaction"
    );
    first.commit().await.expect("the first commit");
    assert_eq!(lone.await.unwrap().expect("the lone write lands"), 1);
    next.await.unwrap().expect("the next transaction lands");
    assert_eq!(
        app.count("SELECT failures FROM sign_in_throttle WHERE key = 'turns'")
            .await,
        3
    );
    if app.backend == Backend::Sqlite {
        assert_eq!(
            *order.lock().unwrap(),
            ["lone write", "next transaction"],
            "the lone write asked first, so it wrote first"
        );
    }
});
