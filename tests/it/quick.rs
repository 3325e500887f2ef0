//! The connections kept for reading sessions (`gctcp_store::quick`): given back after a
//! read that ended well, never after one that failed or was cut short, and a read that
//! finds them all busy goes to the pool.

use super::*;
use gctcp_store::quick::Quick;
use gctcp_store::{query, Backend};
use std::time::Duration;

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct N {
    n: i64,
}

async fn read(q: &Quick, n: i64) -> gctcp_store::Result<Option<N>> {
    q.fetch_optional(query("SELECT CAST($1 AS BIGINT) AS n").bind(n))
        .await
}

/// The PostgreSQL backend serving a quick read.
async fn backend(q: &Quick) -> i64 {
    q.fetch_optional::<N>(query("SELECT CAST(pg_backend_pid() AS BIGINT) AS n"))
        .await
        .expect("read")
        .expect("a row")
        .n
}

dual!(
    quick_reads_keep_only_connections_whose_read_ended_well,
    |app| {
        let q = Quick::new(app.db().clone(), 2);
        assert_eq!(q.idle(), 0, "nothing is opened before it is needed");
        assert_eq!(read(&q, 7).await.expect("read"), Some(N { n: 7 }));
        assert_eq!(q.idle(), 1, "the connection is kept after a good read");
        assert_eq!(read(&q, 8).await.expect("read"), Some(N { n: 8 }));
        assert_eq!(q.idle(), 1, "and used again");

        // A failed read drops its connection.
        let failed: gctcp_store::Result<Option<N>> =
            q.fetch_optional(query("SELECT n FROM no_such_table")).await;
        assert!(failed.is_err());
        assert_eq!(q.idle(), 0, "a connection whose read failed is not kept");

        // A read cut short (its request dropped) drops its connection: the next read
        // gets its own answer, not what was left of the other one.
        assert_eq!(read(&q, 1).await.expect("read"), Some(N { n: 1 }));
        let slow = match app.backend {
            Backend::Sqlite => {
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000000)
                 SELECT MAX(i) AS n FROM c"
            }
            Backend::Postgres => "SELECT CAST(1 AS BIGINT) AS n FROM pg_sleep(3)",
        };
        let cut = tokio::time::timeout(
            Duration::from_millis(30),
            q.fetch_optional::<N>(query(slow)),
        )
        .await;
        assert!(cut.is_err(), "the slow read was cut short");
        assert_eq!(q.idle(), 0, "a read cut short gives nothing back");
        assert_eq!(read(&q, 9).await.expect("read"), Some(N { n: 9 }));
        assert_eq!(q.idle(), 1);

        // A kept connection the server has ended (a restart, a killed backend): the read
        // that finds it out is made again on a new connection, and answers.
        if app.backend == Backend::Postgres {
            // The product's connections, kept or pooled, plan no parallel queries (the
            // server's default plans two workers; see `Db::connect`).
            let setting =
                "SELECT CAST(current_setting('max_parallel_workers_per_gather') AS BIGINT) AS n";
            assert_eq!(
                q.fetch_optional::<N>(query(setting)).await.expect("read"),
                Some(N { n: 0 })
            );
            let pooled: Option<N> = query(setting).fetch_optional(app.db()).await.expect("read");
            assert_eq!(pooled, Some(N { n: 0 }));

            let pid = backend(&q).await;
            assert_eq!(q.idle(), 1);
            query("SELECT pg_terminate_backend(CAST($1 AS INTEGER))")
                .bind(pid)
                .execute(app.db())
                .await
                .expect("terminate");
            for _ in 0..100 {
                let alive: Option<N> = query(
                    "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM pg_stat_activity WHERE pid = $1",
                )
                .bind(pid)
                .fetch_optional(app.db())
                .await
                .expect("read");
                if alive == Some(N { n: 0 }) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            assert_eq!(
                read(&q, 11).await.expect("the read after the kill answers"),
                Some(N { n: 11 })
            );
            let again = backend(&q).await;
            assert_ne!(again, pid, "the ended connection was replaced");
            assert_eq!(q.idle(), 1, "by one that is kept");
        }

        // With none of its own free, a read goes to the pool and keeps nothing.
        let none = Quick::new(app.db().clone(), 0);
        assert_eq!(read(&none, 5).await.expect("read"), Some(N { n: 5 }));
        assert_eq!(none.idle(), 0);

        // Once the pool is closed, so are these: reads fail as on the pool.
        app.db().close().await;
        assert!(
            read(&q, 3).await.is_err(),
            "a read after the pool closed fails"
        );
        assert_eq!(q.idle(), 0, "and the kept connections are closed");
    }
);

// Each node keeps the signed-in accounts' details by the account's version
// (`sessions::Signed`); every change to the account row or to its memberships moves the
// version (triggers), so the very next page shows it, however the change was made.
dual!(
    the_next_page_shows_the_account_as_it_now_is_however_it_was_changed,
    |app| {
        let p = app.focal_point("amina.o@mfa.go.ke", "KEN").await;
        let wg = app.working_group(3).await;
        let link = format!("href=\"/spaces/{}\"", wg.0);
        // Written straight to the database, as an operator or another node would.
        let write = async |sql: &str| app.exec(&sql.replace("{me}", &p.id.0.to_string())).await;
        let mut c = app.signed_in(&p).await;
        let dash = c.get("/").await;
        assert_eq!(dash.status, StatusCode::OK);
        dash.assert_contains(&p.name).assert_not_contains(&link);

        write("UPDATE accounts SET display_name = 'Amina Renamed', title = 'Deputy Permanent Representative' WHERE id = {me}").await;
        c.get("/")
            .await
            .assert_contains("Amina Renamed")
            .assert_contains("Deputy Permanent Representative")
            .assert_not_contains(&p.name);

        app.add_to_space(wg, p.id, SpaceRole::Member).await;
        c.get("/").await.assert_contains(&link);

        write("DELETE FROM space_members WHERE account_id = {me}").await;
        c.get("/").await.assert_not_contains(&link);

        write("UPDATE accounts SET ui_locale = 'fr' WHERE id = {me}").await;
        c.get("/").await.assert_contains("<html lang=\"fr\"");

        // Deactivated: the session ends at its next request, kept details or not.
        write("UPDATE accounts SET status = 'deactivated' WHERE id = {me}").await;
        let after = c.get("/").await;
        assert_ne!(after.status, StatusCode::OK, "{}", after.body);
    }
);

// On SQLite the session read every signed-in request makes runs on the calling thread
// (`Quick::inline`, a connection of its own); it reads what the usual way reads, and
// anything it cannot read as sqlx would sends the read the usual way.
dual!(
    a_session_reads_the_same_on_the_calling_thread_and_falls_back_when_it_cannot,
    |app| {
        use gctcp_store::sessions;
        let p = app.focal_point("amina.o@mfa.go.ke", "KEN").await;
        let write = sessions::Write {
            id_hash: "a-session-of-amina",
            account_id: Some(p.id.0),
            epoch: 3,
            csrf_token: "csrf-of-amina",
            locale: Some("fr"),
        };
        assert!(sessions::create(app.db(), &write).await.expect("create"));
        // Two unread notifications and one read.
        for read_at in ["NULL", "NULL", "'2026-01-02T03:04:05+00:00'"] {
            app.exec(&format!(
                "INSERT INTO notifications (account_id, kind, link, created_at, read_at)
                 VALUES ({}, 'mention', '/', '2026-01-01T00:00:00+00:00', {read_at})",
                p.id.0
            ))
            .await;
        }
        let q = Quick::new(app.db().clone(), 2);
        let before = chrono::Utc::now();
        let r = sessions::load(&q, "a-session-of-amina")
            .await
            .expect("read")
            .expect("the session is there");
        assert_eq!(r.id_hash, "a-session-of-amina");
        assert_eq!(r.account_id, Some(p.id.0));
        assert_eq!(
            (r.epoch, r.csrf_token.as_str(), r.locale.as_deref()),
            (3, "csrf-of-amina", Some("fr"))
        );
        assert_eq!(r.account_status.as_deref(), Some("active"));
        assert!(r.account_epoch.is_some() && r.account_version.is_some());
        assert_eq!(r.unread, Some(2));
        assert!(
            r.generations().iter().any(Option::is_some),
            "{:?}",
            r.generations
        );
        let age = before - r.created_at;
        assert!(
            age < chrono::Duration::minutes(1) && age > chrono::Duration::seconds(-5),
            "{age}"
        );
        assert_eq!(r.created_at, r.last_seen_at);
        match app.backend {
            Backend::Sqlite => {
                assert_eq!(
                    (q.idle_inline(), q.idle()),
                    (1, 0),
                    "read on the calling thread"
                )
            }
            Backend::Postgres => {
                assert_eq!(
                    (q.idle_inline(), q.idle()),
                    (0, 1),
                    "read on a kept connection"
                )
            }
        }
        assert!(sessions::load(&q, "no-such-session")
            .await
            .expect("read")
            .is_none());

        // A time in another form than sqlx writes (as SQL's own CURRENT_TIMESTAMP would):
        // on SQLite the read on the calling thread gives up and the usual read decodes it.
        app.exec("UPDATE sessions SET last_seen_at = '2026-12-01 10:20:30' WHERE id_hash = 'a-session-of-amina'")
            .await;
        if app.backend == Backend::Sqlite {
            let r = sessions::load(&q, "a-session-of-amina")
                .await
                .expect("read")
                .expect("the session is there");
            assert_eq!(r.last_seen_at.to_rfc3339(), "2026-12-01T10:20:30+00:00");
            assert_eq!(r.unread, Some(2));
            assert_eq!((q.idle_inline(), q.idle()), (0, 1), "read the usual way");
        }

        // Once the pool is closed, no read is made on the calling thread either.
        app.db().close().await;
        assert!(sessions::load(&q, "a-session-of-amina").await.is_err());
        assert_eq!(q.idle_inline(), 0);
    }
);
