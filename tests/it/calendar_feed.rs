//! Calendar feeds under many subscribers: a feed's text is made once per version and
//! shared by everyone who may see the same events, sent compressed to the apps that take
//! gzip (compressed once, never twice), and never shared with someone who sees more or less.
//! Pages, like feeds, go compressed to whoever takes gzip.

use super::*;
use std::io::Read;

async fn feed_path(c: &mut Client) -> String {
    c.get("/calendar/subscribe").await;
    let page = c.post("/calendar/subscribe", &[("space", "")]).await;
    page.body
        .split("/calendar/feed/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|t| format!("/calendar/feed/{t}"))
        .expect("a feed address")
}

async fn fetch(c: &mut Client, path: &str, encoding: Option<&str>) -> TestResponse {
    let mut req = axum::http::Request::get(path);
    if let Some(e) = encoding {
        req = req.header("accept-encoding", e);
    }
    c.send(req.body(axum::body::Body::empty()).unwrap()).await
}

fn gunzip(bytes: &[u8]) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .expect("one gzip stream of UTF-8");
    out
}

dual!(
    one_feed_text_per_version_shared_compressed_once_and_never_across_visibility,
    |app| {
        let a = app.focal_point("feed.a@un.org", "UNODC").await;
        let b = app.focal_point("feed.b@un.org", "UNHCR").await;
        let wg = app.working_group(2).await;
        let mut ca = app.signed_in(&a).await;
        // A members-only meeting of working group 2, which neither has joined yet.
        app.add_to_space(wg, a.id, SpaceRole::Member).await;
        create_event(
            &mut ca,
            &[
                ("title", "Members-only border data call"),
                ("time_zone", "Europe/Zurich"),
                ("start_date", "2027-03-02"),
                ("start_time", "10:00"),
                ("end_date", "2027-03-02"),
                ("end_time", "11:00"),
                ("space", &wg.0.to_string()),
                ("members_only", "1"),
            ],
        )
        .await;
        create_event(
            &mut ca,
            &[
                ("title", "Compact-wide briefing"),
                ("time_zone", "Africa/Nairobi"),
                ("start_date", "2027-03-03"),
                ("start_time", "14:00"),
                ("end_date", "2027-03-03"),
                ("end_time", "15:00"),
            ],
        )
        .await;
        let pa = feed_path(&mut ca).await;
        let mut cb = app.signed_in(&b).await;
        let pb = feed_path(&mut cb).await;
        let mut anonymous = app.client();

        // Plain and compressed, the same text; compressed exactly once.
        let plain = fetch(&mut anonymous, &pa, None).await;
        assert_eq!(plain.status, StatusCode::OK);
        assert!(plain.body.contains("SUMMARY:Members-only border data call"));
        assert_eq!(plain.header("content-encoding"), None);
        let zipped = fetch(&mut anonymous, &pa, Some("br;q=1.0, gzip;q=0.8")).await;
        assert_eq!(zipped.status, StatusCode::OK);
        assert_eq!(zipped.header("content-encoding"), Some("gzip"));
        assert!(zipped.bytes.len() < plain.bytes.len());
        assert_eq!(gunzip(&zipped.bytes), plain.body);
        assert_eq!(zipped.header("etag"), plain.header("etag"));
        assert!(zipped
            .header("vary")
            .is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding")));
        // Refused gzip gets the plain text.
        let refused = fetch(&mut anonymous, &pa, Some("gzip;q=0")).await;
        assert_eq!(refused.header("content-encoding"), None);
        assert_eq!(refused.body, plain.body);

        // B sees less: another text, without the members-only meeting.
        let other = fetch(&mut anonymous, &pb, Some("gzip")).await;
        let other_text = gunzip(&other.bytes);
        assert!(other_text.contains("SUMMARY:Compact-wide briefing"));
        assert!(!other_text.contains("Members-only"), "{other_text}");
        assert_ne!(other.header("etag"), plain.header("etag"));

        // Once B has the same memberships as A, they share A's version and its text.
        app.add_to_space(wg, b.id, SpaceRole::Member).await;
        let same = fetch(&mut anonymous, &pb, None).await;
        assert_eq!(same.header("etag"), plain.header("etag"));
        assert_eq!(same.body, plain.body);
        // The text is the owner's: no name or address of A's in B's feed.
        assert!(!same.body.contains("feed.a@un.org"));
    }
);

dual!(
    pages_go_compressed_to_browsers_that_take_gzip_and_read_the_same,
    |app| {
        // A browser on a slow link asks for gzip: a signed-in page arrives compressed to well
        // under half its size, and reads exactly as the page sent plain.
        let a = app.focal_point("zip.page@un.org", "UNODC").await;
        let mut c = app.signed_in(&a).await;
        for path in ["/library", "/profile", "/people"] {
            let plain = fetch(&mut c, path, None).await;
            assert_eq!(plain.status, StatusCode::OK, "{path}");
            assert_eq!(plain.header("content-encoding"), None, "{path}");
            let zipped = fetch(&mut c, path, Some("gzip, deflate")).await;
            assert_eq!(zipped.status, StatusCode::OK, "{path}");
            assert_eq!(zipped.header("content-encoding"), Some("gzip"), "{path}");
            assert!(
                zipped.bytes.len() * 2 < plain.bytes.len(),
                "{path}: {} of {} bytes",
                zipped.bytes.len(),
                plain.bytes.len()
            );
            assert_eq!(gunzip(&zipped.bytes), plain.body, "{path}");
        }
    }
);
