use super::*;

dual!(healthz_and_readyz_answer_without_signing_in, |app| {
    let mut c = app.client();
    let res = c.get("/healthz").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.body, "ok");
    let res = c.get("/readyz").await;
    assert_eq!(res.status, StatusCode::OK);
    // Health checks create no session.
    assert!(c.cookie.is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
});

dual!(readyz_fails_when_the_database_is_gone, |app| {
    let mut c = app.client();
    app.db().close().await;
    let res = c.get("/readyz").await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
});

dual!(security_headers_on_pages_errors_and_assets, |app| {
    let mut c = app.client();
    for path in [
        "/login",
        "/no/such/page",
        "/healthz",
        "/static/app.css",
        "/",
    ] {
        let res = c.get(path).await;
        let csp = res
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("no CSP on {path}"));
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            res.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert!(res.header("referrer-policy").is_some(), "{path}");
        assert!(res.header("x-request-id").is_some(), "{path}");
        // Plain-HTTP deployment: no HSTS.
        assert!(res.header("strict-transport-security").is_none(), "{path}");
    }
});

dual!(
    hsts_and_host_prefixed_secure_cookie_when_served_over_https,
    |app| {
        let app = TestApp::with_config(app.backend, |c| {
            c.public_url = "https://gctcp.example.org".into()
        })
        .await;
        let mut c = app.client();
        let res = c.get("/login").await;
        assert!(res
            .header("strict-transport-security")
            .unwrap_or("")
            .contains("max-age="));
        let cookie = res
            .header("set-cookie")
            .expect("session cookie for the sign-in form");
        assert!(cookie.starts_with("__Host-gctcp_session="), "{cookie}");
        assert!(
            cookie.contains("Secure")
                && cookie.contains("HttpOnly")
                && cookie.contains("SameSite="),
            "{cookie}"
        );
        assert!(
            cookie.contains("Path=/") && !cookie.contains("Domain"),
            "{cookie}"
        );
    }
);

dual!(not_found_page_is_translated_and_reveals_nothing, |app| {
    let mut c = app.client();
    c.accept_language = Some("fr-FR,fr;q=0.9".into());
    let res = c.get("/definitely/not/here").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/html"));
    res.assert_contains("lang=\"fr\"");
    let id = res.header("x-request-id").expect("request id").to_string();
    res.assert_contains(&id);
    res.assert_not_contains("Unknown localization key");
    // Anonymous error pages create no session (scanners must not fill the table).
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
});

dual!(static_assets_are_cacheable_and_typed, |app| {
    let mut c = app.client();
    let res = c.get("/static/app.css").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/css"));
    assert!(res
        .header("cache-control")
        .unwrap_or("")
        .contains("immutable"));
    assert_eq!(
        c.get("/static/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
});

dual!(
    a_database_failure_shows_a_translated_error_page_with_a_request_id,
    |app| {
        let p = app.focal_point("down@un.org", "KEN").await;
        let mut c = app.signed_in(&p).await;
        c.accept_language = Some("es".into());
        app.db().close().await;
        let res = c.get("/profile").await;
        assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
        res.assert_contains("lang=\"es\"");
        let id = res.header("x-request-id").expect("request id").to_string();
        res.assert_contains(&id);
        // Nothing internal leaks to the page.
        res.assert_not_contains("sqlx")
            .assert_not_contains("pool")
            .assert_not_contains("closed");
        assert!(res.header("content-security-policy").is_some());
    }
);

dual!(an_icon_and_an_app_name_for_bookmarks, |app| {
    let mut c = app.client();
    // Pages name their icon and manifest, in the reader's language.
    let login = c.get("/login").await;
    login.assert_contains("rel=\"icon\"");
    login.assert_contains("/manifest.webmanifest?lang=en");
    // Asked for by its old name, the icon redirects to the SVG.
    let res = c.get("/favicon.ico").await;
    assert_eq!(res.status, StatusCode::PERMANENT_REDIRECT);
    let svg = c.get(res.location()).await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(svg.body.contains("<svg"));
    // The manifest, in Arabic: the name, right to left, and icons that load.
    let res = c.get("/manifest.webmanifest?lang=ar").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.header("content-type"),
        Some("application/manifest+json")
    );
    let m: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(m["name"], "المنصة العالمية لتنسيق مكافحة الإرهاب");
    assert_eq!(m["dir"], "rtl");
    assert_eq!(m["start_url"], "/");
    let icons = m["icons"].as_array().expect("icons");
    assert_eq!(icons.len(), 2);
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        let got = c.get(src).await;
        assert_eq!(got.status, StatusCode::OK, "{src}");
        assert_eq!(got.header("content-type"), icon["type"].as_str(), "{src}");
    }
    // An unknown language gets English.
    let res = c.get("/manifest.webmanifest?lang=xx%00").await;
    let m: serde_json::Value = serde_json::from_str(&res.body).expect("JSON");
    assert_eq!(m["name"], "Global Counter-Terrorism Coordination Platform");
    assert_eq!(m["dir"], "ltr");
});
