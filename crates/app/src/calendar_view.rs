//! What people see of the calendar: the occurrences in a window that the viewer may see
//! (series expanded in their own zone, moved and cancelled occurrences applied),
//! filtered by space, pillar, organizer or "events I attend"; clash hints; the private
//! subscription feed and single-event `.ics` files.

use crate::calendar::{info_in, readable, timing_of};
use crate::ics::{self, Vevent};
use crate::problem::Outcome;
use crate::{App, Problem};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use gctcp_domain::calendar::Occurrence;
use gctcp_domain::policy::{can_event, EventAction, Viewer};
use gctcp_domain::{AccountId, SpaceId};
use gctcp_store::calendar::{self as store, Event, Exception, LOCAL};
use std::collections::HashMap;
use std::sync::Arc;

/// "Tuesday 9 March 2027", in the reader's language.
pub fn day_label(lang: &str, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    use gctcp_i18n::FluentValue;
    gctcp_i18n::t_args(
        lang,
        "cal-date",
        &[
            (
                "weekday",
                FluentValue::from(gctcp_i18n::t(
                    lang,
                    &format!("cal-weekday-{}", d.weekday().number_from_monday()),
                )),
            ),
            ("day", FluentValue::from(d.day().to_string())),
            (
                "month",
                FluentValue::from(gctcp_i18n::t(lang, &format!("cal-month-{}", d.month()))),
            ),
            ("monthnum", FluentValue::from(d.month() as i64)),
            ("year", FluentValue::from(d.year().to_string())),
        ],
    )
}

/// Narrowing filters of the views (all optional).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub space: Option<i64>,
    pub pillar: Option<i64>,
    pub organizer: Option<i64>,
    /// Only events the viewer answered "attending" or "maybe" (or waits for).
    pub mine: bool,
}

/// One occurrence as the views show it.
#[derive(Clone, Debug)]
pub struct Shown {
    pub event: Arc<Event>,
    /// The original start (the occurrence's name: links, RECURRENCE-ID).
    pub original: NaiveDateTime,
    /// Where it is now (moved occurrences differ from the original).
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// For all-day occurrences: the dates it covers, first and last.
    pub days: Option<(NaiveDate, NaiveDate)>,
    pub cancelled: bool,
    pub moved: bool,
}

impl Shown {
    /// The original start as it appears in links (`?at=`).
    pub fn key(&self) -> String {
        self.original.format(LOCAL).to_string()
    }

    /// Whether the occurrence is on this date as the viewer counts days (zone `tz`).
    pub fn on(&self, day: NaiveDate, tz: Tz) -> bool {
        match self.days {
            Some((a, b)) => a <= day && day <= b,
            None => {
                let s = self.start.with_timezone(&tz).date_naive();
                // A timed occurrence shows on each day it covers (an end at midnight
                // does not reach the next day).
                let e = (self.end - Duration::seconds(1))
                    .with_timezone(&tz)
                    .date_naive();
                s <= day && day <= e.max(s)
            }
        }
    }
}

/// A window as the viewer sees it: the days from `first` to `last` in zone `tz`.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub tz: Tz,
}

impl Window {
    pub fn bounds(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let from =
            gctcp_domain::calendar::local_to_utc(self.first.and_time(Default::default()), self.tz);
        let to = gctcp_domain::calendar::local_to_utc(
            (self.last + Duration::days(1)).and_time(Default::default()),
            self.tz,
        );
        (from, to)
    }
}

fn shown(e: &Arc<Event>, o: Occurrence, ex: Option<&Exception>, tz: Tz) -> Shown {
    let all_day = e.all_day;
    let mut s = Shown {
        event: e.clone(),
        original: o.local,
        start: o.start,
        end: o.end,
        days: None,
        cancelled: e.is_cancelled(),
        moved: false,
    };
    if let Some(x) = ex {
        s.cancelled |= x.cancelled;
        if let (Some(l), Some(d)) = (
            x.local_start.as_deref().and_then(store::parse_local),
            x.duration_minutes,
        ) {
            s.start = gctcp_domain::calendar::local_to_utc(l, tz);
            s.end = gctcp_domain::calendar::local_to_utc(l + Duration::minutes(d), tz);
            s.moved = true;
        }
    }
    if all_day {
        let first = s.start.date_naive();
        let last = (s.end - Duration::seconds(1)).date_naive().max(first);
        s.days = Some((first, last));
    }
    s
}

/// The occurrences in the window that the viewer may see, in order of start.
pub async fn occurrences(app: &App, v: &Viewer, w: Window, f: &Filter) -> Outcome<Vec<Shown>> {
    let (from, to) = w.bounds();
    let mut events = Vec::new();
    let answered: HashMap<i64, String> = if f.mine {
        store::answered_by(&app.db, v.id)
            .await?
            .into_iter()
            .collect()
    } else {
        HashMap::new()
    };
    let catalog = app.catalog().await?;
    let snap = app.calendar.snapshot(&app.db).await?;
    // `ends_at` is the end of the last occurrence: exactly the events that may show.
    let found: Vec<&Arc<Event>> = snap.overlapping(from, to, f.space).collect();
    let with_pillar: Option<std::collections::HashSet<i64>> = match f.pillar {
        Some(p) => {
            let ids: Vec<i64> = found.iter().map(|e| e.id).collect();
            Some(
                store::pillars_of(&app.db, &ids)
                    .await?
                    .into_iter()
                    .filter(|(_, x)| *x == p)
                    .map(|(e, _)| e)
                    .collect(),
            )
        }
        None => None,
    };
    for e in found {
        if with_pillar.as_ref().is_some_and(|s| !s.contains(&e.id))
            || f.organizer.is_some_and(|o| o != e.organizer_org_id)
            || (f.mine && answered.get(&e.id).is_none_or(|a| a == "declined"))
        {
            continue;
        }
        if can_event(v, info_in(&catalog, e), EventAction::View) {
            events.push(e.clone());
        }
    }
    Ok(expand(&snap, &events, w))
}

/// The occurrence of an event to name in a list of results: the first not yet over after
/// `after` (within about a year), or with `after` None the last of all; moved occurrences
/// where they are now, cancelled ones skipped unless the whole event is cancelled.
pub fn next_occurrence(
    snap: &store::Snapshot,
    e: &Arc<Event>,
    after: Option<DateTime<Utc>>,
    tz: Tz,
) -> Option<Shown> {
    let cancelled_ok = e.is_cancelled();
    let events = std::slice::from_ref(e);
    match after {
        Some(now) => {
            let first = now.with_timezone(&tz).date_naive();
            let w = Window {
                first,
                last: first + Duration::days(400),
                tz,
            };
            expand(snap, events, w).into_iter().find(|s| {
                (cancelled_ok || !s.cancelled)
                    && match s.days {
                        Some((_, last)) => last >= first,
                        None => s.end > now,
                    }
            })
        }
        None => {
            let end = e.ends_at.unwrap_or(e.starts_at);
            let last = end.with_timezone(&tz).date_naive() + Duration::days(1);
            let w = Window {
                first: last - Duration::days(e.duration_minutes / 1440 + 3),
                last,
                tz,
            };
            expand(snap, events, w)
                .into_iter()
                .rev()
                .find(|s| cancelled_ok || !s.cancelled)
        }
    }
}

/// Expands events into their occurrences in the window (those already judged visible).
fn expand(snap: &store::Snapshot, events: &[Arc<Event>], w: Window) -> Vec<Shown> {
    let (from, to) = w.bounds();
    let none: Vec<Exception> = Vec::new();
    let mut out = Vec::new();
    for e in events {
        let Ok(t) = timing_of(e) else { continue };
        let zone: Tz = e.time_zone.parse().unwrap_or(Tz::UTC);
        // All-day dates are the same everywhere: look a day further each way, then keep
        // those whose dates meet the window's.
        let (a, b) = if e.all_day {
            (from - Duration::days(1), to + Duration::days(1))
        } else {
            (from, to)
        };
        let xs = snap.exceptions.get(&e.id).unwrap_or(&none);
        let mut seen = Vec::new();
        for o in t.between(a, b) {
            let key = o.local.format(LOCAL).to_string();
            let x = xs.iter().find(|x| x.original_local == key);
            seen.push(key);
            out.push(shown(e, o, x, zone));
        }
        // Occurrences moved into the window from outside it.
        for x in xs {
            if seen.contains(&x.original_local) || x.local_start.is_none() {
                continue;
            }
            let Some(original) = store::parse_local(&x.original_local) else {
                continue;
            };
            if let Some(o) = t.occurrence_at(original) {
                out.push(shown(e, o, Some(x), zone));
            }
        }
    }
    out.retain(|s| match s.days {
        Some((first, last)) => first <= w.last && last >= w.first,
        None => s.start < to && s.end > from,
    });
    out.sort_by_key(|s| {
        let start = match s.days {
            Some((d, _)) => {
                gctcp_domain::calendar::local_to_utc(d.and_time(Default::default()), w.tz)
            }
            None => s.start,
        };
        (start, s.days.is_none(), s.event.id)
    });
    out
}

/// One occurrence of an event the viewer may see (the first when `at` is None).
pub async fn occurrence(
    app: &App,
    v: &Viewer,
    id: i64,
    at: Option<NaiveDateTime>,
) -> Outcome<Shown> {
    let e = Arc::new(readable(app, v, id).await?);
    let t = timing_of(&e)?;
    let original = at.unwrap_or(t.start);
    let o = t.occurrence_at(original).ok_or(Problem::NotFound)?;
    let zone: Tz = e.time_zone.parse().unwrap_or(Tz::UTC);
    let x = store::exceptions(&app.db, &[id])
        .await?
        .into_iter()
        .find(|x| x.original_local == original.format(LOCAL).to_string());
    Ok(shown(&e, o, x.as_ref(), zone))
}

/// Other events overlapping a proposed time for the same space or organizer, that the
/// viewer may see ("clash hints"), at most ten.
pub async fn clashes(
    app: &App,
    v: &Viewer,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    space: Option<i64>,
    organizer: i64,
    except: Option<i64>,
) -> Outcome<Vec<Shown>> {
    let w = Window {
        first: start.date_naive() - Duration::days(1),
        last: end.date_naive() + Duration::days(1),
        tz: Tz::UTC,
    };
    let all = occurrences(app, v, w, &Filter::default()).await?;
    Ok(all
        .into_iter()
        .filter(|s| Some(s.event.id) != except && !s.cancelled)
        .filter(|s| {
            (space.is_some() && s.event.space_id == space) || s.event.organizer_org_id == organizer
        })
        .filter(|s| match s.days {
            Some((a, b)) => a <= end.date_naive() && b >= start.date_naive(),
            None => s.start < end && s.end > start,
        })
        .take(10)
        .collect())
}

/// A single event as an `.ics` file (with its series and exceptions).
pub async fn event_ics(app: &App, v: &Viewer, id: i64) -> Outcome<(String, String)> {
    let e = readable(app, v, id).await?;
    let x = store::exceptions(&app.db, &[id]).await?;
    let body = ics::calendar(&e.title, "PUBLISH", &ics::vevents(app, &e, &x, None));
    Ok((e.title.clone(), body))
}

/// A new secret feed address for the person (replacing the old one, which stops at
/// once); only its hash is kept, so it is shown this once.
pub async fn new_feed(app: &App, actor: &crate::Actor, space: Option<i64>) -> Outcome<String> {
    let v = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    if let Some(s) = space {
        let sp = crate::spaces::space(app, SpaceId(s))
            .await
            .map_err(|_| Problem::BadRequest)?;
        if !gctcp_domain::policy::can_in_space(
            v,
            crate::calendar::space_info(&sp),
            gctcp_domain::policy::SpaceAction::View,
        ) {
            return Err(Problem::BadRequest);
        }
    }
    let token = crate::token::random_token();
    let mut tx = app.db.begin().await?;
    store::set_feed(&mut tx, v.id, &crate::token::hash(&token), space).await?;
    gctcp_store::audit::append(
        &mut tx,
        actor.audit("calendar.feed_created", None, String::new()),
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

pub async fn revoke_feed(app: &App, actor: &crate::Actor) -> Outcome<bool> {
    let v = actor.viewer.as_ref().ok_or(Problem::Forbidden)?;
    let mut tx = app.db.begin().await?;
    let had = store::revoke_feed(&mut tx, v.id).await?;
    if had {
        gctcp_store::audit::append(
            &mut tx,
            actor.audit("calendar.feed_revoked", None, String::new()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(had)
}

pub async fn feed_of(app: &App, v: &Viewer) -> Outcome<Option<store::Feed>> {
    Ok(store::feed_of(&app.db, v.id).await?)
}

/// A feed as a calendar app fetches it: its version tag, and its text unless the app
/// already holds this version (`If-None-Match`: most polls then cost no generation).
pub struct FeedFile {
    pub etag: String,
    pub body: Option<Arc<FeedBody>>,
}

/// A feed's text at one version, made once and shared by every fetch of that version
/// (calendar apps poll, and many people see the same events): the text, and its gzip
/// form made on the first fetch that accepts it.
pub struct FeedBody {
    pub text: bytes::Bytes,
    pub gzip: tokio::sync::OnceCell<bytes::Bytes>,
}

/// Feed texts kept per node: a few versions (each up to a few megabytes at tens of
/// thousands of events), the oldest forgotten first; a version is never stale, since its
/// key names everything the text depends on.
pub type FeedBodies = gctcp_store::follow::Memo<String, Arc<FeedBody>>;
pub const FEED_BODIES: usize = 8;

/// The feed behind a secret address: what its owner may see now (an account no longer
/// active, or a revoked address, gets NotFound), from a year back, whole series.
pub async fn feed_ics(app: &App, token: &str, if_none_match: Option<&str>) -> Outcome<FeedFile> {
    use gctcp_store::follow::Followed;
    let feed = store::feed_by_hash(&app.db, &crate::token::hash(token))
        .await?
        .ok_or(Problem::NotFound)?;
    let v = viewer_of(app, AccountId(feed.account_id))
        .await?
        .ok_or(Problem::NotFound)?;
    let now = Utc::now();
    let catalog = app.catalog().await?;
    let snap = app.calendar.snapshot(&app.db).await?;
    // The feed changes with the events, the reference data (spaces open or close), what
    // its owner may see (the policy's `View` reads their role and spaces only), and the
    // day (a year back from today): people who see the same share one text.
    let version = format!(
        "{}:{}:{:?}:{:?}:{:?}:{}",
        snap.generation(),
        catalog.generation(),
        v.role,
        v.spaces,
        feed.space_id,
        now.date_naive()
    );
    let etag = format!("\"{}\"", &crate::token::hash(&version)[..32]);
    if if_none_match.is_some_and(|h| h.split(',').any(|t| t.trim() == etag)) {
        return Ok(FeedFile { etag, body: None });
    }
    let body = app
        .feed_bodies
        .get_or_try_insert(etag.clone(), || async {
            let text = feed_text(app, &v, &snap, &catalog, feed.space_id, now);
            Ok::<_, Problem>(Arc::new(FeedBody {
                text: bytes::Bytes::from(text),
                gzip: Default::default(),
            }))
        })
        .await?;
    Ok(FeedFile {
        etag,
        body: Some(body),
    })
}

/// A feed's iCalendar text: the events the viewer may see, from a year back, whole series.
fn feed_text(
    app: &App,
    v: &Viewer,
    snap: &store::Snapshot,
    catalog: &gctcp_store::catalog::Catalog,
    space: Option<i64>,
    now: DateTime<Utc>,
) -> String {
    let none: Vec<Exception> = Vec::new();
    let all: Vec<Vevent> = snap
        .overlapping(
            now - Duration::days(366),
            now + Duration::days(366 * 5),
            space,
        )
        .filter(|e| can_event(v, info_in(catalog, e), EventAction::View))
        .flat_map(|e| {
            let x = snap.exceptions.get(&e.id).unwrap_or(&none);
            ics::vevents(app, e, x, None)
        })
        .collect();
    ics::calendar(
        "UN Global Counter-Terrorism Coordination Platform",
        "PUBLISH",
        &all,
    )
}

/// The policy's viewer for an active account (feeds, reminders: no session).
pub async fn viewer_of(app: &App, id: AccountId) -> Outcome<Option<Viewer>> {
    let Some(a) = gctcp_store::accounts::by_id(&app.db, id).await? else {
        return Ok(None);
    };
    if a.status() != gctcp_domain::AccountStatus::Active {
        return Ok(None);
    }
    let spaces = gctcp_store::spaces::memberships(&app.db, id).await?;
    Ok(Some(Viewer {
        id,
        org: a.org_id(),
        role: a.role(),
        spaces: spaces.into_iter().collect(),
    }))
}

/// The people a fair time is sought for, by zone: a space's members (if the viewer may
/// see the space) and the people of chosen organizations.
pub async fn fair_time_zones(
    app: &App,
    v: &Viewer,
    space: Option<i64>,
    orgs: &[i64],
) -> Outcome<Vec<(Tz, usize)>> {
    let mut rows = Vec::new();
    if let Some(s) = space {
        let sp = crate::spaces::space(app, SpaceId(s)).await?;
        let info = crate::calendar::space_info(&sp);
        if !gctcp_domain::policy::can_in_space(v, info, gctcp_domain::policy::SpaceAction::View) {
            return Err(Problem::NotFound);
        }
        rows.extend(store::member_zones(&app.db, s).await?);
    }
    rows.extend(store::org_zones(&app.db, orgs).await?);
    let mut zones: Vec<(Tz, usize)> = Vec::new();
    for (name, n) in rows {
        let tz: Tz = name.parse().unwrap_or(Tz::UTC);
        match zones.iter_mut().find(|(z, _)| *z == tz) {
            Some((_, k)) => *k += n as usize,
            None => zones.push((tz, n as usize)),
        }
    }
    Ok(zones)
}
