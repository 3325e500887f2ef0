//! The joint calendar: series across daylight-saving changes seen from several zones,
//! all-day events at both ends of the world, moved and cancelled occurrences, "this and
//! following", visibility in every view and the feed, feed tokens, answers with a
//! capacity and a waiting list. Feeds and `.ics` files are read back by Python's
//! icalendar and recurring-ical-events.

use super::*;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use gctcp_domain::SpaceId;

use super::create_event as create;

/// The agenda's section for one day (empty if the day has nothing).
fn day<'a>(page: &'a str, date: &str) -> &'a str {
    let Some(at) = page.find(&format!("id=\"day-{date}\"")) else {
        return "";
    };
    let rest = &page[at..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

fn weekly_geneva(space: Option<SpaceId>) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("title", "Border data working session".to_string()),
        ("time_zone", "Europe/Zurich".into()),
        ("start_date", "2027-03-02".into()),
        ("start_time", "10:00".into()),
        ("end_date", "2027-03-02".into()),
        ("end_time", "11:30".into()),
        ("repeat", "weekly".into()),
        ("interval", "1".into()),
        ("weekdays", "TU".into()),
        ("ends", "until".into()),
        ("until", "2027-11-30".into()),
        ("location", "Palais des Nations, Room XII".into()),
    ];
    if let Some(s) = space {
        f.push(("space", s.0.to_string()));
    }
    f
}

fn ics(body: &str, from: &str, to: &str) -> serde_json::Value {
    let out = gctcp_testkit::python::run_args("ics_read.py", &[from, to], body.as_bytes());
    serde_json::from_str(&out).expect("JSON from ics_read.py")
}

/// Every Tuesday 10:00 Geneva time from 2 March to 30 November 2027, in UTC, computed
/// here from the tz database (not through the product).
fn expected_starts() -> Vec<String> {
    let tz: chrono_tz::Tz = "Europe/Zurich".parse().unwrap();
    let mut d = NaiveDate::from_ymd_opt(2027, 3, 2).unwrap();
    let mut out = Vec::new();
    while d <= NaiveDate::from_ymd_opt(2027, 11, 30).unwrap() {
        let t = tz
            .from_local_datetime(&d.and_hms_opt(10, 0, 0).unwrap())
            .single()
            .unwrap();
        out.push(
            t.with_timezone(&Utc)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
        );
        d += Duration::days(7);
    }
    out
}

dual!(
    a_weekly_geneva_series_stays_at_ten_in_geneva_and_moves_for_new_york,
    |app| {
        let chair = app.focal_point("geneva.chair@un.org", "UNOCT").await;
        let ny = app.focal_point("ny.reader@un.org", "UNDP").await;
        app.profile(&chair, |f| f.time_zone = "Europe/Zurich".into())
            .await;
        app.profile(&ny, |f| f.time_zone = "America/New_York".into())
            .await;
        let mut c = app.signed_in(&chair).await;
        let id = create(&mut c, &refs(&weekly_geneva(None))).await;

        // In Geneva it is 10:00 every week, before and after the change on 28 March.
        let agenda = c.get("/calendar?d=2027-03-01").await;
        for d in ["2027-03-02", "2027-03-16", "2027-03-30", "2027-04-06"] {
            assert!(
                day(&agenda.body, d).contains("10:00–11:30"),
                "{d}: {}",
                day(&agenda.body, d)
            );
        }
        // From New York it moves: 04:00, then 05:00 while only New York has changed
        // (14–28 March), then 04:00 again; the Geneva time is shown alongside.
        let mut n = app.signed_in(&ny).await;
        let agenda = n.get("/calendar?d=2027-03-01").await;
        assert!(day(&agenda.body, "2027-03-02").contains("04:00–05:30"));
        assert!(day(&agenda.body, "2027-03-16").contains("05:00–06:30"));
        assert!(day(&agenda.body, "2027-03-30").contains("04:00–05:30"));
        assert!(day(&agenda.body, "2027-03-30").contains("10:00–11:30 Geneva"));
        // Week and month views say the same.
        n.get("/calendar/week?d=2027-03-17")
            .await
            .assert_contains("05:00–06:30")
            .assert_contains("Border data working session");
        let month = n.get("/calendar/month?d=2027-10-01").await;
        month.assert_contains("October 2027");
        // Four Tuesdays in October, and 2 November in the grid's last week.
        assert_eq!(month.body.matches("Border data working session").count(), 5);

        // The event page states both times and the rule in words.
        let page = n
            .get(&format!("/calendar/events/{id}?at=2027-03-16T10:00"))
            .await;
        page.assert_contains("Tuesday 16 March 2027")
            .assert_contains("05:00–06:30")
            .assert_contains("Geneva\u{a0}(UTC+1)")
            .assert_contains("New\u{a0}York\u{a0}(UTC−4)")
            .assert_contains("Every week on Tuesday, until Tuesday 30 November 2027");

        // The single-event file, read by independent parsers: every occurrence at the
        // instant the tz database gives for 10:00 in Geneva.
        let file = c.get(&format!("/calendar/events/{id}/event.ics")).await;
        assert_eq!(file.status, StatusCode::OK);
        assert!(file
            .header("content-type")
            .unwrap()
            .starts_with("text/calendar"));
        let parsed = ics(&file.body, "2027-01-01", "2028-01-01");
        let starts: Vec<&str> = parsed["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["start"].as_str().unwrap())
            .collect();
        assert_eq!(starts, expected_starts());
        for o in parsed["occurrences"].as_array().unwrap() {
            let s = chrono::DateTime::parse_from_rfc3339(o["start"].as_str().unwrap()).unwrap();
            let e = chrono::DateTime::parse_from_rfc3339(o["end"].as_str().unwrap()).unwrap();
            assert_eq!(e - s, Duration::minutes(90));
        }
        assert_eq!(parsed["zones"][0], "Europe/Zurich");
        // Our own VTIMEZONE, read as written, gives each occurrence the right offset.
        assert_eq!(parsed["zone_mismatches"], serde_json::json!([]));
        assert_eq!(parsed["events"][0]["tzid"], "Europe/Zurich");
    }
);

dual!(
    all_day_events_keep_their_date_from_honolulu_to_kiritimati,
    |app| {
        let a = app.focal_point("honolulu@un.org", "UNDP").await;
        let b = app.focal_point("kiritimati@un.org", "UNDP").await;
        app.profile(&a, |f| f.time_zone = "Pacific/Honolulu".into())
            .await;
        app.profile(&b, |f| f.time_zone = "Pacific/Kiritimati".into())
            .await;
        let mut ca = app.signed_in(&a).await;
        let id = create(
            &mut ca,
            &[
                ("title", "International Day of Remembrance"),
                ("all_day", "1"),
                ("time_zone", ""),
                ("start_date", "2027-08-21"),
                ("end_date", "2027-08-21"),
            ],
        )
        .await;
        for c in [&mut ca, &mut app.signed_in(&b).await] {
            let agenda = c.get("/calendar?d=2027-08-15").await;
            assert!(day(&agenda.body, "2027-08-21").contains("International Day of Remembrance"));
            assert!(day(&agenda.body, "2027-08-21").contains("All day"));
            assert!(!day(&agenda.body, "2027-08-20").contains("Remembrance"));
            assert!(!day(&agenda.body, "2027-08-22").contains("Remembrance"));
        }
        let file = ca.get(&format!("/calendar/events/{id}/event.ics")).await;
        let parsed = ics(&file.body, "2027-08-01", "2027-09-01");
        assert_eq!(parsed["occurrences"][0]["start"], "2027-08-21");
        assert_eq!(parsed["occurrences"][0]["end"], "2027-08-22");
    }
);

dual!(
    moved_cancelled_and_following_changes_reach_every_view_and_the_feed,
    |app| {
        let chair = app.focal_point("series.chair@un.org", "UNOCT").await;
        app.profile(&chair, |f| f.time_zone = "Europe/Zurich".into())
            .await;
        let mut c = app.signed_in(&chair).await;
        let id = create(&mut c, &refs(&weekly_geneva(None))).await;

        // 16 March is cancelled; 23 March moves to 14:00–15:00.
        c.get(&format!("/calendar/events/{id}?at=2027-03-16T10:00"))
            .await;
        let r = c
            .post(
                &format!("/calendar/events/{id}/cancel"),
                &[("at", "2027-03-16T10:00")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        c.get(&format!(
            "/calendar/events/{id}/edit?scope=this&at=2027-03-23T10:00"
        ))
        .await
        .assert_contains("Change this occurrence only");
        let r = c
            .post(
                &format!("/calendar/events/{id}/edit"),
                &[
                    ("scope", "this"),
                    ("at", "2027-03-23T10:00"),
                    ("start_date", "2027-03-23"),
                    ("start_time", "14:00"),
                    ("end_date", "2027-03-23"),
                    ("end_time", "15:00"),
                    ("time_zone", "Europe/Zurich"),
                    ("clash_seen", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let agenda = c.get("/calendar?d=2027-03-01").await;
        assert!(day(&agenda.body, "2027-03-16").contains("Cancelled"));
        assert!(day(&agenda.body, "2027-03-23").contains("14:00–15:00"));
        assert!(day(&agenda.body, "2027-03-23").contains("Moved"));

        // From 1 June on, the series moves to 15:00 ("this and following").
        let r = c
            .post(
                &format!("/calendar/events/{id}/edit"),
                &[
                    ("scope", "following"),
                    ("at", "2027-06-01T10:00"),
                    ("title", "Border data working session"),
                    ("time_zone", "Europe/Zurich"),
                    ("start_date", "2027-06-01"),
                    ("start_time", "15:00"),
                    ("end_date", "2027-06-01"),
                    ("end_time", "16:30"),
                    ("repeat", "weekly"),
                    ("weekdays", "TU"),
                    ("ends", "until"),
                    ("until", "2027-11-30"),
                    ("clash_seen", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let agenda = c.get("/calendar?d=2027-05-20").await;
        assert!(day(&agenda.body, "2027-05-25").contains("10:00–11:30"));
        assert!(day(&agenda.body, "2027-06-01").contains("15:00–16:30"));
        assert!(!day(&agenda.body, "2027-06-01").contains("10:00–11:30"));

        // The feed tells a calendar client the same, read by independent parsers.
        let page = c.post("/calendar/subscribe", &[("space", "")]).await;
        let url = page
            .body
            .split("value=\"")
            .find(|s| s.starts_with("http"))
            .and_then(|s| s.split('"').next())
            .expect("the feed address")
            .to_string();
        let path = url
            .split_once("/calendar/feed/")
            .map(|(_, t)| format!("/calendar/feed/{t}"))
            .unwrap();
        let mut anonymous = app.client();
        let feed = anonymous.get(&path).await;
        assert_eq!(feed.status, StatusCode::OK);
        let parsed = ics(&feed.body, "2027-03-01", "2027-12-31");
        let occ = parsed["occurrences"].as_array().unwrap();
        assert_eq!(parsed["zone_mismatches"], serde_json::json!([]));
        let starts: Vec<&str> = occ.iter().map(|o| o["start"].as_str().unwrap()).collect();
        assert!(
            !starts.contains(&"2027-03-16T09:00:00Z"),
            "cancelled: {starts:?}"
        );
        assert!(
            starts.contains(&"2027-03-23T13:00:00Z"),
            "moved: {starts:?}"
        );
        assert!(!starts.contains(&"2027-03-23T09:00:00Z"));
        assert!(starts.contains(&"2027-05-25T08:00:00Z"));
        assert!(starts.contains(&"2027-06-01T13:00:00Z"));
        assert!(!starts.contains(&"2027-06-01T08:00:00Z"));
        // Thirteen Tuesdays from 2 March to 25 May less the cancelled one, and 27 from
        // 1 June to 30 November.
        assert_eq!(occ.len(), 13 - 1 + 27, "{starts:?}");
        let events = parsed["events"].as_array().unwrap();
        let first = events
            .iter()
            .find(|e| {
                e["rrule"]
                    .as_str()
                    .is_some_and(|r| r.contains("UNTIL=20270531"))
            })
            .expect("the first series, ended");
        assert_eq!(first["exdates"], 1);
        assert!(
            first["sequence"].as_i64().unwrap() >= 1,
            "changed: SEQUENCE bumped"
        );
        assert!(
            events
                .iter()
                .any(|e| e["recurrence_id"] == "2027-03-23T09:00:00Z"),
            "the moved occurrence names the one it replaces: {events:?}"
        );

        // A calendar app that holds this version is told so without the file; after a
        // change it gets the new one.
        let etag = feed.header("etag").expect("an ETag").to_string();
        let again = anonymous
            .send(
                axum::http::Request::get(path.as_str())
                    .header("if-none-match", etag.as_str())
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);
        assert!(again.body.is_empty());

        // The first series' last occurrence, moved beyond its end, is still found.
        let r = c
            .post(
                &format!("/calendar/events/{id}/edit"),
                &[
                    ("scope", "this"),
                    ("at", "2027-05-25T10:00"),
                    ("start_date", "2027-06-09"),
                    ("start_time", "09:00"),
                    ("end_date", "2027-06-09"),
                    ("end_time", "10:00"),
                    ("time_zone", "Europe/Zurich"),
                    ("clash_seen", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let changed = anonymous
            .send(
                axum::http::Request::get(path.as_str())
                    .header("if-none-match", etag.as_str())
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(changed.status, StatusCode::OK);
        assert_ne!(changed.header("etag"), Some(etag.as_str()));
        let agenda = c.get("/calendar?d=2027-06-05").await;
        assert!(
            day(&agenda.body, "2027-06-09").contains("09:00–10:00"),
            "{}",
            day(&agenda.body, "2027-06-09")
        );
        assert!(day(&agenda.body, "2027-06-09").contains("Moved"));

        // A new address replaces the old one; a stopped one answers nothing.
        c.get("/calendar/subscribe").await;
        c.post("/calendar/subscribe", &[("space", "")]).await;
        assert_eq!(anonymous.get(&path).await.status, StatusCode::NOT_FOUND);
        c.get("/calendar/subscribe").await;
        c.post("/calendar/subscribe/revoke", &[]).await;
        c.get("/calendar/subscribe")
            .await
            .assert_contains("You have no calendar address yet.");
    }
);

dual!(
    restricted_events_stay_inside_their_space_in_every_view_and_feed,
    |app| {
        let admin = app.admin().await;
        let member = app.focal_point("tf.member@un.org", "UNODC").await;
        let outsider = app.focal_point("tf.outsider@un.org", "UNHCR").await;
        let wg = app.working_group(4).await;
        app.add_to_space(wg, member.id, SpaceRole::Member).await;
        let mut m = app.signed_in(&member).await;
        let owned = weekly_geneva(Some(wg));
        let mut f = refs(&owned);
        f.retain(|(k, _)| *k != "title");
        f.push(("title", "Members-only drafting call"));
        f.push(("members_only", "1"));
        let id = create(&mut m, &f).await;
        // The member sees it everywhere.
        m.get("/calendar?d=2027-03-01")
            .await
            .assert_contains("Members-only drafting call");
        // The outsider may read this open working group, but not this event: not in the
        // agenda, week, month, its page, its file, or their feed.
        let mut o = app.signed_in(&outsider).await;
        for path in [
            "/calendar?d=2027-03-01",
            "/calendar/week?d=2027-03-02",
            "/calendar/month?d=2027-03-01",
        ] {
            o.get(path)
                .await
                .assert_not_contains("Members-only drafting call");
        }
        assert_eq!(
            o.get(&format!("/calendar/events/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            o.get(&format!("/calendar/events/{id}/event.ics"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        o.get("/calendar/subscribe").await;
        let page = o.post("/calendar/subscribe", &[("space", "")]).await;
        let path = page
            .body
            .split("/calendar/feed/")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .map(|t| format!("/calendar/feed/{t}"))
            .unwrap();
        let feed = app.client().get(&path).await;
        assert_eq!(feed.status, StatusCode::OK);
        assert!(!feed.body.contains("Members-only"), "{}", feed.body);
        // Administrators see it.
        let mut a = app.signed_in(&admin).await;
        // A deactivated account's feed stops at once.
        let admin_actor = app.actor(&admin).await;
        gctcp_app::accounts::deactivate(&app.state, &admin_actor, outsider.id)
            .await
            .unwrap();
        assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND);
        gctcp_app::accounts::reactivate(&app.state, &admin_actor, outsider.id)
            .await
            .unwrap();
        assert_eq!(
            a.get(&format!("/calendar/events/{id}")).await.status,
            StatusCode::OK
        );
        // Nobody but its author, the space's leads and administrators changes it.
        app.add_to_space(wg, outsider.id, SpaceRole::Member).await;
        let mut o = app.signed_in(&outsider).await;
        assert_eq!(
            o.get(&format!("/calendar/events/{id}")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            o.get(&format!("/calendar/events/{id}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            o.get(&format!("/calendar/events/{id}/attendees.csv"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let r = o.post(&format!("/calendar/events/{id}/delete"), &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            m.get(&format!("/calendar/events/{id}/attendees.csv"))
                .await
                .status,
            StatusCode::OK
        );
    }
);

dual!(capacity_and_the_waiting_list, |app| {
    let host = app.focal_point("host@un.org", "UNODC").await;
    let b = app.focal_point("b.guest@un.org", "UNDP").await;
    let c = app.focal_point("c.guest@un.org", "UNHCR").await;
    let mut h = app.signed_in(&host).await;
    let id = create(
        &mut h,
        &[
            ("title", "Workshop on API/PNR"),
            ("time_zone", "Africa/Nairobi"),
            ("start_date", "2027-05-10"),
            ("start_time", "09:00"),
            ("end_date", "2027-05-10"),
            ("end_time", "17:00"),
            ("capacity", "2"),
        ],
    )
    .await;
    // The host holds one place; B takes the second; C waits.
    let mut cb = app.signed_in(&b).await;
    cb.get(&format!("/calendar/events/{id}"))
        .await
        .assert_contains("1 of 2 places taken");
    let r = cb
        .post(
            &format!("/calendar/events/{id}/rsvp"),
            &[("answer", "attending")],
        )
        .await;
    assert!(
        r.location().contains("answered=attending"),
        "{}",
        r.location()
    );
    let mut cc = app.signed_in(&c).await;
    cc.get(&format!("/calendar/events/{id}")).await;
    let r = cc
        .post(
            &format!("/calendar/events/{id}/rsvp"),
            &[("answer", "attending")],
        )
        .await;
    assert!(
        r.location().contains("answered=waiting"),
        "{}",
        r.location()
    );
    cc.get(r.location())
        .await
        .assert_contains("you are on the waiting list");
    // Grouped by organization on the page; the CSV for the host guards formulas.
    h.get(&format!("/calendar/events/{id}"))
        .await
        .assert_contains("2 of 2 places taken")
        .assert_contains("1 waiting");
    // B gives up the place: C gets it, and is told.
    cb.get(&format!("/calendar/events/{id}")).await;
    cb.post(
        &format!("/calendar/events/{id}/rsvp"),
        &[("answer", "declined")],
    )
    .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM event_rsvps WHERE event_id = {id} AND account_id = {} AND answer = 'attending'",
            c.id.0
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE account_id = {} AND kind = 'event_place'",
            c.id.0
        ))
        .await,
        1
    );
    let csv = h.get(&format!("/calendar/events/{id}/attendees.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("c.guest@un.org"));
    // Concurrent answers never overfill: ten people at once for one remaining place.
    let mut people = Vec::new();
    for i in 0..10 {
        people.push(app.focal_point(&format!("rush{i}@un.org"), "UNDP").await);
    }
    h.post(
        &format!("/calendar/events/{id}/rsvp"),
        &[("answer", "declined")],
    )
    .await;
    let mut clients = Vec::new();
    for p in &people {
        let mut cl = app.signed_in(p).await;
        cl.get(&format!("/calendar/events/{id}")).await;
        clients.push(cl);
    }
    let path = format!("/calendar/events/{id}/rsvp");
    let mut runs = tokio::task::JoinSet::new();
    for mut cl in clients {
        let path = path.clone();
        runs.spawn(async move { cl.post(&path, &[("answer", "attending")]).await.status });
    }
    while let Some(status) = runs.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM event_rsvps WHERE event_id = {id} AND answer = 'attending'"
        ))
        .await,
        2
    );
});

dual!(clash_hints_and_bad_input_keep_the_form, |app| {
    let p = app.focal_point("clash@un.org", "UNOCT").await;
    let mut c = app.signed_in(&p).await;
    create(&mut c, &refs(&weekly_geneva(None))).await;
    // Another UNOCT event at the same time: shown, not yet saved.
    let fields = [
        ("title", "Overlapping briefing"),
        ("time_zone", "Europe/Zurich"),
        ("start_date", "2027-03-09"),
        ("start_time", "11:00"),
        ("end_date", "2027-03-09"),
        ("end_time", "12:00"),
    ];
    c.get("/calendar/new").await;
    let r = c.post("/calendar/new", &fields).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Other events at this time")
        .assert_contains("Border data working session")
        .assert_contains("Save anyway");
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 1);
    let mut seen = fields.to_vec();
    seen.push(("clash_seen", "1"));
    let r = c.post("/calendar/new", &seen).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Bad input: a clear message, nothing written, the form kept.
    let r = c
        .post(
            "/calendar/new",
            &[
                ("title", "Ends before it starts \u{202e}"),
                ("time_zone", "Mars/Olympus"),
                ("start_date", "2027-03-09"),
                ("start_time", "11:00"),
                ("end_date", "2027-03-09"),
                ("end_time", "10:00"),
                ("clash_seen", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Choose the event&#39;s time zone.")
        .assert_contains("Ends before it starts");
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 2);
});

dual!(
    attendees_are_reminded_a_day_before_in_their_language_and_zone,
    |app| {
        let host = app.focal_point("reminder.host@un.org", "UNOCT").await;
        let guest = app.focal_point("reminder.guest@mofa.go.ke", "KEN").await;
        let away = app.focal_point("reminder.away@un.org", "UNDP").await;
        app.profile(&guest, |f| f.time_zone = "Africa/Nairobi".into())
            .await;
        gctcp_app::accounts::set_locale(&app.state, guest.id, "fr")
            .await
            .unwrap();
        // An event starting 23.5 hours from now, in Geneva time.
        let tz: chrono_tz::Tz = "Europe/Zurich".parse().unwrap();
        let start = (Utc::now() + Duration::minutes(23 * 60 + 30)).with_timezone(&tz);
        let end = start + Duration::hours(1);
        let host_actor = app.actor(&host).await;
        let id = gctcp_app::calendar::create(
            &app.state,
            &host_actor,
            &gctcp_app::calendar::Input {
                title: "Regional briefing".into(),
                time_zone: "Europe/Zurich".into(),
                start_date: start.date_naive().to_string(),
                start_time: start.format("%H:%M").to_string(),
                end_date: end.date_naive().to_string(),
                end_time: end.format("%H:%M").to_string(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let guest_actor = app.actor(&guest).await;
        gctcp_app::calendar::answer(&app.state, &guest_actor, id, "attending")
            .await
            .unwrap();
        let away_actor = app.actor(&away).await;
        gctcp_app::calendar::answer(&app.state, &away_actor, id, "declined")
            .await
            .unwrap();
        // Planned on two nodes, or twice: one reminder per attendee (host and guest).
        let now = Utc::now();
        assert_eq!(
            gctcp_app::reminders::plan(&app.state, now).await.unwrap(),
            2
        );
        assert_eq!(
            gctcp_app::reminders::plan(&app.state, now + Duration::minutes(5))
                .await
                .unwrap(),
            0
        );
        gctcp_app::jobs::run_due(&app.state).await.unwrap();
        assert_eq!(
            app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'event_reminder'")
                .await,
            2
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM notifications WHERE kind = 'event_reminder' AND account_id = {}",
                away.id.0
            ))
            .await,
            0
        );
        // The guest's e-mail is in French, with the time in Nairobi.
        let nairobi = start.with_timezone(&"Africa/Nairobi".parse::<chrono_tz::Tz>().unwrap());
        let text = app
            .text(&format!(
                "SELECT body_text FROM outbox WHERE account_id = {} ORDER BY id DESC LIMIT 1",
                guest.id.0
            ))
            .await;
        assert!(text.contains("Regional briefing"), "{text}");
        assert!(
            text.contains(&format!("{}–", nairobi.format("%H:%M"))),
            "{text}"
        );
        assert!(text.contains("(Nairobi)"), "{text}");
        assert!(text.contains("Rappel"), "in French: {text}");
        // With the event attached, for the calendar app.
        let file = app
            .text(&format!(
                "SELECT calendar FROM outbox WHERE account_id = {} ORDER BY id DESC LIMIT 1",
                guest.id.0
            ))
            .await;
        assert!(file.contains("SUMMARY:Regional briefing"), "{file}");
    }
);

dual!(
    the_fair_time_finder_weighs_every_zone_and_keeps_closed_spaces_closed,
    |app| {
        let geneva = app.focal_point("fair.geneva@un.org", "UNOCT").await;
        let nairobi = app.focal_point("fair.nairobi@mofa.go.ke", "KEN").await;
        let ny = app.focal_point("fair.ny@un.org", "UNDP").await;
        let outsider = app.focal_point("fair.outsider@un.org", "UNHCR").await;
        app.profile(&geneva, |f| f.time_zone = "Europe/Zurich".into())
            .await;
        app.profile(&nairobi, |f| f.time_zone = "Africa/Nairobi".into())
            .await;
        app.profile(&ny, |f| f.time_zone = "America/New_York".into())
            .await;
        let admin = app.admin().await;
        let space = gctcp_app::spaces::create(
            &app.state,
            &app.actor(&admin).await,
            &gctcp_app::spaces::Draft {
                name: "Task force on travel documents".into(),
                purpose: String::new(),
                pillar: None,
                is_open: false,
            },
        )
        .await
        .unwrap();
        for p in [&geneva, &nairobi, &ny] {
            app.add_to_space(space, p.id, SpaceRole::Member).await;
        }
        let mut g = app.signed_in(&geneva).await;
        let page = g
            .get(&format!("/calendar/fair-time?space={}", space.0))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        // The three members and the administrator who created the space (its chair).
        page.assert_contains("4 people, in these time zones")
            .assert_contains("Geneva (UTC+")
            .assert_contains("Nairobi (UTC+3): 1")
            .assert_contains("New York (UTC−")
            .assert_contains("The fairest hours")
            // Early afternoon in Geneva: Nairobi, Geneva and UTC at work, New York not yet.
            .assert_contains("13:00–14:00</span></strong> — 3 in working hours")
            .assert_contains("outside working hours: \u{2068}New\u{a0}York\u{a0}(1)\u{2069}");
        // The heat map has a row per hour and a column per day.
        assert_eq!(
            page.body.matches("<th scope=\"row\" dir=\"ltr\">").count(),
            24
        );
        // Organizations by code, unknown ones named.
        g.get("/calendar/fair-time?orgs=KEN,ZZZ")
            .await
            .assert_contains("1 person, in these time zones")
            .assert_contains("Unknown organization codes: ZZZ");
        // A closed space's members are not counted for someone outside it.
        let mut o = app.signed_in(&outsider).await;
        assert_eq!(
            o.get(&format!("/calendar/fair-time?space={}", space.0))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
);
