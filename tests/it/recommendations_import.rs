//! Importing CTED's recommendations from a spreadsheet: only CTED's staff and
//! administrators; a preview of every row, with each refusal's reasons; names of kinds,
//! priorities and statuses in other languages understood; rows of the same State, kind
//! and date one assessment, joining one already entered; nothing written while a row is
//! refused, then all rows in one go — and the State still the only one who consents.

use super::projects::carried;
use super::*;

dual!(imports_preview_every_row_and_write_all_or_nothing, |app| {
    let cted = app.focal_point("rita@cted.un.org", "CTED").await;
    let ken = app.focal_point("njeri@mfa.go.ke", "KEN").await;
    let nga = app.focal_point("ada@mfa.gov.ng", "NGA").await;

    // Only CTED's staff and administrators import.
    let mut k = app.signed_in(&ken).await;
    assert_eq!(
        k.get("/recommendations/import").await.status,
        StatusCode::FORBIDDEN
    );
    k.get("/recommendations").await;
    let sneaked = "state,date,recommendation\nKEN,2025-01-01,Sneaked in\n";
    assert_eq!(
        k.post("/recommendations/import/confirm", &[("csv", sneaked)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Kenya's focused visit is already entered; the file adds to it and starts Nigeria's.
    let mut c = app.signed_in(&cted).await;
    c.get("/assessments/new").await;
    let r = c
        .post(
            "/assessments/new",
            &[
                ("state", "KEN"),
                ("kind", "focused_visit"),
                ("held_on", "2025-06-10"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let bad = "Member State,Kind of assessment,Date of the assessment,Recommendation,Thematic area,Priority,Follow-up status\n\
        Kenya,Visite d’évaluation ciblée,2025-06-10,Adopt mkimpax rules,api-pnr,Priorité élevée,En cours\n\
        NGA,comprehensive_visit,2024-11-02,Train mkimpbx judges,Criminal justice responses,low,open\n\
        NGA,comprehensive_visit,2024-11-02,Protect mkimpcx victims,victims,medium,open\n\
        Atlantis,desk_review,2999-01-01,,astrology,urgent,someday\n";
    c.get("/recommendations/import").await;
    let preview = c
        .post_multipart(
            "/recommendations/import",
            &[("file", Some("cted.csv"), bad.as_bytes())],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    preview
        .assert_contains("1 row starts a new assessment")
        .assert_contains("2 rows join an assessment")
        .assert_contains("1 row refused")
        .assert_contains("No Member State is called “Atlantis”.")
        .assert_contains("The assessment&#39;s date cannot be in the future.")
        .assert_contains("Write the recommendation.")
        .assert_contains("“astrology” is not a thematic priority")
        .assert_contains("Unknown priority: “urgent”.")
        .assert_contains("Unknown follow-up status: “someday”.")
        .assert_not_contains("/recommendations/import/confirm");
    // Sent anyway, the file writes nothing.
    let r = c
        .post("/recommendations/import/confirm", &[("csv", bad)])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(app.count("SELECT COUNT(*) FROM recommendations").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM assessments").await, 1);

    // Without the refused row: confirm, and all three are written.
    let good: String = bad.lines().take(4).map(|l| format!("{l}\n")).collect();
    let preview = c
        .post_multipart(
            "/recommendations/import",
            &[("file", Some("cted.csv"), good.as_bytes())],
        )
        .await;
    preview.assert_contains("Import 3 recommendations");
    let r = c
        .post(
            "/recommendations/import/confirm",
            &[("csv", &carried(&preview))],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    c.get(r.location())
        .await
        .assert_contains("3 recommendations were imported.");
    assert_eq!(app.count("SELECT COUNT(*) FROM assessments").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM recommendations").await, 3);
    assert_eq!(
        app.text(
            "SELECT priority || ' ' || status FROM recommendations WHERE body LIKE '%mkimpax%'"
        )
        .await,
        "high in_progress"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'recommendations.imported'")
            .await,
        1
    );
    // Imported, they are the States' like any other: Kenya reads its own, not Nigeria's.
    let list = k.get("/recommendations").await;
    list.assert_contains("mkimpax")
        .assert_not_contains("mkimpbx");
    let mut n = app.signed_in(&nga).await;
    n.get("/recommendations")
        .await
        .assert_contains("mkimpbx")
        .assert_contains("mkimpcx")
        .assert_not_contains("mkimpax");
});
