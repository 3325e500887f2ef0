//! Search: short terms, word beginnings, CJK words inside files, long files, and
//! concurrent refreshes; uploads need their token; unreadable files stay findable.

use super::*;

dual!(uploads_need_the_csrf_token, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let mut c = app.signed_in(&fp).await;
    c.get("/library/new").await;
    let res = c
        .post_multipart(
            "/library/new?csrf=forged",
            &[("title", None, b"x"), ("file", Some("a.txt"), b"hello")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 0);
});

dual!(
    unreadable_files_and_images_are_kept_and_found_by_their_details,
    |app| {
        let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let mut c = app.signed_in(&fp).await;
        // A PDF header over garbage: accepted as a PDF, no text can be read from it.
        let broken = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> garbage".to_vec();
        let pdf = added(
            &mut c,
            &fields("Scanned communique of the Lake Chad Basin Commission", &[]),
            Some(("scan.pdf", &broken)),
        )
        .await;
        let png = {
            let img = image::RgbImage::from_pixel(40, 30, image::Rgb([0, 90, 156]));
            let mut out = std::io::Cursor::new(Vec::new());
            img.write_to(&mut out, image::ImageFormat::Png).unwrap();
            out.into_inner()
        };
        let chart = added(
            &mut c,
            &fields("Организационная схема", &[("doc_type", "other")]),
            Some(("chart.png", &png)),
        )
        .await;
        app.wait_for_text().await;
        c.get(&format!("/library/{pdf}"))
            .await
            .assert_contains("no text could be extracted");
        c.get("/library?q=communique")
            .await
            .assert_contains("One resource");
        c.get("/library?q=%D1%81%D1%85%D0%B5%D0%BC%D0%B0")
            .await
            .assert_contains("Организационная схема");
        // The image previews inline, in an <img>, under the sandbox policy.
        let page = c.get(&format!("/library/{chart}")).await;
        page.assert_contains("class=\"image-preview\"")
            .assert_contains("found by its details only");
        let v = versions(&app, chart).await[0];
        let res = c.get(&format!("/library/files/{v}/preview")).await;
        assert_eq!(res.header("content-type"), Some("image/png"));
        assert_eq!(res.bytes, png);
        // Word files have no inline preview: the preview address offers the download.
        let docx = added(&mut c, &fields("Word", &[]), Some(("w.docx", DOCX))).await;
        let v = versions(&app, docx).await[0];
        let res = c.get(&format!("/library/files/{v}/preview")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), format!("/library/files/{v}/download"));
    }
);

dual!(short_terms_match_titles_and_summaries, |app| {
    // Kenya: the Chinese name of UNOCT itself (联合国反恐怖主义办公室) holds 反恐.
    let fp = app.focal_point("li@mfa.go.ke", "KEN").await;
    let mut c = app.signed_in(&fp).await;
    added(
        &mut c,
        &fields("反恐培训手册", &[]),
        Some(("a.txt", b"Training.")),
    )
    .await;
    added(
        &mut c,
        &fields("Victims", &[("summary", "Prepared with the UN system.")]),
        Some(("b.txt", b"Support.")),
    )
    .await;
    added(
        &mut c,
        &fields("Other", &[]),
        Some(("c.txt", "reference to 反恐 in the text only".as_bytes())),
    )
    .await;
    app.wait_for_text().await;
    // A two-character Chinese word: in a title and inside a file.
    c.get("/library?q=%E5%8F%8D%E6%81%90")
        .await
        .assert_contains("2 resources")
        .assert_contains("反恐培训手册")
        .assert_contains("<bdi>Other</bdi>");
    c.get("/library?q=un")
        .await
        .assert_contains("<bdi>Victims</bdi>");
});

dual!(
    words_match_by_their_beginning_and_arabic_inside_words,
    |app| {
        let fp = app.focal_point("wanjiku@mfa.go.ke", "KEN").await;
        let mut c = app.signed_in(&fp).await;
        added(
            &mut c,
            &fields("One", &[]),
            Some((
                "a.txt",
                "Counter-terrorism financing; see A/RES/72/284.".as_bytes(),
            )),
        )
        .await;
        added(
            &mut c,
            &fields("Two", &[]),
            Some(("b.txt", "التعاون الدولي لمكافحة والإرهاب".as_bytes())),
        )
        .await;
        app.wait_for_text().await;
        for (q, hit) in [
            ("terror", "One"),
            ("counter-terrorism", "One"),
            ("financ", "One"),
            ("a/res/72/284", "One"),
            ("الإرهاب", "Two"),
            ("الدولي", "Two"),
        ] {
            let url = format!(
                "/library?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            );
            c.get(&url)
                .await
                .assert_contains("One resource")
                .assert_contains(&format!("<bdi>{hit}</bdi></a>"));
        }
        // A symbol is matched exactly: A/RES/72/28 is another document.
        c.get("/library?q=a%2Fres%2F72%2F28")
            .await
            .assert_contains("No resources");
        c.get("/library?q=a%2Fres%2F72")
            .await
            .assert_contains("One resource");
        // Words are matched from their beginning, not in their middle.
        c.get("/library?q=rrorism")
            .await
            .assert_contains("No resources");
    }
);

dual!(concurrent_changes_to_one_resource_all_land, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let id = app.resource(&fp, "Shared", "s.txt", b"shared text").await;
    // Fifteen more files, each waiting for its text.
    for i in 0..15 {
        let staged = app
            .state
            .blobs
            .stage_bytes(format!("file {i}").as_bytes())
            .await
            .unwrap();
        let (size, sha256) = (staged.size as i64, staged.sha256.clone());
        let blob_key = app.state.blobs.store(staged).await.unwrap();
        let upload = gctcp_store::library::Upload {
            blob_key,
            filename: format!("{i}.txt"),
            kind: "txt".into(),
            size,
            sha256,
            extractable: true,
        };
        let actor = app.actor(&fp).await;
        gctcp_app::library::add_file(&app.state, &actor, id, "fr", &upload)
            .await
            .unwrap();
    }
    // This node's extractor has done them; make them wait again, as if claimed just now
    // by extractors on other nodes (so this node leaves them alone).
    app.wait_for_text().await;
    gctcp_store::query(
        "UPDATE file_versions SET text_status = 'pending', text = NULL, text_claimed_at = $1",
    )
    .bind(gctcp_store::now())
    .execute(app.db())
    .await
    .unwrap();
    let versions: Vec<(i64,)> = gctcp_store::query("SELECT id FROM file_versions")
        .fetch_all(app.db())
        .await
        .unwrap();
    // Their texts arrive at once (extractors on several nodes):
    // each refresh of the search text waits for the one before, and none is lost.
    let mut tasks = Vec::new();
    for (v,) in versions {
        let db = app.db().clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = db.begin().await?;
            let text = format!("marker{v}x");
            if let Some(r) = gctcp_store::library::store_text(&mut tx, v, Some(&text)).await? {
                gctcp_store::library::refresh(&mut tx, r).await?;
            }
            tx.commit().await
        }));
    }
    for t in tasks {
        t.await.unwrap().expect("every change lands");
    }
    assert_eq!(gctcp_store::library::pending(app.db()).await.unwrap(), 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM library_docs").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM library_tokens").await, 1);
    let mut c = app.signed_in(&fp).await;
    let first: i64 = app.count("SELECT MIN(id) FROM file_versions").await;
    let last: i64 = app.count("SELECT MAX(id) FROM file_versions").await;
    for v in [first, last] {
        c.get(&format!("/library?q=marker{v}x"))
            .await
            .assert_contains("One resource");
    }
});

dual!(
    one_and_two_character_cjk_words_are_found_inside_files,
    |app| {
        let fp = app.focal_point("li@mfa.go.ke", "KEN").await;
        let mut c = app.signed_in(&fp).await;
        let docx =
            gctcp_demo::docgen::docx("Minutes", &["反恐战略协调会议纪要", "各方讨论了边境安全。"]);
        added(
            &mut c,
            &fields("Minutes", &[]),
            Some(("minutes.docx", &docx)),
        )
        .await;
        added(
            &mut c,
            &fields("Japanese notes", &[]),
            Some(("ja.txt", "国際テロ対策の協力について".as_bytes())),
        )
        .await;
        added(
            &mut c,
            &fields("Korean notes", &[]),
            Some(("ko.txt", "테러 방지 협력 회의".as_bytes())),
        )
        .await;
        added(
            &mut c,
            &fields("Unrelated", &[]),
            Some(("other.txt", "安全理事会的决议。".as_bytes())),
        )
        .await;
        app.wait_for_text().await;
        let minutes = vec!["Minutes".to_string()];
        for q in [
            "战略",
            "反恐",
            "会议",
            "纪要",
            "反恐战略",
            "边境",
            "恐",
            "战略 会议",
        ] {
            assert_eq!(titles_found(&mut c, q).await, minutes, "{q}");
        }
        assert_eq!(
            titles_found(&mut c, "安全").await.len(),
            2,
            "边境安全 and 安全理事会"
        );
        assert_eq!(titles_found(&mut c, "对策").await, Vec::<String>::new());
        assert_eq!(
            titles_found(&mut c, "対策").await,
            vec!["Japanese notes".to_string()]
        );
        assert_eq!(
            titles_found(&mut c, "テロ").await,
            vec!["Japanese notes".to_string()]
        );
        assert_eq!(
            titles_found(&mut c, "테러").await,
            vec!["Korean notes".to_string()]
        );
        assert_eq!(
            titles_found(&mut c, "회의").await,
            vec!["Korean notes".to_string()]
        );
        // Pairs do not cross punctuation or spaces.
        assert_eq!(titles_found(&mut c, "要各").await, Vec::<String>::new());
        assert_eq!(titles_found(&mut c, "러방").await, Vec::<String>::new());
    }
);

dual!(long_files_are_indexed_whole_and_a_cut_is_said, |app| {
    let fp = app.focal_point("archivist@mfa.go.ke", "KEN").await;
    let mut c = app.signed_in(&fp).await;
    // An 8 MB plain-text file (a long report), with a word found only near its end.
    let line = "The committee reviewed the implementation of resolution 2396 on returning foreign terrorist fighters.\n";
    let mut big = line.repeat(8_000_000 / line.len());
    big.push_str("Closing remarks by the chair mentioned zanzibarcorridor cooperation.\n");
    assert!(big.len() > 8_000_000);
    let id = added(
        &mut c,
        &fields("Long report", &[]),
        Some(("report.txt", big.as_bytes())),
    )
    .await;
    app.wait_for_text().await;
    assert_eq!(
        titles_found(&mut c, "zanzibarcorridor").await,
        vec!["Long report".to_string()]
    );
    let page = c.get(&format!("/library/{id}")).await;
    page.assert_contains("text indexed for search")
        .assert_not_contains("the rest of this very long file cannot be searched");
    // Beyond the budget, the page says where search stops.
    let budget = gctcp_store::library::TEXT_MAX;
    let mut huge = "a".repeat(10);
    huge.push(' ');
    huge.push_str(&line.repeat(budget / line.len() + 10));
    huge.push_str("beyondthebudget\n");
    let id = added(
        &mut c,
        &fields("Huge annex", &[]),
        Some(("annex.txt", huge.as_bytes())),
    )
    .await;
    app.wait_for_text().await;
    let page = c.get(&format!("/library/{id}")).await;
    page.assert_contains("the rest of this very long file cannot be searched");
    assert!(titles_found(&mut c, "beyondthebudget").await.is_empty());
    assert_eq!(
        titles_found(&mut c, "zanzibarcorridor").await,
        vec!["Long report".to_string()]
    );
});

dual!(
    an_organization_named_in_any_language_finds_its_resources,
    |app| {
        let ken = app.focal_point("n.wanjiku@mfa.go.ke", "KEN").await;
        let unodc = app.focal_point("chen.jing@un.org", "UNODC").await;
        let mut k = app.signed_in(&ken).await;
        added(
            &mut k,
            &fields("National strategy", &[]),
            Some(("strategy.txt", b"Prevention.")),
        )
        .await;
        let mut u = app.signed_in(&unodc).await;
        added(
            &mut u,
            &fields("Legal toolkit", &[]),
            Some(("toolkit.txt", b"Criminal justice.")),
        )
        .await;
        app.wait_for_text().await;
        // Kenya by its name in English (also the French and Spanish), Russian, Arabic and
        // Chinese; UNODC by its
        // French acronym; words that name no organization still need the text.
        for (q, want) in [
            ("Kenya", vec!["National strategy"]),
            ("Кения", vec!["National strategy"]),
            ("كينيا", vec!["National strategy"]),
            ("肯尼亚", vec!["National strategy"]),
            ("ONUDC", vec!["Legal toolkit"]),
            ("ONUDC toolkit", vec!["Legal toolkit"]),
            ("ONUDC strategy", vec![]),
            ("Кения prevention", vec!["National strategy"]),
            ("Кения toolkit", vec![]),
        ] {
            assert_eq!(titles_found(&mut k, q).await, want, "{q}");
        }
    }
);

dual!(
    the_list_kept_as_rendered_follows_every_change_and_each_readers_rights,
    |app| {
        // The list's rows are rendered once per language, page of results and library
        // generation (`library::rows`): prove that whatever is kept never shows a reader
        // what they may not read, nor anyone what is no longer so.
        let author = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let outsider = app.focal_point("wanjiru@mfa.go.ke", "KEN").await;
        let jor = gctcp_store::orgs::by_code(app.db(), "JOR")
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        let mut a = app.signed_in(&author).await;
        let open = added(
            &mut a,
            &fields("Quokka alpha guidance", &[]),
            Some(("q.txt", b"quokka")),
        )
        .await;
        added(
            &mut a,
            &fields(
                "Wombat briefing for Jordan",
                &[("visibility", "orgs"), ("reader_orgs", &jor)],
            ),
            Some(("w.txt", b"wombat")),
        )
        .await;
        let mut o = app.signed_in(&outsider).await;
        // Each reader twice, in turns: the second answers are the kept ones.
        for _ in 0..2 {
            a.get("/library")
                .await
                .assert_contains("Quokka alpha guidance")
                .assert_contains("Wombat briefing for Jordan")
                .assert_contains("Restricted");
            o.get("/library")
                .await
                .assert_contains("Quokka alpha guidance")
                .assert_not_contains("Wombat");
        }
        // An edit shows at once, to both.
        let edit = format!("/library/{open}/edit");
        a.get(&edit).await;
        let res = a.post(&edit, &fields("Quokka beta guidance", &[])).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        for c in [&mut a, &mut o] {
            c.get("/library")
                .await
                .assert_contains("Quokka beta guidance")
                .assert_not_contains("Quokka alpha");
        }
        // The same results in another language are that language's.
        o.post("/language", &[("lang", "fr"), ("next", "/library")])
            .await;
        o.get("/library")
            .await
            .assert_contains("Quokka beta guidance")
            .assert_contains("Orientations")
            .assert_contains("15 mars 2024")
            .assert_not_contains(">Guidance<");
    }
);
