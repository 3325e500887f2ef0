//! Global search: one box across people, organizations, spaces, resources, events,
//! discussions, work-plan items, activities and projects — grouped by kind, matching
//! across accents and case, and never naming what the reader may not open (restricted
//! events, closed spaces), even in its counts; it follows writes and membership changes on the next request.

use super::*;
use gctcp_domain::SpaceId;

/// The part of a results page about one kind ("" when the page has no such section).
fn group<'a>(page: &'a str, kind: &str) -> &'a str {
    let Some(at) = page.find(&format!("id=\"group-{kind}\"")) else {
        return "";
    };
    let rest = &page[at..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// The count a kind's heading shows (0 when absent).
fn count(page: &str, kind: &str) -> usize {
    let g = group(page, kind);
    g.split("<span class=\"count muted\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

fn one_off(title: &str, space: Option<SpaceId>, members_only: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("title", title.to_string()),
        ("time_zone", "Africa/Nairobi".into()),
        ("start_date", "2027-05-04".into()),
        ("start_time", "09:00".into()),
        ("end_date", "2027-05-04".into()),
        ("end_time", "10:00".into()),
    ];
    if let Some(s) = space {
        f.push(("space", s.0.to_string()));
    }
    if members_only {
        f.push(("members_only", "1".into()));
    }
    f
}

dual!(
    one_box_finds_every_kind_the_reader_may_see_and_nothing_else,
    |app| {
        let admin = app.admin().await;
        let member = app.focal_point("sr.member@un.org", "UNODC").await;
        let outsider = app.focal_point("sr.outsider@un.org", "UNHCR").await;
        let named = app
            .person(
                "z.okafor@mfa.gov.ng",
                "Zéphyrine Okafor",
                "NGA",
                PlatformRole::FocalPoint,
            )
            .await;
        let wg = app.working_group(4).await;
        app.add_to_space(wg, member.id, SpaceRole::Member).await;
        let admin_actor = app.actor(&admin).await;
        let closed = gctcp_app::spaces::create(
            &app.state,
            &admin_actor,
            &gctcp_app::spaces::Draft {
                name: "Task force on returnees".into(),
                purpose: "Coordinates support to returning families.".into(),
                pillar: None,
                is_open: false,
            },
        )
        .await
        .unwrap();
        app.add_to_space(closed, member.id, SpaceRole::Member).await;

        let mut m = app.signed_in(&member).await;
        app.resource(
            &member,
            "ZEPHYRINE field guidance",
            "guide.txt",
            b"Guidance text.",
        )
        .await;
        let open_event = one_off("Zephyrine open briefing", None, false);
        create_event(&mut m, &refs(&open_event)).await;
        let hidden_event = one_off("Zephyrine drafting call", Some(wg), true);
        create_event(&mut m, &refs(&hidden_event)).await;
        let open_thread = start_thread(
            &mut m,
            wg,
            "Regional workshop follow-up",
            "The next step is the **Zéphyrine** mentoring scheme for national agencies.",
        )
        .await;
        start_thread(
            &mut m,
            closed,
            "Zephyrine confidential draft",
            "Members only.",
        )
        .await;
        let mut admin_client = app.signed_in(&admin).await;
        admin_client
            .get(&format!("/spaces/{}/plan", closed.0))
            .await;
        let r = admin_client
            .post(
                &format!("/spaces/{}/plan", closed.0),
                &[("title", "Zephyrine roadmap"), ("status", "proposed")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // The member: every kind, matched without accents or case, grouped.
        let page = m.get("/search?q=zephyrine").await;
        assert_eq!(page.status, StatusCode::OK);
        let body = &page.body;
        assert!(group(body, "people").contains("Zéphyrine Okafor"), "{body}");
        assert!(group(body, "people").contains(&format!("/people/{}", named.id.0)));
        assert!(group(body, "resources").contains("ZEPHYRINE field guidance"));
        assert!(group(body, "events").contains("Zephyrine open briefing"));
        assert!(group(body, "events").contains("Zephyrine drafting call"));
        // The event names its date and both times ("09:00 Nairobi" seen from UTC).
        assert!(group(body, "events").contains("06:00–07:00"), "{body}");
        assert!(group(body, "events").contains("Nairobi"));
        // A discussion found by a reply's words says why, around the word.
        let d = group(body, "discussions");
        assert!(d.contains("Regional workshop follow-up"), "{d}");
        assert!(d.contains(&format!("/discussions/{open_thread}")));
        assert!(d.contains("Zéphyrine mentoring scheme"), "{d}");
        assert!(d.contains("Zephyrine confidential draft"));
        assert!(group(body, "plans").contains("Zephyrine roadmap"));
        assert_eq!(count(body, "events"), 2);
        assert_eq!(count(body, "discussions"), 2);
        page.assert_contains("7 results");

        // The outsider may read the open working group but not its members-only event,
        // nor anything of the closed space — not even in the counts.
        let mut o = app.signed_in(&outsider).await;
        let page = o.get("/search?q=Zéphyrine").await;
        let body = &page.body;
        assert!(group(body, "events").contains("Zephyrine open briefing"));
        assert!(group(body, "discussions").contains("Regional workshop follow-up"));
        for hidden in [
            "Zephyrine drafting call",
            "Zephyrine confidential draft",
            "Zephyrine roadmap",
        ] {
            assert!(!body.contains(hidden), "{hidden} shown to an outsider");
        }
        assert_eq!(count(body, "events"), 1);
        assert_eq!(count(body, "discussions"), 1);
        assert_eq!(count(body, "plans"), 0);
        page.assert_contains("4 results");
        // Asking for one kind shows that kind only, with the same rule.
        let events = o.get("/search?q=zephyrine&kind=events").await;
        events.assert_contains("Zephyrine open briefing");
        events.assert_not_contains("Zephyrine drafting call");
        assert_eq!(group(&events.body, "people"), "");

        // Administrators see everything.
        let page = admin_client.get("/search?q=zephyrine").await;
        page.assert_contains("Zephyrine drafting call");
        page.assert_contains("Zephyrine confidential draft");
        page.assert_contains("7 results");

        // Leaving the closed space takes its content out of the member's next search.
        let member_actor = app.actor(&member).await;
        gctcp_app::spaces::remove_member(&app.state, &member_actor, closed, member.id)
            .await
            .unwrap();
        let page = m.get("/search?q=zephyrine").await;
        page.assert_not_contains("Zephyrine confidential draft");
        page.assert_not_contains("Zephyrine roadmap");
        page.assert_contains("Zephyrine drafting call");

        // What is written is found at once; what is removed is gone at once.
        m.get(&format!("/discussions/{open_thread}")).await;
        let r = m
            .post(
                &format!("/discussions/{open_thread}/replies"),
                &[("body", "Our quokka-themed mascot is ready.")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = o.get("/search?q=QUOKKA").await;
        assert!(group(&page.body, "discussions").contains("Regional workshop follow-up"));
        let post: i64 = app
            .count("SELECT MAX(id) FROM posts WHERE body LIKE '%quokka%'")
            .await;
        let r = m
            .post(&format!("/discussions/posts/{post}/delete"), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        o.get("/search?q=quokka")
            .await
            .assert_contains("Nothing you may see matches these words.");
    }
);

dual!(organizations_and_spaces_are_found_by_name_and_code, |app| {
    let fp = app.focal_point("sr.orgs@un.org", "UNODC").await;
    let mut c = app.signed_in(&fp).await;
    let page = c.get("/search?q=kenya").await;
    let orgs = group(&page.body, "organizations");
    assert!(orgs.contains("/organizations/KEN"), "{}", page.body);
    assert!(orgs.contains("Member State"));
    // By code, any case.
    let page = c.get("/search?q=unodc").await;
    assert!(group(&page.body, "organizations").contains("/organizations/UNODC"));
    // Working groups by a word of their name; the preview links to all of them.
    let page = c.get("/search?q=working%20group").await;
    let spaces = group(&page.body, "spaces");
    assert!(spaces.contains("Open space"), "{}", page.body);
    assert!(count(&page.body, "spaces") >= 8);
    assert!(
        spaces.contains("/search?q=working+group&#38;kind=spaces"),
        "{spaces}"
    );
    let all = c.get("/search?q=working+group&kind=spaces").await;
    assert_eq!(count(&all.body, "spaces"), count(&page.body, "spaces"));
    // An empty box asks for words; no kind, no error.
    let empty = c.get("/search?q=%20%20").await;
    assert_eq!(empty.status, StatusCode::OK);
    empty.assert_not_contains("results");
    // Hostile input is a search like any other.
    for q in [
        "%00%01%1B",
        "%E2%80%AEkenya",
        "%FF%FE",
        // Longer than an address may be (414), and just under.
        &"a".repeat(60_000),
        &"é".repeat(1_000),
    ] {
        let r = c.get(&format!("/search?q={q}&kind=nothing&page=-3")).await;
        // A search, a refusal of bad bytes or of a too-long address: never a 5xx.
        assert!(
            r.status.is_success() || r.status.is_client_error(),
            "{}: {}",
            &q[..q.len().min(20)],
            r.status
        );
    }
    // Signed out, the page asks to sign in.
    let r = app.client().get("/search?q=kenya").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

dual!(
    activities_and_projects_are_found_with_their_explorers_counts,
    |app| {
        let unodc = app.focal_point("ana@unodc.org", "UNODC").await;
        let kenya = app.focal_point("njeri@mfa.go.ke", "KEN").await;
        let mut u = app.signed_in(&unodc).await;
        u.get("/activities/new").await;
        let r = u
            .post(
                "/activities/new",
                &[
                    ("title", "Zanzibari coast guard seminar"),
                    ("kind", "workshop"),
                    ("status", "planned"),
                    ("lead", "UNODC"),
                    ("countries", "TZA"),
                    ("planned_start", "2027-06-07"),
                    ("planned_end", "2027-06-09"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let activity = r.location().to_string();
        u.get("/projects/new").await;
        let r = u
            .post(
                "/projects/new",
                &[
                    ("code", "UNODC-ZNZ-2027-01"),
                    ("title", "Maritime law enforcement off Zanzibar"),
                    (
                        "summary",
                        "Zanzibari coast guards trained in boarding and evidence.",
                    ),
                    ("status", "pipeline"),
                    ("countries", "TZA"),
                    ("requested", "800000"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let project = r.location().to_string();
        let activity = activity.split('?').next().unwrap();
        let project = project.split('?').next().unwrap();

        // A Member State's focal point (who may change neither) finds both, by a word of
        // their text, with their status and lead entity, and nothing else of those kinds.
        let mut k = app.signed_in(&kenya).await;
        let page = k.get("/search?q=zanzibari").await;
        assert_eq!(page.status, StatusCode::OK);
        let acts = group(&page.body, "activities");
        assert!(acts.contains(&format!("href=\"{activity}\"")), "{acts}");
        assert!(acts.contains("Zanzibari coast guard seminar"));
        assert!(acts.contains("Planned") && acts.contains("UNODC"), "{acts}");
        assert_eq!(count(&page.body, "activities"), 1);
        let projs = group(&page.body, "projects");
        assert!(projs.contains(&format!("href=\"{project}\"")), "{projs}");
        assert!(projs.contains("UNODC-ZNZ-2027-01"));
        assert!(projs.contains("Pipeline"), "{projs}");
        assert_eq!(count(&page.body, "projects"), 1);
        // A word of neither: no such sections, and no tab for them.
        let other = k.get("/search?q=okafor").await;
        assert_eq!(group(&other.body, "activities"), "");
        assert_eq!(group(&other.body, "projects"), "");
        assert!(!other.body.contains("kind=activities"));

        // At scale: the counts are those of the explorers' own word search, the overview
        // lists five and links to the explorer, and a page of one kind lists twenty.
        gctcp_demo::activities::generate(app.db(), 300, 5)
            .await
            .expect("demo activities");
        let list = k.get("/activities?q=training").await;
        let want: usize = list
            .body
            .split("id=\"results-heading\" role=\"status\">")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.replace(',', "").parse().ok())
            .expect("the list's count");
        assert!(want > 20, "demo activities mention training: {want}");
        let page = k.get("/search?q=training").await;
        assert_eq!(count(&page.body, "activities"), want);
        let g = group(&page.body, "activities");
        assert_eq!(g.matches("<li>").count(), 5, "{g}");
        assert!(g.contains("href=\"/activities?q=training\""), "{g}");
        let one = k.get("/search?q=training&kind=activities").await;
        assert_eq!(group(&one.body, "activities").matches("<li>").count(), 20);
        assert_eq!(group(&one.body, "people"), "");
        let two = k.get("/search?q=training&kind=activities&page=2").await;
        assert_eq!(
            group(&two.body, "activities").matches("<li>").count(),
            (want - 20).min(20)
        );
        // In Russian the two kinds that share a word are told apart.
        k.get("/search?q=zanzibari").await;
        k.post("/language", &[("lang", "ru"), ("next", "/")]).await;
        let ru = k.get("/search?q=zanzibari").await;
        ru.assert_contains("Мероприятия структур");
    }
);
