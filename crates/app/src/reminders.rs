//! Reminders a day before an event: a planner (on every node, every few minutes) queues
//! one job per attendee and occurrence starting 23–24 hours from now — the job's key
//! makes it once, whichever node plans it — and the job tells the attendee (in the app,
//! and by e-mail as they chose: at once by default) in their language, with the time in
//! their zone. Occurrences planned while every node was down for that hour get no
//! reminder: a late one would be noise.

use crate::calendar_view::{self, Filter, Window};
use crate::problem::Outcome;
use crate::App;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use gctcp_domain::calendar::zone_city;
use gctcp_domain::AccountId;
use gctcp_store::calendar::{self as store, LOCAL};
use gctcp_store::jobs::{self, NewJob};

pub const KIND: &str = "event_reminder";
/// How far ahead a reminder is sent.
pub const AHEAD: Duration = Duration::hours(24);

/// Queues the reminders due in the coming hour's window; how many were new.
pub async fn plan(app: &App, now: DateTime<Utc>) -> Outcome<usize> {
    let (from, to) = (now + AHEAD - Duration::hours(1), now + AHEAD);
    let w = Window {
        first: from.date_naive() - Duration::days(1),
        last: to.date_naive() + Duration::days(1),
        tz: Tz::UTC,
    };
    // Every event (who may see each is checked when the reminder is sent).
    let admin = gctcp_domain::policy::Viewer {
        id: AccountId(0),
        org: gctcp_domain::OrgId(0),
        role: gctcp_domain::PlatformRole::Admin,
        spaces: Default::default(),
    };
    let mut queued = 0;
    for s in calendar_view::occurrences(app, &admin, w, &Filter::default()).await? {
        if s.cancelled || s.days.is_some() || s.start <= from || s.start > to {
            continue;
        }
        for r in store::rsvps(&app.db, s.event.id).await? {
            if r.answer != "attending" && r.answer != "maybe" {
                continue;
            }
            let key = s.original.format(LOCAL).to_string();
            let fresh = jobs::enqueue(
                &app.db,
                NewJob {
                    kind: KIND,
                    payload: format!("{} {} {}", s.event.id, key, r.account_id),
                    dedupe_key: Some(format!("{KIND}:{}:{key}:{}", s.event.id, r.account_id)),
                    run_at: now,
                    max_attempts: 3,
                },
            )
            .await?;
            queued += usize::from(fresh);
        }
    }
    if queued > 0 {
        app.jobs.notify_one();
    }
    Ok(queued)
}

/// Sends one reminder, if the person still attends, may still see the event, and the
/// occurrence still takes place.
pub async fn run(app: &App, job: &jobs::Job) -> Result<(), crate::mail::Failure> {
    let failure = |e: crate::Problem| crate::mail::Failure {
        error: format!("{e:?}"),
        retry: true,
    };
    let mut parts = job.payload.split(' ');
    let (Some(event), Some(key), Some(who)) = (
        parts.next().and_then(|s| s.parse::<i64>().ok()),
        parts.next().and_then(store::parse_local),
        parts.next().and_then(|s| s.parse::<i64>().ok()),
    ) else {
        return Err(crate::mail::Failure {
            error: format!("bad reminder {:?}", job.payload),
            retry: false,
        });
    };
    let Some(v) = calendar_view::viewer_of(app, AccountId(who))
        .await
        .map_err(failure)?
    else {
        return Ok(());
    };
    let s = match calendar_view::occurrence(app, &v, event, Some(key)).await {
        Ok(s) => s,
        Err(crate::Problem::NotFound) => return Ok(()),
        Err(e) => return Err(failure(e)),
    };
    let answer = store::answer_of(&app.db, event, v.id)
        .await
        .map_err(|e| failure(e.into()))?;
    if s.cancelled || !matches!(answer.as_deref(), Some("attending" | "maybe")) {
        return Ok(());
    }
    let account = gctcp_store::accounts::by_id(&app.db, v.id)
        .await
        .map_err(|e| failure(e.into()))?
        .ok_or(crate::mail::Failure {
            error: "no account".into(),
            retry: false,
        })?;
    let r = crate::mail::Recipient::of(&account);
    let (a, b) = (
        s.start.with_timezone(&r.time_zone),
        s.end.with_timezone(&r.time_zone),
    );
    let excerpt = format!(
        "{} — {}, {}–{} ({})",
        s.event.title,
        calendar_view::day_label(r.lang, a.date_naive()),
        a.format("%H:%M"),
        b.format("%H:%M"),
        zone_city(r.time_zone.name())
    );
    let link = format!("/calendar/events/{event}?at={}", key.format(LOCAL));
    let mut tx = app.db.begin().await.map_err(|e| failure(e.into()))?;
    let file = crate::ics::event_file(app, &s.event);
    crate::notify::tell_attached(
        app,
        &mut tx,
        &crate::notify::Notice {
            to: v.id,
            kind: KIND,
            actor: None,
            space: s.event.space_id.map(gctcp_domain::SpaceId),
            thread: None,
            excerpt: &excerpt,
            link: &link,
        },
        Some(&file),
    )
    .await
    .map_err(failure)?;
    tx.commit().await.map_err(|e| failure(e.into()))?;
    app.jobs.notify_one();
    Ok(())
}
