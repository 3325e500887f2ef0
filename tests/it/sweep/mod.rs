//! Hostile input on every route: each text field of every form the pages show, and each
//! query parameter, is fed NUL, other control characters, invalid UTF-8, a megabyte and
//! a bidirectional override. Every answer must be a 4xx or a clean save — never a 5xx —
//! and a refused request must leave the database as it was. Missing targets (an ID that
//! does not exist) are 404 on every route. A route the sweep does not reach fails the
//! test, so new routes join the sweep.

mod parts;

use super::*;
use gctcp_testkit::html::{forms, Form};
use parts::*;

dual!(every_field_and_parameter_survives_hostile_input, |app| {
    let admin = app.admin().await;
    let fp = app.focal_point("fp@mfa.go.ke", "KEN").await;
    let wg = app.working_group(1).await;
    app.add_to_space(wg, fp.id, SpaceRole::Member).await;
    // The administrator leads another space (and is told so: a notification to read).
    let wg2 = app.working_group(2).await;
    app.add_to_space(wg2, admin.id, SpaceRole::Chair).await;
    let rid = app
        .resource(
            &admin,
            "Border security report",
            "report.txt",
            b"Border management and security.",
        )
        .await;
    app.wait_for_text().await;
    let version = app
            .count(&format!(
                "SELECT MAX(v.id) FROM file_versions v JOIN resource_files f ON f.id = v.file_id WHERE f.resource_id = {rid}"
            ))
            .await;
    let file = app
        .count(&format!(
            "SELECT MIN(id) FROM resource_files WHERE resource_id = {rid}"
        ))
        .await;
    let (_, invite_url) = app
        .invite(
            "pending@un.org",
            "Pending Person",
            "UNODC",
            PlatformRole::FocalPoint,
        )
        .await;
    let invite_path = invite_url
        .split_once("/invite/")
        .map(|(_, t)| format!("/invite/{t}"))
        .unwrap();

    // A discussion in the administrator's space, with a reply.
    let admin_actor = app.actor(&admin).await;
    let thread = gctcp_app::discussions::start(
        &app.state,
        &admin_actor,
        wg2,
        "Agenda",
        "First **draft**",
        Default::default(),
    )
    .await
    .unwrap();
    let post = gctcp_app::discussions::reply(
        &app.state,
        &admin_actor,
        thread,
        "A reply",
        Default::default(),
    )
    .await
    .unwrap();
    let item = gctcp_app::planning::create(
        &app.state,
        &admin_actor,
        wg2,
        &gctcp_app::planning::Input {
            title: "Joint assessment".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // A weekly event in that space.
    let event = gctcp_app::calendar::create(
        &app.state,
        &admin_actor,
        &gctcp_app::calendar::Input {
            title: "Coordination call".into(),
            time_zone: "Africa/Nairobi".into(),
            start_date: "2027-03-02".into(),
            start_time: "10:00".into(),
            end_time: "11:00".into(),
            repeat: "weekly".into(),
            space: wg2.0.to_string(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // A project of the compendium.
    let project = gctcp_app::projects::create(
        &app.state,
        &admin_actor,
        &gctcp_app::projects::Input {
            code: "SWEEP-1".into(),
            title: "Border security in the Sahel".into(),
            lead: "UNOCT".into(),
            countries: "NER, MLI".into(),
            requested: "1000000".into(),
            donors: vec![("Japan".into(), "250000".into())],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // An activity of that project, with a progress update.
    let activity = gctcp_app::activities::create(
        &app.state,
        &admin_actor,
        &gctcp_app::activities::Input {
            kind: "training".into(),
            title: "Border officers' training".into(),
            lead: "UNOCT".into(),
            countries: "NER".into(),
            project: "SWEEP-1".into(),
            planned_start: "2027-03-01".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    gctcp_app::activities::add_progress(&app.state, &admin_actor, activity, "Planned.", "")
        .await
        .unwrap();
    // A CTED assessment of Kenya with a recommendation, shared by Kenya with UNODC.
    let assessment = gctcp_app::recommendations::edit::create_assessment(
        &app.state,
        &admin_actor,
        &gctcp_app::recommendations::edit::AssessmentInput {
            state: "KEN".into(),
            kind: "focused_visit".into(),
            held_on: "2025-05-01".into(),
            report: String::new(),
        },
    )
    .await
    .unwrap();
    let recommendation = gctcp_app::recommendations::edit::add_recommendation(
        &app.state,
        &admin_actor,
        assessment,
        &gctcp_app::recommendations::edit::RecommendationInput {
            body: "Strengthen border controls.".into(),
            projects: "SWEEP-1".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let kenya = app.actor(&fp).await;
    gctcp_app::recommendations::edit::grant(&app.state, &kenya, assessment, "UNODC", "")
        .await
        .unwrap();
    // A calendar address (so its page offers to stop it).
    gctcp_app::calendar_view::new_feed(&app.state, &admin_actor, None)
        .await
        .unwrap();
    // The invitations above were e-mailed (kept in the outbox: no SMTP server here).
    let mail = app.count("SELECT MIN(id) FROM outbox").await;
    let mut sweep = Sweep::default();
    let pages: Vec<String> = vec![
        "/".into(),
        "/profile".into(),
        "/people".into(),
        format!("/people/{}", fp.id),
        format!("/people/{}/edit", fp.id),
        "/organizations".into(),
        "/organizations/KEN".into(),
        "/library".into(),
        "/library/new".into(),
        format!("/library/{rid}"),
        format!("/library/{rid}/edit"),
        "/library/deleted".into(),
        "/admin/accounts".into(),
        "/admin/accounts/new".into(),
        format!("/admin/accounts/{}", fp.id),
        "/admin/accounts/import".into(),
        "/admin/audit".into(),
        "/admin/spaces".into(),
        format!("/admin/spaces/{}", wg.0),
        "/admin/outbox".into(),
        format!("/admin/outbox/{mail}"),
        "/admin/jobs".into(),
        "/spaces".into(),
        "/spaces/new".into(),
        format!("/spaces/{}", wg.0),
        format!("/spaces/{}", wg2.0),
        format!("/spaces/{}/discussions", wg2.0),
        format!("/discussions/{thread}"),
        format!("/discussions/posts/{post}/edit"),
        "/notifications".into(),
        "/notifications/settings".into(),
        "/compact".into(),
        format!("/spaces/{}/plan", wg2.0),
        format!("/plan/{item}"),
        "/programme".into(),
        "/calendar?d=2027-03-01".into(),
        "/calendar/month?d=2027-03-01".into(),
        "/calendar/week?d=2027-03-01".into(),
        "/calendar/new".into(),
        format!("/calendar/events/{event}"),
        format!("/calendar/events/{event}/edit?scope=following&at=2027-03-09T10:00"),
        "/calendar/subscribe".into(),
        format!("/calendar/fair-time?space={}&orgs=KEN,UNODC", wg2.0),
        "/search?q=border".into(),
        "/projects".into(),
        "/projects/charts".into(),
        "/projects/new".into(),
        "/projects/import".into(),
        format!("/projects/{project}"),
        format!("/projects/{project}/edit"),
        "/activities".into(),
        "/activities/timeline".into(),
        "/activities/where".into(),
        "/activities/new".into(),
        format!("/activities/{activity}"),
        format!("/activities/{activity}/edit"),
        "/recommendations".into(),
        "/recommendations/coverage".into(),
        "/recommendations/import".into(),
        "/assessments".into(),
        "/assessments/new".into(),
        format!("/assessments/{assessment}"),
        format!("/assessments/{assessment}/edit"),
        format!("/assessments/{assessment}/trail"),
        format!("/recommendations/{recommendation}/edit"),
    ];
    // Signed in as an administrator, who sees every form.
    let mut c = app.signed_in(&admin).await;
    for page in &pages {
        let res = c.get(page).await;
        assert_eq!(res.status, StatusCode::OK, "{page}");
        sweep.requested.insert(page.clone());
        for form in forms(&res.body, page) {
            // Signing out or changing one's own account would end the sweep's session.
            if form.action == "/logout"
                || form
                    .action
                    .starts_with(&format!("/admin/accounts/{}", admin.id))
            {
                continue;
            }
            sweep_form(&app, &mut c, page, &form, &mut sweep).await;
        }
        // Every page's own query parameters, and ones it does not know.
        let calendar = [
            "d",
            "at",
            "scope",
            "space",
            "pillar",
            "organizer",
            "mine",
            "orgs",
        ];
        let projects = [
            "country", "region", "theme", "entity", "donor", "pillar", "status",
        ];
        let activities = [
            "kind", "status", "entity", "country", "region", "pillar", "theme", "space", "project",
            "year", "month",
        ];
        let recommendations = [
            "country", "theme", "priority", "status", "coverage", "before",
        ];
        let keys = ["q", "page", "lang", "sort", "next", "unknown"]
            .into_iter()
            .chain(
                calendar
                    .into_iter()
                    .filter(|_| page.starts_with("/calendar")),
            )
            .chain(
                projects
                    .into_iter()
                    .filter(|_| page.starts_with("/projects")),
            )
            .chain(
                activities
                    .into_iter()
                    .filter(|_| page.starts_with("/activities")),
            )
            .chain(recommendations.into_iter().filter(|_| {
                page.starts_with("/recommendations") || page.starts_with("/assessments")
            }));
        for key in keys {
            for (label, value) in hostile() {
                let before = fingerprint(&app).await;
                let sep = if page.contains('?') { '&' } else { '?' };
                let url = format!("{page}{sep}{}", encoded(&[], key, &for_query(&value)));
                let res = c.get(&url).await;
                sweep
                    .check(
                        &app,
                        &before,
                        format!("GET {page}?{key}= {label}"),
                        page,
                        &res,
                    )
                    .await;
            }
        }
    }
    // The assessed State's focal point sees the consent forms (give, withdraw).
    {
        let mut k = app.signed_in(&fp).await;
        let page = format!("/assessments/{assessment}");
        let res = k.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        let consent_forms: Vec<Form> = forms(&res.body, &page)
            .into_iter()
            .filter(|f| f.action.contains("/consents"))
            .collect();
        assert_eq!(consent_forms.len(), 2, "give and withdraw");
        for form in consent_forms {
            sweep_form(&app, &mut k, &page, &form, &mut sweep).await;
        }
    }
    // The import's confirmation form appears after a preview.
    c.get("/admin/accounts/import").await;
    let preview = c
        .post_multipart(
            "/admin/accounts/import",
            &[(
                "file",
                Some("people.csv"),
                b"email,name,organization\nnew.person@un.org,New Person,UNODC\n",
            )],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    for form in forms(&preview.body, "/admin/accounts/import") {
        if form.action.ends_with("/confirm") {
            sweep_form(&app, &mut c, "/admin/accounts/import", &form, &mut sweep).await;
        }
    }
    // The recommendations import's confirmation form appears after a preview.
    c.get("/recommendations/import").await;
    let preview = c
        .post_multipart(
            "/recommendations/import",
            &[(
                "file",
                Some("cted.csv"),
                b"state,date,recommendation
KEN,2025-05-01,Train border officers.
",
            )],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    for form in forms(&preview.body, "/recommendations/import") {
        if form.action.ends_with("/confirm") {
            sweep_form(&app, &mut c, "/recommendations/import", &form, &mut sweep).await;
        }
    }
    // The project import's confirmation form appears after a preview.
    c.get("/projects/import").await;
    let preview = c
        .post_multipart(
            "/projects/import",
            &[(
                "file",
                Some("projects.csv"),
                b"code,title,lead,requested\nIMP-1,Border data,UNODC,1000\n",
            )],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    for form in forms(&preview.body, "/projects/import") {
        if form.action.ends_with("/confirm") {
            sweep_form(&app, &mut c, "/projects/import", &form, &mut sweep).await;
        }
    }
    // Downloads, exports and other GET routes no form leads to.
    for path in [
        format!("/people/{}/vcard", fp.id),
        format!("/people/{}/photo", fp.id),
        "/people/export.vcf".into(),
        "/people/export.csv".into(),
        format!("/library/files/{version}/download"),
        format!("/library/files/{version}/preview"),
        format!("/admin/outbox/{mail}/html"),
        format!("/spaces/{}/mentions", wg2.0),
        "/programme.csv".into(),
        "/projects.csv?region=Africa".into(),
        "/projects.xlsx?q=border".into(),
        "/activities.csv?region=Africa".into(),
        "/recommendations.csv?country=KEN".into(),
        format!("/calendar/events/{event}/attendees.csv"),
        format!("/calendar/events/{event}/event.ics"),
        "/calendar/feed/not-a-token.ics".into(),
        "/static/app.css".into(),
        "/favicon.ico".into(),
        "/manifest.webmanifest".into(),
        "/healthz".into(),
        "/readyz".into(),
        "/admin".into(),
    ] {
        for (label, value) in hostile() {
            let before = fingerprint(&app).await;
            let url = format!("{path}?{}", encoded(&[], "q", &for_query(&value)));
            let res = c.get(&url).await;
            sweep
                .check(&app, &before, format!("GET {path} {label}"), &path, &res)
                .await;
        }
    }
    // Anonymous pages: sign-in, invitation and first-administrator setup.
    let mut anon = app.client();
    for page in [
        "/login".to_string(),
        invite_path.clone(),
        "/setup/not-a-token".into(),
        "/unsubscribe/not-a-token".into(),
    ] {
        let res = anon.get(&page).await;
        assert!(!res.status.is_server_error(), "{page}");
        sweep.requested.insert(page.clone());
        for form in forms(&res.body, &page) {
            if form.action.starts_with("/language") {
                continue;
            }
            sweep_form(&app, &mut anon, &page, &form, &mut sweep).await;
        }
    }
    // Paths with control characters or invalid UTF-8 name nothing.
    for path in [
        "/organizations/%00",
        "/organizations/KEN%0A",
        "/people/%FF",
        "/library/1%1B",
    ] {
        let before = fingerprint(&app).await;
        let res = c.get(path).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        sweep
            .check(&app, &before, format!("GET {path}"), path, &res)
            .await;
    }

    // Missing targets: every route with an ID, given one that does not exist, is 404.
    let missing = 999_999;
    let png = {
        let img = image::RgbaImage::from_pixel(64, 64, image::Rgba([20, 90, 160, 255]));
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    };
    let token = c.csrf.clone().unwrap_or_default();
    for route in declared_routes() {
        if !route.contains('{') || route.contains("{*") || route.contains("{token}") {
            continue;
        }
        let path = route
            .split('/')
            .map(|s| {
                if s.starts_with('{') {
                    missing.to_string()
                } else {
                    s.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let path = if route.starts_with("/organizations/") {
            "/organizations/ZZZ".into()
        } else {
            path
        };
        c.get("/profile").await;
        let get = c.get(&path).await;
        let token = c.csrf.clone().unwrap_or(token.clone());
        // A plausible form for any of these routes.
        let body = format!("csrf={token}&role=member&email=fp%40mfa.go.ke&lang=en&title=T");
        let post = c
            .post_bytes(
                &path,
                "application/x-www-form-urlencoded",
                body.into_bytes(),
            )
            .await;
        let multipart = c
            .post_multipart(
                &path,
                &[
                    ("photo", Some("p.png"), &png[..]),
                    ("file", Some("notes.txt"), b"Notes."),
                    ("file_lang", None, b"en"),
                ],
            )
            .await;
        sweep.requested.insert(path.clone());
        let not_there =
            |s: StatusCode| matches!(s, StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED);
        if !not_there(get.status) {
            sweep.failures.push(format!(
                "GET {path} (missing target) answered {}",
                get.status
            ));
        }
        // In its own encoding the request is 404; in the other, any refusal will do,
        // but never a success or a 5xx.
        if !(not_there(post.status) || not_there(multipart.status))
            || !post.status.is_client_error()
            || !multipart.status.is_client_error()
        {
            sweep.failures.push(format!(
                "POST {path} (missing target) answered {} (form) and {} (multipart)",
                post.status, multipart.status
            ));
        }
    }

    // Whatever was saved, every page still renders (but the occurrence a series was split
    // at, rightly, no longer belongs to the first series).
    for page in pages.iter().filter(|p| !p.contains("scope=following")) {
        let res = c.get(page).await;
        assert_eq!(res.status, StatusCode::OK, "{page} after the sweep");
    }
    // The action buttons, each with a hostile extra field.
    for (page, form) in std::mem::take(&mut sweep.deferred) {
        c.get(&page).await;
        let token = c.csrf.clone().unwrap_or_default();
        let before = fingerprint(&app).await;
        let res = c
            .post_bytes(
                &form.action,
                "application/x-www-form-urlencoded",
                format!("csrf={token}&x=%00%FF").into_bytes(),
            )
            .await;
        sweep
            .check(
                &app,
                &before,
                format!("post {} pressed", form.action),
                &form.action,
                &res,
            )
            .await;
    }
    // Last, signing out (with hostile extra fields).
    c.get("/profile").await;
    let token = c.csrf.clone().unwrap_or_default();
    let res = c
        .post_bytes(
            "/logout",
            "application/x-www-form-urlencoded",
            format!("csrf={token}&x=%00%FF").into_bytes(),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    sweep.requested.insert("/logout".into());
    assert!(
        sweep.failures.is_empty(),
        "{} of {} requests failed:\n{}",
        sweep.failures.len(),
        sweep.requests,
        sweep.failures.join("\n")
    );
    // Every declared route was reached.
    let unreached: Vec<String> = declared_routes()
        .into_iter()
        .filter(|r| !sweep.requested.iter().any(|p| matches_route(r, p)))
        .collect();
    assert!(
        unreached.is_empty(),
        "routes the sweep does not reach: {unreached:?}"
    );
    let _ = file;
});
