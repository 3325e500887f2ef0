//! One event: its page (when, in the reader's zone and the event's; where; who answered,
//! grouped by organization; the answer buttons), its form (new, or a change to one
//! occurrence, this and the following, or the whole series, with clash hints), and the
//! actions on it.

use super::fmt;
use super::{item, Item};
use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDateTime, Utc};
use chrono_tz::Tz;
use gctcp_app::calendar::{self as ops, Input, Scope};
use gctcp_app::calendar_view as view;
use gctcp_app::{Actor, Problem};
use gctcp_domain::calendar::{nth_weekday, End, Freq, MonthlyBy, Recurrence};
use gctcp_store::calendar::{parse_local, Rsvp};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct At {
    /// The occurrence (its original start, "YYYY-MM-DDTHH:MM").
    pub at: Option<String>,
    /// What a change applies to: "all", "this", "following".
    pub scope: Option<String>,
}

fn at(q: &At) -> AppResult<Option<NaiveDateTime>> {
    match q.at.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse_local(s).map(Some).ok_or(AppError::NotFound),
    }
}

/// Attendees of one organization.
pub struct Group {
    pub org: String,
    pub people: Vec<Rsvp>,
}

page!(EventPage);
#[derive(Template)]
#[template(path = "calendar/event.html")]
pub struct EventPage {
    ctx: Ctx,
    i: Item,
    own_zone: String,
    reader_zone: String,
    repeats: Option<String>,
    pillars: Vec<String>,
    themes: Vec<String>,
    resources: Vec<(i64, String)>,
    answer: Option<String>,
    attending: usize,
    waiting: usize,
    groups: Vec<Group>,
    may_edit: bool,
    notice: Option<String>,
}

impl EventPage {
    pub fn day(&self, d: impl std::borrow::Borrow<chrono::NaiveDate>) -> String {
        fmt::day(self.ctx.lang, *d.borrow())
    }
    pub fn places(&self, capacity: &i64) -> String {
        use crate::i18n::FluentValue;
        crate::i18n::t_args(
            self.ctx.lang,
            "cal-places-taken",
            &[
                ("taken", FluentValue::from(self.attending as i64)),
                ("capacity", FluentValue::from(*capacity)),
            ],
        )
    }
    pub fn is_answer(&self, a: &&str) -> bool {
        self.answer.as_deref() == Some(*a)
    }
}

/// "Every 2 weeks on Tuesday and Thursday, until 30 November 2027".
fn describe(lang: &str, rule: &str, tz: Tz, start: NaiveDateTime) -> Option<String> {
    use crate::i18n::{self, FluentValue};
    let r = Recurrence::parse(rule, tz)?;
    let unit = match r.freq {
        Freq::Daily => "day",
        Freq::Weekly => "week",
        Freq::Monthly => "month",
        Freq::Yearly => "year",
    };
    let mut text = i18n::t_args(
        lang,
        &format!("cal-every-{unit}"),
        &[("n", FluentValue::from(r.interval as i64))],
    );
    let wd = |d: chrono::Weekday| {
        i18n::t(lang, &format!("cal-weekday-{}", d.number_from_monday())).into_owned()
    };
    match r.freq {
        Freq::Weekly if !r.weekdays.is_empty() => {
            let days: Vec<String> = r.weekdays.iter().map(|d| wd(*d)).collect();
            text.push_str(&i18n::t_args(
                lang,
                "cal-on-days",
                &[("days", FluentValue::from(days.join(", ")))],
            ));
        }
        Freq::Monthly if r.monthly == MonthlyBy::Weekday => {
            let n = nth_weekday(start.date());
            text.push_str(&i18n::t_args(
                lang,
                "cal-on-nth",
                &[
                    ("nth", FluentValue::from(n as i64)),
                    (
                        "weekday",
                        FluentValue::from(wd(chrono::Datelike::weekday(&start.date()))),
                    ),
                ],
            ));
        }
        _ => {}
    }
    match r.end {
        End::Never => {}
        End::Until(d) => text.push_str(&i18n::t_args(
            lang,
            "cal-until",
            &[("date", FluentValue::from(fmt::day(lang, d)))],
        )),
        End::Count(n) => text.push_str(&i18n::t_args(
            lang,
            "cal-count",
            &[("n", FluentValue::from(n as i64))],
        )),
    }
    Some(text)
}

async fn event_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    occurrence: Option<NaiveDateTime>,
    notice: Option<String>,
) -> AppResult<EventPage> {
    let s = view::occurrence(state, &user.viewer, id, occurrence).await?;
    let catalog = state.catalog().await?;
    let reader = fmt::reader_zone(&ctx);
    let own: Tz = s.event.time_zone.parse().unwrap_or(Tz::UTC);
    let rsvps = ops::attendees(state, &user.viewer, id).await?;
    let attending = rsvps.iter().filter(|r| r.answer == "attending").count();
    let waiting = rsvps.iter().filter(|r| r.answer == "waiting").count();
    let mut groups: Vec<Group> = Vec::new();
    for r in rsvps
        .into_iter()
        .filter(|r| r.answer == "attending" || r.answer == "maybe")
    {
        match groups.last_mut() {
            Some(g) if g.org == r.org_code => g.people.push(r),
            _ => groups.push(Group {
                org: r.org_code.clone(),
                people: vec![r],
            }),
        }
    }
    let mut resources = Vec::new();
    for rid in s.event.resource_ids() {
        if let Ok(full) = gctcp_app::library::readable(state, &user.viewer, rid).await {
            resources.push((rid, full.r.title.clone()));
        }
    }
    let start = parse_local(&s.event.local_start).unwrap_or_default();
    let repeats = s.event.rrule.as_deref().and_then(|r| {
        describe(
            ctx.lang,
            r,
            if s.event.all_day { Tz::UTC } else { own },
            start,
        )
    });
    let pillars = s
        .event
        .pillar_ids()
        .into_iter()
        .filter_map(|p| catalog.pillar(p).map(|x| x.name(ctx.lang).to_string()))
        .collect();
    let themes = s
        .event
        .theme_ids()
        .into_iter()
        .filter_map(|t| catalog.theme(t).map(|x| x.name(ctx.lang).to_string()))
        .collect();
    let may_edit = ops::may_edit(state, &user.viewer, &s.event).await?;
    let answer = ops::my_answer(state, &user.viewer, id).await?;
    Ok(EventPage {
        own_zone: fmt::isolate(&fmt::zone(ctx.lang, own, s.start)),
        reader_zone: fmt::isolate(&fmt::zone(ctx.lang, reader, s.start)),
        i: item(&catalog, ctx.lang, reader, s),
        ctx: ctx.with_section("calendar"),
        repeats,
        pillars,
        themes,
        resources,
        answer,
        attending,
        waiting,
        groups,
        may_edit,
        notice,
    })
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    at: Option<String>,
    answered: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let occurrence = at(&At {
        at: q.at,
        scope: None,
    })?;
    let notice = match q.answered.as_deref() {
        Some("waiting") => Some(ctx.t("cal-answer-waiting-notice")),
        Some(a) if ops::ANSWERS.contains(&a) => Some(ctx.t("cal-answer-saved")),
        _ => None,
    };
    Ok(event_page(&state, &user, ctx, id, occurrence, notice)
        .await?
        .into_response())
}

page!(FormPage);
#[derive(Template)]
#[template(path = "calendar/form.html")]
pub struct FormPage {
    ctx: Ctx,
    i: Input,
    /// Editing this event (None: a new one).
    id: Option<i64>,
    scope: String,
    at: String,
    errors: Vec<String>,
    clashes: Vec<Item>,
    zones: crate::ui::zones::Options,
    spaces: Vec<(i64, String)>,
    pillars: Vec<(i64, String)>,
    themes: Vec<(i64, String)>,
    organizers: Vec<(i64, String)>,
}

impl FormPage {
    pub fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/calendar/events/{id}/edit"),
            None => "/calendar/new".to_string(),
        }
    }
    pub fn has_pillar(&self, p: &i64) -> bool {
        self.i.pillars.contains(&p.to_string())
    }
    pub fn has_theme(&self, t: &i64) -> bool {
        self.i.themes.contains(&t.to_string())
    }
    pub fn has_weekday(&self, d: &&str) -> bool {
        self.i.weekdays.iter().any(|x| x == d)
    }
    pub fn is_space(&self, s: &i64) -> bool {
        self.i.space == s.to_string()
    }
    pub fn is_organizer(&self, o: &i64) -> bool {
        self.i.organizer == o.to_string()
    }
    pub fn weekday_codes(&self) -> Vec<(&'static str, String)> {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            .into_iter()
            .enumerate()
            .map(|(n, c)| (c, self.ctx.t(&format!("cal-weekday-{}", n + 1))))
            .collect()
    }
    /// Only the time can change for one occurrence.
    pub fn only_time(&self) -> bool {
        self.scope == "this"
    }
}

async fn form_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: Option<i64>,
    i: Input,
    scope: &str,
    occurrence: &str,
) -> AppResult<FormPage> {
    let catalog = state.catalog().await?;
    let mut spaces = Vec::new();
    for s in gctcp_store::spaces::list(&state.db).await? {
        if gctcp_domain::policy::can_add_event(&user.viewer, Some(ops::space_info(&s))) {
            spaces.push((s.id, s.name(ctx.lang).to_string()));
        }
    }
    let organizers = if user.viewer.is_admin() {
        let mut v: Vec<(i64, String)> = catalog
            .orgs
            .iter()
            .map(|o| (o.id, format!("{} — {}", o.code, o.name(ctx.lang))))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    } else {
        catalog
            .org(user.viewer.org)
            .map(|o| vec![(o.id, format!("{} — {}", o.code, o.name(ctx.lang)))])
            .unwrap_or_default()
    };
    Ok(FormPage {
        zones: crate::ui::zones::options(ctx.lang, &i.time_zone),
        pillars: (1..=4)
            .filter_map(|p| catalog.pillar(p).map(|x| (p, x.name(ctx.lang).to_string())))
            .collect(),
        themes: catalog
            .themes
            .iter()
            .map(|t| (t.id, t.name(ctx.lang).to_string()))
            .collect(),
        ctx: ctx.with_section("calendar"),
        i,
        id,
        scope: scope.to_string(),
        at: occurrence.to_string(),
        errors: vec![],
        clashes: vec![],
        spaces,
        organizers,
    })
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    d: Option<String>,
    space: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<NewQuery>,
) -> AppResult<Response> {
    let reader = fmt::reader_zone(&ctx);
    let day =
        q.d.as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .unwrap_or_else(|| Utc::now().with_timezone(&reader).date_naive());
    let i = Input {
        time_zone: reader.name().to_string(),
        start_date: day.to_string(),
        start_time: "10:00".into(),
        end_date: day.to_string(),
        end_time: "11:00".into(),
        interval: "1".into(),
        monthly_by: "date".into(),
        ends: "never".into(),
        organizer: user.viewer.org.0.to_string(),
        space: q.space.unwrap_or_default(),
        ..Input::default()
    };
    Ok(form_page(&state, &user, ctx, None, i, "all", "")
        .await?
        .into_response())
}

fn input(form: &FormFields) -> Input {
    let s = |k: &str| form.get(k).to_string();
    let all = |k: &str| form.all(k).into_iter().map(str::to_string).collect();
    Input {
        title: s("title"),
        description: s("description"),
        time_zone: s("time_zone"),
        all_day: form.get("all_day") == "1",
        start_date: s("start_date"),
        start_time: s("start_time"),
        end_date: s("end_date"),
        end_time: s("end_time"),
        repeat: s("repeat"),
        interval: s("interval"),
        weekdays: all("weekdays"),
        monthly_by: s("monthly_by"),
        ends: s("ends"),
        until: s("until"),
        count: s("count"),
        location: s("location"),
        online_url: s("online_url"),
        organizer: s("organizer"),
        space: s("space"),
        members_only: form.get("members_only") == "1",
        capacity: s("capacity"),
        pillars: all("pillars"),
        themes: all("themes"),
        resources: s("resources"),
    }
}

/// Other events at the proposed time for the same space or organizer (the first
/// occurrence is what is checked), unless the person already saw them and confirmed.
async fn clash_hints(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    i: &Input,
    except: Option<i64>,
) -> AppResult<Vec<Item>> {
    let tz: Tz = i.time_zone.parse().unwrap_or(Tz::UTC);
    let parse = |d: &str, t: &str| {
        chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .ok()
            .map(|d| {
                d.and_time(chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M").unwrap_or_default())
            })
    };
    let (Some(s), Some(e)) = (
        parse(
            &i.start_date,
            if i.all_day { "00:00" } else { &i.start_time },
        ),
        parse(
            if i.end_date.trim().is_empty() {
                &i.start_date
            } else {
                &i.end_date
            },
            if i.all_day { "23:59" } else { &i.end_time },
        ),
    ) else {
        return Ok(vec![]);
    };
    let (start, end) = (ops::instant(s, tz.name()), ops::instant(e, tz.name()));
    if end <= start {
        return Ok(vec![]);
    }
    let organizer = i.organizer.trim().parse().unwrap_or(user.viewer.org.0);
    let space = i.space.trim().parse().ok();
    let catalog = state.catalog().await?;
    let reader = fmt::reader_zone(ctx);
    Ok(
        view::clashes(state, &user.viewer, start, end, space, organizer, except)
            .await?
            .into_iter()
            .map(|s| item(&catalog, ctx.lang, reader, s))
            .collect(),
    )
}

/// The form again, with what stopped it: errors (422) or clash hints to confirm (200).
#[allow(clippy::too_many_arguments)]
async fn refused(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: Option<i64>,
    i: Input,
    scope: &str,
    occurrence: &str,
    errors: Vec<String>,
    clashes: Vec<Item>,
) -> AppResult<Response> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut page = form_page(state, user, ctx, id, i, scope, occurrence).await?;
    page.errors = errors;
    page.clashes = clashes;
    Ok((status, page).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let i = input(&form);
    if form.get("clash_seen") != "1" {
        let clashes = clash_hints(&state, &user, &ctx, &i, None).await?;
        if !clashes.is_empty() {
            return refused(&state, &user, ctx, None, i, "all", "", vec![], clashes).await;
        }
    }
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::create(&state, &actor, &i).await {
        Ok(id) => Ok(Redirect::to(&format!("/calendar/events/{id}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            refused(&state, &user, ctx, None, i, "all", "", errors, vec![]).await
        }
        Err(e) => Err(e.into()),
    }
}

fn scope(q: &At) -> AppResult<(Scope, String, String)> {
    let occurrence = at(q)?;
    let name = q.scope.as_deref().unwrap_or("all");
    let key = occurrence
        .map(|o| o.format(gctcp_store::calendar::LOCAL).to_string())
        .unwrap_or_default();
    let s = match (name, occurrence) {
        ("all", _) => Scope::All,
        ("this", Some(o)) => Scope::This(o),
        ("following", Some(o)) => Scope::Following(o),
        _ => return Err(AppError::BadRequest),
    };
    Ok((s, name.to_string(), key))
}

pub async fn edit_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<At>,
) -> AppResult<Response> {
    let e = ops::editable(&state, &user.viewer, id).await?;
    let (sc, name, key) = scope(&q)?;
    let mut i = Input::from_event(&e);
    if let Scope::This(o) | Scope::Following(o) = sc {
        // The form starts from this occurrence (moved, if it was).
        let s = view::occurrence(&state, &user.viewer, id, Some(o)).await?;
        let tz: Tz = e.time_zone.parse().unwrap_or(Tz::UTC);
        let (a, b) = (s.start.with_timezone(&tz), s.end.with_timezone(&tz));
        if e.all_day {
            i.start_date = o.date().to_string();
            i.end_date = (o.date() + chrono::Duration::minutes(e.duration_minutes)
                - chrono::Duration::days(1))
            .to_string();
        } else {
            i.start_date = a.date_naive().to_string();
            i.start_time = a.format("%H:%M").to_string();
            i.end_date = b.date_naive().to_string();
            i.end_time = b.format("%H:%M").to_string();
        }
    }
    Ok(form_page(&state, &user, ctx, Some(id), i, &name, &key)
        .await?
        .into_response())
}

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let q = At {
        at: Some(form.get("at").to_string()),
        scope: Some(form.get("scope").to_string()).filter(|s| !s.is_empty()),
    };
    let (sc, name, key) = scope(&q)?;
    ops::editable(&state, &user.viewer, id).await?;
    let mut i = input(&form);
    if sc != Scope::All {
        // A single occurrence keeps the series' other details.
        if let Scope::This(_) = sc {
            let e = ops::editable(&state, &user.viewer, id).await?;
            let times = (i.start_date, i.start_time, i.end_date, i.end_time);
            i = Input::from_event(&e);
            (i.start_date, i.start_time, i.end_date, i.end_time) = times;
            i.repeat = String::new();
        }
    }
    if form.get("clash_seen") != "1" {
        let clashes = clash_hints(&state, &user, &ctx, &i, Some(id)).await?;
        if !clashes.is_empty() {
            return refused(
                &state,
                &user,
                ctx,
                Some(id),
                i,
                &name,
                &key,
                vec![],
                clashes,
            )
            .await;
        }
    }
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::update(&state, &actor, id, sc, &i).await {
        Ok(shown) => {
            let to = match sc {
                Scope::This(_) => format!("/calendar/events/{id}?at={key}"),
                _ => format!("/calendar/events/{shown}"),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            refused(&state, &user, ctx, Some(id), i, &name, &key, errors, vec![]).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn cancel(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let occurrence = at(&At {
        at: Some(form.get("at").to_string()),
        scope: None,
    })?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::cancel(&state, &actor, id, occurrence).await?;
    let to = match occurrence {
        Some(o) => format!(
            "/calendar/events/{id}?at={}",
            o.format(gctcp_store::calendar::LOCAL)
        ),
        None => format!("/calendar/events/{id}"),
    };
    Ok(Redirect::to(&to).into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::delete(&state, &actor, id).await?;
    Ok(Redirect::to("/calendar").into_response())
}

pub async fn rsvp(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::answer(&state, &actor, id, form.get("answer")).await {
        Ok(recorded) => {
            let at = form.get("at");
            let mut to = format!("/calendar/events/{id}?answered={recorded}");
            if !at.is_empty() && parse_local(at).is_some() {
                to.push_str(&format!("&at={at}"));
            }
            Ok(Redirect::to(&to).into_response())
        }
        Err(Problem::Invalid(p)) => {
            let notice = crate::auth::messages(&ctx, &p).into_iter().next();
            let page = event_page(&state, &user, ctx, id, None, notice).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The attendee list as a spreadsheet, for those who may change the event (every cell
/// guarded against formulas).
pub async fn attendees_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = ops::editable(&state, &user.viewer, id).await?;
    let catalog = state.catalog().await?;
    let header = [
        "cal-csv-name",
        "cal-csv-email",
        "cal-csv-org",
        "cal-csv-answer",
        "cal-csv-answered",
    ]
    .map(|k| ctx.t(k));
    let mut sheet = crate::ui::csv::Sheet::new(header);
    for r in ops::attendees(&state, &user.viewer, id).await? {
        let org = catalog
            .org_by_code(&r.org_code)
            .map(|o| o.name(ctx.lang))
            .unwrap_or_default();
        sheet.row([
            r.display_name.clone(),
            r.email.clone(),
            format!("{} — {org}", r.org_code),
            ctx.tk("cal-answer-", &r.answer, ""),
            r.answered_at.to_rfc3339(),
        ]);
    }
    Ok(sheet.into_response(&format!("attendees-{}.csv", e.id)))
}
