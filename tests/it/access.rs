//! The access matrix: every route × (anonymous, focal point, administrator, deactivated
//! session) → expected outcome. Denials are checked as carefully as grants.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Anonymous,
    FocalPoint,
    Admin,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Ok,
    SignIn,
    Forbidden,
    /// Already signed in: sent on to the dashboard.
    Home,
}

/// (path, anonymous, focal point, admin) for GET.
fn get_matrix(account: i64, space: i64) -> Vec<(String, [Expect; 3])> {
    use Expect::*;
    vec![
        ("/".into(), [SignIn, Ok, Ok]),
        ("/profile".into(), [SignIn, Ok, Ok]),
        ("/organizations".into(), [SignIn, Ok, Ok]),
        ("/admin/accounts".into(), [SignIn, Forbidden, Ok]),
        ("/admin/accounts/new".into(), [SignIn, Forbidden, Ok]),
        (
            format!("/admin/accounts/{account}"),
            [SignIn, Forbidden, Ok],
        ),
        ("/admin/audit".into(), [SignIn, Forbidden, Ok]),
        ("/admin/spaces".into(), [SignIn, Forbidden, Ok]),
        (format!("/admin/spaces/{space}"), [SignIn, Forbidden, Ok]),
        ("/library".into(), [SignIn, Ok, Ok]),
        ("/library/new".into(), [SignIn, Ok, Ok]),
        ("/library/deleted".into(), [SignIn, Forbidden, Ok]),
        ("/login".into(), [Ok, Home, Home]),
        ("/healthz".into(), [Ok, Ok, Ok]),
    ]
}

/// State-changing routes only administrators may use.
fn admin_posts(account: i64, space: i64) -> Vec<(String, Vec<(&'static str, String)>)> {
    vec![
        (
            "/admin/accounts".into(),
            vec![
                ("email", "new@un.org".into()),
                ("name", "New".into()),
                ("org", "KEN".into()),
                ("role", "admin".into()),
            ],
        ),
        (format!("/admin/accounts/{account}/deactivate"), vec![]),
        (format!("/admin/accounts/{account}/reactivate"), vec![]),
        (
            format!("/admin/accounts/{account}/role"),
            vec![("role", "admin".into())],
        ),
        (format!("/admin/accounts/{account}/invitation"), vec![]),
        (
            format!("/admin/accounts/{account}/invitation/revoke"),
            vec![],
        ),
        (format!("/admin/accounts/{account}/reset"), vec![]),
        (
            format!("/admin/spaces/{space}/members"),
            vec![("email", "fp@un.org".into()), ("role", "chair".into())],
        ),
        (
            format!("/admin/spaces/{space}/members/{account}/remove"),
            vec![],
        ),
    ]
}

fn check(who: Who, path: &str, want: Expect, status: StatusCode, location: &str) {
    match want {
        Expect::Ok => assert_eq!(status, StatusCode::OK, "{who:?} GET {path}"),
        Expect::SignIn => {
            assert_eq!(status, StatusCode::SEE_OTHER, "{who:?} GET {path}");
            assert!(
                location.starts_with("/login?next="),
                "{who:?} GET {path} → {location}"
            );
        }
        Expect::Forbidden => assert_eq!(status, StatusCode::FORBIDDEN, "{who:?} GET {path}"),
        Expect::Home => assert_eq!(
            (status, location),
            (StatusCode::SEE_OTHER, "/"),
            "{who:?} GET {path}"
        ),
    }
}

dual!(every_page_by_role, |app| {
    let admin = app.admin().await;
    let fp = app.focal_point("fp@un.org", "KEN").await;
    let space = app.working_group(1).await;
    let mut anon = app.client();
    let mut fpc = app.signed_in(&fp).await;
    let mut adc = app.signed_in(&admin).await;
    for (path, expect) in get_matrix(fp.id.0, space.0) {
        for (who, client, want) in [
            (Who::Anonymous, &mut anon, expect[0]),
            (Who::FocalPoint, &mut fpc, expect[1]),
            (Who::Admin, &mut adc, expect[2]),
        ] {
            let res = client.get(&path).await;
            check(who, &path, want, res.status, res.location());
        }
    }
});

dual!(
    admin_actions_are_refused_to_focal_points_and_anonymous_visitors,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("fp@un.org", "KEN").await;
        let other = app.focal_point("other@un.org", "KEN").await;
        let space = app.working_group(2).await;
        let audit_before = app.count("SELECT COUNT(*) FROM audit_log").await;
        let mut fpc = app.signed_in(&fp).await;
        fpc.get("/").await;
        let mut anon = app.client();
        anon.get("/login").await;
        for (path, fields) in admin_posts(other.id.0, space.0) {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = fpc.post(&path, &fields).await;
            assert_eq!(res.status, StatusCode::FORBIDDEN, "focal point POST {path}");
            let res = anon.post(&path, &fields).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "anonymous POST {path}");
            assert!(
                res.location().starts_with("/login"),
                "anonymous POST {path}"
            );
        }
        // Nothing happened: no account, no membership, no role change, no audit entry.
        assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 3);
        assert_eq!(app.count("SELECT COUNT(*) FROM space_members").await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log").await,
            audit_before + 1,
            "only fp's own sign-in"
        );
        // The same actions work for an administrator.
        let mut adc = app.signed_in(&admin).await;
        adc.get("/admin/accounts").await;
        let res = adc
            .post(
                &format!("/admin/spaces/{}/members", space.0),
                &[("email", "fp@un.org"), ("role", "chair")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }
);

dual!(
    a_deactivated_account_is_refused_at_its_very_next_request,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("soon.gone@un.org", "KEN").await;
        let mut fpc = app.signed_in(&fp).await;
        let mut fp_phone = app.signed_in(&fp).await;
        assert_eq!(fpc.get("/profile").await.status, StatusCode::OK);
        let mut adc = app.signed_in(&admin).await;
        adc.get(&format!("/admin/accounts/{}", fp.id)).await;
        let res = adc
            .post(&format!("/admin/accounts/{}/deactivate", fp.id), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        for c in [&mut fpc, &mut fp_phone] {
            let res = c.get("/profile").await;
            assert_eq!(res.status, StatusCode::SEE_OTHER);
            assert!(res.location().starts_with("/login"));
        }
        // A form the person had open is refused too, and changes nothing.
        let res = fpc
            .post(
                "/profile",
                &[
                    ("name", "Changed"),
                    ("title", ""),
                    ("locale", ""),
                    ("time_zone", "UTC"),
                ],
            )
            .await;
        assert!(
            res.status == StatusCode::FORBIDDEN || res.location().starts_with("/login"),
            "{}",
            res.status
        );
        let acct = gctcp_store::accounts::by_id(app.db(), fp.id)
            .await
            .unwrap()
            .unwrap();
        assert_ne!(acct.display_name, "Changed");
        assert_eq!(
            gctcp_store::sessions::count_for(app.db(), fp.id.0)
                .await
                .unwrap(),
            0
        );
    }
);

dual!(a_demoted_administrator_loses_admin_pages_at_once, |app| {
    let admin = app.admin().await;
    let second = app
        .person(
            "second@un.org",
            "Second Admin",
            "UNOCT",
            PlatformRole::Admin,
        )
        .await;
    let mut sc = app.signed_in(&second).await;
    assert_eq!(sc.get("/admin/accounts").await.status, StatusCode::OK);
    let mut adc = app.signed_in(&admin).await;
    adc.get("/admin/accounts").await;
    adc.post(
        &format!("/admin/accounts/{}/role", second.id),
        &[("role", "focal_point")],
    )
    .await;
    let res = sc.get("/admin/accounts").await;
    assert_ne!(res.status, StatusCode::OK);
    let mut again = app.signed_in(&second).await;
    assert_eq!(
        again.get("/admin/accounts").await.status,
        StatusCode::FORBIDDEN
    );
});
