//! CTED's recommendations and the State's consent. The oracle: for a generated
//! population (several States, entities, CTED's staff, an administrator; consents granted
//! by name and to every entity, revoked, expired, expiring today) and every
//! recommendation, a viewer sees it ⇔ they are a focal point of the assessed State, on
//! CTED's staff, an administrator, or of an entity with a consent in force — written out
//! here apart from the product's rule, and checked on every surface that can show one:
//! the list, its facets and counts, the assessment's page, the report's download, the
//! list's word search, global search, the CSV export, the country page, the project and
//! activity pages that address it, the coverage matrix, notifications and e-mail.
//! Revocation holds from the next request. The access trail shows every read to the
//! State's focal points, CTED and administrators, and to no one else.

use super::*;

const PDF: &[u8] = include_bytes!("../fixtures/library/report.pdf");

/// A report as CTED files it: in the library, restricted to CTED's own organization.
pub(super) async fn restricted_report(app: &TestApp, c: &mut Client, title: &str) -> i64 {
    let cted = app
        .count("SELECT id FROM organizations WHERE code = 'CTED'")
        .await
        .to_string();
    c.get("/library/new").await;
    let fields = [
        ("title", title),
        ("summary", ""),
        ("doc_type", "report"),
        ("symbol", ""),
        ("lang", "en"),
        ("published_on", "2025-07-01"),
        ("visibility", "orgs"),
        ("url", ""),
        ("file_lang", "en"),
        ("reader_orgs", cted.as_str()),
    ];
    let mut parts: Vec<(&str, Option<&str>, &[u8])> = fields
        .iter()
        .map(|(k, v)| (*k, None, v.as_bytes()))
        .collect();
    parts.push(("file", Some("report.pdf"), PDF));
    let r = c.post_multipart("/library/new", &parts).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/library/")
        .split('?')
        .next()
        .and_then(|i| i.parse().ok())
        .expect("a resource")
}

fn assessment_of(r: &TestResponse) -> i64 {
    r.location()
        .trim_start_matches("/assessments/")
        .split(['?', '#'])
        .next()
        .and_then(|i| i.parse().ok())
        .unwrap_or_else(|| panic!("an assessment's page, not {:?}", r.location()))
}

pub(super) async fn add_assessment(c: &mut Client, state: &str, extra: &[(&str, &str)]) -> i64 {
    c.get("/assessments/new").await;
    let mut fields = vec![
        ("state", state),
        ("kind", "comprehensive_visit"),
        ("held_on", "2025-06-10"),
        ("report", ""),
    ];
    for (k, v) in extra {
        if let Some(slot) = fields.iter_mut().find(|(key, _)| key == k) {
            slot.1 = v;
        }
    }
    let r = c.post("/assessments/new", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assessment_of(&r)
}

pub(super) async fn recommend(c: &mut Client, a: i64, body: &str, extra: &[(&str, &str)]) -> i64 {
    c.get(&format!("/assessments/{a}")).await;
    let mut fields = vec![("body", body), ("priority", "high"), ("status", "open")];
    fields.extend_from_slice(extra);
    let r = c
        .post(&format!("/assessments/{a}/recommendations"), &fields)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .rsplit("#r")
        .next()
        .and_then(|i| i.parse().ok())
        .expect("the recommendation's anchor")
}

pub(super) async fn grant(c: &mut Client, a: i64, to: &str, until: &str) -> TestResponse {
    c.get(&format!("/assessments/{a}")).await;
    c.post(
        &format!("/assessments/{a}/consents"),
        &[("grantee", to), ("expires", until)],
    )
    .await
}

/// One consent as the oracle knows it.
struct Given {
    assessment: usize,
    /// `None`: every Compact entity.
    to: Option<&'static str>,
    expires: Option<chrono::NaiveDate>,
    revoked: bool,
}

/// The oracle, written out apart from `gctcp_domain::cted`.
fn may_read(org: &str, is_admin: bool, state: &str, consents: &[&Given]) -> bool {
    let today = chrono::Utc::now().date_naive();
    let entity = !["KEN", "NGA", "JOR", "FRA"].contains(&org);
    org == state
        || org == "CTED"
        || is_admin
        || (entity
            && consents.iter().any(|c| {
                !c.revoked
                    && c.expires.is_none_or(|d| d >= today)
                    && c.to.is_none_or(|to| to == org)
            }))
}

dual!(
    only_the_state_cted_admins_and_consented_entities_read_recommendations_anywhere,
    |app| {
        let today = chrono::Utc::now().date_naive();
        let admin = app.admin().await;
        let cted = app.focal_point("rita@cted.un.org", "CTED").await;
        let ken = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let ken2 = app.focal_point("otieno@interior.go.ke", "KEN").await;
        let nga = app.focal_point("ada@mfa.gov.ng", "NGA").await;
        let jor = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let fra = app.focal_point("claire@diplomatie.gouv.fr", "FRA").await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let undp = app.focal_point("ben@undp.org", "UNDP").await;
        let interpol = app.focal_point("kim@interpol.int", "INTERPOL").await;
        let unoct = app.focal_point("omar@un.org", "UNOCT").await;

        // CTED enters four assessments, two recommendations each, and a report for Kenya's
        // restricted to CTED in the library.
        let mut c = app.signed_in(&cted).await;
        let report = restricted_report(&app, &mut c, "Kenya assessment report").await;
        let states = ["KEN", "NGA", "JOR", "FRA"];
        let mut ids = Vec::new();
        for s in states {
            let extra: Vec<(&str, String)> = if s == "KEN" {
                vec![("report", format!("/library/{report}"))]
            } else {
                vec![]
            };
            let extra: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ids.push(add_assessment(&mut c, s, &extra).await);
        }
        // A project (active) and an activity (planned) address some of them.
        let mut u = app.signed_in(&unodc).await;
        u.get("/projects/new").await;
        let r = u
            .post(
                "/projects/new",
                &[
                    ("code", "GLO-CT-01"),
                    ("title", "Border security in East Africa"),
                    ("status", "active"),
                    ("requested", "100000"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let project: i64 = r
            .location()
            .trim_start_matches("/projects/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        u.get("/activities/new").await;
        let r = u
            .post(
                "/activities/new",
                &[
                    ("title", "Workshop on terrorist financing"),
                    ("kind", "workshop"),
                    ("status", "planned"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let activity: i64 = r
            .location()
            .trim_start_matches("/activities/")
            .split('?')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        // (marker word, assessment, recommendation)
        let mut markers: Vec<(String, usize, i64)> = Vec::new();
        for (i, s) in states.iter().enumerate() {
            for k in 1..=2 {
                let marker = format!("mk{}{k}x", s.to_lowercase());
                let body = format!("Strengthen the {marker} border controls.");
                let act = activity.to_string();
                let extra: Vec<(&str, &str)> = match (s, k) {
                    (&"KEN" | &"NGA" | &"JOR", 1) => vec![("projects", "GLO-CT-01")],
                    (&"FRA", 1) => vec![("activities", act.as_str())],
                    _ => vec![],
                };
                let rid = recommend(&mut c, ids[i], &body, &extra).await;
                markers.push((marker, i, rid));
            }
        }

        // The States' consents, through their pages, and two already past (written
        // directly: the form refuses a past day).
        let mut k = app.signed_in(&ken).await;
        let r = grant(&mut k, ids[0], "UNODC", "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let yesterday = today - chrono::Days::new(1);
        app.exec(&format!(
            "INSERT INTO assessment_consents (assessment_id, grantee_org_id, expires_on, granted_by, granted_at)
             VALUES ({}, NULL, '{yesterday}', {}, '2025-01-01T00:00:00Z')",
            ids[0], ken.id.0
        ))
        .await;
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
        n.get(&format!("/assessments/{}", ids[1])).await;
        let r = n
            .post(
                &format!("/assessments/{}/consents/{consent}/revoke", ids[1]),
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mut j = app.signed_in(&jor).await;
        let later = (today + chrono::Days::new(30)).to_string();
        assert_eq!(
            grant(&mut j, ids[2], "all", &later).await.status,
            StatusCode::SEE_OTHER
        );
        let mut f = app.signed_in(&fra).await;
        assert_eq!(
            grant(&mut f, ids[3], "UNOCT", &today.to_string())
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        app.exec(&format!(
            "INSERT INTO assessment_consents (assessment_id, grantee_org_id, expires_on, granted_by, granted_at)
             VALUES ({}, (SELECT id FROM organizations WHERE code = 'INTERPOL'), '2020-01-01', {}, '2019-06-01T00:00:00Z')",
            ids[3], fra.id.0
        ))
        .await;
        let given = [
            Given {
                assessment: 0,
                to: Some("UNODC"),
                expires: None,
                revoked: false,
            },
            Given {
                assessment: 0,
                to: None,
                expires: Some(yesterday),
                revoked: false,
            },
            Given {
                assessment: 1,
                to: Some("UNDP"),
                expires: None,
                revoked: true,
            },
            Given {
                assessment: 2,
                to: None,
                expires: Some(today + chrono::Days::new(30)),
                revoked: false,
            },
            Given {
                assessment: 3,
                to: Some("UNOCT"),
                expires: Some(today),
                revoked: false,
            },
            Given {
                assessment: 3,
                to: Some("INTERPOL"),
                expires: Some("2020-01-01".parse().unwrap()),
                revoked: false,
            },
        ];

        let viewers: [(&Person, &str, bool); 11] = [
            (&admin, "UNOCT", true),
            (&cted, "CTED", false),
            (&ken, "KEN", false),
            (&ken2, "KEN", false),
            (&nga, "NGA", false),
            (&jor, "JOR", false),
            (&fra, "FRA", false),
            (&unodc, "UNODC", false),
            (&undp, "UNDP", false),
            (&interpol, "INTERPOL", false),
            (&unoct, "UNOCT", false),
        ];
        let version = app
            .count(&format!(
                "SELECT v.id FROM file_versions v JOIN resource_files f ON f.id = v.file_id WHERE f.resource_id = {report}"
            ))
            .await;
        let mut checked = 0;
        for (person, org, is_admin) in viewers {
            let who = &person.email;
            let mut v = app.signed_in(person).await;
            let visible: Vec<bool> = (0..4)
                .map(|i| {
                    let consents: Vec<&Given> =
                        given.iter().filter(|g| g.assessment == i).collect();
                    may_read(org, is_admin, states[i], &consents)
                })
                .collect();
            let list = v.get("/recommendations").await;
            assert_eq!(list.status, StatusCode::OK);
            let csv = v.get("/recommendations.csv").await;
            assert_eq!(csv.status, StatusCode::OK);
            let coverage = v.get("/recommendations/coverage").await;
            let project_page = v.get(&format!("/projects/{project}")).await;
            let activity_page = v.get(&format!("/activities/{activity}")).await;
            for (i, s) in states.iter().enumerate() {
                let see = visible[i];
                // The facet names the State only if something of it is readable.
                assert_eq!(
                    list.body.contains(&format!("value=\"{s}\"")),
                    see,
                    "{who} facet {s}"
                );
                let page = v.get(&format!("/assessments/{}", ids[i])).await;
                let expected = if see {
                    StatusCode::OK
                } else {
                    StatusCode::NOT_FOUND
                };
                assert_eq!(page.status, expected, "{who} assessment of {s}");
                let country = v.get(&format!("/organizations/{s}")).await;
                for (marker, _, rid) in markers.iter().filter(|(_, a, _)| *a == i) {
                    // Search pages repeat the words asked: a result is its link.
                    let anchor = format!("#r{rid}\"");
                    assert_eq!(
                        list.body.contains(marker.as_str()),
                        see,
                        "{who} list {marker}"
                    );
                    assert_eq!(
                        csv.body.contains(marker.as_str()),
                        see,
                        "{who} csv {marker}"
                    );
                    assert_eq!(
                        page.body.contains(marker.as_str()),
                        see,
                        "{who} page {marker}"
                    );
                    assert_eq!(
                        country.body.contains(marker.as_str()),
                        see,
                        "{who} country {marker}"
                    );
                    let found = v.get(&format!("/search?q={marker}")).await;
                    assert_eq!(found.body.contains(&anchor), see, "{who} search {marker}");
                    let words = v.get(&format!("/recommendations?q={marker}")).await;
                    assert_eq!(words.body.contains(&anchor), see, "{who} words {marker}");
                    let count = if see {
                        "1 recommendation"
                    } else {
                        "0 recommendations"
                    };
                    if !words.body.contains("No assessment is shared with you") {
                        words.assert_contains(count);
                    } else {
                        assert!(!visible.iter().any(|x| *x), "{who}");
                    }
                    let linked_project =
                        ["KEN", "NGA", "JOR"].contains(s) && marker.ends_with("1x");
                    let linked_activity = *s == "FRA" && marker.ends_with("1x");
                    assert_eq!(
                        project_page.body.contains(marker.as_str()),
                        see && linked_project,
                        "{who} project page {marker}"
                    );
                    assert_eq!(
                        activity_page.body.contains(marker.as_str()),
                        see && linked_activity,
                        "{who} activity page {marker}"
                    );
                    checked += 1;
                }
            }
            // The report opens with the assessment, and only with it.
            let download = v
                .get(&format!("/assessments/{}/report/{version}", ids[0]))
                .await;
            let expected = if visible[0] {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(download.status, expected, "{who} report");
            // And never through the library, except to CTED (its owner) and administrators.
            let library = v.get(&format!("/library/{report}")).await;
            let expected = if org == "CTED" || is_admin {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(library.status, expected, "{who} report in the library");
            // Unmet needs counted over what this viewer reads: every second recommendation
            // has nothing addressing it, and FRA's first is addressed by a planned activity.
            let unmet = visible.iter().filter(|x| **x).count();
            if unmet == 0 {
                coverage.assert_contains("No unmet need");
            } else {
                let text = if unmet == 1 {
                    "1 need not yet addressed".to_string()
                } else {
                    format!("{unmet} needs not yet addressed")
                };
                coverage.assert_contains(&text);
            }
        }
        assert_eq!(checked, 11 * 8);
        // No notification and no e-mail carries a recommendation.
        for (marker, _, _) in &markers {
            assert_eq!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%{marker}%' OR body_html LIKE '%{marker}%' OR subject LIKE '%{marker}%'"
                ))
                .await,
                0
            );
            assert_eq!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM notifications WHERE excerpt LIKE '%{marker}%'"
                ))
                .await,
                0
            );
        }

        // Kenya withdraws UNODC's consent: UNODC's very next request no longer sees it.
        let c1 = app
            .count(&format!(
                "SELECT id FROM assessment_consents WHERE assessment_id = {} AND grantee_org_id IS NOT NULL",
                ids[0]
            ))
            .await;
        let mut u = app.signed_in(&unodc).await;
        u.get(&format!("/assessments/{}", ids[0]))
            .await
            .assert_contains("mkken1x");
        k.get(&format!("/assessments/{}", ids[0])).await;
        let r = k
            .post(
                &format!("/assessments/{}/consents/{c1}/revoke", ids[0]),
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            u.get(&format!("/assessments/{}", ids[0])).await.status,
            StatusCode::NOT_FOUND
        );
        u.get("/recommendations")
            .await
            .assert_not_contains("mkken1x");
        let first = format!("#r{}\"", markers[0].2);
        u.get("/search?q=mkken1x").await.assert_not_contains(&first);
        assert_eq!(
            u.get(&format!("/assessments/{}/report/{version}", ids[0]))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
);

dual!(
    the_state_sees_who_read_its_assessment_and_no_entity_does,
    |app| {
        let admin = app.admin().await;
        let cted = app.focal_point("rita@cted.un.org", "CTED").await;
        let ken = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let ken2 = app.focal_point("otieno@interior.go.ke", "KEN").await;
        let nga = app.focal_point("ada@mfa.gov.ng", "NGA").await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let mut c = app.signed_in(&cted).await;
        let report = restricted_report(&app, &mut c, "Kenya report").await;
        let link = format!("/library/{report}");
        let a = add_assessment(&mut c, "KEN", &[("report", link.as_str())]).await;
        recommend(&mut c, a, "Adopt a national strategy mkstratx.", &[]).await;
        let version = app
            .count(&format!(
                "SELECT v.id FROM file_versions v JOIN resource_files f ON f.id = v.file_id WHERE f.resource_id = {report}"
            ))
            .await;
        let mut k = app.signed_in(&ken).await;
        assert_eq!(
            grant(&mut k, a, "UNODC", "").await.status,
            StatusCode::SEE_OTHER
        );

        // UNODC reads it four ways.
        let mut u = app.signed_in(&unodc).await;
        u.get(&format!("/assessments/{a}"))
            .await
            .assert_contains("Why you can see this")
            .assert_contains("Kenya consented to share this assessment with your entity.")
            .assert_not_contains("Who read this")
            .assert_not_contains("Give consent");
        assert_eq!(
            u.get(&format!("/assessments/{a}/report/{version}"))
                .await
                .status,
            StatusCode::OK
        );
        u.get("/search?q=mkstratx").await;
        assert_eq!(u.get("/recommendations.csv").await.status, StatusCode::OK);

        // Kenya's focal points see each read, with who, their organization and how.
        for p in [&ken, &ken2] {
            let mut s = app.signed_in(p).await;
            let trail = s.get(&format!("/assessments/{a}/trail")).await;
            assert_eq!(trail.status, StatusCode::OK);
            trail
                .assert_contains("<bdi>ana</bdi>")
                .assert_contains("United Nations Office on Drugs and Crime")
                .assert_contains("Opened the assessment")
                .assert_contains("Downloaded the report")
                .assert_contains("Found it by search")
                .assert_contains("Exported it");
        }
        // CTED and administrators too; UNODC (with consent), Nigeria: nothing there.
        for p in [&cted, &admin] {
            let mut s = app.signed_in(p).await;
            s.get(&format!("/assessments/{a}/trail"))
                .await
                .assert_contains("Downloaded the report");
        }
        for p in [&unodc, &nga] {
            let mut s = app.signed_in(p).await;
            assert_eq!(
                s.get(&format!("/assessments/{a}/trail")).await.status,
                StatusCode::NOT_FOUND
            );
        }
        // Reads made at the same moment are written together, and each one is kept, in
        // the trail and in the audit log.
        let views = format!(
            "SELECT COUNT(*) FROM assessment_reads WHERE assessment_id = {a} AND how = 'view'"
        );
        let audited = "SELECT COUNT(*) FROM audit_log WHERE event = 'recommendations.read'";
        let (views_before, audited_before) = (app.count(&views).await, app.count(audited).await);
        let mut at_once = tokio::task::JoinSet::new();
        for _ in 0..40 {
            let mut u = u.clone();
            let page = format!("/assessments/{a}");
            at_once.spawn(async move { u.get(&page).await.status });
        }
        while let Some(status) = at_once.join_next().await {
            assert_eq!(status.expect("a view"), StatusCode::OK);
        }
        assert_eq!(app.count(&views).await - views_before, 40);
        assert_eq!(app.count(audited).await - audited_before, 40);

        // Every read is in the audit log as well, and the trail cannot be rewritten.
        assert!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'recommendations.read'")
                .await
                >= 4
        );
        let erased = gctcp_store::query("DELETE FROM assessment_reads")
            .execute(app.db())
            .await;
        assert!(erased.is_err(), "the access trail is append-only");
        let changed = gctcp_store::query("UPDATE assessment_reads SET how = 'view'")
            .execute(app.db())
            .await;
        assert!(changed.is_err(), "the access trail is append-only");
    }
);

dual!(
    only_cted_and_admins_enter_and_only_the_state_consents,
    |app| {
        let admin = app.admin().await;
        let cted = app.focal_point("rita@cted.un.org", "CTED").await;
        let ken = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let nga = app.focal_point("ada@mfa.gov.ng", "NGA").await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let mut c = app.signed_in(&cted).await;
        let a = add_assessment(&mut c, "KEN", &[]).await;
        let r = recommend(&mut c, a, "Train prosecutors.", &[]).await;
        let fields = [
            ("state", "KEN"),
            ("kind", "desk_review"),
            ("held_on", "2025-01-01"),
        ];
        // A State's focal point and an entity's enter nothing.
        for p in [&ken, &unodc] {
            let mut s = app.signed_in(p).await;
            s.get("/recommendations")
                .await
                .assert_not_contains("Add an assessment");
            assert_eq!(
                s.get("/assessments/new").await.status,
                StatusCode::FORBIDDEN
            );
            s.get("/recommendations").await;
            assert_eq!(
                s.post("/assessments/new", &fields).await.status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                s.post(
                    &format!("/assessments/{a}/recommendations"),
                    &[("body", "Taken over")]
                )
                .await
                .status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                s.post(&format!("/recommendations/{r}/notes"), &[("note", "x")])
                    .await
                    .status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                s.post(&format!("/recommendations/{r}/edit"), &[("body", "x")])
                    .await
                    .status,
                StatusCode::FORBIDDEN
            );
        }
        // CTED writes a follow-up note that moves the status; an administrator enters one.
        c.get(&format!("/assessments/{a}")).await;
        let n = c
            .post(
                &format!("/recommendations/{r}/notes"),
                &[
                    ("note", "Training held in March."),
                    ("status", "in_progress"),
                ],
            )
            .await;
        assert_eq!(n.status, StatusCode::SEE_OTHER, "{}", n.body);
        c.get(&format!("/assessments/{a}"))
            .await
            .assert_contains("Training held in March.")
            .assert_contains("In progress");
        let mut ad = app.signed_in(&admin).await;
        add_assessment(&mut ad, "NGA", &[]).await;

        // Only Kenya consents: CTED and administrators are told they may not; Nigeria and
        // UNODC (who cannot read it) that there is nothing there.
        for (p, expected) in [
            (&cted, StatusCode::FORBIDDEN),
            (&admin, StatusCode::FORBIDDEN),
            (&nga, StatusCode::NOT_FOUND),
            (&unodc, StatusCode::NOT_FOUND),
        ] {
            let mut s = app.signed_in(p).await;
            s.get("/recommendations").await;
            assert_eq!(
                s.post(
                    &format!("/assessments/{a}/consents"),
                    &[("grantee", "UNODC"), ("expires", "")]
                )
                .await
                .status,
                expected,
                "{}",
                p.email
            );
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM assessment_consents").await,
            0
        );
        let mut k = app.signed_in(&ken).await;
        k.get(&format!("/assessments/{a}"))
            .await
            .assert_contains("Give consent")
            .assert_contains("You are a focal point of Kenya, the assessed State.");

        // Refused input says why, in the reader's language, and writes nothing.
        let refused = grant(&mut k, a, "Kenya", "2020-01-01").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused
            .assert_contains("No Compact entity is called “Kenya”.")
            .assert_contains("The last day cannot be in the past.");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM assessment_consents").await,
            0
        );
        let before = app.count("SELECT COUNT(*) FROM assessments").await;
        c.get("/assessments/new").await;
        let bad = c
            .post(
                "/assessments/new",
                &[
                    ("state", "Atlantis"),
                    ("kind", "focused_visit"),
                    ("held_on", "2999-01-01"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("No Member State is called “Atlantis”.")
            .assert_contains("The assessment&#39;s date cannot be in the future.");
        // A report anyone can read in the library is refused.
        let open = app.resource(&cted, "Open report", "r.pdf", PDF).await;
        let link = format!("/library/{open}");
        let bad = c
            .post(
                "/assessments/new",
                &[
                    ("state", "KEN"),
                    ("kind", "focused_visit"),
                    ("held_on", "2025-01-01"),
                    ("report", link.as_str()),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("This resource can be read by others in the library.");
        c.post("/language", &[("lang", "fr"), ("next", "/assessments/new")])
            .await;
        c.get("/assessments/new").await;
        let bad = c
            .post(
                "/assessments/new",
                &[
                    ("state", ""),
                    ("kind", "focused_visit"),
                    ("held_on", "hier"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("Choisissez l’État Membre évalué.")
            .assert_contains("Indiquez la date de l’évaluation (année-mois-jour).")
            .assert_not_contains("Choose the assessed Member State.");
        assert_eq!(app.count("SELECT COUNT(*) FROM assessments").await, before);
        let empty = c
            .post(&format!("/recommendations/{r}/notes"), &[("note", "  ")])
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM recommendation_notes").await,
            1
        );
    }
);
