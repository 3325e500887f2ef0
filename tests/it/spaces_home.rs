//! Spaces as their members use them: asking to join and deciding, closed spaces,
//! chairs handing over, creating a space, and the notifications that tell people.

use super::*;

fn space_path(id: gctcp_domain::SpaceId) -> String {
    format!("/spaces/{}", id.0)
}

dual!(
    a_focal_point_asks_to_join_an_open_space_and_a_chair_decides,
    |app| {
        let wg2 = app.working_group(2).await;
        let chair = app.focal_point("chair.wg2@un.org", "UNODC").await;
        let vice = app.focal_point("vice.wg2@un.org", "INTERPOL").await;
        let asker = app.focal_point("asker@mofa.gov.ke", "KEN").await;
        let outsider = app.focal_point("outsider@mofa.gov.pe", "PER").await;
        app.add_to_space(wg2, chair.id, SpaceRole::Chair).await;
        app.add_to_space(wg2, vice.id, SpaceRole::ViceChair).await;
        let page = space_path(wg2);

        // An open space: readable by anyone, with a request form for non-members.
        let mut a = app.signed_in(&asker).await;
        a.get(&page)
            .await
            .assert_contains("Ask to join")
            .assert_contains("chair wg2");
        let message = "I lead border controls <script>alert(1)</script> in Nairobi";
        let r = a
            .post(&format!("{page}/join"), &[("message", message)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        a.get(r.location())
            .await
            .assert_contains("Your request has been sent")
            .assert_not_contains("Ask to join");
        // A second request while one waits: refused, with the reason.
        let again = a
            .post(&format!("{page}/join"), &[("message", "again")])
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Both leads are told (in the header, on the list, by e-mail kept in the outbox);
        // the message is shown as text, never as markup.
        // (The chair was told first that they were made chair.)
        let mut c = app.signed_in(&chair).await;
        let home = c.get("/").await;
        home.assert_contains("Notifications (2 new)");
        c.get("/notifications")
            .await
            .assert_contains("\u{2068}asker\u{2069} asks to join")
            .assert_contains("I lead border controls &#60;script&#62;alert(1)")
            .assert_not_contains("<script>alert(1)");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'join_request'")
                .await,
            2
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'notification' AND subject LIKE '%asks to join%'"
            )
            .await,
            2
        );

        // Someone who does not lead the space cannot decide.
        let request = app
            .count("SELECT id FROM space_requests WHERE status = 'pending'")
            .await;
        let mut o = app.signed_in(&outsider).await;
        o.get(&page).await.assert_not_contains("Approve");
        let denied = o
            .post(
                &format!("{page}/requests/{request}"),
                &[("decision", "approve")],
            )
            .await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN);
        assert!(gctcp_store::spaces::memberships(app.db(), asker.id)
            .await
            .unwrap()
            .is_empty());

        // The chair approves: a member now, told so.
        c.get(&page)
            .await
            .assert_contains("1 request to join")
            .assert_contains("Approve");
        let r = c
            .post(
                &format!("{page}/requests/{request}"),
                &[("decision", "approve"), ("note", "Welcome aboard")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            gctcp_store::spaces::memberships(app.db(), asker.id)
                .await
                .unwrap(),
            vec![(wg2, SpaceRole::Member)]
        );
        a.get(&page).await.assert_contains("You are Member");
        a.get("/notifications")
            .await
            .assert_contains("was approved")
            .assert_contains("Welcome aboard");
        // Decided once: the vice-chair's late decision is refused.
        let mut v = app.signed_in(&vice).await;
        v.get(&page).await;
        let late = v
            .post(
                &format!("{page}/requests/{request}"),
                &[("decision", "decline")],
            )
            .await;
        assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
        late.assert_contains("already been decided");
        for event in ["space.join_requested", "space.join_approved"] {
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

dual!(
    closed_spaces_are_for_members_invited_by_their_chairs,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("invitee@mofa.gov.sn", "SEN").await;
        let mut ad = app.signed_in(&admin).await;
        ad.get("/spaces/new")
            .await
            .assert_contains("Who may read it");
        let r = ad
            .post(
                "/spaces",
                &[
                    ("name", "Task force on victims' rights"),
                    ("purpose", "Coordinates support to victims."),
                    ("pillar", "4"),
                    ("access", "closed"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = r.location().split('?').next().unwrap().to_string();
        ad.get(r.location())
            .await
            .assert_contains("You are its chair")
            .assert_contains("Coordinates support to victims.");
        // Not a member: the name and the chairs' entities, no members, no request form.
        let mut f = app.signed_in(&fp).await;
        f.get("/spaces")
            .await
            .assert_contains("Task force on victims")
            .assert_contains("Closed");
        f.get(&page)
            .await
            .assert_contains("only its members read it")
            .assert_not_contains("Amina Admin")
            .assert_not_contains("Ask to join");
        let denied = f.post(&format!("{page}/join"), &[("message", "me")]).await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN);
        // The chair invites them: a member, told so, who now sees the members.
        let r = ad
            .post(
                &format!("{page}/members"),
                &[("email", "invitee@mofa.gov.sn"), ("role", "member")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        f.get(&page).await.assert_contains("Amina Admin");
        f.get("/notifications").await.assert_contains(
            "\u{2068}Amina Admin\u{2069} added you to \u{2068}Task force on victims",
        );
        // Bad input: a clear message, nothing written.
        let spaces_before = app.count("SELECT COUNT(*) FROM spaces").await;
        let bad = ad
            .post("/spaces", &[("name", "  "), ("access", "open")])
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("Give the space a name");
        let long = "x".repeat(1_000_000);
        let bad = ad
            .post("/spaces", &[("name", &long), ("access", "open")])
            .await;
        assert!(bad.status.is_client_error(), "{:?}", bad.status);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM spaces").await,
            spaces_before
        );
    }
);

dual!(chairs_hand_over_before_they_leave, |app| {
    let wg5 = app.working_group(5).await;
    let chair = app.focal_point("chair.wg5@un.org", "UNOCT").await;
    let vice = app.focal_point("vice.wg5@un.org", "UNDP").await;
    let member = app.focal_point("member.wg5@un.org", "FRA").await;
    app.add_to_space(wg5, chair.id, SpaceRole::Chair).await;
    app.add_to_space(wg5, vice.id, SpaceRole::ViceChair).await;
    app.add_to_space(wg5, member.id, SpaceRole::Member).await;
    let page = space_path(wg5);
    // The only chair cannot leave.
    let mut c = app.signed_in(&chair).await;
    c.get(&page).await;
    let r = c.post(&format!("{page}/leave"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("appoint another chair first");
    // A vice-chair manages members but appoints no chair and removes no chair.
    let mut v = app.signed_in(&vice).await;
    v.get(&page).await.assert_contains("Change role");
    let r = v
        .post(
            &format!("{page}/members"),
            &[("email", "member.wg5@un.org"), ("role", "chair")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = v
        .post(&format!("{page}/members/{}/remove", chair.id.0), &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A plain member manages nothing.
    let mut m = app.signed_in(&member).await;
    m.get(&page).await.assert_not_contains("Change role");
    let r = m
        .post(&format!("{page}/members/{}/remove", vice.id.0), &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The chair appoints a second chair, then may leave.
    let r = c
        .post(
            &format!("{page}/members"),
            &[("email", "vice.wg5@un.org"), ("role", "chair")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = c.post(&format!("{page}/leave"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(gctcp_store::spaces::memberships(app.db(), chair.id)
        .await
        .unwrap()
        .is_empty());
    v.get("/notifications")
        .await
        .assert_contains("changed your role in");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'space.left'")
            .await,
        1
    );
});

dual!(only_administrators_and_chairs_create_spaces, |app| {
    let fp = app.focal_point("plain@mofa.gov.br", "BRA").await;
    let mut f = app.signed_in(&fp).await;
    f.get("/spaces").await.assert_not_contains("Create a space");
    assert_eq!(f.get("/spaces/new").await.status, StatusCode::FORBIDDEN);
    let r = f
        .post("/spaces", &[("name", "Mine"), ("access", "open")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A chair of any space may.
    let wg1 = app.working_group(1).await;
    app.add_to_space(wg1, fp.id, SpaceRole::Chair).await;
    f.get("/spaces").await.assert_contains("Create a space");
    let r = f
        .post(
            "/spaces",
            &[("name", "Community of practice on PVE"), ("access", "open")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

dual!(notifications_are_read_by_their_owner_only, |app| {
    let wg4 = app.working_group(4).await;
    let chair = app.focal_point("chair.wg4@un.org", "UNICRI").await;
    let asker = app.focal_point("asker.wg4@mofa.gov.ma", "MAR").await;
    app.add_to_space(wg4, chair.id, SpaceRole::Chair).await;
    let mut a = app.signed_in(&asker).await;
    a.get(&space_path(wg4)).await;
    a.post(&format!("{}/join", space_path(wg4)), &[("message", "")])
        .await;
    let notice = app
        .count("SELECT id FROM notifications WHERE kind = 'join_request'")
        .await;
    // Someone else's notice cannot be opened.
    let r = a.post(&format!("/notifications/{notice}/open"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Its owner opens it: read, and taken where it leads.
    let mut c = app.signed_in(&chair).await;
    c.get("/notifications")
        .await
        .assert_contains("Mark all as read");
    let r = c.post(&format!("/notifications/{notice}/open"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with(&space_path(wg4)));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE id = {notice} AND read_at IS NOT NULL"
        ))
        .await,
        1
    );
    // The rest (being made chair), all at once.
    c.get("/notifications")
        .await
        .assert_contains("Notifications (1 new)");
    let r = c.post("/notifications/read", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c.get("/notifications")
        .await
        .assert_not_contains("Mark all as read")
        .assert_not_contains("new)");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL")
            .await,
        0
    );
});

dual!(leads_pin_resources_that_readers_may_read, |app| {
    let wg6 = app.working_group(6).await;
    let chair = app.focal_point("chair.wg6@un.org", "UNESCO").await;
    let member = app.focal_point("member.wg6@mofa.gov.in", "IND").await;
    app.add_to_space(wg6, chair.id, SpaceRole::Chair).await;
    app.add_to_space(wg6, member.id, SpaceRole::Member).await;
    let rid = app
        .resource(
            &chair,
            "Guide to community policing",
            "guide.txt",
            b"Community policing.",
        )
        .await;
    let page = space_path(wg6);
    // A member cannot pin.
    let mut m = app.signed_in(&member).await;
    m.get(&page).await;
    let r = m
        .post(&format!("{page}/pins"), &[("resource", &rid.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The chair pins it: every reader of the space sees it at the top.
    let mut c = app.signed_in(&chair).await;
    c.get(&page).await;
    let r = c
        .post(&format!("{page}/pins"), &[("resource", &rid.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    m.get(&page)
        .await
        .assert_contains("Pinned")
        .assert_contains("Guide to community policing");
    // Deleted, the resource is no longer shown to anyone who may not see deleted items.
    let admin = app.admin().await;
    gctcp_app::library::delete(&app.state, &app.actor(&admin).await, rid)
        .await
        .unwrap();
    m.get(&page)
        .await
        .assert_not_contains("Guide to community policing");
    // Unpinned by the chair.
    c.get(&page).await;
    let r = c.post(&format!("{page}/pins/{rid}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM space_pins").await, 0);
});

dual!(the_compact_structure_is_drawn_from_the_data, |app| {
    let wg2 = app.working_group(2).await;
    let chair = app.focal_point("lead.wg2@un.org", "CTED").await;
    app.add_to_space(wg2, chair.id, SpaceRole::Chair).await;
    let mut c = app.signed_in(&chair).await;
    let page = c.get("/compact").await;
    page.assert_contains("Coordination Committee")
        .assert_contains("Under-Secretary-General for Counter-Terrorism")
        .assert_contains("Working group 2")
        .assert_contains("Border management and law enforcement relating to counter-terrorism")
        .assert_contains("Counter-Terrorism Committee Executive Directorate")
        .assert_contains("lead wg2")
        .assert_contains("Pillar 2");
    // Eight working groups, each once.
    assert_eq!(page.body.matches("Working group ").count(), 8);
    // Every language renders it (no missing message).
    for lang in ["ar", "zh", "fr", "ru", "es"] {
        c.get("/profile").await;
        c.post("/language", &[("lang", lang), ("next", "/compact")])
            .await;
        let r = c.get("/compact").await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_not_contains("Unknown localization key");
    }
    // Signed out: the sign-in page, not the structure.
    let mut anon = app.client();
    assert_ne!(anon.get("/compact").await.status, StatusCode::OK);
});

dual!(
    members_who_may_read_a_document_shared_in_their_space_are_told,
    |app| {
        let wg1 = app.working_group(1).await;
        let author = app.focal_point("author.wg1@unesco.org", "UNESCO").await;
        let colleague = app.focal_point("colleague.wg1@unesco.org", "UNESCO").await;
        let other = app.focal_point("other.wg1@mfa.gov.jo", "JOR").await;
        for p in [&author, &colleague, &other] {
            app.add_to_space(wg1, p.id, SpaceRole::Member).await;
        }
        let actor = app.actor(&author).await;
        let org = actor.viewer.as_ref().unwrap().org;
        let share = |title: &str, visibility: &str| gctcp_store::library::Fields {
            valid: gctcp_domain::library::Valid {
                title: title.into(),
                summary: String::new(),
                doc_type: "report".into(),
                symbol: String::new(),
                url: Some("https://www.un.org/counterterrorism".into()),
                lang: "en".into(),
                published_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                visibility: visibility.into(),
            },
            org,
            space: Some(wg1),
            pillars: vec![1],
            themes: vec![],
            reader_spaces: vec![],
            reader_orgs: vec![org.0],
        };
        gctcp_app::library::create(&app.state, &actor, &share("Open guidance note", "all"), &[])
            .await
            .unwrap();
        gctcp_app::library::create(
            &app.state,
            &actor,
            &share("Internal UNESCO note", "orgs"),
            &[],
        )
        .await
        .unwrap();
        let told = |p: &Person| {
            format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'new_document' AND account_id = {}",
            p.id.0
        )
        };
        // Everyone may read the first; only the author's organization the second; the
        // author is told nothing about their own.
        assert_eq!(app.count(&told(&colleague)).await, 2);
        assert_eq!(app.count(&told(&other)).await, 1);
        assert_eq!(app.count(&told(&author)).await, 0);
        let mut o = app.signed_in(&other).await;
        o.get("/notifications")
            .await
            .assert_contains("shared a document in")
            .assert_contains("Open guidance note")
            .assert_not_contains("Internal UNESCO note");
    }
);
