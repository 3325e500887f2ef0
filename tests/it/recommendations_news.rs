//! News of CTED's assessments — a State sharing one, CTED noting a follow-up — reaches
//! exactly those who may read it: the State's focal points and the entities a consent in
//! force covers, never another State, never an entity whose consent was withdrawn or has
//! expired. A notice and its e-mail name the State in the reader's language and carry no
//! word of a recommendation; a notice whose consent is withdrawn later opens nothing.

use super::recommendations::{add_assessment, grant, recommend};
use super::*;

/// Notices of one kind about one assessment that a person holds.
async fn told(app: &TestApp, who: &Person, kind: &str, assessment: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM notifications WHERE account_id = {} AND kind = '{kind}'
         AND (link = '/assessments/{assessment}' OR link LIKE '/assessments/{assessment}#%')",
        who.id.0
    ))
    .await
}

dual!(
    cted_news_reaches_only_those_who_may_read_the_assessment,
    |app| {
        let today = chrono::Utc::now().date_naive();
        let admin = app.admin().await;
        let cted = app.focal_point("rita@cted.un.org", "CTED").await;
        let ken = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let ken2 = app.focal_point("otieno@interior.go.ke", "KEN").await;
        let nga = app.focal_point("ada@mfa.gov.ng", "NGA").await;
        let jor = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let undp = app.focal_point("ben@undp.org", "UNDP").await;
        let interpol = app.focal_point("kim@interpol.int", "INTERPOL").await;

        // INTERPOL's focal point reads Arabic.
        app.exec(&format!(
            "UPDATE accounts SET ui_locale = 'ar' WHERE id = {}",
            interpol.id.0
        ))
        .await;
        // Kenya's second focal point wants follow-ups at once rather than in the digest.
        let mut k2 = app.signed_in(&ken2).await;
        k2.get("/notifications/settings")
            .await
            .assert_contains("A follow-up on a CTED recommendation I may see")
            .assert_contains("A Member State shares its CTED assessment with my organization");
        let r = k2
            .post(
                "/notifications/settings",
                &[("cted_followup", "immediately")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        let mut c = app.signed_in(&cted).await;
        let states = ["KEN", "NGA", "JOR"];
        let mut ids = Vec::new();
        let mut recs = Vec::new();
        for s in states {
            let a = add_assessment(&mut c, s, &[]).await;
            let body = format!("Secret{s}x: strengthen the border controls.");
            recs.push(recommend(&mut c, a, &body, &[]).await);
            ids.push(a);
        }
        // Entering assessments and recommendations tells nobody: nothing is shared yet.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM notifications WHERE kind LIKE 'cted_%'")
                .await,
            0
        );

        // Kenya shares with UNODC; a consent to every entity that has already expired is
        // written directly (the form refuses a past day) and tells nobody.
        let mut k = app.signed_in(&ken).await;
        assert_eq!(
            grant(&mut k, ids[0], "UNODC", "").await.status,
            StatusCode::SEE_OTHER
        );
        let yesterday = today - chrono::Days::new(1);
        app.exec(&format!(
            "INSERT INTO assessment_consents (assessment_id, grantee_org_id, expires_on, granted_by, granted_at)
             VALUES ({}, NULL, '{yesterday}', {}, '2025-01-01T00:00:00Z')",
            ids[0], ken.id.0
        ))
        .await;
        // Nigeria shares with UNDP, then withdraws it.
        let mut n = app.signed_in(&nga).await;
        assert_eq!(
            grant(&mut n, ids[1], "UNDP", "").await.status,
            StatusCode::SEE_OTHER
        );
        let consent = app
            .count(&format!(
                "SELECT id FROM assessment_consents WHERE assessment_id = {}",
                ids[1]
            ))
            .await;
        // Jordan shares with every entity for a month.
        let mut j = app.signed_in(&jor).await;
        let later = (today + chrono::Days::new(30)).to_string();
        assert_eq!(
            grant(&mut j, ids[2], "all", &later).await.status,
            StatusCode::SEE_OTHER
        );

        // UNDP's notice leads to Nigeria's assessment while the consent holds…
        let undp_notice = app
            .count(&format!(
                "SELECT id FROM notifications WHERE account_id = {} AND kind = 'cted_shared'
                 AND link = '/assessments/{}'",
                undp.id.0, ids[1]
            ))
            .await;
        let mut d = app.signed_in(&undp).await;
        d.get("/notifications").await.assert_contains(
            "\u{2068}Nigeria\u{2069} shared a CTED assessment with your organization.",
        );
        n.get(&format!("/assessments/{}", ids[1])).await;
        let r = n
            .post(
                &format!("/assessments/{}/consents/{consent}/revoke", ids[1]),
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // …and opens nothing once it is withdrawn.
        d.get("/notifications").await;
        let r = d
            .post(&format!("/notifications/{undp_notice}/open"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(d.get(r.location()).await.status, StatusCode::NOT_FOUND);

        // CTED notes a follow-up on each recommendation.
        for (a, rid) in ids.iter().zip(&recs) {
            c.get(&format!("/assessments/{a}")).await;
            let r = c
                .post(
                    &format!("/recommendations/{rid}/notes"),
                    &[
                        ("note", "Training held in March."),
                        ("status", "in_progress"),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }

        // Who was told what, per assessment: (shared, followed up).
        let expected: [(&Person, [(i64, i64); 3]); 9] = [
            // The administrator belongs to UNOCT, an entity: Jordan's consent covers it.
            (&admin, [(0, 0), (0, 0), (1, 1)]),
            (&cted, [(0, 0), (0, 0), (0, 0)]),
            (&ken, [(0, 1), (0, 0), (0, 0)]),
            (&ken2, [(0, 1), (0, 0), (0, 0)]),
            (&nga, [(0, 0), (0, 1), (0, 0)]),
            (&jor, [(0, 0), (0, 0), (0, 1)]),
            (&unodc, [(1, 1), (0, 0), (1, 1)]),
            (&undp, [(0, 0), (1, 0), (1, 1)]),
            (&interpol, [(0, 0), (0, 0), (1, 1)]),
        ];
        for (who, per) in expected {
            let mut v = app.signed_in(who).await;
            for (i, (shared, followed)) in per.iter().enumerate() {
                let a = ids[i];
                assert_eq!(
                    told(&app, who, "cted_shared", a).await,
                    *shared,
                    "{} shared {}",
                    who.email,
                    states[i]
                );
                assert_eq!(
                    told(&app, who, "cted_followup", a).await,
                    *followed,
                    "{} followed up {}",
                    who.email,
                    states[i]
                );
                // Whoever is told now of a follow-up may open where it leads.
                if *followed > 0 {
                    let page = v.get(&format!("/assessments/{a}")).await;
                    assert_eq!(page.status, StatusCode::OK, "{} {}", who.email, states[i]);
                }
            }
        }

        // E-mail at once: the grantees of a consent (shared is immediate by default) and
        // Kenya's second focal point (who chose follow-ups at once); never anyone else.
        let mailed = |who: &Person| {
            format!(
                "SELECT COUNT(*) FROM outbox WHERE to_address = '{}' AND kind = 'notification'",
                who.email
            )
        };
        for (who, n) in [
            (&unodc, 2),
            (&undp, 2),
            (&interpol, 1),
            (&admin, 1),
            (&ken2, 1),
            (&ken, 0),
            (&nga, 0),
            (&jor, 0),
            (&cted, 0),
        ] {
            assert_eq!(app.count(&mailed(who)).await, n, "{} mail", who.email);
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE to_address = '{}'
                 AND subject = '\u{2068}Kenya\u{2069} shared a CTED assessment with your organization.'",
                unodc.email
            ))
            .await,
            1
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE to_address = '{}' AND subject LIKE '%follow-up on a CTED recommendation for %Kenya%'",
                ken2.email
            ))
            .await,
            1
        );
        // No notice and no e-mail carries a recommendation's words.
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%Secret%' OR body_html LIKE '%Secret%' OR subject LIKE '%Secret%'"
            )
            .await,
            0
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM notifications WHERE excerpt LIKE '%Secret%' OR link LIKE '%Secret%'"
            )
            .await,
            0
        );

        // In the reader's language: INTERPOL's focal point reads Arabic.
        let jordan = "\u{2068}الأردن\u{2069}";
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE to_address = '{}' AND lang = 'ar' AND subject LIKE '%{jordan}%'",
                interpol.email
            ))
            .await,
            1
        );
        let mut i = app.signed_in(&interpol).await;
        i.get("/notifications").await.assert_contains(jordan);
    }
);
