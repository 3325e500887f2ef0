//! Both migration sets must define the same tables and columns.

use gctcp_testkit::{Backend, TestApp};
use std::collections::BTreeSet;

async fn columns(app: &TestApp) -> BTreeSet<(String, String)> {
    let rows: Vec<(String, String)> = match app.db() {
        gctcp_store::Db::Sqlite(pool, _) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'
               AND m.name NOT LIKE '%_fts%' AND m.name NOT LIKE 'library_words%'",
            // FTS5 index tables; PostgreSQL has GIN indexes instead
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        gctcp_store::Db::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    rows.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_schemas_match() {
    let lite = TestApp::new(Backend::Sqlite).await;
    let pg = TestApp::new(Backend::Postgres).await;
    let (a, b) = (columns(&lite).await, columns(&pg).await);
    assert!(a.len() > 40, "{}", a.len());
    let only_lite: Vec<_> = a.difference(&b).collect();
    let only_pg: Vec<_> = b.difference(&a).collect();
    assert!(
        only_lite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_lite:?}\nonly in PostgreSQL: {only_pg:?}"
    );
    let names = |d: &str| -> BTreeSet<String> {
        std::fs::read_dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(d),
        )
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
    };
    assert_eq!(
        names("sqlite"),
        names("postgres"),
        "the two folders hold the same migration names"
    );
}
