//! Telephone privacy, vCards (read back by a real parser) and exports.

use super::*;

dual!(
    phone_numbers_follow_the_owners_choice_on_pages_and_in_vcards,
    |app| {
        let w = world(&app).await;
        app.profile(&w.jose, |f| {
            f.phone_office = "+34 91 379 9700".into();
            f.phone_mobile = "+34 600 000 001".into();
            f.phone_visibility = "co_members".into();
        })
        .await;
        let page = format!("/people/{}", w.jose.id);
        let card = format!("/people/{}/vcard", w.jose.id);
        // A stranger (no shared space) sees neither number, on the page or in the vCard.
        let mut stranger = app.signed_in(&w.ivan).await;
        stranger
            .get(&page)
            .await
            .assert_not_contains("379 9700")
            .assert_contains("Shown only to members");
        let v = stranger.get(&card).await;
        assert!(prop(&vcard_lines(&v.body), "TEL").is_empty(), "{}", v.body);
        // A co-member of working group 2 sees them.
        let mut co = app.signed_in(&w.wang).await;
        co.get(&page).await.assert_contains("+34 91 379 9700");
        assert_eq!(
            prop(&vcard_lines(&co.get(&card).await.body), "TEL"),
            vec!["+34 91 379 9700", "+34 600 000 001"]
        );
        // Administrators and the person see them.
        app.signed_in(&w.admin)
            .await
            .get(&page)
            .await
            .assert_contains("+34 91 379 9700");
        app.signed_in(&w.jose)
            .await
            .get(&page)
            .await
            .assert_contains("+34 91 379 9700");
        // Opened to every focal point, the stranger sees them too.
        app.profile(&w.jose, |f| f.phone_visibility = "all".into())
            .await;
        stranger.get(&page).await.assert_contains("+34 91 379 9700");
    }
);

dual!(vcards_are_valid_version_4_and_carry_the_profile, |app| {
    let w = world(&app).await;
    app.profile(&w.jose, |f| {
        f.office = "Plaza de la Provincia 1; Madrid".into();
        f.bio = "Works on border management.\nSpeaks at INTERPOL events.".into();
    })
    .await;
    let mut c = app.signed_in(&w.viewer).await;
    let res = c.get(&format!("/people/{}/vcard", w.jose.id)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("text/vcard"));
    assert!(res
        .header("content-disposition")
        .unwrap()
        .contains("jose-maria-lopez.vcf"));
    let lines = vcard_lines(&res.body);
    assert_eq!(
        lines.first().unwrap(),
        &("BEGIN".to_string(), "VCARD".to_string())
    );
    assert_eq!(
        lines.last().unwrap(),
        &("END".to_string(), "VCARD".to_string())
    );
    assert_eq!(prop(&lines, "VERSION"), vec!["4.0"]);
    assert_eq!(prop(&lines, "FN"), vec!["José María López"]);
    assert_eq!(prop(&lines, "TITLE"), vec!["Counsellor, Border Security"]);
    assert_eq!(prop(&lines, "ORG"), vec!["Spain"]);
    assert_eq!(prop(&lines, "EMAIL"), vec!["jose.lopez@maec.es"]);
    assert_eq!(prop(&lines, "LANG"), vec!["en", "es"]);
    assert_eq!(prop(&lines, "TZ"), vec!["Europe/Madrid"]);
    assert_eq!(
        prop(&lines, "NOTE"),
        vec!["Works on border management.\nSpeaks at INTERPOL events."]
    );
    assert_eq!(
        prop(&lines, "ADR"),
        vec![";;Plaza de la Provincia 1; Madrid;;;;"]
    );
    assert!(prop(&lines, "UID")[0].ends_with(&format!("/people/{}", w.jose.id)));
});

dual!(
    vcards_name_everyone_for_address_books_read_by_a_real_parser,
    |app| {
        let w = world(&app).await;
        app.person(
            "l.vdberg@minbuza.nl",
            "Ludwig van der Berg",
            "NLD",
            PlatformRole::FocalPoint,
        )
        .await;
        app.person(
            "f.ahmed@mofa.gov.sa",
            "فاطمة الزهراء",
            "SAU",
            PlatformRole::FocalPoint,
        )
        .await;
        app.person(
            "wang.wei@un.org",
            "WANG Wei",
            "UNDP",
            PlatformRole::FocalPoint,
        )
        .await;
        let mut a = app.signed_in(&w.admin).await;
        let res = a.get("/people/export.vcf").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        // Every card has N next to FN.
        let lines = vcard_lines(&res.body);
        assert_eq!(prop(&lines, "N").len(), prop(&lines, "FN").len());
        // vobject, a third-party parser, reads every card and its structured name.
        let out = gctcp_testkit::python::run("vcard_read.py", &res.bytes);
        let cards: Vec<serde_json::Value> = serde_json::from_str(&out).expect("JSON");
        let name = |email: &str| {
            let c = cards
                .iter()
                .find(|c| c["email"] == email)
                .unwrap_or_else(|| panic!("{email} in {out}"));
            (
                c["family"].as_str().unwrap().to_string(),
                c["given"].as_str().unwrap().to_string(),
            )
        };
        let t = |f: &str, g: &str| (f.to_string(), g.to_string());
        assert_eq!(name("jose.lopez@maec.es"), t("López", "José"));
        assert_eq!(name("i.petrov@mid.ru"), t("Петров", "Иван"));
        assert_eq!(name("wang.xm@un.org"), t("王", "小明"));
        assert_eq!(name("m.abdallah@mfa.gov.eg"), t("عبد الله", "مُحَمَّد"));
        assert_eq!(name("l.vdberg@minbuza.nl"), t("van der Berg", "Ludwig"));
        assert_eq!(name("f.ahmed@mofa.gov.sa"), t("الزهراء", "فاطمة"));
        assert_eq!(name("wang.wei@un.org"), t("WANG", "Wei"));
        // A single card too.
        let one = a.get(&format!("/people/{}/vcard", w.amara.id)).await;
        let out = gctcp_testkit::python::run("vcard_read.py", &one.bytes);
        assert!(out.contains("\"family\": \"Okafor\""), "{out}");
    }
);

dual!(
    bulk_exports_respect_the_limit_privacy_and_roles_and_are_audited,
    |app| {
        let app = TestApp::with_config(app.backend, |c| c.export_limit = 3).await;
        let w = world(&app).await;
        app.profile(&w.mohamed, |f| f.phone_office = "+20 2 1234 5678".into())
            .await;
        let mut c = app.signed_in(&w.viewer).await;
        let res = c.get("/people/export.vcf").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("Too many people")
            .assert_contains("7 people")
            .assert_contains("at most 3");
        let res = c.get("/people/export.vcf?lang=en").await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "4 people speak English"
        );
        let res = c.get("/people/export.vcf?lang=fr").await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.matches("BEGIN:VCARD").count(), 2);
        let lines = vcard_lines(&res.body);
        let mut names = prop(&lines, "FN");
        names.sort();
        assert_eq!(names, vec!["Amara Okafor", "مُحَمَّد عبد الله"]);
        assert!(
            prop(&lines, "TEL").is_empty(),
            "phones stay private in bulk exports too"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'directory.exported'")
                .await,
            1
        );
        // CSV: administrators only.
        assert_eq!(
            c.get("/people/export.csv").await.status,
            StatusCode::FORBIDDEN
        );
        let mut a = app.signed_in(&w.admin).await;
        let res = a.get("/people/export.csv?region=Europe").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.header("content-type").unwrap().starts_with("text/csv"));
        let body = res.body.trim_start_matches('\u{feff}');
        let mut lines = body.lines();
        assert_eq!(lines.next().unwrap(), "name,email,organization_code,organization,title,phone_office,phone_mobile,office,time_zone");
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().any(|r| r.contains("i.petrov@mid.ru")));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'directory.exported'")
                .await,
            2
        );
    }
);
