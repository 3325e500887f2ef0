//! The resource library: uploads, downloads, type checks, size limits, access by space
//! and by organization (denials as well as grants), text extraction and search, language
//! versions, versions, editing, soft deletion and restoration.

use super::*;
use sha2::{Digest, Sha256};

const PDF: &[u8] = include_bytes!("../fixtures/library/report.pdf");
const DOCX: &[u8] = include_bytes!("../fixtures/library/guidance.docx");

/// A resource's description as the form sends it.
fn fields<'a>(title: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("title", title),
        ("summary", ""),
        ("doc_type", "guidance"),
        ("symbol", ""),
        ("lang", "en"),
        ("published_on", "2024-03-15"),
        ("visibility", "all"),
        ("url", ""),
        ("file_lang", "en"),
    ];
    for (k, v) in extra {
        if let Some(slot) = f.iter_mut().find(|(key, _)| key == k) {
            slot.1 = v;
        } else {
            f.push((k, v));
        }
    }
    f
}

/// Submits the "add a resource" form (the file part last, as browsers send it).
async fn add(c: &mut Client, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> TestResponse {
    c.get("/library/new").await;
    let mut parts: Vec<(&str, Option<&str>, &[u8])> = fields
        .iter()
        .map(|(k, v)| (*k, None, v.as_bytes()))
        .collect();
    if let Some((name, bytes)) = file {
        parts.push(("file", Some(name), bytes));
    }
    c.post_multipart("/library/new", &parts).await
}

/// Adds a resource and returns its ID.
async fn added(c: &mut Client, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> i64 {
    let res = add(c, fields, file).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let loc = res.location().to_string();
    loc.trim_start_matches("/library/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The current versions of a resource's files.
async fn versions(app: &TestApp, id: i64) -> Vec<i64> {
    gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .files
        .iter()
        .map(|f| f.current().id)
        .collect()
}

fn sha256(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// Every file in a directory tree (blob store and staging).
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            out.push(p);
        }
    }
    out
}

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

dual!(new_versions_keep_the_history, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let other = app.focal_point("bob@interpol.int", "INTERPOL").await;
    let mut c = app.signed_in(&fp).await;
    let first = b"First draft of the meeting record.\n".to_vec();
    let second = b"Final meeting record, as adopted.\n".to_vec();
    let id = added(
        &mut c,
        &fields("Minutes", &[]),
        Some(("minutes.txt", &first)),
    )
    .await;
    let full = gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    let file = full.files[0].id;
    let v1 = full.files[0].current().id;
    c.get(&format!("/library/{id}")).await;
    let res = c
        .post_multipart(
            &format!("/library/{id}/files/{file}/versions"),
            &[("file", Some("minutes-final.txt"), &second)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let full = gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(full.files[0].versions.len(), 2);
    let v2 = full.files[0].current().id;
    assert_eq!(full.files[0].current().number, 2);
    let page = c.get(&format!("/library/{id}")).await;
    page.assert_contains("minutes-final.txt")
        .assert_contains("version 2")
        .assert_contains("version 1")
        .assert_contains(&format!("/library/files/{v1}/download"));
    // Both versions download, each with its own bytes, to anyone who may read.
    let mut o = app.signed_in(&other).await;
    assert_eq!(
        o.get(&format!("/library/files/{v1}/download")).await.bytes,
        first
    );
    assert_eq!(
        o.get(&format!("/library/files/{v2}/download")).await.bytes,
        second
    );
    // Search follows the current version.
    app.wait_for_text().await;
    o.get("/library?q=adopted").await.assert_contains("Minutes");
    o.get("/library?q=draft")
        .await
        .assert_contains("No resources");
    // Someone who may not edit cannot add a version.
    o.get(&format!("/library/{id}")).await;
    let res = o
        .post_multipart(
            &format!("/library/{id}/files/{file}/versions"),
            &[("file", Some("x.txt"), b"hijacked")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM file_versions").await, 2);
});

dual!(language_versions_are_one_resource, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let mut c = app.signed_in(&fp).await;
    let en = b"Plan of action to prevent violent extremism.".to_vec();
    let fr = b"Plan d'action pour la prevention de l'extremisme violent.".to_vec();
    let id = added(
        &mut c,
        &fields("Plan of Action", &[]),
        Some(("plan-en.txt", &en)),
    )
    .await;
    c.get(&format!("/library/{id}")).await;
    let res = c
        .post_multipart(
            &format!("/library/{id}/files"),
            &[("lang", None, b"fr"), ("file", Some("plan-fr.txt"), &fr)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = c.get(&format!("/library/{id}")).await;
    page.assert_contains("Language versions")
        .assert_contains("Français")
        .assert_contains("plan-en.txt")
        .assert_not_contains("plan-fr.txt");
    c.get(&format!("/library/{id}?lang=fr"))
        .await
        .assert_contains("plan-fr.txt")
        .assert_not_contains("plan-en.txt");
    // One resource, found in either language, filtered by language.
    app.wait_for_text().await;
    c.get("/library?q=extremisme")
        .await
        .assert_contains("One resource");
    c.get("/library?lang=fr")
        .await
        .assert_contains("Plan of Action");
    c.get("/library?lang=ar")
        .await
        .assert_contains("No resources");
    // A wrong upload can be removed, with its stored file; the last file cannot.
    let full = gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    let fr_file = full.files.iter().find(|f| f.lang == "fr").unwrap().id;
    let en_file = full.files.iter().find(|f| f.lang == "en").unwrap().id;
    let blobs_before = files_under(&app.state.config.blob_dir).len();
    let other = app.focal_point("bob@interpol.int", "INTERPOL").await;
    let mut o = app.signed_in(&other).await;
    o.get(&format!("/library/{id}")).await;
    let res = o
        .post(&format!("/library/{id}/files/{fr_file}/remove"), &[])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    c.get(&format!("/library/{id}")).await;
    let res = c
        .post(&format!("/library/{id}/files/{fr_file}/remove"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    c.get(res.location())
        .await
        .assert_contains("The file was removed")
        .assert_not_contains("plan-fr.txt")
        .assert_not_contains("Language versions");
    assert_eq!(
        files_under(&app.state.config.blob_dir).len(),
        blobs_before - 1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'library.file_removed'")
            .await,
        1
    );
    let res = c
        .post(&format!("/library/{id}/files/{en_file}/remove"), &[])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("keeps at least one file");
    assert_eq!(app.count("SELECT COUNT(*) FROM resource_files").await, 1);
    // An unknown language is refused.
    c.get(&format!("/library/{id}")).await;
    let res = c
        .post_multipart(
            &format!("/library/{id}/files"),
            &[("lang", None, b"xx"), ("file", Some("x.txt"), b"text")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
});

dual!(facets_count_and_combine, |app| {
    let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let mut c = app.signed_in(&fp).await;
    added(
        &mut c,
        &fields(
            "Report one",
            &[
                ("doc_type", "report"),
                ("pillars", "1"),
                ("published_on", "2023-05-01"),
            ],
        ),
        Some(("1.txt", b"one")),
    )
    .await;
    added(
        &mut c,
        &fields(
            "Report two",
            &[
                ("doc_type", "report"),
                ("pillars", "2"),
                ("published_on", "2024-05-01"),
            ],
        ),
        Some(("2.txt", b"two")),
    )
    .await;
    added(
        &mut c,
        &fields(
            "Tool three",
            &[
                ("doc_type", "tool"),
                ("pillars", "2"),
                ("published_on", "2024-06-01"),
            ],
        ),
        Some(("3.txt", b"three")),
    )
    .await;
    let all = c.get("/library").await;
    all.assert_contains("3 resources")
        .assert_contains("Report (2)")
        .assert_contains("Tool (1)")
        .assert_contains("2024 (2)")
        .assert_contains("2023 (1)");
    // Newest first by default without text.
    let b = &all.body;
    assert!(b.find("Tool three").unwrap() < b.find("Report two").unwrap());
    assert!(b.find("Report two").unwrap() < b.find("Report one").unwrap());
    let p2 = c.get("/library?pillar=2").await;
    p2.assert_contains("2 resources")
        .assert_not_contains("Report one")
        // Other facets count within the pillar; the pillar facet ignores its own filter.
        .assert_contains("Report (1)")
        .assert_contains("Tool (1)");
    let both = c.get("/library?pillar=2&type=report").await;
    both.assert_contains("One resource")
        .assert_contains("Report two");
    c.get("/library?pillar=2&year=2023")
        .await
        .assert_contains("No resources");
    let oldest = c.get("/library?sort=oldest").await;
    assert!(oldest.body.find("Report one").unwrap() < oldest.body.find("Tool three").unwrap());
});

dual!(editing_is_for_the_uploader_space_leads_and_admins, |app| {
    let author = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let chair = app.focal_point("chair@unodc.org", "UNODC").await;
    let member = app.focal_point("member@interpol.int", "INTERPOL").await;
    let wg = app.working_group(4).await;
    app.add_to_space(wg, author.id, SpaceRole::Member).await;
    app.add_to_space(wg, chair.id, SpaceRole::Chair).await;
    app.add_to_space(wg, member.id, SpaceRole::Member).await;
    let wg_s = wg.0.to_string();
    let mut c = app.signed_in(&author).await;
    let id = added(
        &mut c,
        &fields("Working draft", &[("space", &wg_s)]),
        Some(("d.txt", b"draft")),
    )
    .await;
    let edit = format!("/library/{id}/edit");
    // A plain member may read but not edit or delete.
    let mut m = app.signed_in(&member).await;
    m.get(&format!("/library/{id}"))
        .await
        .assert_not_contains(&format!("href=\"{edit}\""));
    assert_eq!(m.get(&edit).await.status, StatusCode::FORBIDDEN);
    let res = m
        .post(&edit, &fields("Hijacked", &[("space", &wg_s)]))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = m.post(&format!("/library/{id}/delete"), &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // The chair may edit; bad input is refused with the reason and changes nothing.
    let mut ch = app.signed_in(&chair).await;
    ch.get(&edit).await.assert_contains("Working draft");
    let res = ch
        .post(
            &edit,
            &fields(" ", &[("space", &wg_s), ("published_on", "2999-01-01")]),
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("Give the resource a title")
        .assert_contains("cannot be in the future");
    let res = ch
        .post(
            &edit,
            &fields(
                "Adopted framework",
                &[
                    ("space", &wg_s),
                    ("symbol", "A/RES/60/288"),
                    ("themes", "1"),
                ],
            ),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    ch.get(&format!("/library/{id}"))
        .await
        .assert_contains("Adopted framework")
        .assert_contains("A/RES/60/288");
    ch.get("/library?q=a%2Fres%2F60%2F288")
        .await
        .assert_contains("Adopted framework");
    m.get("/library?q=working")
        .await
        .assert_contains("No resources");
    // The author left the space: saving keeps the resource in it, but cannot move it to a
    // space the author does not belong to.
    gctcp_app::spaces::remove_member(&app.state, &gctcp_app::Actor::cli(), wg, author.id)
        .await
        .unwrap();
    let mut a = app.signed_in(&author).await;
    a.get(&edit)
        .await
        .assert_contains(&format!("<option value=\"{wg_s}\" selected>"));
    let res = a
        .post(&edit, &fields("Adopted framework", &[("space", &wg_s)]))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let other_wg = app.working_group(5).await.0.to_string();
    let res = a
        .post(&edit, &fields("Adopted framework", &[("space", &other_wg)]))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("only file a resource under a space you belong to");
    let full = gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(full.r.space_id, Some(wg.0));
});

dual!(soft_delete_and_restore, |app| {
    let admin = app.admin().await;
    let author = app.focal_point("amal@mofa.gov.jo", "JOR").await;
    let reader = app.focal_point("bob@interpol.int", "INTERPOL").await;
    let mut c = app.signed_in(&author).await;
    let id = added(
        &mut c,
        &fields("Obsolete guidance", &[]),
        Some(("o.pdf", PDF)),
    )
    .await;
    let v = versions(&app, id).await[0];
    c.get(&format!("/library/{id}")).await;
    let res = c.post(&format!("/library/{id}/delete"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    // Gone for focal points: list, search, page, file; the author cannot restore.
    let mut r = app.signed_in(&reader).await;
    r.get("/library")
        .await
        .assert_not_contains("Obsolete guidance");
    for path in [
        format!("/library/{id}"),
        format!("/library/files/{v}/download"),
    ] {
        assert_eq!(r.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(c.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    c.get("/library").await;
    let res = c.post(&format!("/library/{id}/restore"), &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        c.get("/library/deleted").await.status,
        StatusCode::FORBIDDEN
    );
    // The file is kept; an administrator sees the deleted resource and restores it.
    let mut ad = app.signed_in(&admin).await;
    ad.get("/library/deleted")
        .await
        .assert_contains("Obsolete guidance")
        .assert_contains(&author.name);
    ad.get(&format!("/library/{id}"))
        .await
        .assert_contains("This resource is deleted");
    let res = ad.post(&format!("/library/{id}/restore"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    r.get("/library").await.assert_contains("Obsolete guidance");
    assert_eq!(
        r.get(&format!("/library/files/{v}/download")).await.bytes,
        PDF
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE event IN ('library.deleted', 'library.restored')"
        )
        .await,
        2
    );
});

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
    let mut c = app.signed_in(&fp).await;
    let first: i64 = app.count("SELECT MIN(id) FROM file_versions").await;
    let last: i64 = app.count("SELECT MAX(id) FROM file_versions").await;
    for v in [first, last] {
        c.get(&format!("/library?q=marker{v}x"))
            .await
            .assert_contains("One resource");
    }
});

/// Finds with `q` and returns the titles listed.
async fn titles_found(c: &mut Client, q: &str) -> Vec<String> {
    let url = format!(
        "/library?q={}",
        url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
    );
    let page = c.get(&url).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
        .split("class=\"resource-title\"")
        .skip(1)
        .filter_map(|s| {
            let start = s.find("<bdi>")? + 5;
            let end = s[start..].find("</bdi>")?;
            Some(gctcp_testkit::html::unescape(&s[start..start + end]))
        })
        .collect()
}

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
