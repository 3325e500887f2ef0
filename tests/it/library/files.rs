//! Uploads and downloads, type checks, size limits, access by space and organization,
//! text inside files.

use super::*;

dual!(
    upload_and_download_round_trip_with_hash_and_safe_headers,
    |app| {
        let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let mut c = app.signed_in(&fp).await;
        let id = added(
            &mut c,
            &fields(
                "Border security and biometrics",
                &[("symbol", "S/2015/939"), ("summary", "Practical guidance.")],
            ),
            Some(("../../etc/Border guidance.pdf", PDF)),
        )
        .await;
        let page = c.get(&format!("/library/{id}?uploaded=1")).await;
        page.assert_contains("Border security and biometrics")
            .assert_contains("S/2015/939")
            .assert_contains("Border guidance.pdf")
            .assert_contains(&sha256(PDF));
        let v = versions(&app, id).await[0];
        let res = c.get(&format!("/library/files/{v}/download")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.bytes, PDF, "the bytes come back unchanged");
        assert_eq!(sha256(&res.bytes), res.header("x-content-sha256").unwrap());
        assert_eq!(res.header("content-type"), Some("application/pdf"));
        assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
        let disp = res.header("content-disposition").unwrap();
        assert!(disp.starts_with("attachment;"), "{disp}");
        assert!(!disp.contains(".."), "path parts are gone: {disp}");
        let stored = gctcp_store::library::version(app.db(), v)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.sha256, sha256(PDF));
        assert_eq!(stored.size, PDF.len() as i64);
        assert_eq!(stored.filename, "Border guidance.pdf");
        assert!(
            gctcp_store::blobs::is_key(&stored.blob_key),
            "server-made key"
        );

        // A download interrupted on a slow link resumes where it stopped.
        let ranged = |range: &str, if_range: Option<&str>| {
            let mut r = axum::http::Request::get(format!("/library/files/{v}/download"))
                .header("range", range);
            if let Some(e) = if_range {
                r = r.header("if-range", e);
            }
            r.body(axum::body::Body::empty()).unwrap()
        };
        let etag = res.header("etag").unwrap().to_string();
        assert_eq!(res.header("accept-ranges"), Some("bytes"));
        let part = c.send(ranged("bytes=1000-", Some(&etag))).await;
        assert_eq!(part.status, StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.bytes, &PDF[1000..]);
        assert_eq!(
            part.header("content-range").unwrap(),
            format!("bytes 1000-{}/{}", PDF.len() - 1, PDF.len())
        );
        let part = c.send(ranged("bytes=10-19", None)).await;
        assert_eq!(part.bytes, &PDF[10..20]);
        // A different version (ETag) gets the whole file; a range past the end is refused.
        let whole = c.send(ranged("bytes=1000-", Some("\"other\""))).await;
        assert_eq!(
            (whole.status, whole.bytes.len()),
            (StatusCode::OK, PDF.len())
        );
        let past = c.send(ranged("bytes=99999999-", None)).await;
        assert_eq!(past.status, StatusCode::RANGE_NOT_SATISFIABLE);

        // The preview is inline, sandboxed, and may only be framed by our own pages.
        let res = c.get(&format!("/library/files/{v}/preview")).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.bytes, PDF);
        assert!(res
            .header("content-disposition")
            .unwrap()
            .starts_with("inline;"));
        let csp = res.header("content-security-policy").unwrap();
        assert!(
            csp.contains("sandbox") && csp.contains("frame-ancestors 'self'"),
            "{csp}"
        );
        assert!(!csp.contains("script-src"), "{csp}");

        // Signed out, nothing is served.
        let mut anon = app.client();
        let res = anon.get(&format!("/library/files/{v}/download")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(res.location().starts_with("/login"));
    }
);

dual!(file_types_are_judged_by_their_bytes, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let mut c = app.signed_in(&fp).await;
    let html = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>"#;
    let elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00";
    for (name, bytes) in [
        ("report.pdf", &html[..]),
        ("chart.png", &svg[..]),
        ("notes.txt", &elf[..]),
    ] {
        let res = add(&mut c, &fields("Spoofed", &[]), Some((name, bytes))).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        res.assert_contains("This file type is not accepted");
        // The form keeps what was typed.
        res.assert_contains("value=\"Spoofed\"");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM file_versions").await, 0);
    assert!(
        files_under(&app.state.config.blob_dir).is_empty(),
        "refused files are not kept"
    );
    // A real Word file is accepted, whatever its name says.
    let id = added(&mut c, &fields("Real", &[]), Some(("guidance.bin", DOCX))).await;
    let v = gctcp_store::library::version(app.db(), versions(&app, id).await[0])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.kind, "docx");
    assert_eq!(v.filename, "guidance.docx");
    // A link needs no file; a resource with neither is refused.
    let res = add(&mut c, &fields("Nothing", &[]), None).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("Choose a file to upload, or give the web address");
    added(
        &mut c,
        &fields(
            "UN CT Strategy",
            &[("url", "https://www.un.org/counterterrorism/")],
        ),
        None,
    )
    .await;
});

dual!(
    oversize_uploads_are_refused_and_leave_nothing,
    config = |c: &mut gctcp_server::config::Config| c.max_upload = 64 * 1024,
    |app| {
        let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let mut c = app.signed_in(&fp).await;
        let big = vec![b'a'; 300 * 1024];
        let res = add(&mut c, &fields("Too big", &[]), Some(("big.txt", &big))).await;
        assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
        res.assert_contains("larger than the limit");
        // Just over the limit, inside the request's slack for form fields: the stream is
        // cut off at the limit while being written.
        let over = vec![b'a'; 64 * 1024 + 10];
        let res = add(
            &mut c,
            &fields("Slightly too big", &[]),
            Some(("over.txt", &over)),
        )
        .await;
        assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
        assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 0);
        assert!(files_under(&app.state.config.blob_dir).is_empty());
        // Within the limit, fine.
        let ok = vec![b'a'; 60 * 1024];
        added(&mut c, &fields("Fits", &[]), Some(("fits.txt", &ok))).await;
    }
);

dual!(
    space_restricted_resources_are_invisible_to_non_members,
    |app| {
        let admin = app.admin().await;
        let alice = app.focal_point("alice@unodc.org", "UNODC").await;
        let ana = app.focal_point("ana@mofa.gov.jo", "JOR").await;
        let bob = app.focal_point("bob@interpol.int", "INTERPOL").await;
        let (a, b) = (app.working_group(1).await, app.working_group(2).await);
        app.add_to_space(a, alice.id, SpaceRole::Member).await;
        app.add_to_space(a, ana.id, SpaceRole::Member).await;
        app.add_to_space(b, bob.id, SpaceRole::Member).await;
        let a_str = a.0.to_string();
        let mut c = app.signed_in(&alice).await;
        let id = added(
            &mut c,
            &fields(
                "Zanzibar protocol draft",
                &[
                    ("visibility", "spaces"),
                    ("reader_spaces", &a_str),
                    ("space", &a_str),
                ],
            ),
            Some(("draft.pdf", PDF)),
        )
        .await;
        let v = versions(&app, id).await[0];
        app.wait_for_text().await;

        // A member of space A: listed, found (also by a word inside the file), counted.
        let mut m = app.signed_in(&ana).await;
        m.get("/").await.assert_contains("Zanzibar protocol draft");
        m.get("/library")
            .await
            .assert_contains("Zanzibar protocol draft");
        m.get("/library?q=zanzibar")
            .await
            .assert_contains("One resource");
        m.get("/library?q=interoperability")
            .await
            .assert_contains("Zanzibar protocol draft");
        assert_eq!(
            m.get(&format!("/library/{id}")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            m.get(&format!("/library/files/{v}/download")).await.status,
            StatusCode::OK
        );

        // A member of space B: not listed, not found, not counted, not reachable by ID.
        let mut o = app.signed_in(&bob).await;
        o.get("/")
            .await
            .assert_not_contains("Zanzibar")
            .assert_contains("Nothing in the library yet");
        let list = o.get("/library").await;
        list.assert_not_contains("Zanzibar")
            .assert_contains("No resources");
        o.get("/library?q=zanzibar")
            .await
            .assert_not_contains("Zanzibar")
            .assert_contains("No resources");
        o.get("/library?q=interoperability")
            .await
            .assert_contains("No resources");
        // Facet counts do not leak it either: no type or year value is offered.
        let facets = o.get("/library?type=guidance").await;
        facets
            .assert_contains("No resources")
            .assert_not_contains("2024 (1)");
        for path in [
            format!("/library/{id}"),
            format!("/library/{id}/edit"),
            format!("/library/files/{v}/download"),
            format!("/library/files/{v}/preview"),
        ] {
            let res = o.get(&path).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
            assert!(!res.bytes.starts_with(b"%PDF"), "{path}");
            res.assert_not_contains("Zanzibar");
        }
        // Nor can they change it.
        o.get("/library").await;
        let res = o.post(&format!("/library/{id}/delete"), &[]).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resources WHERE deleted_at IS NULL")
                .await,
            1
        );

        // Administrators see everything; a restricted download is audited.
        let mut ad = app.signed_in(&admin).await;
        ad.get("/library?q=zanzibar")
            .await
            .assert_contains("One resource");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'library.downloaded'")
                .await,
            1,
            "ana's download"
        );
        ad.get(&format!("/library/files/{v}/download")).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'library.downloaded'")
                .await,
            2
        );
    }
);

dual!(organization_restricted_resources, |app| {
    let author = app.focal_point("li@unoct.org", "UNOCT").await;
    let colleague = app.focal_point("wang@unoct.org", "UNOCT").await;
    let reader = app.focal_point("fatima@mofa.gov.jo", "JOR").await;
    let outsider = app.focal_point("pierre@diplomatie.gouv.fr", "FRA").await;
    let jor = gctcp_store::orgs::by_code(app.db(), "JOR")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let unoct = gctcp_store::orgs::by_code(app.db(), "UNOCT")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let mut c = app.signed_in(&author).await;
    let id = added(
        &mut c,
        &fields(
            "Quokka assessment for Jordan",
            &[
                ("visibility", "orgs"),
                ("reader_orgs", &jor),
                ("org", &unoct),
            ],
        ),
        Some(("assessment.docx", DOCX)),
    )
    .await;
    let v = versions(&app, id).await[0];
    for (p, sees) in [(&colleague, true), (&reader, true), (&outsider, false)] {
        let mut c = app.signed_in(p).await;
        let list = c.get("/library?q=quokka").await;
        let page = c.get(&format!("/library/{id}")).await;
        let file = c.get(&format!("/library/files/{v}/download")).await;
        if sees {
            list.assert_contains("Quokka assessment");
            assert_eq!(page.status, StatusCode::OK, "{}", p.email);
            assert_eq!(file.bytes, DOCX);
        } else {
            list.assert_not_contains("Quokka")
                .assert_contains("No resources");
            assert_eq!(page.status, StatusCode::NOT_FOUND);
            assert_eq!(file.status, StatusCode::NOT_FOUND);
        }
    }
});

dual!(
    text_inside_pdf_and_word_files_is_found_in_several_scripts,
    |app| {
        let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let mut c = app.signed_in(&fp).await;
        // Titles that share no word with the files' text.
        let pdf = added(&mut c, &fields("Alpha", &[]), Some(("a.pdf", PDF))).await;
        let docx = added(&mut c, &fields("Beta", &[]), Some(("b.docx", DOCX))).await;
        // Until extracted, the page says the text is being indexed.
        app.wait_for_text().await;
        c.get(&format!("/library/{pdf}"))
            .await
            .assert_contains("text indexed for search")
            .assert_not_contains("id=\"indexing\"");
        for (q, want, not) in [
            ("interoperability", "Alpha", "Beta"),
            ("WATCHLISTS", "Alpha", "Beta"),
            ("биометрия", "Alpha", "Beta"),
            ("финансированию терроризма", "Alpha", "Beta"),
            ("stadiums", "Beta", "Alpha"),
            ("vulnerability assessment", "Beta", "Alpha"),
            ("защита уязвимых", "Beta", "Alpha"),
            ("حماية الأهداف", "Beta", "Alpha"),
            ("软目标保护", "Beta", "Alpha"),
        ] {
            let url = format!(
                "/library?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            );
            let res = c.get(&url).await;
            res.assert_contains(&format!("<bdi>{want}</bdi></a>"))
                .assert_not_contains(&format!("<bdi>{not}</bdi></a>"));
        }
        let _ = docx;
    }
);

/// Posts the "add a resource" form with several files, each after its language (as the
/// enhanced form sends them).
async fn add_several(c: &mut Client, title: &str, files: &[(&str, &str, &[u8])]) -> TestResponse {
    c.get("/library/new").await;
    let described: Vec<(&str, &str)> = fields(title, &[])
        .into_iter()
        .filter(|(k, _)| *k != "file_lang")
        .collect();
    let mut parts: Vec<(&str, Option<&str>, &[u8])> = described
        .iter()
        .map(|(k, v)| (*k, None, v.as_bytes()))
        .collect();
    for (lang, name, bytes) in files {
        parts.push(("file_lang", None, lang.as_bytes()));
        parts.push(("file", Some(name), bytes));
    }
    c.post_multipart("/library/new", &parts).await
}

dual!(several_files_at_once_each_in_its_language, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let mut c = app.signed_in(&fp).await;
    let fr = "Stratégie antiterroriste mondiale : plan d’action.".as_bytes();
    let ar = "استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب".as_bytes();
    let res = add_several(
        &mut c,
        "Global Counter-Terrorism Strategy",
        &[
            ("en", "strategy_en.pdf", PDF),
            ("fr", "strategie_fr.txt", fr),
            ("ar", "strategy_ar.txt", ar),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: i64 = res
        .location()
        .trim_start_matches("/library/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let r = gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    let mut got: Vec<(String, String)> = r
        .files
        .iter()
        .map(|f| (f.lang.clone(), f.current().filename.clone()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("ar".to_string(), "strategy_ar.txt".to_string()),
            ("en".to_string(), "strategy_en.pdf".to_string()),
            ("fr".to_string(), "strategie_fr.txt".to_string()),
        ]
    );
    // Each language version is offered on the resource's page.
    let page = c.get(&format!("/library/{id}?lang=fr")).await;
    page.assert_contains("strategie_fr.txt");
    let blobs_before = files_under(&app.state.config.blob_dir).len();

    // One refused file among several: nothing is added, the others are not kept, and the
    // form says which file, next to the file field, keeping what was typed.
    let spoof = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
    let res = add_several(
        &mut c,
        "Annexes",
        &[
            ("en", "annex-1.pdf", PDF),
            ("en", "annex-2.pdf", &spoof[..]),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    res.assert_contains("value=\"Annexes\"");
    let error = res
        .body
        .split("id=\"file-error\">")
        .nth(1)
        .expect("an error next to the file field");
    let error = &error[..error.find("</p>").unwrap()];
    assert!(error.contains("annex-2.pdf"), "{error}");
    assert!(error.contains("This file type is not accepted"), "{error}");
    res.assert_contains("aria-invalid=\"true\"");
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 1);
    assert_eq!(files_under(&app.state.config.blob_dir).len(), blobs_before);

    // A language that is not offered, for the second file.
    let res = add_several(
        &mut c,
        "Two",
        &[("en", "a.txt", b"one"), ("xx", "b.txt", b"two")],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("Choose a language from the list.");

    // More than ten files at once.
    let many: Vec<(&str, &str, &[u8])> =
        (0..11).map(|_| ("en", "page.txt", &b"text"[..])).collect();
    let res = add_several(&mut c, "Many", &many).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("Choose at most 10 files at once");
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 1);
    assert_eq!(files_under(&app.state.config.blob_dir).len(), blobs_before);
});
