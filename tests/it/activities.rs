//! The activity tracker: who may add and change activities and write their progress
//! (proved by denial as well as access: the lead entity, the leads of the activity's
//! space, administrators — and not a Member State, a partner, a space's plain member),
//! validation that writes nothing, filters and their combinations and each filter's
//! counts checked against SQL computed apart, the timeline and "where" views, the CSV
//! export read back with its formula guards, and the country and project pages.

use super::*;
use std::collections::BTreeSet;

fn activity_of(r: &TestResponse) -> i64 {
    r.location()
        .trim_start_matches("/activities/")
        .split('?')
        .next()
        .and_then(|i| i.parse().ok())
        .unwrap_or_else(|| panic!("an activity's page, not {:?}", r.location()))
}

async fn add(c: &mut Client, fields: &[(&str, &str)]) -> TestResponse {
    c.get("/activities/new").await;
    c.post("/activities/new", fields).await
}

async fn progress(c: &mut Client, id: i64, body: &str, status: &str) -> TestResponse {
    c.get(&format!("/activities/{id}")).await;
    c.post(
        &format!("/activities/{id}/progress"),
        &[("body", body), ("status", status)],
    )
    .await
}

dual!(
    the_lead_entity_the_space_leads_and_administrators_change_activities_and_no_one_else,
    |app| {
        let admin = app.admin().await;
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let undp = app.focal_point("ben@undp.org", "UNDP").await;
        let kenya = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let chair = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let member = app.focal_point("li@mfa.gov.cn", "CHN").await;
        let wg3 = app.working_group(3).await;
        // Jordan's focal point chairs working group 3; China's is a plain member.
        let mut a = app.signed_in(&admin).await;
        let page = format!("/admin/spaces/{}", wg3.0);
        a.get(&page).await;
        for (email, role) in [("amal@mofa.gov.jo", "chair"), ("li@mfa.gov.cn", "member")] {
            let r = a
                .post(
                    &format!("{page}/members"),
                    &[("email", email), ("role", role)],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let space = wg3.0.to_string();
        let fields = [
            ("title", "Training of prison officers"),
            ("kind", "training"),
            ("status", "planned"),
            ("description", "Five days in Nairobi."),
            ("partners", "UNDP"),
            ("countries", "KEN; Ouganda"),
            ("pillars", "1"),
            ("space", space.as_str()),
            ("planned_start", "2027-03-08"),
            ("planned_end", "2027-03-12"),
            ("women", "11"),
            ("men", "13"),
        ];
        let mut u = app.signed_in(&unodc).await;
        let r = add(&mut u, &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id = activity_of(&r);
        u.get(&format!("/activities/{id}"))
            .await
            .assert_contains("Training of prison officers")
            .assert_contains("United Nations Office on Drugs and Crime")
            .assert_contains("Uganda")
            .assert_contains("11 women")
            .assert_contains("13 men")
            .assert_contains("Edit the activity")
            .assert_contains("Add the update");

        // A Member State's focal point reads it, and adds, changes and writes nothing.
        let mut k = app.signed_in(&kenya).await;
        k.get(&format!("/activities/{id}"))
            .await
            .assert_contains("Training of prison officers")
            .assert_not_contains("Edit the activity")
            .assert_not_contains("Add the update");
        k.get("/activities")
            .await
            .assert_contains("Training of prison officers")
            .assert_not_contains("Add an activity");
        assert_eq!(k.get("/activities/new").await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            k.post("/activities/new", &fields).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            k.get(&format!("/activities/{id}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
        let taken = [("title", "Taken over"), ("kind", "other")];
        assert_eq!(
            k.post(&format!("/activities/{id}/edit"), &taken)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            progress(&mut k, id, "Not mine", "").await.status,
            StatusCode::FORBIDDEN
        );
        // A partner entity neither; a plain member of the space neither.
        for p in [&undp, &member] {
            let mut c = app.signed_in(p).await;
            assert_eq!(
                c.get(&format!("/activities/{id}/edit")).await.status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                c.post(&format!("/activities/{id}/edit"), &taken)
                    .await
                    .status,
                StatusCode::FORBIDDEN
            );
            assert_eq!(
                progress(&mut c, id, "Not mine", "").await.status,
                StatusCode::FORBIDDEN
            );
        }
        // An entity does not record an activity in another entity's name (outside a space
        // it leads): refused with the reason, nothing written.
        let r = add(
            &mut u,
            &[
                ("title", "Someone else's"),
                ("kind", "workshop"),
                ("lead", "UNDP"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("You may record activities your entity leads");
        assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM activity_updates").await, 0);
        assert_eq!(
            app.text(&format!("SELECT title FROM activities WHERE id = {id}"))
                .await,
            "Training of prison officers"
        );

        // The space's chair changes it and writes its progress, though Jordan leads
        // nothing; and records an activity of the space led by an entity.
        let mut ch = app.signed_in(&chair).await;
        ch.get(&format!("/activities/{id}/edit"))
            .await
            .assert_contains("Five days in Nairobi.");
        let mut changed: Vec<(&str, &str)> = fields.to_vec();
        changed.retain(|(k, _)| *k != "title");
        changed.push(("title", "Training of prison officers (second cohort)"));
        changed.push(("lead", "UNODC"));
        let r = ch.post(&format!("/activities/{id}/edit"), &changed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = progress(&mut ch, id, "Venue confirmed.", "ongoing").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = add(
            &mut ch,
            &[
                ("title", "Expert meeting of the working group"),
                ("kind", "expert_meeting"),
                ("lead", "INTERPOL"),
                ("space", space.as_str()),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Outside the space, the chair records nothing.
        let r = add(
            &mut ch,
            &[
                ("title", "Elsewhere"),
                ("kind", "workshop"),
                ("lead", "INTERPOL"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 2);

        // The lead's focal point writes progress too; the page shows both updates,
        // newest first, with their authors, and the status the chair set.
        let r = progress(&mut u, id, "The first cohort of 24 officers trained.", "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = u.get(&format!("/activities/{id}")).await;
        let ana = app
            .text(&format!(
                "SELECT display_name FROM accounts WHERE id = {}",
                unodc.id
            ))
            .await;
        let amal = app
            .text(&format!(
                "SELECT display_name FROM accounts WHERE id = {}",
                chair.id
            ))
            .await;
        page.assert_contains("Training of prison officers (second cohort)")
            .assert_contains("Ongoing")
            .assert_contains(&ana)
            .assert_contains(&amal);
        let newest = page.body.find("24 officers trained").expect("the update");
        let oldest = page.body.find("Venue confirmed.").expect("the update");
        assert!(newest < oldest, "newest first");
        assert_eq!(
            app.text(&format!("SELECT status FROM activities WHERE id = {id}"))
                .await,
            "ongoing"
        );
        // Administrators change any activity.
        let r = a.post(&format!("/activities/{id}/edit"), &changed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // The audit log has each change.
        for event in ["activity.created", "activity.changed", "activity.progress"] {
            assert!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM audit_log WHERE event = '{event}'"
                ))
                .await
                    > 0,
                "{event}"
            );
        }
    }
);

dual!(
    refused_activities_and_updates_say_why_and_write_nothing,
    |app| {
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let mut u = app.signed_in(&unodc).await;
        let r = add(
            &mut u,
            &[
                ("title", ""),
                ("kind", ""),
                ("countries", "Atlantis, UNDP"),
                ("planned_start", "2027-05-10"),
                ("planned_end", "2027-05-01"),
                ("actual_start", "10/05/2027"),
                ("women", "-3"),
                ("men", "a dozen"),
                ("project", "NO-SUCH-CODE"),
                ("resources", "/library/999999"),
                ("events", "/calendar/events/999999"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Choose the kind of activity")
            .assert_contains("Not Member States: Atlantis, UNDP")
            .assert_contains("cannot end before it starts")
            .assert_contains("Enter dates as YYYY-MM-DD")
            .assert_contains("Enter participants as a whole number")
            .assert_contains("No project has the code NO-SUCH-CODE")
            .assert_contains("No calendar event you can see is /calendar/events/999999")
            // What was typed is kept.
            .assert_contains("Atlantis, UNDP");
        // Tampered choices are refused outright.
        for (k, v) in [("kind", "party"), ("status", "done"), ("space", "999999")] {
            let mut fields = vec![("title", "T"), (k, v)];
            if k != "kind" {
                fields.push(("kind", "training"));
            }
            let r = add(&mut u, &fields).await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{k}={v}");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM activity_countries").await,
            0
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM activity_changes").await, 0);

        let r = add(&mut u, &[("title", "Workshop"), ("kind", "workshop")]).await;
        let id = activity_of(&r);
        for (body, why) in [
            ("   ", "Write the progress update"),
            (&"x".repeat(5001), "The update is too long"),
        ] {
            let r = progress(&mut u, id, body, "completed").await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
            r.assert_contains(why);
        }
        assert_eq!(
            progress(&mut u, id, "ok", "finished").await.status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM activity_updates").await, 0);
        assert_eq!(
            app.text(&format!("SELECT status FROM activities WHERE id = {id}"))
                .await,
            "planned"
        );
        // In French, the reasons are in French.
        u.post("/language", &[("lang", "fr"), ("next", "/activities/new")])
            .await;
        let r = add(&mut u, &[("title", "x"), ("kind", "")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Choisissez le type d’activité.");
        r.assert_not_contains("Choose the kind of activity");
    }
);

/// The IDs of the activities a condition on `a` leaves, computed in SQL apart.
async fn expected(app: &TestApp, cond: &str) -> BTreeSet<i64> {
    let ids = app
        .text(&format!(
            "SELECT COALESCE(STRING_AGG(CAST(a.id AS TEXT), ','), '') FROM activities a WHERE {cond}"
        ))
        .await;
    ids.split(',').filter_map(|x| x.parse().ok()).collect()
}

/// A view's filter, as its link says it.
fn filter_of(query: &str) -> gctcp_app::activities::explore::Filter {
    let mut f = gctcp_app::activities::explore::Filter::default();
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        let v = v.to_string();
        match k.as_ref() {
            "q" => f.q = v,
            "kind" => f.kind = v,
            "status" => f.status = v,
            "entity" => f.entity = v,
            "country" => f.country = v,
            "region" => f.region = v,
            "pillar" => f.pillar = v,
            "theme" => f.theme = v,
            "space" => f.space = v,
            "project" => f.project = v,
            "year" => f.year = v,
            "month" => f.month = v,
            other => panic!("unknown key {other}"),
        }
    }
    f
}

/// The year an activity is placed at, in SQL.
const YEAR: &str = "SUBSTR(CAST(COALESCE(a.actual_start, a.planned_start, a.actual_end, a.planned_end) AS TEXT), 1, 4)";

dual!(
    filters_combine_and_counts_equal_what_sql_finds_apart,
    |app| {
        gctcp_demo::projects::generate(app.db(), 40, 3)
            .await
            .expect("demo projects");
        let s = gctcp_demo::activities::generate(app.db(), 600, 11)
            .await
            .expect("demo activities");
        assert_eq!(s.activities, 600);
        let in_region = |r: &str| {
            format!(
                "(EXISTS (SELECT 1 FROM activity_regions x WHERE x.activity_id = a.id AND x.region = '{r}')
                  OR EXISTS (SELECT 1 FROM activity_countries x JOIN organizations o ON o.id = x.org_id
                             WHERE x.activity_id = a.id AND o.region = '{r}'))"
            )
        };
        let entity = |code: &str| {
            format!(
                "(a.lead_org_id = (SELECT id FROM organizations WHERE code = '{code}')
                  OR EXISTS (SELECT 1 FROM activity_partners x JOIN organizations o ON o.id = x.org_id
                             WHERE x.activity_id = a.id AND o.code = '{code}'))"
            )
        };
        let country = |code: &str| {
            format!(
                "EXISTS (SELECT 1 FROM activity_countries x JOIN organizations o ON o.id = x.org_id
                     WHERE x.activity_id = a.id AND o.code = '{code}')"
            )
        };
        let theme = |slug: &str| {
            format!(
                "EXISTS (SELECT 1 FROM activity_themes x JOIN themes t ON t.id = x.theme_id
                     WHERE x.activity_id = a.id AND t.slug = '{slug}')"
            )
        };
        let busiest = app
            .text(
                "SELECT o.code FROM activity_countries x JOIN organizations o ON o.id = x.org_id
                 GROUP BY o.code ORDER BY COUNT(*) DESC, o.code LIMIT 1",
            )
            .await;
        let project = app
            .count("SELECT MIN(project_id) FROM activities WHERE project_id IS NOT NULL")
            .await;
        let space = app
            .count("SELECT MIN(space_id) FROM activities WHERE space_id IS NOT NULL")
            .await;
        let cases: Vec<(String, String)> = vec![
            ("".into(), "1 = 1".into()),
            ("kind=training".into(), "a.kind = 'training'".into()),
            ("status=completed".into(), "a.status = 'completed'".into()),
            ("region=Africa".into(), in_region("Africa")),
            ("entity=UNODC".into(), entity("UNODC")),
            (format!("country={busiest}"), country(&busiest)),
            ("theme=pcve".into(), theme("pcve")),
            (
                "pillar=2".into(),
                "EXISTS (SELECT 1 FROM activity_pillars x WHERE x.activity_id = a.id AND x.pillar = 2)".into(),
            ),
            (format!("space={space}"), format!("a.space_id = {space}")),
            (format!("project={project}"), format!("a.project_id = {project}")),
            ("year=2022".into(), format!("{YEAR} = '2022'")),
            (
                "month=2022-03".into(),
                "SUBSTR(CAST(COALESCE(a.actual_start, a.planned_start, a.actual_end, a.planned_end) AS TEXT), 1, 7) = '2022-03'".into(),
            ),
            (
                "region=Asia&kind=workshop&status=completed".into(),
                format!("{} AND a.kind = 'workshop' AND a.status = 'completed'", in_region("Asia")),
            ),
            (
                "entity=UNOCT&year=2021&pillar=1".into(),
                format!("{} AND {YEAR} = '2021' AND EXISTS (SELECT 1 FROM activity_pillars x WHERE x.activity_id = a.id AND x.pillar = 1)", entity("UNOCT")),
            ),
            // Words: in the title or the description, any case.
            ("q=HANDBOOK".into(), "LOWER(a.description) LIKE '%handbook%'".into()),
            ("country=ZZZ".into(), "1 = 0".into()),
        ];
        for (query, cond) in &cases {
            let want = expected(&app, cond).await;
            let filter = filter_of(query);
            let got = gctcp_app::activities::explore::explore(
                &app.state,
                &filter,
                gctcp_app::activities::explore::Sort::Date,
            )
            .await
            .expect("explore");
            let ids: BTreeSet<i64> = got.matches.iter().map(|a| a.id).collect();
            assert_eq!(ids, want, "{query}");
            // Each status count is the number of matches in that status.
            for (i, s) in gctcp_domain::activity::STATUSES.iter().enumerate() {
                let n = got.matches.iter().filter(|a| a.status == *s).count() as i64;
                assert_eq!(got.by_status[i], n, "{query}: {s}");
            }
        }
        // A facet's count is what choosing that value leaves (the other filters kept).
        let base = "region=Africa&status=completed";
        let e = gctcp_app::activities::explore::explore(
            &app.state,
            &filter_of(base),
            gctcp_app::activities::explore::Sort::Date,
        )
        .await
        .unwrap();
        assert!(!e.facets.kind.is_empty());
        for (kind, n) in &e.facets.kind {
            let want = expected(
                &app,
                &format!(
                    "{} AND a.status = 'completed' AND a.kind = '{kind}'",
                    in_region("Africa")
                ),
            )
            .await;
            assert_eq!(*n as usize, want.len(), "kind {kind}");
        }
        for (status, n) in &e.facets.status {
            let want = expected(
                &app,
                &format!("{} AND a.status = '{status}'", in_region("Africa")),
            )
            .await;
            assert_eq!(*n as usize, want.len(), "status {status}");
        }

        // Words: each in the activity's own text or in the code or a name (any of the six
        // languages) of one of its organizations, checked item by item against the tracker.
        let tracker = gctcp_app::activities::tracker(&app.state).await.unwrap();
        let catalog = app.state.catalog().await.unwrap();
        for q in [
            "kenya",
            "ken",
            "unodc",
            "train",
            "of the",
            "كينيا",
            "кения",
            "onudc",
            "zzzq",
        ] {
            let words = gctcp_domain::directory::terms(q);
            let want: BTreeSet<i64> = tracker
                .activities
                .iter()
                .filter(|a| {
                    words.iter().all(|w| {
                        a.folded.contains(w.as_str())
                            || a.entities().chain(a.countries.iter().copied()).any(|o| {
                                catalog
                                    .org_text(gctcp_domain::OrgId(o))
                                    .contains(w.as_str())
                            })
                    })
                })
                .map(|a| a.id)
                .collect();
            let got = gctcp_app::activities::explore::explore(
                &app.state,
                &filter_of(&format!("q={q}")),
                gctcp_app::activities::explore::Sort::Date,
            )
            .await
            .unwrap();
            let ids: BTreeSet<i64> = got.matches.iter().map(|a| a.id).collect();
            assert_eq!(ids, want, "q={q}");
            if q == "kenya" {
                assert!(!want.is_empty(), "Kenya benefits from demo activities");
            }
        }

        // The pages say the same, and the CSV holds every match.
        let fp = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let mut c = app.signed_in(&fp).await;
        let want = expected(
            &app,
            &format!("{} AND a.kind = 'training'", in_region("Africa")),
        )
        .await;
        c.get("/activities?region=Africa&kind=training")
            .await
            .assert_contains(&format!("{} activities", want.len()));
        let csv = c.get("/activities.csv?region=Africa&kind=training").await;
        assert_eq!(csv.status, StatusCode::OK);
        let text = String::from_utf8(csv.bytes.clone()).expect("UTF-8");
        let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let ids: BTreeSet<i64> = rd
            .records()
            .map(|r| r.expect("record")[0].parse().expect("number"))
            .collect();
        assert_eq!(ids, want);
        // The timeline of 2022 counts each month's activities as SQL does.
        let page = c.get("/activities/timeline?year=2022").await;
        for m in 1..=12 {
            let key = format!("2022-{m:02}");
            let n = expected(
                &app,
                &format!("SUBSTR(CAST(COALESCE(a.actual_start, a.planned_start, a.actual_end, a.planned_end) AS TEXT), 1, 7) = '{key}'"),
            )
            .await
            .len();
            if n > 0 {
                page.assert_contains(&format!("id=\"m-{key}\""));
            } else {
                page.assert_not_contains(&format!("id=\"m-{key}\""));
            }
        }
        // "Where": Africa's count is SQL's.
        let africa = expected(&app, &in_region("Africa")).await.len();
        c.get("/activities/where").await.assert_contains(&format!(
            "Africa</bdi></a> <span class=\"muted small\">{} activities",
            africa
        ));
    }
);

dual!(
    the_csv_never_runs_a_formula_and_country_and_project_pages_list_activities,
    |app| {
        let admin = app.admin().await;
        let mut a = app.signed_in(&admin).await;
        a.get("/projects/new").await;
        let r = a
            .post(
                "/projects/new",
                &[("code", "P-1"), ("title", "Prisons"), ("lead", "UNODC")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let project = app.count("SELECT id FROM projects").await;
        for (title, country) in [
            ("=HYPERLINK(\"http://evil.example\",\"x\")", "KEN"),
            ("Workshop in Lima", "PER"),
        ] {
            let r = add(
                &mut a,
                &[
                    ("title", title),
                    ("kind", "workshop"),
                    ("lead", "UNODC"),
                    ("countries", country),
                    ("project", "p-1"),
                ],
            )
            .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let csv = a.get("/activities.csv").await;
        let text = String::from_utf8(csv.bytes.clone()).expect("UTF-8");
        let mut rd = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("record")).collect();
        assert_eq!(rows.len(), 2);
        let evil = rows.iter().find(|r| r[1].contains("HYPERLINK")).unwrap();
        assert!(evil[1].starts_with("'="), "{:?}", &evil[1]);
        assert_eq!(&evil[11], "P-1");
        // Kenya's page lists its activity, not Peru's; the project's page both.
        a.get("/organizations/KEN")
            .await
            .assert_contains("Activities for this country")
            .assert_contains("HYPERLINK")
            .assert_not_contains("Workshop in Lima");
        a.get(&format!("/projects/{project}"))
            .await
            .assert_contains("Activities of this project")
            .assert_contains("HYPERLINK")
            .assert_contains("Workshop in Lima");
        // The entity's page lists what it leads.
        a.get("/organizations/UNODC")
            .await
            .assert_contains("Activities this entity leads or partners in")
            .assert_contains("Workshop in Lima");
    }
);
