//! Versions, language versions, facets, editing rights, deletion and restoration.

use super::*;

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
