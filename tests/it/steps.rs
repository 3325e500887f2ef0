//! Steps several suites take through the pages, as a person would.

use super::*;
use gctcp_domain::SpaceId;

/// Creates an event through the form (clash hints already seen); returns its ID.
pub async fn create_event(c: &mut Client, fields: &[(&str, &str)]) -> i64 {
    c.get("/calendar/new").await.assert_contains("Add an event");
    let mut all = fields.to_vec();
    all.push(("clash_seen", "1"));
    let r = c.post("/calendar/new", &all).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/calendar/events/")
        .parse()
        .expect("the event's ID")
}

/// Starts a discussion in a space through its form; returns the thread's ID.
pub async fn start_thread(c: &mut Client, space: SpaceId, title: &str, body: &str) -> i64 {
    c.get(&format!("/spaces/{}/discussions", space.0)).await;
    let r = c
        .post(
            &format!("/spaces/{}/discussions", space.0),
            &[("title", title), ("body", body)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location()
        .trim_start_matches("/discussions/")
        .parse()
        .expect("the thread's ID")
}

/// Form fields as the client takes them.
pub fn refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}
