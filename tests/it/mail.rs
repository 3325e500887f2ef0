//! E-mail through a real SMTP server (aiosmtpd), read back by Python's own parser; the
//! shared job queue that delivers it.

use super::*;
use gctcp_app::accounts::Request;
use gctcp_app::config::Secret;
use gctcp_app::{Actor, App};
use gctcp_testkit::smtp::{free_port, SmtpSink};
use std::time::Duration;

/// Another app node on the test's database, sending e-mail to `smtp`.
fn node_with_smtp(app: &TestApp, smtp: &str) -> (axum::Router, App) {
    let mut config = (*app.state.config).clone();
    config.smtp_url = Some(Secret(smtp.to_string()));
    gctcp_server::app(config, app.db().clone()).unwrap()
}

fn request(email: &str, name: &str, org: &str) -> Request {
    Request {
        email: email.into(),
        name: name.into(),
        org_code: org.into(),
        title: String::new(),
        role: Some(PlatformRole::FocalPoint),
    }
}

async fn provision(node: &App, email: &str, name: &str, org: &str) -> String {
    gctcp_app::accounts::provision(node, &Actor::cli(), &request(email, name, org))
        .await
        .unwrap()
        .unwrap()
        .url
}

fn s<'a>(v: &'a serde_json::Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or_default()
}

dual!(
    invitations_and_password_resets_are_mailed_in_the_recipients_language,
    |app| {
        let sink = SmtpSink::start();
        let (_, node) = node_with_smtp(&app, &sink.url());
        // An invitation: English until the person chooses, the link and its expiry in it.
        let url = provision(&node, "amani.njoroge@un.org", "Amani Njoroge", "KEN").await;
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 1);
        let got = sink.wait_for(1, Duration::from_secs(10));
        assert_eq!(got.len(), 1, "one message: {got:?}");
        let m = &got[0];
        assert_eq!(
            s(m, "subject"),
            "Your invitation to the Global Counter-Terrorism Coordination Platform"
        );
        assert_eq!(m["to_addresses"][0], "amani.njoroge@un.org");
        assert_eq!(m["to_names"][0], "Amani Njoroge");
        assert_eq!(s(m, "content_type"), "multipart/alternative");
        assert_eq!(m["defects"].as_array().unwrap().len(), 0, "{m:?}");
        assert!(s(m, "text").contains(&url), "the link in the text part");
        assert!(s(m, "text").contains("Kenya"));
        assert!(s(m, "html").contains(&format!("href=\"{url}\"")));
        assert!(s(m, "html").contains("lang=\"en\" dir=\"ltr\""));
        assert!(s(m, "message_id").starts_with("<invitation."));
        assert_eq!(s(m, "content_language"), "en");
        assert_eq!(s(m, "auto_submitted"), "auto-generated");
        assert!(
            s(m, "list_unsubscribe").is_empty(),
            "not for a one-time link"
        );
        // Stored as sent, and delivered once: running the queue again sends nothing.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_at IS NOT NULL")
                .await,
            1
        );
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 0);
        assert_eq!(sink.raw().len(), 1);

        // A reset for a person who reads Arabic in Riyadh: Arabic words, right to left, the
        // expiry in their zone, a subject that survives the trip through the headers.
        let fp = app.focal_point("layla.haddad@un.org", "SAU").await;
        gctcp_app::accounts::set_locale(&node, fp.id, "ar")
            .await
            .unwrap();
        app.profile(&fp, |f| {
            f.time_zone = "Asia/Riyadh".into();
            f.display_name = "ليلى حداد".into();
        })
        .await;
        let reset = gctcp_app::accounts::issue_link(
            &node,
            &Actor::cli(),
            fp.id,
            gctcp_store::invitations::LinkKind::Reset,
        )
        .await
        .unwrap()
        .expect("a reset link");
        gctcp_app::jobs::run_due(&node).await.unwrap();
        let got = sink.wait_for(2, Duration::from_secs(10));
        assert_eq!(got.len(), 2);
        let m = &got[1];
        assert_eq!(s(m, "subject"), "اختيار كلمة مرور جديدة");
        assert_eq!(m["to_names"][0], "ليلى حداد");
        assert_eq!(s(m, "content_language"), "ar");
        assert!(s(m, "html").contains("lang=\"ar\" dir=\"rtl\""));
        assert!(s(m, "text").contains(&reset));
        assert!(
            s(m, "text").contains("+03"),
            "the expiry in Riyadh's time: {}",
            s(m, "text")
        );
        assert!(s(m, "message_id").starts_with("<password_reset."));
    }
);

dual!(
    without_an_smtp_server_mail_is_kept_for_administrators,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("kept.mail@un.org", "FRA").await;
        let url = provision(&app.state, "new.person@un.org", "Nouvelle Personne", "FRA").await;
        // Kept, with no delivery job.
        assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'kept' AND to_address = 'new.person@un.org'")
            .await,
        1
    );
        assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 0);
        let id = app
            .count("SELECT id FROM outbox WHERE to_address = 'new.person@un.org'")
            .await;
        // Administrators read it; nobody else does.
        let mut a = app.signed_in(&admin).await;
        a.get("/admin/outbox")
            .await
            .assert_contains("new.person@un.org")
            .assert_contains(
                "Your invitation to the Global Counter-Terrorism Coordination Platform",
            );
        a.get(&format!("/admin/outbox/{id}"))
            .await
            .assert_contains(&url);
        let html = a.get(&format!("/admin/outbox/{id}/html")).await;
        assert_eq!(html.status, StatusCode::OK);
        assert!(html
            .header("content-security-policy")
            .unwrap_or_default()
            .contains("sandbox"));
        let mut f = app.signed_in(&fp).await;
        for path in [
            "/admin/outbox".to_string(),
            format!("/admin/outbox/{id}"),
            format!("/admin/outbox/{id}/html"),
            "/admin/jobs".to_string(),
        ] {
            assert_eq!(f.get(&path).await.status, StatusCode::FORBIDDEN, "{path}");
        }
    }
);

dual!(
    delivery_is_retried_with_back_off_and_never_sent_twice,
    |app| {
        // The server is down at first: the job waits and says why.
        let port = free_port();
        let (_, node) = node_with_smtp(&app, &format!("smtp://127.0.0.1:{port}"));
        provision(&node, "retry.me@un.org", "Retry Me", "KEN").await;
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND attempts = 1 AND last_error IS NOT NULL")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND attempts = 1")
                .await,
            1
        );
        // Not due yet: nothing runs.
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 0);
        // The server is back and the back-off has passed: delivered, once.
        let sink = SmtpSink::on(port);
        app.exec("UPDATE jobs SET run_at = created_at").await;
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 1);
        assert_eq!(sink.wait_for(1, Duration::from_secs(10)).len(), 1);
        app.exec("UPDATE jobs SET run_at = created_at").await;
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 0);
        assert_eq!(sink.raw().len(), 1);

        // Two nodes work the queue at once: every message goes out exactly once.
        let (_, other) = node_with_smtp(&app, &sink.url());
        for i in 0..12 {
            provision(
                &node,
                &format!("many.{i}@un.org"),
                &format!("Many {i}"),
                "KEN",
            )
            .await;
        }
        let (a, b) = tokio::join!(
            gctcp_app::jobs::run_due(&node),
            gctcp_app::jobs::run_due(&other)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 12);
        let got = sink.wait_for(13, Duration::from_secs(20));
        assert_eq!(got.len(), 13);
        let mut ids: Vec<&str> = got.iter().map(|m| s(m, "message_id")).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 13, "no message twice");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
                .await,
            13
        );

        // A message handed over by a node that died before it said so is not sent again.
        provision(&node, "interrupted@un.org", "Interrupted", "KEN").await;
        app.exec("UPDATE outbox SET status = 'sending' WHERE to_address = 'interrupted@un.org'")
            .await;
        gctcp_app::jobs::run_due(&node).await.unwrap();
        assert_eq!(sink.raw().len(), 13);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE to_address = 'interrupted@un.org' AND status = 'failed'")
                .await,
            1
        );
    }
);

dual!(
    a_refused_message_fails_visibly_and_an_administrator_can_send_it_again,
    |app| {
        let sink = SmtpSink::start();
        let (router, node) = node_with_smtp(&app, &sink.url());
        let admin = app.admin().await;
        provision(&node, "bounce.me@un.org", "Bounce Me", "KEN").await;
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 1);
        // A permanent refusal (550) is not retried: failed at once, the reason kept.
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM jobs WHERE status = 'failed' AND last_error LIKE '%550%'"
            )
            .await,
            1
        );
        let id = app
            .count(
                "SELECT id FROM outbox WHERE to_address = 'bounce.me@un.org' AND status = 'failed'",
            )
            .await;
        let mut a = Client::new(router);
        a.sign_in(&admin.email, &admin.password).await;
        a.get("/admin/jobs").await.assert_contains("550");
        a.get("/admin/outbox?status=failed")
            .await
            .assert_contains("bounce.me@un.org")
            .assert_contains("550");
        // Sent again on request: a new delivery job, audited.
        a.get(&format!("/admin/outbox/{id}")).await;
        let r = a.post(&format!("/admin/outbox/{id}/resend"), &[]).await;
        assert!(r.status.is_redirection(), "{:?}", r.status);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE id = {id} AND status = 'queued'"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'mail.resent'")
                .await,
            1
        );
        assert_eq!(gctcp_app::jobs::run_due(&node).await.unwrap(), 1);
        assert_eq!(sink.raw().len(), 0, "still refused by the server");
    }
);

dual!(
    people_choose_what_they_receive_and_digests_arrive_once_at_their_hour,
    |app| {
        let sink = SmtpSink::start();
        let (_, node) = node_with_smtp(&app, &sink.url());
        let wg8 = app.working_group(8).await;
        let chair = app.focal_point("chair.wg8@un.org", "UNOCT").await;
        let member = app.focal_point("member.wg8@mofa.go.ke", "KEN").await;
        app.add_to_space(wg8, chair.id, SpaceRole::Chair).await;
        app.add_to_space(wg8, member.id, SpaceRole::Member).await;
        app.profile(&chair, |f| f.time_zone = "Europe/Zurich".into())
            .await;
        // The chair reads French: the digest is in French, its times in Zurich's.
        gctcp_app::accounts::set_locale(&app.state, chair.id, "fr")
            .await
            .unwrap();
        // The member wants no e-mail for mentions (the default is at once).
        let mut m = app.signed_in(&member).await;
        m.get("/notifications/settings")
            .await
            .assert_contains(r#"name="mention" value="immediately""#);
        let r = m
            .post("/notifications/settings", &[("mention", "off")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let bad = m
            .post("/notifications/settings", &[("mention", "hourly")])
            .await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        let chair_actor = app.actor(&chair).await;
        let member_actor = app.actor(&member).await;
        let body = format!("Please look, @[member](/people/{})", member.id.0);
        let thread = gctcp_app::discussions::start(
            &node,
            &chair_actor,
            wg8,
            "Agenda",
            &body,
            Default::default(),
        )
        .await
        .unwrap();
        gctcp_app::discussions::reply(&node, &member_actor, thread, "Done.", Default::default())
            .await
            .unwrap();
        gctcp_app::jobs::run_due(&node).await.unwrap();
        // Nothing was e-mailed at once: the mention is off, the reply waits for the digest.
        assert_eq!(sink.raw().len(), 0, "{:?}", sink.messages());
        // Planned for 07:00 in Zurich, once however often (or wherever) it is planned.
        assert!(gctcp_app::digests::plan(&node).await.unwrap() >= 1);
        assert_eq!(gctcp_app::digests::plan(&node).await.unwrap(), 0);
        let due: String = gctcp_store::query(format!(
            "SELECT CAST(run_at AS TEXT) FROM jobs WHERE kind = 'digest' AND payload = '{}:daily'",
            chair.id.0
        ))
        .scalar(app.db())
        .await
        .unwrap();
        assert!(
            due.contains(" 06:00:00") || due.contains("T06:00:00"),
            "07:00 in Zurich is 06:00 UTC in winter: {due}"
        );
        assert_eq!(
            gctcp_app::jobs::run_due(&node).await.unwrap(),
            0,
            "not before its hour"
        );
        app.exec("UPDATE jobs SET run_at = created_at WHERE kind = 'digest'")
            .await;
        gctcp_app::jobs::run_due(&node).await.unwrap();
        let got = sink.wait_for(1, Duration::from_secs(10));
        assert_eq!(got.len(), 1, "one digest: {got:?}");
        let d = &got[0];
        assert_eq!(d["to_addresses"][0], "chair.wg8@un.org");
        assert!(
            s(d, "subject").starts_with("Votre récapitulatif quotidien"),
            "{}",
            s(d, "subject")
        );
        assert!(s(d, "subject").ends_with("1 nouvelle notification"));
        assert_eq!(s(d, "content_language"), "fr");
        assert!(s(d, "text").contains("a répondu dans une discussion que vous suivez"));
        assert!(
            s(d, "text").contains(" CET)"),
            "times in Zurich's zone: {}",
            s(d, "text")
        );
        assert!(s(d, "text").contains("Done."));
        assert_eq!(s(d, "list_unsubscribe_post"), "List-Unsubscribe=One-Click");
        let unsubscribe = s(d, "list_unsubscribe")
            .trim_matches(|c| c == '<' || c == '>')
            .to_string();
        assert!(unsubscribe.contains("/unsubscribe/"), "{unsubscribe}");
        // Sent once: planning and running again send nothing more.
        gctcp_app::digests::plan(&node).await.unwrap();
        app.exec("UPDATE jobs SET run_at = created_at WHERE status = 'queued'")
            .await;
        gctcp_app::jobs::run_due(&node).await.unwrap();
        assert_eq!(sink.raw().len(), 1);
        // One click from the mail client (no session, no token): the digest stops.
        let path = unsubscribe
            .split_once("/unsubscribe/")
            .map(|(_, t)| format!("/unsubscribe/{t}"))
            .unwrap();
        let mut anon = app.client();
        anon.get(&path).await.assert_contains("Stop this digest");
        let r = anon
            .post_raw(&path, &[("List-Unsubscribe", "One-Click")])
            .await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_contains("The daily digest is stopped");
        let settings = gctcp_app::notify::settings(app.db(), chair.id)
            .await
            .unwrap();
        assert!(settings
            .iter()
            .filter(|(_, d)| d == "daily")
            .collect::<Vec<_>>()
            .is_empty());
        assert_eq!(
            anon.post_raw("/unsubscribe/not-a-token", &[]).await.status,
            StatusCode::NOT_FOUND
        );
    }
);

dual!(
    housekeeping_runs_once_per_period_through_the_shared_queue,
    |app| {
        let (router, node) = node_with_smtp(&app, "smtp://127.0.0.1:9");
        let (_, other) = node_with_smtp(&app, "smtp://127.0.0.1:9");
        let p = app.focal_point("stale@un.org", "KEN").await;
        let mut c = app.signed_in(&p).await;
        assert_eq!(c.get("/").await.status, StatusCode::OK);
        let old = (chrono::Utc::now() - chrono::Duration::hours(30)).to_rfc3339();
        app.exec(&format!("UPDATE sessions SET last_seen_at = '{old}'"))
            .await;
        let stale = app.count("SELECT COUNT(*) FROM sessions").await;
        assert!(stale >= 1);

        // Both nodes plan this period's housekeeping: it is queued once.
        let (a, b) = tokio::join!(
            gctcp_app::jobs::plan_housekeeping(&node),
            gctcp_app::jobs::plan_housekeeping(&other)
        );
        assert_eq!(
            [a.unwrap(), b.unwrap()].iter().filter(|q| **q).count(),
            1,
            "exactly one node queues it"
        );
        let (a, b) = tokio::join!(
            gctcp_app::jobs::run_due(&node),
            gctcp_app::jobs::run_due(&other)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1, "and it runs once");
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM jobs WHERE kind = 'housekeeping' AND status = 'done'")
                .await,
            1
        );
        // Planning again in the same period queues nothing more.
        assert!(!gctcp_app::jobs::plan_housekeeping(&node).await.unwrap());

        // The administrator sees it on the jobs page, by name, in their language.
        let admin = app.admin().await;
        let mut a = Client::new(router);
        a.sign_in(&admin.email, &admin.password).await;
        a.get("/admin/jobs")
            .await
            .assert_contains("Housekeeping (expired sessions, old jobs and mail)");
    }
);

dual!(
    a_new_event_in_a_space_reaches_its_members_with_the_event_attached,
    |app| {
        let sink = SmtpSink::start();
        let (_, node) = node_with_smtp(&app, &sink.url());
        let wg6 = app.working_group(6).await;
        let chair = app.focal_point("events.chair@un.org", "UNOCT").await;
        let member = app.focal_point("events.member@mofa.go.ke", "KEN").await;
        let digest = app.focal_point("events.digest@un.org", "UNDP").await;
        for (p, r) in [
            (&chair, SpaceRole::Chair),
            (&member, SpaceRole::Member),
            (&digest, SpaceRole::Member),
        ] {
            app.add_to_space(wg6, p.id, r).await;
        }
        // The member wants new events at once; the other keeps the daily digest.
        let mut tx = app.db().begin().await.unwrap();
        gctcp_store::notifications::set_setting(&mut tx, member.id, "new_event", "immediately")
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let actor = app.actor(&chair).await;
        gctcp_app::calendar::create(
            &node,
            &actor,
            &gctcp_app::calendar::Input {
                title: "Strategy review, session 1".into(),
                time_zone: "Africa/Nairobi".into(),
                start_date: "2027-04-14".into(),
                start_time: "10:00".into(),
                end_time: "12:00".into(),
                space: wg6.0.to_string(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(
            app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'new_event'")
                .await,
            2,
            "both members told in the app (not the author)"
        );
        gctcp_app::jobs::run_due(&node).await.unwrap();
        let got = sink.wait_for(1, Duration::from_secs(10));
        assert_eq!(
            got.len(),
            1,
            "only the member who chose 'at once' is e-mailed: {got:?}"
        );
        let m = &got[0];
        assert_eq!(m["to_addresses"][0], "events.member@mofa.go.ke");
        assert_eq!(s(m, "content_type"), "multipart/mixed");
        assert_eq!(m["defects"].as_array().unwrap().len(), 0, "{m:?}");
        let cal = &m["calendars"][0];
        assert_eq!(cal["filename"], "event.ics");
        assert_eq!(cal["method"], "PUBLISH");
        // The attachment is a calendar an independent parser reads: 10:00 Nairobi.
        let parsed: serde_json::Value = serde_json::from_str(&gctcp_testkit::python::run_args(
            "ics_read.py",
            &["2027-04-01", "2027-05-01"],
            cal["body"].as_str().unwrap().as_bytes(),
        ))
        .unwrap();
        assert_eq!(parsed["occurrences"][0]["start"], "2027-04-14T07:00:00Z");
        assert_eq!(
            parsed["occurrences"][0]["summary"],
            "Strategy review, session 1"
        );
    }
);
