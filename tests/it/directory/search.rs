//! Search in every script, filters with counts, who is listed, and every node seeing
//! changes made through another.

use super::*;

dual!(
    search_finds_people_in_every_script_and_by_every_field,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let cases: Vec<(&str, Vec<i64>)> = vec![
            ("jose", vec![w.jose.id.0]),
            ("JOSÉ", vec![w.jose.id.0]),
            ("lopez maria", vec![w.jose.id.0]),
            ("Иван", vec![w.ivan.id.0]),
            ("иван", vec![w.ivan.id.0]),
            ("محمد", vec![w.mohamed.id.0]),
            ("王", vec![w.wang.id.0]),
            ("小明", vec![w.wang.id.0]),
            ("unodc", vec![w.wang.id.0]),
            ("counsellor", vec![w.jose.id.0]),
            ("mid.ru", vec![w.ivan.id.0]),
            ("border security", vec![w.jose.id.0, w.wang.id.0]),
            ("边境", vec![w.jose.id.0, w.wang.id.0]),
            ("毒品", vec![w.wang.id.0]),
            ("王 unodc", vec![w.wang.id.0]),
            ("王 spain", vec![]),
            ("Gone Person", vec![]),
            ("pending", vec![]),
        ];
        for (q, want) in cases {
            let url = format!(
                "/people?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            );
            let res = c.get(&url).await;
            assert_eq!(res.status, StatusCode::OK, "{q}");
            let mut got = result_ids(&res.body);
            got.sort();
            let mut want = want.clone();
            want.sort();
            assert_eq!(got, want, "search {q:?}");
            if want.is_empty() {
                res.assert_contains("No one matches");
            }
        }
    }
);

dual!(
    every_filter_narrows_and_filters_combine_with_counts,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let esp = gctcp_store::orgs::by_code(app.db(), "ESP")
            .await
            .unwrap()
            .unwrap()
            .id;
        let border = app.theme("border-security").await;
        let ids = |v: Vec<&Person>| {
            let mut v: Vec<i64> = v.iter().map(|p| p.id.0).collect();
            v.sort();
            v
        };
        let cases: Vec<(String, Vec<i64>)> = vec![
            ("org_type=compact_observer".into(), ids(vec![&w.amara])),
            (
                "org_type=compact_member".into(),
                ids(vec![&w.admin, &w.wang]),
            ),
            (format!("org={esp}"), ids(vec![&w.jose])),
            ("region=Europe".into(), ids(vec![&w.jose, &w.ivan])),
            ("subregion=Eastern+Europe".into(), ids(vec![&w.ivan])),
            ("group=African+States".into(), ids(vec![&w.mohamed])),
            (format!("space={}", w.wg2.0), ids(vec![&w.jose, &w.wang])),
            (format!("theme={border}"), ids(vec![&w.jose, &w.wang])),
            ("lang=ar".into(), ids(vec![&w.mohamed])),
            (
                format!("theme={border}&org_type=member_state"),
                ids(vec![&w.jose]),
            ),
            ("lang=en&region=Europe".into(), ids(vec![&w.jose, &w.ivan])),
            ("lang=fr&q=okafor".into(), ids(vec![&w.amara])),
            ("lang=zh&region=Europe".into(), vec![]),
        ];
        for (qs, want) in cases {
            let res = c.get(&format!("/people?{qs}")).await;
            let mut got = result_ids(&res.body);
            got.sort();
            assert_eq!(got, want, "filter {qs}");
        }
        // Each filter value says how many people it would leave, given the other filters.
        let res = c.get("/people?lang=en").await;
        res.assert_contains(">Europe (2)</option>");
        res.assert_contains(&format!(
            "value=\"{border}\">Border security and management (2)</option>"
        ));
        let res = c.get("/people?region=Europe").await;
        res.assert_contains(">English (2)</option>")
            .assert_contains(">Español (1)</option>");
        // An empty combination says so and offers to remove each filter.
        let res = c.get("/people?lang=zh&region=Europe").await;
        res.assert_contains("No one matches")
            .assert_contains("Try removing a filter")
            .assert_contains("href=\"/people?region=Europe\"");
    }
);

dual!(
    the_directory_never_shows_invited_or_deactivated_people,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let all = c.get("/people").await;
        let ids = result_ids(&all.body);
        assert_eq!(ids.len(), 7, "admin, viewer and five colleagues");
        assert!(!ids.contains(&w.gone.id.0));
        all.assert_not_contains("Pending Person")
            .assert_not_contains("Gone Person");
        assert_eq!(
            c.get(&format!("/people/{}", w.gone.id)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.get(&format!("/people/{}/vcard", w.gone.id)).await.status,
            StatusCode::NOT_FOUND
        );
        let pending = gctcp_store::accounts::by_email(app.db(), "pending@mfa.go.ke")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            c.get(&format!("/people/{}", pending.id)).await.status,
            StatusCode::NOT_FOUND
        );
        c.get("/organizations/KEN")
            .await
            .assert_not_contains("Gone Person")
            .assert_not_contains("Pending Person");
        // Reactivated, the person is back.
        gctcp_app::accounts::reactivate(&app.state, &gctcp_app::Actor::cli(), w.gone.id)
            .await
            .unwrap();
        assert!(result_ids(&c.get("/people?q=gone").await.body).contains(&w.gone.id.0));
    }
);

dual!(every_node_sees_a_change_made_through_another, |app| {
    let w = world(&app).await;
    // A second app node on the same database, with its own in-memory index.
    let (node_b, state_b) =
        gctcp_server::app((*app.state.config).clone(), app.db().clone()).unwrap();
    let mut a = app.signed_in(&w.amara).await;
    let mut b = Client::new(node_b);
    b.sign_in(&w.viewer.email, &w.viewer.password).await;
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        Vec::<i64>::new(),
        "node B's index is built"
    );
    a.get("/profile").await;
    let res = a
        .post(
            "/profile",
            &[
                ("name", "Amara Okafor"),
                ("title", "Officer"),
                ("phone_visibility", "all"),
                ("time_zone", "UTC"),
                ("languages", "sw"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        vec![w.amara.id.0],
        "node B answers from current data"
    );
    // Membership changes move the space facet everywhere too.
    app.add_to_space(w.wg2, w.amara.id, SpaceRole::Member).await;
    let mut got = result_ids(&b.get(&format!("/people?space={}", w.wg2.0)).await.body);
    got.sort();
    let mut want = vec![w.jose.id.0, w.wang.id.0, w.amara.id.0];
    want.sort();
    assert_eq!(got, want);
    // Deactivation and reactivation reach node B's index; so does a bulk change.
    gctcp_app::accounts::deactivate(&app.state, &gctcp_app::Actor::cli(), w.amara.id)
        .await
        .unwrap();
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        Vec::<i64>::new()
    );
    gctcp_app::accounts::reactivate(&app.state, &gctcp_app::Actor::cli(), w.amara.id)
        .await
        .unwrap();
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        vec![w.amara.id.0]
    );
    let before = b.get("/people").await;
    assert!(
        before.body.contains("7 people"),
        "admin, viewer and five colleagues"
    );
    gctcp_demo::people::generate(app.db(), 30, 1, None)
        .await
        .unwrap();
    b.get("/people").await.assert_contains("37 people");
    // Names stay in order after changes applied one by one.
    app.profile(&w.viewer, |f| f.display_name = "Aaron Aardvark".into())
        .await;
    let first = result_ids(&b.get("/people").await.body)[0];
    assert_eq!(first, w.viewer.id.0);
    // Single-person changes were applied incrementally; the bulk insert forced one rebuild.
    let (rebuilds, catch_ups) = state_b.directory.stats();
    assert_eq!(
        rebuilds, 2,
        "the first build and the one after the bulk insert"
    );
    assert!(catch_ups >= 4, "{catch_ups}");
});

dual!(avatar_initials_skip_the_arabic_article, |app| {
    let viewer = app.focal_point("viewer@un.org", "UNODC").await;
    for (email, name) in [
        ("m.ahmad@mofa.gov.jo", "محمد الأحمد"),
        ("y.alali@mofa.gov.sa", "يوسف العلي"),
        ("a.alameri@mofa.gov.ae", "عائشة العامري"),
    ] {
        app.person(email, name, "JOR", PlatformRole::FocalPoint)
            .await;
    }
    let mut c = app.signed_in(&viewer).await;
    let page = c.get("/people").await;
    assert_eq!(page.status, StatusCode::OK);
    let initials: Vec<String> = page
        .body
        .split("<span class=\"avatar initials\" aria-hidden=\"true\">")
        .skip(1)
        .map(|s| gctcp_testkit::html::unescape(&s[..s.find('<').unwrap()]))
        .filter(|i| i != "V")
        .collect();
    assert_eq!(initials.len(), 3, "{}", page.body);
    for i in &initials {
        // Never «لا», «يا», «عا»: the article's letters.
        assert!(
            !i.contains('ا') && !i.contains('ل'),
            "initials {i:?} come from the article"
        );
    }
    let mut sorted = initials.clone();
    sorted.sort();
    let mut expected = vec!["م\u{200C}أ", "ي\u{200C}ع", "ع\u{200C}ع"];
    expected.sort();
    assert_eq!(sorted, expected);
});

dual!(
    a_request_reads_the_generations_once_and_afresh_after_it_writes,
    |app| {
        let w = world(&app).await;
        let st = app.state.clone();
        let q = gctcp_store::directory_index::Query {
            terms: vec!["amara".into()],
            ..Default::default()
        };
        let search = || async {
            gctcp_store::directory_index::search(&st.directory, &st.db, &q, 20, 0)
                .await
                .unwrap()
                .ids
        };
        assert_eq!(search().await, vec![w.amara.id.0]);
        let generation = app
            .count(gctcp_store::known::Kind::Directory.generation_sql())
            .await;
        let known = gctcp_store::known::Known::new([
            Some(generation),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ]);
        gctcp_store::known::with_known(known, async {
            // Another request deactivates Amara meanwhile: this one keeps answering from
            // the generation it read at its start (one lookup per request, not per search).
            let other = st.clone();
            let amara = w.amara.id;
            tokio::spawn(async move {
                gctcp_app::accounts::deactivate(&other, &gctcp_app::Actor::cli(), amara)
                    .await
                    .unwrap()
            })
            .await
            .unwrap();
            assert_eq!(search().await, vec![w.amara.id.0]);
            // Once this request writes, it reads the generation afresh and sees the change.
            gctcp_app::accounts::set_locale(&st, w.viewer.id, "fr")
                .await
                .unwrap();
            assert_eq!(search().await, Vec::<i64>::new());
        })
        .await;
        // A request without known generations always reads the current one.
        assert_eq!(search().await, Vec::<i64>::new());
    }
);

dual!(results_say_why_they_matched_and_names_come_first, |app| {
    let viewer = app.focal_point("viewer@un.org", "UNOCT").await;
    // "kenya" is in one person's name, another's organization, a third's title and a
    // fourth's e-mail address.
    let by_org = app
        .person(
            "j.otieno@mfa.go.ke",
            "Aaron Otieno",
            "KEN",
            PlatformRole::FocalPoint,
        )
        .await;
    let by_title = app
        .person(
            "desk@un.org",
            "Abebe Bekele",
            "UNODC",
            PlatformRole::FocalPoint,
        )
        .await;
    app.profile(&by_title, |f| {
        f.title = "Desk officer for Kenya and Uganda".into()
    })
    .await;
    let by_email = app
        .person(
            "kenya.desk@unicri.org",
            "Adriana Rossi",
            "UNICRI",
            PlatformRole::FocalPoint,
        )
        .await;
    let by_name = app
        .person(
            "zawadi@mfa.go.ug",
            "Zawadi Kenyatta",
            "UGA",
            PlatformRole::FocalPoint,
        )
        .await;
    let mut c = app.signed_in(&viewer).await;
    let page = c.get("/people?q=kenya").await;
    assert_eq!(page.status, StatusCode::OK);
    let ids = result_ids(&page.body);
    // The name match first, although "Zawadi" sorts last; the others in name order.
    assert_eq!(
        ids,
        [by_name.id.0, by_org.id.0, by_title.id.0, by_email.id.0]
    );
    let why_of = |id: i64| -> String {
        let at = page.body.find(&format!("href=\"/people/{id}\"")).unwrap();
        let rest = &page.body[at..];
        let end = rest.find("</li>").unwrap();
        let row = &rest[..end];
        let start = row.find("class=\"why small muted\">").expect("a reason") + 24;
        gctcp_testkit::html::unescape(&row[start..row[start..].find("</div>").unwrap() + start])
            .split(['<', '>'])
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, s)| s)
            .collect::<String>()
    };
    assert_eq!(why_of(by_name.id.0), "Found by: name");
    assert_eq!(why_of(by_org.id.0), "Found by: organization");
    assert_eq!(why_of(by_title.id.0), "Found by: job title");
    assert_eq!(why_of(by_email.id.0), "Found by: e-mail");
    // In French, and by the organization's French name.
    c.post("/language", &[("lang", "fr")]).await;
    let page = c.get("/people?q=ouganda").await;
    assert_eq!(result_ids(&page.body), [by_name.id.0]);
    page.assert_contains("Trouvé par : <span class=\"why-org\">organisation</span>");
    // Browsing without words gives no reasons.
    c.get("/people").await.assert_not_contains("class=\"why ");
});

dual!(
    search_text_written_with_reference_names_is_rewritten_once_and_still_found,
    |app| {
        let w = world(&app).await;
        // As rows were written before: the organization's and the themes' names as well.
        gctcp_store::query(
            "UPDATE directory_docs SET doc = doc || ' | esp | spain | 西班牙 | border security and management'
             WHERE account_id = $1",
        )
        .bind(w.jose.id.0)
        .execute(app.db())
        .await
        .expect("old-style row");
        gctcp_store::query("DELETE FROM data_upgrades")
            .execute(app.db())
            .await
            .expect("upgrade not done yet");
        let listed = app.count("SELECT COUNT(*) FROM directory_docs").await;
        let n = gctcp_store::directory::upgrade_docs(app.db())
            .await
            .expect("upgrade");
        assert_eq!(n as i64, listed, "every listed person rewritten");
        let doc: String =
            gctcp_store::query("SELECT doc FROM directory_docs WHERE account_id = $1")
                .bind(w.jose.id.0)
                .scalar(app.db())
                .await
                .expect("doc");
        assert!(
            doc.contains("jose maria lopez") && doc.contains("jose.lopez@maec.es"),
            "{doc}"
        );
        assert!(
            !doc.contains("spain") && !doc.contains("management"),
            "{doc}"
        );
        assert_eq!(
            gctcp_store::directory::upgrade_docs(app.db())
                .await
                .expect("again"),
            0,
            "done once"
        );
        // Found by the names of their organization and theme, in other languages too.
        let mut c = app.signed_in(&w.viewer).await;
        for q in ["spain", "espagne", "management", "gestion", "esp"] {
            let res = c.get(&format!("/people?q={q}")).await;
            assert!(result_ids(&res.body).contains(&w.jose.id.0), "{q}");
        }
    }
);
