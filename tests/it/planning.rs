//! Joint planning: members propose, leads agree and order, each member organization
//! scores once, the joint programme shows only what the reader may read.

use super::*;
use gctcp_domain::SpaceId;

async fn org_id(app: &TestApp, code: &str) -> i64 {
    app.count(&format!(
        "SELECT id FROM organizations WHERE code = '{code}'"
    ))
    .await
}

async fn propose(c: &mut Client, space: SpaceId, fields: &[(&str, &str)]) -> TestResponse {
    c.get(&format!("/spaces/{}/plan", space.0)).await;
    c.post(&format!("/spaces/{}/plan", space.0), fields).await
}

fn item_of(r: &TestResponse) -> i64 {
    r.location()
        .rsplit("#item-")
        .next()
        .and_then(|i| i.parse().ok())
        .expect("the item's ID")
}

dual!(
    members_propose_leads_order_and_each_organization_scores_once,
    |app| {
        let wg4 = app.working_group(4).await;
        let chair = app.focal_point("chair.wg4@un.org", "UNOCT").await;
        let ken1 = app.focal_point("one@mfa.go.ke", "KEN").await;
        let ken2 = app.focal_point("two@mfa.go.ke", "KEN").await;
        let fra = app.focal_point("un@diplomatie.gouv.fr", "FRA").await;
        let outsider = app.focal_point("fora@mre.gov.br", "BRA").await;
        app.add_to_space(wg4, chair.id, SpaceRole::Chair).await;
        for p in [&ken1, &ken2, &fra] {
            app.add_to_space(wg4, p.id, SpaceRole::Member).await;
        }
        let unodc = org_id(&app, "UNODC").await.to_string();
        let undp = org_id(&app, "UNDP").await.to_string();
        let theme = app.count("SELECT MIN(id) FROM themes").await.to_string();
        let plan = format!("/spaces/{}/plan", wg4.0);

        // A member proposes; only leads agree.
        let mut k1 = app.signed_in(&ken1).await;
        let r = propose(
            &mut k1,
            wg4,
            &[
                ("title", "Regional workshop on victims' rights"),
                ("description", "Three days, Nairobi."),
                ("lead_org", &unodc),
                ("orgs", &unodc),
                ("orgs", &undp),
                ("pillar", "4"),
                ("themes", &theme),
                ("status", "proposed"),
                ("target_date", "2027-03-15"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let workshop = item_of(&r);
        let r = propose(
            &mut k1,
            wg4,
            &[("title", "Agreed by me"), ("status", "agreed")],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = propose(
            &mut k1,
            wg4,
            &[("title", ""), ("target_date", "15/03/2027")],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Give the item a title")
            .assert_contains("not a date");
        let mut c = app.signed_in(&chair).await;
        let r = propose(
            &mut c,
            wg4,
            &[
                ("title", "=HYPERLINK(\"http://evil\")"),
                ("status", "agreed"),
                ("pillar", "4"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let second = item_of(&r);

        // Only leads order: the chair moves the second item first.
        k1.get(&plan).await.assert_not_contains("direction");
        let r = k1
            .post(&format!("/plan/{second}/move"), &[("direction", "up")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        c.get(&plan).await;
        let r = c
            .post(&format!("/plan/{second}/move"), &[("direction", "up")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = c.get(&plan).await;
        let first_at = page.body.find("HYPERLINK").unwrap();
        let workshop_at = page.body.find("Regional workshop").unwrap();
        assert!(first_at < workshop_at, "the chair's order");
        // Dropped in first place (drag and drop sends the place), then back.
        let r = c
            .post(
                &format!("/plan/{workshop}/move"),
                &[("direction", "to"), ("to", "1")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = c.get(&plan).await;
        assert!(
            page.body.find("Regional workshop").unwrap() < page.body.find("HYPERLINK").unwrap()
        );
        let r = c
            .post(
                &format!("/plan/{workshop}/move"),
                &[("direction", "to"), ("to", "0")],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        let r = k1
            .post(
                &format!("/plan/{second}/move"),
                &[("direction", "to"), ("to", "1")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        c.post(
            &format!("/plan/{second}/move"),
            &[("direction", "to"), ("to", "1")],
        )
        .await;

        // One score per organization: Kenya's second focal point replaces Kenya's score.
        for (p, score) in [(&ken1, "5"), (&ken2, "3"), (&fra, "4")] {
            let mut x = app.signed_in(p).await;
            x.get(&plan).await;
            let r = x
                .post(&format!("/plan/{workshop}/score"), &[("score", score)])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        }
        c.get(&format!("/plan/{workshop}"))
            .await
            .assert_contains("3.5")
            .assert_contains("from 2 organizations");
        let mut o = app.signed_in(&outsider).await;
        o.get(&plan).await.assert_contains("Regional workshop");
        let r = o
            .post(&format!("/plan/{workshop}/score"), &[("score", "5")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = k1
            .post(&format!("/plan/{workshop}/score"), &[("score", "6")])
            .await;
        assert!(r.status.is_client_error());

        // The author edits while proposed; once agreed by the chair, only leads do.
        k1.get(&format!("/plan/{workshop}"))
            .await
            .assert_contains("Edit this item");
        let r = k1
            .post(
                &format!("/plan/{workshop}"),
                &[
                    (
                        "title",
                        "Regional workshop on victims' rights (East Africa)",
                    ),
                    ("status", "proposed"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        c.get(&format!("/plan/{workshop}")).await;
        let r = c
            .post(
                &format!("/plan/{workshop}"),
                &[
                    (
                        "title",
                        "Regional workshop on victims' rights (East Africa)",
                    ),
                    ("status", "agreed"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = k1
            .post(&format!("/plan/{workshop}"), &[("title", "Mine again")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);

        // The joint programme, as a page and as a spreadsheet with no live formula.
        c.get("/programme")
            .await
            .assert_contains("Joint work programme")
            .assert_contains("(East Africa)");
        let csv = c.get("/programme.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        let mut reader =
            csv::Reader::from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().any(|r| r[3].starts_with("'=HYPERLINK")));
        assert!(rows.iter().all(|r| !r[3].starts_with('=')));
    }
);

dual!(closed_space_plans_stay_inside, |app| {
    let admin = app.admin().await;
    let outsider = app.focal_point("out.plan@un.org", "UNHCR").await;
    let space = gctcp_app::spaces::create(
        &app.state,
        &app.actor(&admin).await,
        &gctcp_app::spaces::Draft {
            name: "Closed task force".into(),
            is_open: false,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut a = app.signed_in(&admin).await;
    let r = propose(&mut a, space, &[("title", "Secret deliverable")]).await;
    let item = item_of(&r);
    let mut o = app.signed_in(&outsider).await;
    assert_eq!(
        o.get(&format!("/spaces/{}/plan", space.0)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        o.get(&format!("/plan/{item}")).await.status,
        StatusCode::NOT_FOUND
    );
    o.get("/programme")
        .await
        .assert_not_contains("Secret deliverable");
    o.get("/programme.csv")
        .await
        .assert_not_contains("Secret deliverable");
    a.get("/programme")
        .await
        .assert_contains("Secret deliverable");
});
