use super::*;

fn token_path(url: &str) -> String {
    url.split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .expect("path")
}

dual!(
    invitation_sets_password_signs_in_and_works_only_once,
    |app| {
        let (id, url) = app
            .invite(
                "ana.lopez@mofa.gob.es",
                "Ana López",
                "ESP",
                PlatformRole::FocalPoint,
            )
            .await;
        let path = token_path(&url);
        let mut c = app.client();
        let page = c.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("Ana López")
            .assert_contains("ana.lopez@mofa.gob.es");
        let res = c
            .post(
                &path,
                &[
                    ("password", "a quiet morning in madrid"),
                    ("password_confirm", "a quiet morning in madrid"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let dash = c.get(res.location()).await;
        assert_eq!(dash.status, StatusCode::OK);
        dash.assert_contains("Ana López");
        let account = gctcp_store::accounts::by_id(app.db(), id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(account.status, "active");
        assert!(account.password_hash.unwrap().starts_with("$argon2id$"));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'invitation.accepted'")
                .await,
            1
        );
        // Accepting signed her in: the administrators' list says when.
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM accounts WHERE id = {} AND last_sign_in_at IS NOT NULL",
                id.0
            ))
            .await,
            1
        );

        // The link is single-use.
        let mut other = app.client();
        let again = other.get(&path).await;
        assert_eq!(again.status, StatusCode::NOT_FOUND);
        again.assert_contains("no longer valid");
        // And the password set through it signs in.
        let mut fresh = app.client();
        assert_eq!(
            fresh
                .sign_in("ana.lopez@mofa.gob.es", "a quiet morning in madrid")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
    }
);

dual!(
    invitation_tokens_carry_at_least_128_bits_and_are_stored_hashed,
    |app| {
        let (_, url) = app
            .invite("k@un.org", "K", "KEN", PlatformRole::FocalPoint)
            .await;
        let token = url.rsplit('/').next().unwrap();
        assert!(
            token.len() >= 22,
            "a 128-bit token needs at least 22 base64 characters: {token}"
        );
        let stored = app
            .count(&format!(
                "SELECT COUNT(*) FROM invitations WHERE token_hash = '{token}'"
            ))
            .await;
        assert_eq!(stored, 0, "the raw token must never be stored");
    }
);

dual!(expired_and_revoked_invitations_are_refused, |app| {
    let (id, url) = app
        .invite(
            "late@un.org",
            "Late Person",
            "KEN",
            PlatformRole::FocalPoint,
        )
        .await;
    app.exec("UPDATE invitations SET expires_at = created_at")
        .await;
    let mut c = app.client();
    assert_eq!(c.get(&token_path(&url)).await.status, StatusCode::NOT_FOUND);
    let res = c
        .post(
            &token_path(&url),
            &[
                ("password", "the lights of nairobi at night"),
                ("password_confirm", "the lights of nairobi at night"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let acct = gctcp_store::accounts::by_id(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acct.status, "invited");
    assert!(acct.password_hash.is_none());

    let (id2, url2) = app
        .invite(
            "revoked@un.org",
            "Revoked Person",
            "KEN",
            PlatformRole::FocalPoint,
        )
        .await;
    gctcp_app::accounts::revoke_links(&app.state, &gctcp_app::Actor::cli(), id2)
        .await
        .unwrap();
    assert_eq!(
        c.get(&token_path(&url2)).await.status,
        StatusCode::NOT_FOUND
    );
});

dual!(
    password_rules_are_enforced_with_clear_messages_and_nothing_changes,
    |app| {
        let (id, url) = app
            .invite(
                "maria.gonzalez@mofa.gob.es",
                "María González",
                "ESP",
                PlatformRole::FocalPoint,
            )
            .await;
        let path = token_path(&url);
        let mut c = app.client();
        c.get(&path).await;
        let cases = [
            ("short password", "short password", "at least 15 characters"),
            ("123456789987654321", "123456789987654321", "too common"),
            (
                "maria gonzalez forever",
                "maria gonzalez forever",
                "must not contain your name",
            ),
            (
                "my gctcp password is long",
                "my gctcp password is long",
                "must not contain your name",
            ),
            (
                "a perfectly good passphrase",
                "a different passphrase here",
                "do not match",
            ),
        ];
        for (pw, confirm, message) in cases {
            let res = c
                .post(&path, &[("password", pw), ("password_confirm", confirm)])
                .await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{pw}");
            res.assert_contains(message);
        }
        let acct = gctcp_store::accounts::by_id(app.db(), id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(acct.status, "invited");
        assert!(acct.password_hash.is_none());
        // 64+ characters and any script are accepted, without truncation.
        let long = "Мой пароль — это длинная фраза на русском языке, и она очень надёжная 2026";
        let res = c
            .post(&path, &[("password", long), ("password_confirm", long)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let mut d = app.client();
        assert_eq!(
            d.sign_in("maria.gonzalez@mofa.gob.es", long).await.status,
            StatusCode::SEE_OTHER
        );
        let mut e = app.client();
        let truncated: String = long.chars().take(64).collect();
        assert_eq!(
            e.sign_in("maria.gonzalez@mofa.gob.es", &truncated)
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
);

dual!(
    wrong_password_and_unknown_account_get_the_same_answer,
    |app| {
        let p = app.focal_point("kamau@mfa.go.ke", "KEN").await;
        let mut c = app.client();
        let wrong = c.sign_in(&p.email, "not the right password at all").await;
        let mut d = app.client();
        let unknown = d
            .sign_in("nobody@nowhere.org", "not the right password at all")
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
        let msg = "The e-mail address or password is not correct.";
        wrong.assert_contains(msg);
        unknown.assert_contains(msg);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'sign_in.failure'")
                .await,
            2
        );
        // The typed e-mail is kept in the form; the password is not echoed.
        wrong
            .assert_contains("value=\"kamau@mfa.go.ke\"")
            .assert_not_contains("not the right password");
    }
);

dual!(
    session_id_changes_at_sign_in_and_sign_out_destroys_the_server_session,
    |app| {
        let p = app.focal_point("li.wei@mfa.gov.cn", "CHN").await;
        let mut c = app.client();
        c.get("/login").await;
        let before = c
            .cookie
            .clone()
            .expect("anonymous session for the sign-in form");
        let res = c
            .post("/login", &[("email", &p.email), ("password", &p.password)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        let after = c.cookie.clone().expect("session cookie");
        assert_ne!(before, after, "the session ID must change at sign-in");
        // The pre-sign-in session no longer exists.
        let mut stale = app.client();
        stale.cookie = Some(before);
        assert_eq!(stale.get("/").await.status, StatusCode::SEE_OTHER);

        assert_eq!(c.get("/").await.status, StatusCode::OK);
        let stolen = c.cookie.clone();
        c.get("/").await;
        let out = c.post("/logout", &[]).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert!(c.cookie.is_none(), "the cookie is cleared");
        // A copy of the old cookie is useless: the server-side session is gone.
        let mut replay = app.client();
        replay.cookie = stolen;
        let res = replay.get("/").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(res.location().starts_with("/login"));
        assert_eq!(
            gctcp_store::sessions::count_for(app.db(), p.id.0)
                .await
                .unwrap(),
            0
        );
    }
);

dual!(
    sign_in_returns_to_the_page_asked_for_but_never_off_site,
    |app| {
        let p = app.focal_point("fp@un.org", "UNODC").await;
        let mut c = app.client();
        let res = c.get("/profile").await;
        assert_eq!(res.location(), "/login?next=%2Fprofile");
        c.get(res.location()).await;
        let res = c
            .post(
                "/login",
                &[
                    ("email", &p.email),
                    ("password", &p.password),
                    ("next", "/profile"),
                ],
            )
            .await;
        assert_eq!(res.location(), "/profile");
        let mut d = app.client();
        d.get("/login").await;
        let res = d
            .post(
                "/login",
                &[
                    ("email", &p.email),
                    ("password", &p.password),
                    ("next", "//evil.example/x"),
                ],
            )
            .await;
        assert_eq!(res.location(), "/");
    }
);

/// The usual open-redirect bypasses (tabs and newlines browsers strip, backslashes,
/// protocol-relative and userinfo forms, other schemes, encoded and Unicode dots).
const REDIRECT_BYPASSES: &[&str] = &[
    "//evil.example/x",
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r\n/evil.example/x",
    "\t//evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example/x",
    "/\\/evil.example/x",
    "///evil.example/x",
    "https://evil.example/x",
    "https:evil.example",
    "javascript:alert(document.domain)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "//user:pass@evil.example/x",
    "//gctcp.example@evil.example/x",
    "//evil。example/x",
    "//evil%2Eexample/x",
    "%2F%2Fevil.example/x",
    "/%09/evil.example/x",
    "/\u{200b}/evil.example/x",
    "evil.example/x",
];

/// Where a browser at https://gctcp.example/ goes when told `location`.
fn lands_on(location: &str) -> Option<String> {
    url::Url::parse("https://gctcp.example/login")
        .unwrap()
        .join(location)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
}

dual!(no_redirect_target_leaves_the_site, |app| {
    let p = app.focal_point("fp@un.org", "UNODC").await;
    // Signing in with each bypass as `next`.
    for evil in REDIRECT_BYPASSES.iter().take(6) {
        let mut c = app.client();
        c.get("/login").await;
        let res = c
            .post(
                "/login",
                &[
                    ("email", &p.email),
                    ("password", &p.password),
                    ("next", evil),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{evil:?}");
        assert_eq!(
            lands_on(res.location()).as_deref(),
            Some("gctcp.example"),
            "sign-in with next={evil:?} sent the browser to {:?}",
            res.location()
        );
    }
    let mut c = app.signed_in(&p).await;
    for evil in REDIRECT_BYPASSES {
        // Already signed in: /login?next=… forwards at once.
        let q = url::form_urlencoded::byte_serialize(evil.as_bytes()).collect::<String>();
        let res = c.get(&format!("/login?next={q}")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{evil:?}");
        assert_eq!(
            lands_on(res.location()).as_deref(),
            Some("gctcp.example"),
            "/login?next={evil:?} sent the browser to {:?}",
            res.location()
        );
        assert!(!res.location().contains(['\t', '\n', '\r', '\\']));
        // The language switcher returns to `next` too.
        c.get("/profile").await;
        let res = c.post("/language", &[("lang", "fr"), ("next", evil)]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{evil:?}");
        assert_eq!(
            lands_on(res.location()).as_deref(),
            Some("gctcp.example"),
            "/language with next={evil:?} sent the browser to {:?}",
            res.location()
        );
    }
    // A same-site target is kept.
    let res = c.get("/login?next=%2Fpeople%3Fq%3Dokafor").await;
    assert_eq!(res.location(), "/people?q=okafor");
});

dual!(
    repeated_failures_lock_the_account_with_a_try_again_message,
    |app| {
        let p = app.focal_point("target@un.org", "UNODC").await;
        let mut c = app.client();
        for i in 0..4 {
            let res = c.sign_in(&p.email, "wrong password number x").await;
            assert_eq!(res.status, StatusCode::UNAUTHORIZED, "attempt {i}");
        }
        let res = c.sign_in(&p.email, "wrong password number x").await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        res.assert_contains("Try again in 15 minutes");
        // From another address, with the right password: the account is still locked.
        let mut other = app.client();
        other.ip = "10.9.8.7:4000".parse().unwrap();
        let res = other.sign_in(&p.email, &p.password).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'sign_in.throttled'")
                .await
                >= 2
        );
        // The lock lives in the database (shared by every node) and expires.
        app.exec("UPDATE sign_in_throttle SET locked_until = window_started_at")
            .await;
        app.exec("UPDATE sign_in_throttle SET window_started_at = locked_until")
            .await;
        let res = other.sign_in(&p.email, &p.password).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
);

dual!(one_address_spraying_many_accounts_is_throttled, |app| {
    let mut c = app.client();
    for i in 0..19 {
        let res = c
            .sign_in(&format!("user{i}@un.org"), "some wrong password")
            .await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let res = c.sign_in("user99@un.org", "some wrong password").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    // Another address is not affected.
    let p = app.focal_point("innocent@un.org", "KEN").await;
    let mut d = app.client();
    d.ip = "192.0.2.10:1234".parse().unwrap();
    assert_eq!(
        d.sign_in(&p.email, &p.password).await.status,
        StatusCode::SEE_OTHER
    );
});

dual!(forwarded_for_is_ignored_unless_configured, |app| {
    // Not configured: a client cannot dodge the per-address limit by inventing addresses.
    let mut c = app.client();
    for i in 0..20 {
        c.extra = vec![("x-forwarded-for".into(), format!("203.0.113.{i}"))];
        c.sign_in(&format!("u{i}@un.org"), "a wrong password here")
            .await;
    }
    c.extra = vec![("x-forwarded-for".into(), "203.0.113.200".into())];
    assert_eq!(
        c.sign_in("u@un.org", "a wrong password here").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let ips = app
        .count("SELECT COUNT(DISTINCT ip) FROM audit_log WHERE event = 'sign_in.failure'")
        .await;
    assert_eq!(ips, 1, "the socket address is recorded, not the header");

    // Configured behind a proxy: the proxy's last X-Forwarded-For entry is the client.
    let proxied = TestApp::with_config(app.backend, |cfg| cfg.trust_proxy = true).await;
    let mut p = proxied.client();
    p.extra = vec![("x-forwarded-for".into(), "198.51.100.7".into())];
    p.sign_in("x@un.org", "a wrong password here").await;
    assert_eq!(
        proxied
            .count("SELECT COUNT(*) FROM audit_log WHERE ip = '198.51.100.7'")
            .await,
        1
    );
});

dual!(idle_and_absolute_timeouts_end_sessions, |app| {
    let p = app.focal_point("idle@un.org", "KEN").await;
    let mut c = app.signed_in(&p).await;
    assert_eq!(c.get("/").await.status, StatusCode::OK);
    // Idle for more than two hours.
    let old = (chrono::Utc::now() - chrono::Duration::hours(3)).to_rfc3339();
    app.exec(&format!("UPDATE sessions SET last_seen_at = '{old}'"))
        .await;
    let res = c.get("/").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().contains("ended=1"), "{}", res.location());
    c.get(res.location())
        .await
        .assert_contains("Your session has ended");

    // Active, but signed in more than twelve hours ago.
    let mut d = app.signed_in(&p).await;
    let old = (chrono::Utc::now() - chrono::Duration::hours(13)).to_rfc3339();
    app.exec(&format!(
        "UPDATE sessions SET created_at = '{old}' WHERE account_id IS NOT NULL"
    ))
    .await;
    assert_eq!(d.get("/").await.status, StatusCode::SEE_OTHER);
});

dual!(
    changing_the_password_needs_the_current_one_and_ends_other_sessions,
    |app| {
        let p = app.focal_point("change@un.org", "FRA").await;
        let mut laptop = app.signed_in(&p).await;
        let mut phone = app.signed_in(&p).await;
        laptop.get("/profile").await;
        let new_pw = "a brand new sentence for my account";
        let res = laptop
            .post(
                "/profile/password",
                &[
                    ("current", "not my current password"),
                    ("password", new_pw),
                    ("password_confirm", new_pw),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("The current password is not correct");
        assert_eq!(
            phone.get("/").await.status,
            StatusCode::OK,
            "a failed change ends nothing"
        );

        let res = laptop
            .post(
                "/profile/password",
                &[
                    ("current", &p.password),
                    ("password", new_pw),
                    ("password_confirm", new_pw),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_eq!(
            laptop.get("/profile?password=1").await.status,
            StatusCode::OK,
            "the session that changed it stays signed in"
        );
        assert_eq!(
            phone.get("/").await.status,
            StatusCode::SEE_OTHER,
            "every other session ends"
        );
        let mut fresh = app.client();
        assert_eq!(
            fresh.sign_in(&p.email, &p.password).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            fresh.sign_in(&p.email, new_pw).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'password.changed'")
                .await,
            1
        );
    }
);

dual!(first_administrator_setup_link_works_once, |app| {
    let url = gctcp_app::auth::setup_link_if_needed(&app.state)
        .await
        .unwrap()
        .expect("no admin yet");
    let path = token_path(&url);
    let mut c = app.client();
    c.get(&path).await.assert_contains("UNOCT");
    let pw = "the first day of the shared workspace";
    let bad = c
        .post(
            &path,
            &[
                ("name", "Sam Secretariat"),
                ("email", "sam@un.org"),
                ("org", "NOPE"),
                ("password", pw),
                ("password_confirm", pw),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Unknown organization");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 0);
    let res = c
        .post(
            &path,
            &[
                ("name", "Sam Secretariat"),
                ("email", "sam@un.org"),
                ("org", "UNOCT"),
                ("password", pw),
                ("password_confirm", pw),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(c.get("/admin/accounts").await.status, StatusCode::OK);
    // Used: and no further setup link is issued now that an administrator exists.
    assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(gctcp_app::auth::setup_link_if_needed(&app.state)
        .await
        .unwrap()
        .is_none());
});

dual!(deactivated_and_invited_accounts_cannot_sign_in, |app| {
    app.admin().await;
    let p = app.focal_point("gone@un.org", "KEN").await;
    gctcp_app::accounts::deactivate(&app.state, &gctcp_app::Actor::cli(), p.id)
        .await
        .unwrap();
    let mut c = app.client();
    let res = c.sign_in(&p.email, &p.password).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    res.assert_contains("The e-mail address or password is not correct.");
    app.invite("pending@un.org", "Pending", "KEN", PlatformRole::FocalPoint)
        .await;
    assert_eq!(
        c.sign_in("pending@un.org", "").await.status,
        StatusCode::UNAUTHORIZED
    );
});

dual!(
    the_dashboard_links_where_it_names_and_says_what_the_profile_lacks,
    |app| {
        let fp = app.focal_point("n.wanjiku@mfa.go.ke", "KEN").await;
        let colleague = app.focal_point("colleague@mfa.go.ke", "KEN").await;
        let kenya = app
            .count("SELECT id FROM organizations WHERE code = 'KEN'")
            .await;
        let mut c = app.signed_in(&fp).await;
        let page = c.get("/").await;
        assert_eq!(page.status, StatusCode::OK);
        // My organization: its page, and its focal points in the directory.
        page.assert_contains("href=\"/organizations/KEN\"")
            .assert_contains(&format!("href=\"/people?org={kenya}\">2 people</a>"));
        // A new profile lacks everything; each item links to its field.
        page.assert_contains("Complete your profile");
        for (anchor, text) in [
            ("title", "your job title"),
            ("phone_office", "a phone number"),
            ("languages", "the languages you speak"),
            ("expertise", "your thematic areas of expertise"),
            ("photo", "a photo"),
        ] {
            page.assert_contains(&format!("<a href=\"/profile#{anchor}\">{text}</a>"));
            // The profile form has that field.
            let form = c.get("/profile").await;
            form.assert_contains(&format!("id=\"{anchor}\""));
        }
        // Filled in, the items go; a colleague's gaps are not mine.
        let theme = app.theme("pcve").await;
        app.profile(&fp, |f| {
            f.title = "Counsellor".into();
            f.phone_office = "+254 20 318 888".into();
            f.languages = vec!["en".into(), "sw".into()];
            f.themes = vec![theme];
        })
        .await;
        let page = c.get("/").await;
        page.assert_contains("Complete your profile")
            .assert_contains("<a href=\"/profile#photo\">a photo</a>")
            .assert_not_contains("/profile#title")
            .assert_not_contains("/profile#languages");
        let mut other = app.signed_in(&colleague).await;
        other.get("/").await.assert_contains("/profile#title");
        // A person with no language listed shows none (not an empty one).
        let person = c.get(&format!("/people/{}", colleague.id)).await;
        person
            .assert_not_contains("<span class=\"tag\"></span>")
            .assert_not_contains(">?<");
    }
);
