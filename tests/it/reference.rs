use super::*;

dual!(reference_data_is_loaded_complete_and_idempotently, |app| {
    let count = |kind: &str| format!("SELECT COUNT(*) FROM organizations WHERE kind = '{kind}'");
    assert_eq!(app.count(&count("member_state")).await, 193);
    assert_eq!(app.count(&count("compact_entity")).await, 46);
    assert_eq!(app.count("SELECT COUNT(*) FROM pillars").await, 4);
    assert!(app.count("SELECT COUNT(*) FROM themes").await >= 14);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM spaces WHERE kind = 'working_group'")
            .await,
        8
    );
    // Kenya with its codes and groupings; an observer entity.
    let ken = gctcp_store::orgs::by_code(app.db(), "ken")
        .await
        .unwrap()
        .expect("Kenya");
    assert_eq!(
        (
            ken.name_en.as_str(),
            ken.name_zh.as_str(),
            ken.iso2.as_deref()
        ),
        ("Kenya", "肯尼亚", Some("KE"))
    );
    assert_eq!(ken.region.as_deref(), Some("Africa"));
    assert_eq!(ken.regional_group.as_deref(), Some("African States"));
    let iom = gctcp_store::orgs::by_code(app.db(), "IOM")
        .await
        .unwrap()
        .expect("IOM");
    assert_eq!(iom.compact_status.as_deref(), Some("observer"));
    assert!(gctcp_store::orgs::by_code(app.db(), "UN Women")
        .await
        .unwrap()
        .is_some());
    // Working group 2: chaired by CTED, vice-chaired by INTERPOL and UNODC, co-chaired by WCO.
    let wg2 = app.working_group(2).await;
    let leads: Vec<(String, String)> = gctcp_store::spaces::entity_leads(app.db())
        .await
        .unwrap()
        .into_iter()
        .filter(|l| l.space_id == wg2.0)
        .map(|l| (l.code, l.role))
        .collect();
    let want = [
        ("CTED", "chair"),
        ("WCO", "co_chair"),
        ("INTERPOL", "vice_chair"),
        ("UNODC", "vice_chair"),
    ];
    assert_eq!(
        leads,
        want.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    );
    // A second start changes nothing and duplicates nothing.
    let before = app.count("SELECT COUNT(*) FROM space_entities").await;
    let counts = gctcp_store::reference::sync(app.db()).await.unwrap();
    assert_eq!(
        (
            counts.member_states,
            counts.compact_entities,
            counts.working_groups
        ),
        (193, 46, 8)
    );
    assert_eq!(app.count(&count("member_state")).await, 193);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM space_entities").await,
        before
    );
});

dual!(
    organizations_page_lists_states_and_entities_with_filters,
    |app| {
        let fp = app.focal_point("orgs@un.org", "KEN").await;
        let mut c = app.signed_in(&fp).await;
        let all = c.get("/organizations").await;
        // States and entities by name, 50 to a page: Kenya is on the third.
        all.assert_contains("239 organizations")
            .assert_contains("Afghanistan")
            .assert_not_contains("Kenya");
        c.get("/organizations?page=3")
            .await
            .assert_contains("Kenya");
        c.get("/organizations?q=unodc")
            .await
            .assert_contains("UNODC");
        let states = c.get("/organizations?kind=member_state").await;
        states
            .assert_contains("193 organizations")
            .assert_not_contains(">UNODC<");
        let q = c.get("/organizations?q=ken").await;
        q.assert_contains("Kenya");
        c.post("/language", &[("lang", "zh"), ("next", "/organizations")])
            .await;
        c.get("/organizations?q=%E8%82%AF")
            .await
            .assert_contains("肯尼亚");
    }
);

dual!(
    reference_data_is_held_in_memory_yet_every_node_shows_changes_at_once,
    |app| {
        let fp = app.focal_point("ref-cache@un.org", "KEN").await;
        let wg2 = app.working_group(2).await;
        let wg2_name = gctcp_store::spaces::by_id(app.db(), wg2)
            .await
            .unwrap()
            .unwrap()
            .name_en;
        app.add_to_space(wg2, fp.id, SpaceRole::Member).await;
        // A second app node on the same database, with its own copy of the reference data.
        let (node_b, _) = gctcp_server::app((*app.state.config).clone(), app.db().clone()).unwrap();
        let mut a = app.signed_in(&fp).await;
        let mut b = Client::new(node_b);
        b.sign_in(&fp.email, &fp.password).await;
        for c in [&mut a, &mut b] {
            c.get("/organizations/KEN")
                .await
                .assert_contains("Kenya")
                .assert_not_contains("Republic of Kenya (renamed)");
            c.get("/").await.assert_contains(&wg2_name);
        }
        // Changed in the database by whatever means (a reference-data update, an
        // operator): every node's next page shows it, with no restart and no delay.
        app.exec(
            "UPDATE organizations SET name_en = 'Republic of Kenya (renamed)' WHERE code = 'KEN'",
        )
        .await;
        app.exec(&format!(
            "UPDATE spaces SET name_en = 'Working group two, renamed' WHERE id = {}",
            wg2.0
        ))
        .await;
        for c in [&mut a, &mut b] {
            c.get("/organizations/KEN")
                .await
                .assert_contains("Republic of Kenya (renamed)");
            c.get("/organizations?q=renamed")
                .await
                .assert_contains("Republic of Kenya (renamed)");
            c.get("/")
                .await
                .assert_contains("Working group two, renamed")
                .assert_not_contains(&wg2_name);
            c.get(&format!("/people/{}", fp.id))
                .await
                .assert_contains("Working group two, renamed");
        }
        // An organization that is gone is gone everywhere.
        app.exec("UPDATE organizations SET code = 'KEX', code_folded = 'kex' WHERE code = 'KEN'")
            .await;
        assert_eq!(
            b.get("/organizations/KEN").await.status,
            StatusCode::NOT_FOUND
        );
        b.get("/organizations/kex")
            .await
            .assert_contains("Republic of Kenya (renamed)");
    }
);

dual!(
    pages_kept_in_memory_show_every_change_at_once_on_every_node,
    |app| {
        let fp = app.focal_point("kept-pages@un.org", "KEN").await;
        let rid = app
            .resource(&fp, "Kept resource page", "note.txt", b"plain text")
            .await;
        let (node_b, _) = gctcp_server::app((*app.state.config).clone(), app.db().clone()).unwrap();
        let mut a = app.signed_in(&fp).await;
        let mut b = Client::new(node_b);
        b.sign_in(&fp.email, &fp.password).await;
        let person = format!("/people/{}", fp.id);
        let resource = format!("/library/{rid}");
        // Read once on each node (and kept there).
        for c in [&mut a, &mut b] {
            c.get(&person).await.assert_contains("Kenya");
            c.get(&resource).await.assert_contains("Kenya");
            c.get("/profile")
                .await
                .assert_not_contains(r#"<option value="fr" lang="fr" selected>"#);
        }
        // A new name (the profile form), a new interface language (the switcher on node
        // B), a renamed organization (the reference data): each shows on both nodes at the
        // next request.
        app.profile(&fp, |f| f.display_name = "Wanjiru Renamed-Kamau".into())
            .await;
        b.get("/profile").await;
        b.post("/language", &[("lang", "fr"), ("next", "/")]).await;
        app.exec("UPDATE organizations SET name_en = 'Kenya (renamed)', name_fr = 'Kenya (renamed)' WHERE code = 'KEN'")
            .await;
        for c in [&mut a, &mut b] {
            c.get(&person)
                .await
                .assert_contains("Wanjiru Renamed-Kamau")
                .assert_contains("Kenya (renamed)");
            c.get(&resource)
                .await
                .assert_contains("Wanjiru Renamed-Kamau")
                .assert_contains("Kenya (renamed)");
            c.get("/profile")
                .await
                .assert_contains(r#"<option value="fr" lang="fr" selected>"#)
                .assert_contains("Wanjiru Renamed-Kamau");
        }
        // Deleted: gone from the resource page on both nodes.
        let admin = app.admin().await;
        gctcp_app::library::delete(&app.state, &app.actor(&admin).await, rid)
            .await
            .unwrap();
        for c in [&mut a, &mut b] {
            assert_eq!(c.get(&resource).await.status, StatusCode::NOT_FOUND);
        }
    }
);
