//! Discussions in spaces: safe Markdown, mentions that reach only readers, follow and
//! mute, unread markers, the edit window and removals.

use super::*;

async fn reply(c: &mut Client, thread: i64, body: &str) -> TestResponse {
    c.get(&format!("/discussions/{thread}")).await;
    c.post(&format!("/discussions/{thread}/replies"), &[("body", body)])
        .await
}

dual!(
    members_discuss_with_safe_markdown_mentions_follows_and_unread_markers,
    |app| {
        let wg3 = app.working_group(3).await;
        let chair = app.focal_point("amani.chair@un.org", "UNICRI").await;
        let member = app.focal_point("bo.member@mfa.gov.cn", "CHN").await;
        let outsider = app.focal_point("carla.outside@mre.gov.br", "BRA").await;
        app.add_to_space(wg3, chair.id, SpaceRole::Chair).await;
        app.add_to_space(wg3, member.id, SpaceRole::Member).await;
        let mut b = app.signed_in(&member).await;
        let body = format!(
            "Hello **team** <script>alert(1)</script> <img src=x onerror=alert(2)> \
             see [the guide](/library/5) and [x](javascript:alert(3)) — \
             cc @[amani chair](/people/{}) and @[carla outside](/people/{})",
            chair.id.0, outsider.id.0
        );
        let thread = start_thread(&mut b, wg3, "Draft work programme 2027", &body).await;
        let page = b.get(&format!("/discussions/{thread}")).await;
        page.assert_contains("<strong>team</strong>")
            .assert_contains("href=\"/library/5\"")
            .assert_not_contains("<script>alert(1)")
            .assert_not_contains("onerror")
            .assert_not_contains("javascript:");
        // The chair is mentioned (a reader of this open space): told, and e-mailed. The
        // outsider may read an open space too, so is told as well.
        let mentions = app
            .count("SELECT COUNT(*) FROM notifications WHERE kind = 'mention'")
            .await;
        assert_eq!(mentions, 2);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'notification' AND account_id = {} AND subject LIKE '%mentioned you%'",
                chair.id.0
            ))
            .await,
            1
        );
        // A non-member reads an open space's discussion but does not write in it.
        let mut o = app.signed_in(&outsider).await;
        o.get(&format!("/discussions/{thread}"))
            .await
            .assert_contains("Draft work programme 2027")
            .assert_contains("Only the members of this space write here");
        let r = o
            .post(
                &format!("/discussions/{thread}/replies"),
                &[("body", "me too")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // The chair replies: the author (who follows what they write) is told.
        let mut a = app.signed_in(&chair).await;
        let r = reply(&mut a, thread, "Agreed — see *annex 2*.").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        b.get("/notifications")
            .await
            .assert_contains("replied in a discussion you follow");
        // Unread: the thread is marked new in the member's list until they open it.
        b.get(&format!("/spaces/{}/discussions", wg3.0))
            .await
            .assert_contains("class=\"unread\"");
        b.get(&format!("/discussions/{thread}"))
            .await
            .assert_contains("annex 2");
        b.get(&format!("/spaces/{}/discussions", wg3.0))
            .await
            .assert_not_contains("class=\"unread\"");
        // Muted: the next reply tells the member nothing.
        let r = b
            .post(
                &format!("/discussions/{thread}/follow"),
                &[("mode", "mute")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let before = app
            .count(&format!(
                "SELECT COUNT(*) FROM notifications WHERE account_id = {} AND kind = 'thread_reply'",
                member.id.0
            ))
            .await;
        reply(&mut a, thread, "One more point.").await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM notifications WHERE account_id = {} AND kind = 'thread_reply'",
                member.id.0
            ))
            .await,
            before
        );
        // Bad input: a clear message, nothing written.
        let posts = app.count("SELECT COUNT(*) FROM posts").await;
        let r = reply(&mut b, thread, "   ").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Write a message");
        let r = reply(&mut b, thread, &"x".repeat(1_000_000)).await;
        assert!(r.status.is_client_error(), "{:?}", r.status);
        b.get(&format!("/spaces/{}/discussions", wg3.0)).await;
        let r = b
            .post(
                &format!("/spaces/{}/discussions", wg3.0),
                &[("title", ""), ("body", "no subject")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Give the discussion a subject");
        assert_eq!(app.count("SELECT COUNT(*) FROM posts").await, posts);
    }
);

dual!(closed_space_discussions_stay_inside_it, |app| {
    let admin = app.admin().await;
    let member = app.focal_point("m.inside@un.org", "UNDP").await;
    let outsider = app.focal_point("o.outside@un.org", "UNHCR").await;
    let actor = app.actor(&admin).await;
    let space = gctcp_app::spaces::create(
        &app.state,
        &actor,
        &gctcp_app::spaces::Draft {
            name: "Task force on returnees".into(),
            purpose: String::new(),
            pillar: None,
            is_open: false,
        },
    )
    .await
    .unwrap();
    app.add_to_space(space, member.id, SpaceRole::Member).await;
    let mut m = app.signed_in(&member).await;
    let body = format!("Please review, @[o outside](/people/{})", outsider.id.0);
    let thread = start_thread(&mut m, space, "Confidential draft", &body).await;
    // The outsider is not told (they may not read it), sees nothing, finds nothing.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE account_id = {}",
            outsider.id.0
        ))
        .await,
        0
    );
    let mut o = app.signed_in(&outsider).await;
    assert_eq!(
        o.get(&format!("/discussions/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        o.get(&format!("/spaces/{}/discussions", space.0))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        o.get(&format!("/spaces/{}/mentions?q=in", space.0))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The completion offers members only.
    let r = m
        .get(&format!("/spaces/{}/mentions?q=Amina", space.0))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let people: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(people[0]["name"], "Amina Admin");
    let r = m
        .get(&format!("/spaces/{}/mentions?q=outside", space.0))
        .await;
    assert_eq!(r.body.trim(), "[]");
});

dual!(authors_edit_for_fifteen_minutes_and_leads_remove, |app| {
    let wg7 = app.working_group(7).await;
    let vice = app.focal_point("vice.wg7@un.org", "UNOCT").await;
    let author = app.focal_point("author.wg7@mofa.gov.ng", "NGA").await;
    let other = app.focal_point("other.wg7@mofa.gov.fi", "FIN").await;
    app.add_to_space(wg7, vice.id, SpaceRole::ViceChair).await;
    app.add_to_space(wg7, author.id, SpaceRole::Member).await;
    app.add_to_space(wg7, other.id, SpaceRole::Member).await;
    let mut w = app.signed_in(&author).await;
    let thread = start_thread(&mut w, wg7, "Gender and CT", "First version").await;
    let r = reply(&mut w, thread, "A reply with a typo").await;
    let post: i64 = r
        .location()
        .rsplit("post-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // Edited in time: shown as edited.
    w.get(&format!("/discussions/posts/{post}/edit"))
        .await
        .assert_contains("15 minutes");
    let r = w
        .post(
            &format!("/discussions/posts/{post}/edit"),
            &[("body", "A reply without a typo")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    w.get(&format!("/discussions/{thread}"))
        .await
        .assert_contains("A reply without a typo")
        .assert_contains("(edited)");
    // Someone else never edits it.
    let mut x = app.signed_in(&other).await;
    assert_eq!(
        x.get(&format!("/discussions/posts/{post}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Sixteen minutes later, not even its author.
    app.exec(&format!(
        "UPDATE posts SET created_at = '2020-01-01 00:00:00+00:00' WHERE id = {post}"
    ))
    .await;
    assert_eq!(
        w.get(&format!("/discussions/posts/{post}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Another member cannot remove it; a vice-chair can (audited), and it shows removed.
    x.get(&format!("/discussions/{thread}")).await;
    let r = x
        .post(&format!("/discussions/posts/{post}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut v = app.signed_in(&vice).await;
    v.get(&format!("/discussions/{thread}")).await;
    let r = v
        .post(&format!("/discussions/posts/{post}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    x.get(&format!("/discussions/{thread}"))
        .await
        .assert_contains("This message was removed.")
        .assert_not_contains("A reply without a typo");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'discussion.post_removed'")
            .await,
        1
    );
    // Its author removes the opening post: the thread is gone.
    let first = app
        .count(&format!(
            "SELECT MIN(id) FROM posts WHERE thread_id = {thread}"
        ))
        .await;
    w.get(&format!("/discussions/{thread}")).await;
    let r = w
        .post(&format!("/discussions/posts/{first}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        x.get(&format!("/discussions/{thread}")).await.status,
        StatusCode::NOT_FOUND
    );
    x.get(&format!("/spaces/{}/discussions", wg7.0))
        .await
        .assert_not_contains("Gender and CT");
});

dual!(
    files_attached_to_posts_go_through_the_library_and_stay_inside_the_space,
    |app| {
        let admin = app.admin().await;
        let member = app.focal_point("files.member@un.org", "UNDP").await;
        let outsider = app.focal_point("files.outsider@un.org", "UNHCR").await;
        let space = gctcp_app::spaces::create(
            &app.state,
            &app.actor(&admin).await,
            &gctcp_app::spaces::Draft {
                name: "Task force on battlefield evidence".into(),
                purpose: String::new(),
                pillar: None,
                is_open: false,
            },
        )
        .await
        .unwrap();
        app.add_to_space(space, member.id, SpaceRole::Member).await;
        let mut m = app.signed_in(&member).await;
        let thread = start_thread(&mut m, space, "Evidence handling", "Notes below.").await;
        let resources_before = app.count("SELECT COUNT(*) FROM resources").await;

        // A reply with two files: both stored as library resources of the space, listed
        // under the post, downloadable by a member.
        m.get(&format!("/discussions/{thread}")).await;
        let notes = b"Chain of custody checklist for the Mosul evidence review.\n";
        let r = m
            .post_multipart(
                &format!("/discussions/{thread}/replies"),
                &[
                    ("body", None, "See the checklist and the table.".as_bytes()),
                    ("file", Some("custody-checklist.txt"), notes),
                    ("file", Some("items.csv"), b"item,count\nphones,12\n"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resources").await,
            resources_before + 2
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM resources WHERE space_id = {} AND visibility = 'spaces'",
                space.0
            ))
            .await,
            2
        );
        let page = m.get(&format!("/discussions/{thread}")).await;
        page.assert_contains("custody-checklist.txt")
            .assert_contains("items.csv")
            .assert_contains("Attached files");
        let version = app
            .count("SELECT v.id FROM file_versions v WHERE v.filename = 'custody-checklist.txt'")
            .await;
        let d = m.get(&format!("/library/files/{version}/download")).await;
        assert_eq!(d.status, StatusCode::OK);
        assert_eq!(d.body.as_bytes(), notes);
        // Its text is extracted and found in the library, by members only.
        app.wait_for_text().await;
        m.get("/library?q=custody")
            .await
            .assert_contains("custody-checklist");
        let mut o = app.signed_in(&outsider).await;
        assert_eq!(
            o.get(&format!("/library/files/{version}/download"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        o.get("/library?q=custody")
            .await
            .assert_not_contains("custody-checklist");

        // A refused file: the reply is not posted, nothing is stored, the text comes back.
        let posts = app.count("SELECT COUNT(*) FROM posts").await;
        m.get(&format!("/discussions/{thread}")).await;
        let r = m
            .post_multipart(
                &format!("/discussions/{thread}/replies"),
                &[
                    ("body", None, "Second try with a program".as_bytes()),
                    ("file", Some("ok.txt"), b"fine text\n"),
                    (
                        "file",
                        Some("tool.exe"),
                        b"MZ\x90\x00\x03\x00\x00\x00binary",
                    ),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("Second try with a program")
            .assert_contains("role=\"alert\"");
        assert_eq!(app.count("SELECT COUNT(*) FROM posts").await, posts);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resources").await,
            resources_before + 2
        );
        // Eleven files are too many.
        let eleven: Vec<(&str, Option<&str>, &[u8])> =
            std::iter::once(("body", None, "Many".as_bytes()))
                .chain((0..11).map(|_| ("file", Some("n.txt"), b"n\n".as_slice())))
                .collect();
        m.get(&format!("/discussions/{thread}")).await;
        let r = m
            .post_multipart(&format!("/discussions/{thread}/replies"), &eleven)
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("at most 10 files");
        assert_eq!(app.count("SELECT COUNT(*) FROM posts").await, posts);

        // A file removed from the library is no longer listed under the post.
        let items = app
            .count("SELECT id FROM resources WHERE title = 'items'")
            .await;
        let mut a = app.signed_in(&admin).await;
        a.get(&format!("/library/{items}")).await;
        let r = a.post(&format!("/library/{items}/delete"), &[]).await;
        assert!(r.status.is_redirection(), "{:?}", r.status);
        m.get(&format!("/discussions/{thread}"))
            .await
            .assert_not_contains("items.csv")
            .assert_contains("custody-checklist.txt");
    }
);
