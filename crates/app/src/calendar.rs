//! The joint calendar's use cases: adding, changing (one occurrence, this and the
//! following, or the whole series), cancelling and deleting events; answers with an
//! optional capacity and waiting list. Who may see or change an event is decided by the
//! one policy (`can_event`); every change is audited in its transaction. What people see
//! (occurrences in a window, feeds, `.ics`) is in `calendar_view`.

use crate::problem::Outcome;
use crate::{spaces, Actor, App, Invalid, Problem};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use gctcp_domain::calendar::{local_to_utc, End, Freq, MonthlyBy, Recurrence, Timing, COUNT_MAX};
use gctcp_domain::policy::{can_add_event, can_event, EventAction, EventInfo, SpaceInfo, Viewer};
use gctcp_domain::{AccountId, OrgId, SpaceId};
use gctcp_store::audit;
use gctcp_store::calendar::{self as store, Event, Fields, LOCAL};

const TITLE_MAX: usize = 200;
const DESCRIPTION_MAX: usize = 8000;
const TEXT_MAX: usize = 500;
/// A timed occurrence lasts at most two weeks; an all-day one at most two months.
const TIMED_MAX_DAYS: i64 = 14;
const ALL_DAY_MAX_DAYS: i64 = 62;

pub const ANSWERS: [&str; 3] = ["attending", "maybe", "declined"];

fn viewer(actor: &Actor) -> Outcome<&Viewer> {
    actor.viewer.as_ref().ok_or(Problem::Forbidden)
}

/// What the event form sends, before it is trusted.
#[derive(Clone, Debug, Default)]
pub struct Input {
    pub title: String,
    pub description: String,
    pub time_zone: String,
    pub all_day: bool,
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    /// "" (does not repeat), "daily", "weekly", "monthly", "yearly".
    pub repeat: String,
    pub interval: String,
    /// Weekly: "MO" … "SU".
    pub weekdays: Vec<String>,
    /// Monthly: "date" or "weekday".
    pub monthly_by: String,
    /// "never", "until", "count".
    pub ends: String,
    pub until: String,
    pub count: String,
    pub location: String,
    pub online_url: String,
    pub organizer: String,
    pub space: String,
    pub members_only: bool,
    pub capacity: String,
    pub pillars: Vec<String>,
    pub themes: Vec<String>,
    /// Library resources (agenda, minutes): numbers or links, one per line.
    pub resources: String,
}

impl Input {
    /// The form filled with an event as stored (for editing).
    pub fn from_event(e: &Event) -> Input {
        let tz: Tz = e.time_zone.parse().unwrap_or(Tz::UTC);
        let start = store::parse_local(&e.local_start).unwrap_or_default();
        let end = if e.all_day {
            start + Duration::minutes(e.duration_minutes) - Duration::days(1)
        } else {
            start + Duration::minutes(e.duration_minutes)
        };
        let r = e.rrule.as_deref().and_then(|r| Recurrence::parse(r, tz));
        let code = |d: Weekday| {
            ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.num_days_from_monday() as usize]
                .to_string()
        };
        Input {
            title: e.title.clone(),
            description: e.description.clone(),
            time_zone: e.time_zone.clone(),
            all_day: e.all_day,
            start_date: start.date().to_string(),
            start_time: start.format("%H:%M").to_string(),
            end_date: end.date().to_string(),
            end_time: end.format("%H:%M").to_string(),
            repeat: r
                .as_ref()
                .map(|r| r.freq.code().to_string())
                .unwrap_or_default(),
            interval: r
                .as_ref()
                .map(|r| r.interval.to_string())
                .unwrap_or_else(|| "1".into()),
            weekdays: r
                .as_ref()
                .map(|r| r.weekdays.iter().map(|d| code(*d)).collect())
                .unwrap_or_default(),
            monthly_by: match r.as_ref().map(|r| r.monthly) {
                Some(MonthlyBy::Weekday) => "weekday".into(),
                _ => "date".into(),
            },
            ends: match r.as_ref().map(|r| r.end) {
                Some(End::Until(_)) => "until".into(),
                Some(End::Count(_)) => "count".into(),
                _ => "never".into(),
            },
            until: match r.as_ref().map(|r| r.end) {
                Some(End::Until(d)) => d.to_string(),
                _ => String::new(),
            },
            count: match r.as_ref().map(|r| r.end) {
                Some(End::Count(n)) => n.to_string(),
                _ => String::new(),
            },
            location: e.location.clone(),
            online_url: e.online_url.clone(),
            organizer: e.organizer_org_id.to_string(),
            space: e.space_id.map(|s| s.to_string()).unwrap_or_default(),
            members_only: e.members_only,
            capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
            pillars: e.pillar_ids().iter().map(|p| p.to_string()).collect(),
            themes: e.theme_ids().iter().map(|t| t.to_string()).collect(),
            resources: e
                .resource_ids()
                .iter()
                .map(|r| format!("/library/{r}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
}

fn time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()
}

/// A space as the policy sees it (the one definition, in `spaces`).
pub use crate::spaces::info as space_info;

/// Checks the form against the rules and the reference data.
async fn fields(app: &App, v: &Viewer, i: &Input) -> Outcome<Fields> {
    let catalog = app.catalog().await?;
    let mut bad = Vec::new();
    let title = i.title.trim().to_string();
    if title.is_empty() {
        bad.push(Invalid::new("title", "cal-error-title"));
    } else if title.chars().count() > TITLE_MAX {
        bad.push(Invalid::new("title", "cal-error-title-long"));
    }
    let description = i.description.trim().to_string();
    if description.chars().count() > DESCRIPTION_MAX {
        bad.push(Invalid::new("description", "cal-error-description-long"));
    }
    let tz: Option<Tz> = if i.all_day && i.time_zone.trim().is_empty() {
        Some(Tz::UTC)
    } else {
        i.time_zone.trim().parse().ok()
    };
    if tz.is_none() {
        bad.push(Invalid::new("time_zone", "cal-error-zone"));
    }
    let tz = tz.unwrap_or(Tz::UTC);
    let start_date = date(&i.start_date);
    if start_date.is_none() {
        bad.push(Invalid::new("start_date", "cal-error-start"));
    }
    let end_date = if i.end_date.trim().is_empty() {
        start_date
    } else {
        date(&i.end_date)
    };
    let (start, duration) = match (start_date, end_date) {
        (Some(sd), Some(ed)) if i.all_day => {
            let days = (ed - sd).num_days() + 1;
            if days < 1 {
                bad.push(Invalid::new("end_date", "cal-error-end"));
            } else if days > ALL_DAY_MAX_DAYS {
                bad.push(Invalid::new("end_date", "cal-error-too-long"));
            }
            (sd.and_time(NaiveTime::MIN), Duration::days(days.max(1)))
        }
        (Some(sd), Some(ed)) => {
            let (st, et) = (time(&i.start_time), time(&i.end_time));
            if st.is_none() {
                bad.push(Invalid::new("start_time", "cal-error-start-time"));
            }
            if et.is_none() {
                bad.push(Invalid::new("end_time", "cal-error-end-time"));
            }
            let s = sd.and_time(st.unwrap_or(NaiveTime::MIN));
            let e = ed.and_time(et.unwrap_or(NaiveTime::MIN));
            // The length is measured in real time (a meeting over a change stays right).
            let d = local_to_utc(e, tz) - local_to_utc(s, tz);
            if st.is_some() && et.is_some() {
                if d <= Duration::zero() {
                    bad.push(Invalid::new("end_time", "cal-error-end"));
                } else if d > Duration::days(TIMED_MAX_DAYS) {
                    bad.push(Invalid::new("end_date", "cal-error-too-long"));
                }
            }
            (s, e - s)
        }
        (Some(sd), None) => {
            bad.push(Invalid::new("end_date", "cal-error-end"));
            (sd.and_time(NaiveTime::MIN), Duration::hours(1))
        }
        _ => (NaiveDateTime::default(), Duration::hours(1)),
    };
    let rrule = match i.repeat.trim() {
        "" | "none" => None,
        f => {
            let freq = Freq::parse(f).ok_or(Problem::BadRequest)?;
            let interval = match i.interval.trim() {
                "" => 1,
                s => match s.parse::<u32>() {
                    Ok(n) if (1..=99).contains(&n) => n,
                    _ => {
                        bad.push(Invalid::new("interval", "cal-error-interval"));
                        1
                    }
                },
            };
            let mut weekdays = Vec::new();
            for d in &i.weekdays {
                weekdays.push(weekday(d.trim()).ok_or(Problem::BadRequest)?);
            }
            let end = match i.ends.trim() {
                "" | "never" => End::Never,
                "until" => match date(&i.until) {
                    Some(d) if Some(d) >= start_date => End::Until(d),
                    _ => {
                        bad.push(Invalid::new("until", "cal-error-until"));
                        End::Never
                    }
                },
                "count" => match i.count.trim().parse::<u32>() {
                    Ok(n) if (1..=COUNT_MAX).contains(&n) => End::Count(n),
                    _ => {
                        bad.push(Invalid::new("count", "cal-error-count").with("max", COUNT_MAX));
                        End::Never
                    }
                },
                _ => return Err(Problem::BadRequest),
            };
            let monthly = if i.monthly_by.trim() == "weekday" {
                MonthlyBy::Weekday
            } else {
                MonthlyBy::Date
            };
            let r = Recurrence {
                freq,
                interval,
                weekdays,
                monthly,
                end,
            };
            Some(r.to_rrule(start, if i.all_day { Tz::UTC } else { tz }, i.all_day))
        }
    };
    let text = |s: &str, field: &'static str, bad: &mut Vec<Invalid>| {
        let s = s.trim().to_string();
        if s.chars().count() > TEXT_MAX {
            bad.push(Invalid::new(field, "cal-error-text-long"));
        }
        s
    };
    let location = text(&i.location, "location", &mut bad);
    let online_url = text(&i.online_url, "online_url", &mut bad);
    if !(online_url.is_empty()
        || online_url.starts_with("https://")
        || online_url.starts_with("http://"))
    {
        bad.push(Invalid::new("online_url", "cal-error-url"));
    }
    let organizer = match i.organizer.trim() {
        "" => v.org.0,
        s => {
            let id: i64 = s.parse().map_err(|_| Problem::BadRequest)?;
            catalog.org(OrgId(id)).ok_or(Problem::BadRequest)?;
            id
        }
    };
    if organizer != v.org.0 && !v.is_admin() {
        // People organize for their own organization; administrators for any.
        return Err(Problem::Forbidden);
    }
    let space = match i.space.trim() {
        "" => None,
        s => {
            let id: i64 = s.parse().map_err(|_| Problem::BadRequest)?;
            Some(
                spaces::space(app, SpaceId(id))
                    .await
                    .map_err(|_| Problem::BadRequest)?,
            )
        }
    };
    if !can_add_event(v, space.as_ref().map(space_info)) {
        bad.push(Invalid::new("space", "cal-error-space"));
    }
    let capacity = match i.capacity.trim() {
        "" => None,
        s => match s.parse::<i64>() {
            Ok(n) if (1..=100_000).contains(&n) => Some(n),
            _ => {
                bad.push(Invalid::new("capacity", "cal-error-capacity"));
                None
            }
        },
    };
    let mut pillars = Vec::new();
    for p in &i.pillars {
        let n: i64 = p.trim().parse().map_err(|_| Problem::BadRequest)?;
        if !(1..=4).contains(&n) {
            return Err(Problem::BadRequest);
        }
        pillars.push(n);
    }
    let mut themes = Vec::new();
    for t in &i.themes {
        let id: i64 = t.trim().parse().map_err(|_| Problem::BadRequest)?;
        catalog.theme(id).ok_or(Problem::BadRequest)?;
        themes.push(id);
    }
    let mut resources = Vec::new();
    for line in i.resources.split(|c: char| c == ',' || c.is_whitespace()) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let digits = line.rsplit("/library/").next().unwrap_or(line);
        let digits: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
        match digits.parse::<i64>() {
            Ok(id) if crate::library::readable(app, v, id).await.is_ok() => {
                if !resources.contains(&id) {
                    resources.push(id)
                }
            }
            _ => bad.push(Invalid::new("resources", "cal-error-resource").with("resource", line)),
        }
    }
    pillars.sort_unstable();
    pillars.dedup();
    themes.sort_unstable();
    themes.dedup();
    if !bad.is_empty() {
        return Err(Problem::Invalid(bad));
    }
    let zone = if i.all_day { Tz::UTC } else { tz };
    let timing = Timing {
        start,
        tz: zone,
        all_day: i.all_day,
        duration,
        rrule: rrule.as_deref(),
    };
    let starts_at = local_to_utc(start, zone);
    let ends_at = timing.last_end();
    Ok(Fields {
        title,
        description,
        time_zone: zone.name().to_string(),
        all_day: i.all_day,
        local_start: start.format(LOCAL).to_string(),
        duration_minutes: duration.num_minutes().max(1),
        rrule,
        // All-day dates are the same everywhere: their window bounds are widened by the
        // widest offsets (UTC−12 to UTC+14) so no zone misses them.
        starts_at: if i.all_day {
            starts_at - Duration::hours(14)
        } else {
            starts_at
        },
        ends_at: ends_at.map(|e| {
            if i.all_day {
                e + Duration::hours(12)
            } else {
                e
            }
        }),
        location,
        online_url,
        organizer_org_id: organizer,
        space_id: space.map(|s| s.id),
        members_only: i.members_only && i.space.trim() != "",
        capacity,
        pillars,
        themes,
        resources,
    })
}

/// The policy's view of a stored event.
pub async fn info(app: &App, e: &Event) -> Outcome<EventInfo> {
    Ok(info_in(&*app.catalog().await?, e))
}

/// The policy's view of a stored event, with the reference data already at hand (lists
/// judge thousands of events against one snapshot). An event whose space is gone is
/// judged as members-only in a closed space: nobody but administrators sees it.
pub fn info_in(catalog: &gctcp_store::catalog::Catalog, e: &Event) -> EventInfo {
    let space = e.space_id.map(|s| match catalog.space(SpaceId(s)) {
        Some(sp) => space_info(sp),
        None => SpaceInfo {
            id: SpaceId(s),
            is_open: false,
        },
    });
    EventInfo {
        space,
        members_only: e.members_only,
        created_by: e.created_by.map(AccountId),
    }
}

/// The event, if the viewer may see it (NotFound otherwise, whatever the reason).
pub async fn readable(app: &App, v: &Viewer, id: i64) -> Outcome<Event> {
    let e = store::get(&app.db, id).await?.ok_or(Problem::NotFound)?;
    if !can_event(v, info(app, &e).await?, EventAction::View) {
        return Err(Problem::NotFound);
    }
    Ok(e)
}

/// The event, if the viewer may change it (NotFound if they may not even see it).
pub async fn editable(app: &App, v: &Viewer, id: i64) -> Outcome<Event> {
    let e = readable(app, v, id).await?;
    if !can_event(v, info(app, &e).await?, EventAction::Edit) {
        return Err(Problem::Forbidden);
    }
    Ok(e)
}

/// Whether the viewer may change this event (to show the buttons).
pub async fn may_edit(app: &App, v: &Viewer, e: &Event) -> Outcome<bool> {
    Ok(can_event(v, info(app, e).await?, EventAction::Edit))
}

/// Adds an event (its author answers "attending").
pub async fn create(app: &App, actor: &Actor, i: &Input) -> Outcome<i64> {
    let v = viewer(actor)?;
    let f = fields(app, v, i).await?;
    let uid = format!("{}@gctcp", crate::token::random_token());
    let mut tx = app.db.begin().await?;
    let id = store::insert(&mut tx, &uid, &f, v.id).await?;
    store::set_answer(&mut tx, id, v.id, "attending").await?;
    audit::append(
        &mut tx,
        actor.audit("event.created", None, format!("event={id}")),
    )
    .await?;
    if let (Some(space), Some(e)) = (f.space_id, store::get(&mut tx, id).await?) {
        // The space's members are told (a daily digest by default), the event attached
        // to e-mails sent at once so that calendar apps add it.
        let members: Vec<AccountId> = gctcp_store::spaces::members(&mut tx, SpaceId(space))
            .await?
            .into_iter()
            .map(|m| AccountId(m.account_id))
            .collect();
        let file = crate::ics::event_file(app, &e);
        let link = format!("/calendar/events/{id}");
        crate::notify::tell_many_attached(
            app,
            &mut tx,
            &members,
            &crate::notify::Notice {
                to: v.id,
                kind: "new_event",
                actor: Some(v.id),
                space: Some(SpaceId(space)),
                thread: None,
                excerpt: &e.title,
                link: &link,
            },
            Some(&file),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// What a change applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The whole event or series.
    All,
    /// One occurrence (its original wall-clock start): only its time may change.
    This(NaiveDateTime),
    /// This occurrence and those after it: the series is split in two.
    Following(NaiveDateTime),
}

fn timing(e: &Event) -> Option<(Timing<'_>, Tz)> {
    let t = e.timing()?;
    let tz = t.tz;
    Some((t, tz))
}

/// The event's timing, as the domain expands it.
pub fn timing_of(e: &Event) -> Outcome<Timing<'_>> {
    timing(e).map(|(t, _)| t).ok_or(Problem::BadRequest)
}

/// Changes an event; returns the event to show next (a new one when the series split).
pub async fn update(app: &App, actor: &Actor, id: i64, scope: Scope, i: &Input) -> Outcome<i64> {
    let v = viewer(actor)?;
    let e = editable(app, v, id).await?;
    match scope {
        Scope::All => {
            let f = fields(app, v, i).await?;
            let mut tx = app.db.begin().await?;
            if f.local_start != e.local_start || f.rrule != e.rrule || f.time_zone != e.time_zone {
                // Occurrences are named by their original start: once the timing changes,
                // earlier moves and cancellations name occurrences that no longer exist.
                store::clear_exceptions(&mut tx, id).await?;
            }
            store::update(&mut tx, id, &f).await?;
            audit::append(
                &mut tx,
                actor.audit("event.changed", None, format!("event={id}")),
            )
            .await?;
            tx.commit().await?;
            Ok(id)
        }
        Scope::This(original) => {
            let t = timing_of(&e)?;
            t.occurrence_at(original).ok_or(Problem::NotFound)?;
            let f = fields(app, v, i).await?;
            let moved = store::parse_local(&f.local_start).ok_or(Problem::BadRequest)?;
            let mut tx = app.db.begin().await?;
            store::set_exception(
                &mut tx,
                &store::Exception {
                    event_id: id,
                    original_local: original.format(LOCAL).to_string(),
                    cancelled: false,
                    local_start: Some(moved.format(LOCAL).to_string()),
                    duration_minutes: Some(f.duration_minutes),
                    sequence: 0,
                },
            )
            .await?;
            let tz: Tz = f.time_zone.parse().unwrap_or(Tz::UTC);
            let (a, b) = (
                local_to_utc(moved, tz),
                local_to_utc(moved + Duration::minutes(f.duration_minutes), tz),
            );
            store::widen(&mut tx, id, a, b).await?;
            let detail = format!("event={id} occurrence={}", original.format(LOCAL));
            audit::append(&mut tx, actor.audit("event.occurrence_moved", None, detail)).await?;
            tx.commit().await?;
            Ok(id)
        }
        Scope::Following(original) => {
            let (t, tz) = timing(&e).ok_or(Problem::BadRequest)?;
            let o = t.occurrence_at(original).ok_or(Problem::NotFound)?;
            if o.local == t.start {
                // From the first occurrence on is the whole series.
                return Box::pin(update(app, actor, id, Scope::All, i)).await;
            }
            let f = fields(app, v, i).await?;
            let rule = Recurrence::parse(e.rrule.as_deref().unwrap_or(""), tz)
                .ok_or(Problem::BadRequest)?;
            // The old series ends the day before; the new one starts here.
            let last_day = original.date() - Duration::days(1);
            let mut old = rule.clone();
            old.end = End::Until(last_day);
            let old_rule = old.to_rrule(t.start, tz, e.all_day);
            let old_end = Timing {
                rrule: Some(&old_rule),
                ..t.clone()
            }
            .last_end()
            .unwrap_or(o.start);
            let uid = format!("{}@gctcp", crate::token::random_token());
            let mut tx = app.db.begin().await?;
            store::truncate(
                &mut tx,
                id,
                &old_rule,
                old_end,
                &original.format(LOCAL).to_string(),
            )
            .await?;
            let new = store::insert(&mut tx, &uid, &f, v.id).await?;
            for r in store::rsvps(&mut tx, id).await? {
                store::set_answer(&mut tx, new, AccountId(r.account_id), &r.answer).await?;
            }
            let detail = format!("event={id} split_at={} new={new}", original.format(LOCAL));
            audit::append(&mut tx, actor.audit("event.series_split", None, detail)).await?;
            tx.commit().await?;
            Ok(new)
        }
    }
}

/// Cancels the whole event (it stays visible as cancelled) or one occurrence.
pub async fn cancel(
    app: &App,
    actor: &Actor,
    id: i64,
    occurrence: Option<NaiveDateTime>,
) -> Outcome<()> {
    let v = viewer(actor)?;
    let e = editable(app, v, id).await?;
    let mut tx = app.db.begin().await?;
    match occurrence {
        None => {
            store::set_status(&mut tx, id, "cancelled").await?;
            audit::append(
                &mut tx,
                actor.audit("event.cancelled", None, format!("event={id}")),
            )
            .await?;
        }
        Some(original) => {
            timing_of(&e)?
                .occurrence_at(original)
                .ok_or(Problem::NotFound)?;
            store::set_exception(
                &mut tx,
                &store::Exception {
                    event_id: id,
                    original_local: original.format(LOCAL).to_string(),
                    cancelled: true,
                    local_start: None,
                    duration_minutes: None,
                    sequence: 0,
                },
            )
            .await?;
            let detail = format!("event={id} occurrence={}", original.format(LOCAL));
            audit::append(
                &mut tx,
                actor.audit("event.occurrence_cancelled", None, detail),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Removes an event from every view and feed.
pub async fn delete(app: &App, actor: &Actor, id: i64) -> Outcome<()> {
    let v = viewer(actor)?;
    editable(app, v, id).await?;
    let mut tx = app.db.begin().await?;
    store::delete(&mut tx, id).await?;
    audit::append(
        &mut tx,
        actor.audit("event.deleted", None, format!("event={id}")),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Answers an event. With a capacity, "attending" beyond it puts the person on the
/// waiting list; a place given up goes to the first waiting, who is told. Returns the
/// answer recorded.
pub async fn answer(app: &App, actor: &Actor, id: i64, answer: &str) -> Outcome<String> {
    let v = viewer(actor)?;
    let e = readable(app, v, id).await?;
    if !ANSWERS.contains(&answer) {
        return Err(Problem::BadRequest);
    }
    if e.is_cancelled() {
        return Err(Problem::invalid("answer", "cal-error-cancelled"));
    }
    let mut tx = app.db.begin().await?;
    // One answer at a time per event: the capacity check and the write are one step.
    store::lock(&mut tx, id).await?;
    let before = store::answer_of(&mut tx, id, v.id).await?;
    let mut recorded = answer.to_string();
    if answer == "attending" && before.as_deref() != Some("attending") {
        if let Some(cap) = e.capacity {
            if store::attending(&mut tx, id).await? >= cap {
                recorded = "waiting".into();
            }
        }
    }
    store::set_answer(&mut tx, id, v.id, &recorded).await?;
    if before.as_deref() == Some("attending") && recorded != "attending" {
        if let Some(next) = store::first_waiting(&mut tx, id).await? {
            store::set_answer(&mut tx, id, AccountId(next), "attending").await?;
            let link = format!("/calendar/events/{id}");
            crate::notify::tell(
                app,
                &mut tx,
                &crate::notify::Notice {
                    to: AccountId(next),
                    kind: "event_place",
                    actor: None,
                    space: e.space_id.map(SpaceId),
                    thread: None,
                    excerpt: &e.title,
                    link: &link,
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(recorded)
}

/// Who answered, for those who may see the event.
pub async fn attendees(app: &App, v: &Viewer, id: i64) -> Outcome<Vec<store::Rsvp>> {
    readable(app, v, id).await?;
    Ok(store::rsvps(&app.db, id).await?)
}

/// The viewer's own answer.
pub async fn my_answer(app: &App, v: &Viewer, id: i64) -> Outcome<Option<String>> {
    Ok(store::answer_of(&app.db, id, v.id).await?)
}

/// The UTC instant of a wall-clock time in a zone (for forms and links).
pub fn instant(local: NaiveDateTime, tz: &str) -> DateTime<Utc> {
    local_to_utc(local, tz.parse().unwrap_or(Tz::UTC))
}
