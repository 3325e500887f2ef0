use super::*;

dual!(
    provisioning_from_the_admin_pages_shows_a_working_link_once,
    |app| {
        let admin = app.admin().await;
        let mut c = app.signed_in(&admin).await;
        let form = c.get("/admin/accounts/new").await;
        form.assert_contains("UNODC").assert_contains("Kenya");
        let res = c
            .post(
                "/admin/accounts",
                &[
                    ("email", " Wanjiru.Kamau@MFA.go.ke "),
                    ("name", "Wanjiru Kamau"),
                    ("org", "KEN"),
                    ("title", "Counsellor"),
                    ("role", "focal_point"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        res.assert_contains("wanjiru.kamau@mfa.go.ke")
            .assert_contains("72");
        let start = res.body.find("/invite/").expect("link on the page");
        let end = res.body[start..].find('"').unwrap();
        let path = res.body[start..start + end].to_string();
        let a = gctcp_store::accounts::by_email(app.db(), "wanjiru.kamau@mfa.go.ke")
            .await
            .unwrap()
            .expect("account");
        assert_eq!(
            (
                a.status.as_str(),
                a.role.as_str(),
                a.org_code.as_str(),
                a.title.as_str()
            ),
            ("invited", "focal_point", "KEN", "Counsellor")
        );
        // The person follows the link in another browser.
        let mut w = app.client();
        w.get(&path).await.assert_contains("Wanjiru Kamau");
        let pw = "tea in the highlands of kericho";
        assert_eq!(
            w.post(&path, &[("password", pw), ("password_confirm", pw)])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(w.get("/").await.status, StatusCode::OK);
        let entries = app.count(&format!("SELECT COUNT(*) FROM audit_log WHERE event = 'invitation.created' AND actor_id = {}", admin.id)).await;
        assert_eq!(entries, 1);
    }
);

dual!(provisioning_errors_are_clear_and_write_nothing, |app| {
    let admin = app.admin().await;
    app.focal_point("taken@un.org", "KEN").await;
    let mut c = app.signed_in(&admin).await;
    c.get("/admin/accounts/new").await;
    let before = app.count("SELECT COUNT(*) FROM accounts").await;
    let cases: [(&[(&str, &str)], &str); 4] = [
        (
            &[
                ("email", "x@un.org"),
                ("name", "X"),
                ("org", "ZZZ"),
                ("role", "focal_point"),
            ],
            "Unknown organization",
        ),
        (
            &[
                ("email", "taken@un.org"),
                ("name", "X"),
                ("org", "KEN"),
                ("role", "focal_point"),
            ],
            "already exists",
        ),
        (
            &[
                ("email", "not-an-email"),
                ("name", "X"),
                ("org", "KEN"),
                ("role", "focal_point"),
            ],
            "valid e-mail",
        ),
        (
            &[
                ("email", "y@un.org"),
                ("name", "  "),
                ("org", "KEN"),
                ("role", "focal_point"),
            ],
            "full name",
        ),
    ];
    for (fields, message) in cases {
        let res = c.post("/admin/accounts", fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        res.assert_contains(message);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, before);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM invitations").await,
        before,
        "only the factories' invitations"
    );
});

dual!(resend_replaces_the_link_and_revoke_withdraws_it, |app| {
    let admin = app.admin().await;
    let (id, first) = app
        .invite(
            "slow@un.org",
            "Slow Reader",
            "PER",
            PlatformRole::FocalPoint,
        )
        .await;
    let first_path = first
        .split_once("/invite/")
        .map(|(_, t)| format!("/invite/{t}"))
        .unwrap();
    let mut c = app.signed_in(&admin).await;
    c.get(&format!("/admin/accounts/{id}"))
        .await
        .assert_contains("Pending");
    let res = c
        .post(&format!("/admin/accounts/{id}/invitation"), &[])
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let start = res.body.find("/invite/").unwrap();
    let second_path = res.body[start..start + res.body[start..].find('"').unwrap()].to_string();
    assert_ne!(first_path, second_path);
    assert_eq!(
        app.client().get(&first_path).await.status,
        StatusCode::NOT_FOUND,
        "the old link stops working"
    );
    assert_eq!(app.client().get(&second_path).await.status, StatusCode::OK);
    c.get(&format!("/admin/accounts/{id}")).await;
    let res = c
        .post(&format!("/admin/accounts/{id}/invitation/revoke"), &[])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.client().get(&second_path).await.status,
        StatusCode::NOT_FOUND
    );
    c.get(res.location()).await.assert_contains("withdrawn");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'invitation.revoked'")
            .await,
        1
    );
});

dual!(deactivate_reactivate_and_role_changes_are_audited, |app| {
    let admin = app.admin().await;
    let fp = app.focal_point("cycle@un.org", "BRA").await;
    let mut c = app.signed_in(&admin).await;
    let page = format!("/admin/accounts/{}", fp.id);
    c.get(&page).await;
    c.post(&format!("{page}/deactivate"), &[]).await;
    c.get(&page).await.assert_contains("status-deactivated");
    c.post(&format!("{page}/reactivate"), &[]).await;
    c.get(&page).await.assert_contains("status-active");
    let mut f = app.client();
    assert_eq!(
        f.sign_in(&fp.email, &fp.password).await.status,
        StatusCode::SEE_OTHER,
        "reactivated accounts sign in again"
    );
    c.post(&format!("{page}/role"), &[("role", "admin")]).await;
    assert_eq!(
        f.get("/").await.status,
        StatusCode::SEE_OTHER,
        "a role change ends the person's sessions"
    );
    let mut f2 = app.signed_in(&fp).await;
    assert_eq!(f2.get("/admin/accounts").await.status, StatusCode::OK);
    for event in [
        "account.deactivated",
        "account.reactivated",
        "account.role_changed",
    ] {
        let n = app.count(&format!("SELECT COUNT(*) FROM audit_log WHERE event = '{event}' AND subject_id = {} AND actor_id = {}", fp.id, admin.id)).await;
        assert_eq!(n, 1, "{event}");
    }
});

dual!(
    the_last_active_administrator_can_be_neither_deactivated_nor_demoted,
    |app| {
        let admin = app.admin().await;
        let mut c = app.signed_in(&admin).await;
        let page = format!("/admin/accounts/{}", admin.id);
        c.get(&page).await;
        let res = c.post(&format!("{page}/deactivate"), &[]).await;
        c.get(res.location())
            .await
            .assert_contains("last active administrator");
        c.post(&format!("{page}/role"), &[("role", "focal_point")])
            .await;
        let a = gctcp_store::accounts::by_id(app.db(), admin.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((a.status.as_str(), a.role.as_str()), ("active", "admin"));
        assert_eq!(c.get("/admin/accounts").await.status, StatusCode::OK);
        // With a second administrator, the first may step down.
        let second = app
            .person("second@un.org", "Second", "UNOCT", PlatformRole::Admin)
            .await;
        c.get(&page).await;
        c.post(&format!("{page}/role"), &[("role", "focal_point")])
            .await;
        let a = gctcp_store::accounts::by_id(app.db(), admin.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(a.role, "focal_point");
        // …and now the second one is the last.
        let outcome =
            gctcp_app::accounts::deactivate(&app.state, &gctcp_app::Actor::cli(), second.id)
                .await
                .unwrap();
        assert_eq!(outcome, gctcp_app::accounts::Change::LastAdmin);
    }
);

dual!(accounts_are_listed_searched_and_filtered, |app| {
    let admin = app.admin().await;
    app.focal_point("olga.ivanova@mid.ru", "RUS").await;
    app.person(
        "chen.jing@un.org",
        "陈静",
        "UNODC",
        PlatformRole::FocalPoint,
    )
    .await;
    app.invite(
        "pending@un.org",
        "Pending Person",
        "KEN",
        PlatformRole::FocalPoint,
    )
    .await;
    let mut c = app.signed_in(&admin).await;
    let all = c.get("/admin/accounts").await;
    all.assert_contains("olga.ivanova@mid.ru")
        .assert_contains("陈静")
        .assert_contains("pending@un.org");
    let res = c.get("/admin/accounts?q=ivanova").await;
    res.assert_contains("olga.ivanova@mid.ru")
        .assert_not_contains("chen.jing@un.org");
    let res = c.get("/admin/accounts?q=%E9%99%88").await; // 陈
    res.assert_contains("chen.jing@un.org")
        .assert_not_contains("olga.ivanova");
    let res = c.get("/admin/accounts?q=unodc").await;
    res.assert_contains("chen.jing@un.org")
        .assert_not_contains("olga.ivanova");
    let res = c.get("/admin/accounts?status=invited").await;
    res.assert_contains("pending@un.org")
        .assert_not_contains("olga.ivanova");
    let res = c.get("/admin/accounts?role=admin").await;
    res.assert_contains("admin@un.org")
        .assert_not_contains("pending@un.org");
    let res = c.get("/admin/accounts?q=%25").await;
    res.assert_contains("No account matches");
});

dual!(audit_log_filters_by_person_event_and_date, |app| {
    let admin = app.admin().await;
    let fp = app.focal_point("audited@un.org", "KEN").await;
    let mut c = app.client();
    c.sign_in(&fp.email, "a wrong password typed here").await;
    let mut a = app.signed_in(&admin).await;
    let page = a.get("/admin/audit").await;
    page.assert_contains("Sign-in failed")
        .assert_contains("Invitation created")
        .assert_contains("Signed in");
    let res = a.get("/admin/audit?event=sign_in.failure").await;
    res.assert_contains("event-sign_in.failure\"")
        .assert_not_contains("event-sign_in.success\"");
    let res = a.get("/admin/audit?person=audited").await;
    res.assert_contains("<span class=\"muted\">E-mail address</span> <bdi>audited@un.org</bdi>")
        .assert_not_contains("event-sign_in.success\"");
    let today = chrono::Utc::now().date_naive();
    let res = a
        .get(&format!("/admin/audit?from={today}&until={today}"))
        .await;
    res.assert_contains("Sign-in failed");
    let res = a
        .get(&format!(
            "/admin/audit?until={}",
            today - chrono::Duration::days(2)
        ))
        .await;
    res.assert_contains("No entries match");
    let res = a.get("/admin/audit?from=yesterday").await;
    assert_eq!(res.status, StatusCode::OK);
    res.assert_contains("YYYY-MM-DD");
});

dual!(the_audit_table_is_append_only, |app| {
    app.admin().await;
    let n = app.count("SELECT COUNT(*) FROM audit_log").await;
    assert!(n > 0);
    let upd = gctcp_store::query("UPDATE audit_log SET event = 'x'")
        .execute(app.db())
        .await
        .is_err();
    let del = gctcp_store::query("DELETE FROM audit_log")
        .execute(app.db())
        .await
        .is_err();
    assert!(upd && del, "UPDATE and DELETE must fail");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'x'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, n);
});

dual!(profile_edits_are_validated_and_saved, |app| {
    let fp = app.focal_point("profile@un.org", "JPN").await;
    let mut c = app.signed_in(&fp).await;
    c.get("/profile").await.assert_contains("Asia/Tokyo");
    let res = c
        .post(
            "/profile",
            &[
                ("name", "Haruto Sato"),
                ("title", "First Secretary"),
                ("locale", "fr"),
                ("time_zone", "Mars/Olympus"),
                ("phone_visibility", "co_members"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    res.assert_contains("Choose a time zone");
    let res = c
        .post(
            "/profile",
            &[
                ("name", "Haruto Sato"),
                ("title", "First Secretary"),
                ("locale", "fr"),
                ("time_zone", "Asia/Tokyo"),
                ("phone_visibility", "co_members"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = c.get(res.location()).await;
    page.assert_contains("lang=\"fr\"")
        .assert_contains("Haruto Sato")
        .assert_contains("First Secretary");
    let a = gctcp_store::accounts::by_id(app.db(), fp.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (a.time_zone.as_str(), a.ui_locale.as_deref()),
        ("Asia/Tokyo", Some("fr"))
    );
});

dual!(
    an_administrator_issues_a_password_reset_link_for_a_forgotten_password,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("forgetful@mfa.go.ke", "KEN").await;
        let mut old_session = app.signed_in(&fp).await;
        // Focal points cannot issue one.
        let mut other = app
            .signed_in(&app.focal_point("other@un.org", "KEN").await)
            .await;
        assert_eq!(
            other
                .post(&format!("/admin/accounts/{}/reset", fp.id), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let mut a = app.signed_in(&admin).await;
        a.get(&format!("/admin/accounts/{}", fp.id))
            .await
            .assert_contains("Password reset link");
        let res = a
            .post(&format!("/admin/accounts/{}/reset", fp.id), &[])
            .await;
        assert_eq!(res.status, StatusCode::OK);
        res.assert_contains("Password reset link")
            .assert_contains("forgetful@mfa.go.ke");
        let start = res.body.find("/invite/").unwrap();
        let path = res.body[start..start + res.body[start..].find('"').unwrap()].to_string();
        let mut c = app.client();
        c.get(&path).await.assert_contains("Choose a new password");
        let pw = "a brand new password after the holidays";
        assert_eq!(
            c.post(&path, &[("password", pw), ("password_confirm", pw)])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            c.get("/").await.status,
            StatusCode::OK,
            "signed in with the new password"
        );
        assert_eq!(
            old_session.get("/").await.status,
            StatusCode::SEE_OTHER,
            "older sessions end"
        );
        let mut d = app.client();
        assert_eq!(
            d.sign_in(&fp.email, &fp.password).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(d.sign_in(&fp.email, pw).await.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.client().get(&path).await.status,
            StatusCode::NOT_FOUND,
            "single use"
        );
        for event in ["password.reset_issued", "password.reset"] {
            assert_eq!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM audit_log WHERE event = '{event}'"
                ))
                .await,
                1,
                "{event}"
            );
        }
        // Not for an invited account (that one gets a new invitation instead).
        let (pending, _) = app
            .invite("pending@un.org", "Pending", "KEN", PlatformRole::FocalPoint)
            .await;
        a.get(&format!("/admin/accounts/{}", pending.0)).await;
        assert_eq!(
            a.post(&format!("/admin/accounts/{}/reset", pending.0), &[])
                .await
                .status,
            StatusCode::BAD_REQUEST
        );
    }
);

dual!(
    accounts_sort_by_last_sign_in_and_show_organizations_in_the_readers_language,
    |app| {
        let admin = app.admin().await;
        let olga = app.focal_point("olga.ivanova@mid.ru", "RUS").await;
        let amal = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        // Invited, not yet signed in.
        app.invite("never@mfa.go.ke", "never", "KEN", PlatformRole::FocalPoint)
            .await;
        // Olga signs in, then Amal: Amal is the most recent.
        app.signed_in(&olga).await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        app.signed_in(&amal).await;
        let mut c = app.signed_in(&admin).await;
        let rows = |body: &str| -> Vec<String> {
            body.split("<td dir=\"ltr\" class=\"email\">")
                .skip(1)
                .map(|s| s[..s.find("</td>").unwrap()].to_string())
                .collect()
        };
        let page = c.get("/admin/accounts?sort=last").await;
        assert_eq!(page.status, StatusCode::OK);
        // The admin signed in last; then Amal, then Olga; the one who never did comes last.
        assert_eq!(
            rows(&page.body),
            [
                "admin@un.org",
                "amal@mofa.gov.jo",
                "olga.ivanova@mid.ru",
                "never@mfa.go.ke"
            ]
        );
        page.assert_contains("aria-sort=\"descending\"");
        // The sub-navigation marks where one is, and only there.
        assert_eq!(page.body.matches("aria-current=\"page\"").count(), 1);
        page.assert_contains("href=\"/admin/accounts\" aria-current=\"page\"");
        // Recorded with the sign-in.
        assert!(
            gctcp_store::accounts::search(app.db(), &Default::default(), 1, 0)
                .await
                .unwrap()
                .0[0]
                .last_sign_in_at
                .is_some()
        );
        // By name (the default): amal, Amina Admin, never, olga ivanova.
        let page = c.get("/admin/accounts").await;
        assert_eq!(
            rows(&page.body),
            [
                "amal@mofa.gov.jo",
                "admin@un.org",
                "never@mfa.go.ke",
                "olga.ivanova@mid.ru"
            ]
        );
        // Organizations are named in the reader's language, and filter the list.
        c.post("/language", &[("lang", "fr")]).await;
        let kenya = app
            .count("SELECT id FROM organizations WHERE code = 'KEN'")
            .await;
        let page = c
            .get(&format!("/admin/accounts?org={kenya}&sort=org"))
            .await;
        assert_eq!(rows(&page.body), ["never@mfa.go.ke"]);
        page.assert_contains("Kenya")
            .assert_contains(">jamais<")
            .assert_not_contains("amal@");
        let page = c.get("/admin/accounts?sort=org").await;
        page.assert_contains("Fédération de Russie")
            .assert_contains("Jordanie");
        // A hostile order or organization is ignored, not an error.
        let page = c.get("/admin/accounts?sort=%00drop&org=abc").await;
        assert_eq!(page.status, StatusCode::OK);
        // Focal points may not see the list.
        let mut fp = app.signed_in(&olga).await;
        let res = fp.get("/admin/accounts?sort=last").await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
);

dual!(
    audit_details_read_in_the_readers_language_with_links,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("cycle@un.org", "BRA").await;
        let mut c = app.signed_in(&admin).await;
        // A role change, a space membership, a restricted download whose title has quotes.
        let page = format!("/admin/accounts/{}", fp.id);
        c.get(&page).await;
        c.post(&format!("{page}/role"), &[("role", "admin")]).await;
        let wg1 = app.working_group(1).await;
        let actor = app.actor(&admin).await;
        gctcp_app::spaces::set_member(&app.state, &actor, wg1, &fp.email, SpaceRole::Member)
            .await
            .unwrap();
        gctcp_app::spaces::set_member(&app.state, &actor, wg1, &fp.email, SpaceRole::Chair)
            .await
            .unwrap();
        c.post("/language", &[("lang", "fr")]).await;
        let audit = c.get("/admin/audit?event=account.role_changed").await;
        assert_eq!(audit.status, StatusCode::OK);
        audit
            .assert_contains("<span class=\"muted\">Avant</span> <bdi>Point focal</bdi>")
            .assert_contains("<span class=\"muted\">Après</span> <bdi>Administrateur</bdi>")
            .assert_not_contains("focal_point -&gt; admin")
            .assert_not_contains("from=");
        let audit = c.get("/admin/audit?event=space.role_changed").await;
        let wg1_fr = app
            .text(&format!("SELECT name_fr FROM spaces WHERE id = {}", wg1.0))
            .await;
        assert!(!wg1_fr.is_empty());
        audit
            .assert_contains(&format!(
                "<span class=\"muted\">Espace</span> <a href=\"/spaces/{}\"><bdi>",
                wg1.0
            ))
            .assert_contains(&wg1_fr.replace('\'', "&#39;"))
            .assert_contains("<bdi>Président</bdi>");
    }
);
