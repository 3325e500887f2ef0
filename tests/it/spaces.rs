use super::*;

dual!(
    admins_add_people_to_spaces_set_roles_and_remove_them,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("amal@mofa.gov.jo", "JOR").await;
        let wg3 = app.working_group(3).await;
        let mut c = app.signed_in(&admin).await;
        let list = c.get("/admin/spaces").await;
        list.assert_contains("Emerging threats and critical infrastructure protection")
            .assert_contains("INTERPOL");
        let page = format!("/admin/spaces/{}", wg3.0);
        c.get(&page).await.assert_contains("No members yet");
        let res = c
            .post(
                &format!("{page}/members"),
                &[("email", "AMAL@mofa.gov.jo"), ("role", "member")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        c.get(res.location())
            .await
            .assert_contains("amal")
            .assert_contains("has been added");
        let res = c
            .post(
                &format!("{page}/members"),
                &[("email", "amal@mofa.gov.jo"), ("role", "vice_chair")],
            )
            .await;
        c.get(res.location()).await.assert_contains("Vice-chair");
        let members = gctcp_store::spaces::memberships(app.db(), fp.id)
            .await
            .unwrap();
        assert_eq!(members, vec![(wg3, SpaceRole::ViceChair)]);

        // The person sees the space on their dashboard, with their role.
        let mut f = app.signed_in(&fp).await;
        f.get("/")
            .await
            .assert_contains("Emerging threats")
            .assert_contains("Vice-chair");

        let res = c
            .post(
                &format!("{page}/members"),
                &[("email", "nobody@nowhere.org"), ("role", "member")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("No invited or active account");
        let res = c
            .post(&format!("{page}/members/{}/remove", fp.id), &[])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert!(gctcp_store::spaces::memberships(app.db(), fp.id)
            .await
            .unwrap()
            .is_empty());
        f.get("/").await.assert_not_contains("Emerging threats");
        for event in [
            "space.member_added",
            "space.role_changed",
            "space.member_removed",
        ] {
            assert_eq!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM audit_log WHERE event = '{event}'"
                ))
                .await,
                1,
                "{event}"
            );
        }
    }
);

dual!(membership_feeds_the_policy_viewer, |app| {
    use gctcp_domain::policy::{can, Action, Item, Visibility};
    let author = app.focal_point("author@un.org", "UNODC").await;
    let member = app.focal_point("member@un.org", "KEN").await;
    let outsider = app.focal_point("outsider@un.org", "KEN").await;
    let wg2 = app.working_group(2).await;
    app.add_to_space(wg2, member.id, SpaceRole::Member).await;
    let item = Item {
        author: author.id,
        author_org: gctcp_store::accounts::by_id(app.db(), author.id)
            .await
            .unwrap()
            .unwrap()
            .org_id(),
        space: Some(wg2),
        visibility: Visibility::Spaces([wg2].into()),
        deleted: false,
    };
    let st = &app.state;
    let m = gctcp_server::session::load_authed(st, member.id)
        .await
        .unwrap()
        .unwrap();
    let o = gctcp_server::session::load_authed(st, outsider.id)
        .await
        .unwrap()
        .unwrap();
    assert!(can(&m.viewer, Action::Read, &item));
    assert!(!can(&o.viewer, Action::Read, &item));
    assert!(!can(&m.viewer, Action::Edit, &item));
});
