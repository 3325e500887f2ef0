//! The generation counters every signed-in request reads keep to their one page
//! (`gctcp_store::compact_counters`): updated thousands of times inside one transaction
//! (as a bulk import does), they are rewritten, values unchanged, without ever making
//! requests wait behind a transaction still open.

use super::*;
use gctcp_store::{query, Backend};
use std::time::{Duration, Instant};

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Counter {
    kind: i64,
    generation: i64,
}

async fn counters(app: &TestApp) -> Vec<Counter> {
    query("SELECT CAST(kind AS BIGINT) AS kind, generation FROM generations ORDER BY kind")
        .fetch_all(app.db())
        .await
        .expect("counters")
}

async fn pages(app: &TestApp) -> i64 {
    app.count("SELECT pg_relation_size('generations') / 8192")
        .await
}

dual!(
    counters_bloated_by_long_transactions_are_compacted_without_blocking,
    |app| {
        // Three thousand writes of the directory in one transaction.
        let mut tx = app.db().begin().await.expect("begin");
        for _ in 0..3000 {
            query("UPDATE generations SET generation = generation + 1 WHERE kind = 0")
                .execute(&mut tx)
                .await
                .expect("bump");
        }
        tx.commit().await.expect("commit");
        let before = counters(&app).await;
        assert_eq!(before.len(), 8);

        match app.backend {
            Backend::Sqlite => {
                // Rows updated in place: nothing to do, nothing changed.
                assert!(!gctcp_store::compact_counters(app.db())
                    .await
                    .expect("compact"));
                assert_eq!(counters(&app).await, before);
            }
            Backend::Postgres => {
                assert!(pages(&app).await > 2, "the updates bloated the table");

                // A transaction that wrote a counter and is still open: the rewrite gives
                // up within a moment instead of queueing every request behind it.
                let mut open = app.db().begin().await.expect("begin");
                query("UPDATE generations SET generation = generation + 1 WHERE kind = 1")
                    .execute(&mut open)
                    .await
                    .expect("bump");
                let started = Instant::now();
                assert!(!gctcp_store::compact_counters(app.db())
                    .await
                    .expect("compact"));
                assert!(started.elapsed() < Duration::from_secs(3));
                open.rollback().await.expect("rollback");

                assert!(gctcp_store::compact_counters(app.db())
                    .await
                    .expect("compact"));
                assert!(pages(&app).await <= 2, "the counters fit a page again");
                assert_eq!(counters(&app).await, before, "values unchanged");
                assert!(
                    !gctcp_store::compact_counters(app.db())
                        .await
                        .expect("compact"),
                    "nothing more to do"
                );
            }
        }
        // Counters still move, and pages still read them.
        let admin = app.admin().await;
        let mut c = app.signed_in(&admin).await;
        assert_eq!(c.get("/people").await.status, StatusCode::OK);
    }
);
