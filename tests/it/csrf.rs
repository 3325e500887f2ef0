use super::*;

dual!(a_form_without_the_session_token_is_refused, |app| {
    let admin = app.admin().await;
    let p = app.focal_point("victim@un.org", "KEN").await;
    let mut c = app.signed_in(&admin).await;
    c.get("/admin/accounts").await;
    let path = format!("/admin/accounts/{}/deactivate", p.id);
    for fields in [vec![], vec![("csrf", "forged-token-value")]] {
        let res = c.post_raw(&path, &fields).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        res.assert_contains("The form has expired");
    }
    let acct = gctcp_store::accounts::by_id(app.db(), p.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acct.status, "active", "nothing changed");
    // With the token the same request works.
    assert_eq!(c.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
});

dual!(cross_site_requests_are_refused_even_with_a_token, |app| {
    let admin = app.admin().await;
    let p = app.focal_point("victim2@un.org", "KEN").await;
    let mut c = app.signed_in(&admin).await;
    c.get("/admin/accounts").await;
    let path = format!("/admin/accounts/{}/deactivate", p.id);
    c.extra = vec![("sec-fetch-site".into(), "cross-site".into())];
    assert_eq!(c.post(&path, &[]).await.status, StatusCode::FORBIDDEN);
    c.extra = vec![
        ("origin".into(), "https://evil.example".into()),
        ("host".into(), "127.0.0.1:8080".into()),
    ];
    assert_eq!(c.post(&path, &[]).await.status, StatusCode::FORBIDDEN);
    let acct = gctcp_store::accounts::by_id(app.db(), p.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acct.status, "active");
    // Same-origin browser requests pass.
    c.extra = vec![("sec-fetch-site".into(), "same-origin".into())];
    assert_eq!(c.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
});

dual!(the_sign_in_form_is_protected_too, |app| {
    let p = app.focal_point("login@un.org", "KEN").await;
    let mut c = app.client();
    // No session, no token: a login CSRF cannot plant an attacker's session.
    let res = c
        .post_raw("/login", &[("email", &p.email), ("password", &p.password)])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    c.get("/login").await;
    let res = c
        .post_raw(
            "/login",
            &[
                ("email", &p.email),
                ("password", &p.password),
                ("csrf", "wrong"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        gctcp_store::sessions::count_for(app.db(), p.id.0)
            .await
            .unwrap(),
        0
    );
});

dual!(the_token_rotates_at_sign_in, |app| {
    let p = app.focal_point("rotate@un.org", "KEN").await;
    let mut c = app.client();
    let before = c
        .get("/login")
        .await
        .csrf()
        .expect("token in the sign-in form");
    c.post("/login", &[("email", &p.email), ("password", &p.password)])
        .await;
    let after = c.get("/profile").await.csrf().expect("token in forms");
    assert_ne!(before, after);
    // The pre-sign-in token no longer works.
    let res = c
        .post_raw(
            "/profile",
            &[
                ("csrf", &before),
                ("name", "X"),
                ("title", ""),
                ("locale", ""),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
});

dual!(no_state_changes_on_get, |app| {
    let admin = app.admin().await;
    let p = app.focal_point("get@un.org", "KEN").await;
    let mut c = app.signed_in(&admin).await;
    for path in [
        format!("/admin/accounts/{}/deactivate", p.id),
        "/logout".to_string(),
        format!("/admin/accounts/{}/role", p.id),
    ] {
        let res = c.get(&path).await;
        assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED, "{path}");
    }
    assert_eq!(c.get("/").await.status, StatusCode::OK, "still signed in");
    let acct = gctcp_store::accounts::by_id(app.db(), p.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acct.status, "active");
});
