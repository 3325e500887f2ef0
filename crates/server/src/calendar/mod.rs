//! The joint calendar's pages: the agenda, the month grid and the week (every time in
//! the reader's zone, the event's own alongside), filters applied on an explicit action;
//! one event (`event`), its forms and answers; the private feed and `.ics` files (`feed`).

pub mod event;
pub mod fairtime;
pub mod feed;
pub mod fmt;

use crate::error::{AppError, AppResult};
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use fmt::When;
use gctcp_app::calendar_view::{self as view, Filter, Shown, Window};
use gctcp_domain::{OrgId, SpaceId};
use gctcp_store::catalog::Catalog;
use serde::Deserialize;

/// The views' query: where to look and the filters (empty values are no filter).
#[derive(Deserialize, Default, Clone, Debug)]
pub struct ViewQuery {
    /// The agenda's and week's first day; the month's day (YYYY-MM-DD).
    pub d: Option<String>,
    pub space: Option<String>,
    pub pillar: Option<String>,
    pub organizer: Option<String>,
    pub mine: Option<String>,
}

impl ViewQuery {
    fn filter(&self) -> Filter {
        let num = |s: &Option<String>| s.as_deref().and_then(|v| v.trim().parse::<i64>().ok());
        Filter {
            space: num(&self.space),
            pillar: num(&self.pillar),
            organizer: num(&self.organizer),
            mine: self.mine.as_deref() == Some("1"),
        }
    }

    fn day(&self, today: NaiveDate) -> NaiveDate {
        self.d
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
            .filter(|d| (1900..=2200).contains(&d.year()))
            .unwrap_or(today)
    }
}

/// The filters as links keep them (only those set).
pub fn filter_query(f: &Filter) -> String {
    let mut parts = Vec::new();
    if let Some(s) = f.space {
        parts.push(format!("space={s}"));
    }
    if let Some(p) = f.pillar {
        parts.push(format!("pillar={p}"));
    }
    if let Some(o) = f.organizer {
        parts.push(format!("organizer={o}"));
    }
    if f.mine {
        parts.push("mine=1".to_string());
    }
    parts.join("&")
}

/// An occurrence as a list shows it.
pub struct Item {
    pub s: Shown,
    pub when: When,
    pub link: String,
    pub space: String,
    pub organizer: String,
}

pub fn item(catalog: &Catalog, lang: &str, reader: Tz, s: Shown) -> Item {
    let when = fmt::when(lang, &s, reader);
    let link = if s.event.rrule.is_some() {
        format!("/calendar/events/{}?at={}", s.event.id, s.key())
    } else {
        format!("/calendar/events/{}", s.event.id)
    };
    Item {
        space: s
            .event
            .space_id
            .and_then(|id| catalog.space(SpaceId(id)))
            .map(|sp| sp.name(lang).to_string())
            .unwrap_or_default(),
        organizer: catalog
            .org(OrgId(s.event.organizer_org_id))
            .map(|o| o.code.clone())
            .unwrap_or_default(),
        when,
        link,
        s,
    }
}

/// The filter bar's choices.
pub struct Choices {
    pub spaces: Vec<(i64, String)>,
    pub pillars: Vec<(i64, String)>,
    pub organizers: Vec<(i64, String)>,
}

async fn choices(state: &AppState, user: &CurrentUser, lang: &str) -> AppResult<Choices> {
    let catalog = state.catalog().await?;
    let mut spaces = Vec::new();
    for s in gctcp_store::spaces::list(&state.db).await? {
        let sp = gctcp_app::calendar::space_info(&s);
        if gctcp_domain::policy::can_in_space(
            &user.viewer,
            sp,
            gctcp_domain::policy::SpaceAction::View,
        ) {
            spaces.push((s.id, s.name(lang).to_string()));
        }
    }
    let pillars = (1..=4)
        .filter_map(|p| catalog.pillar(p).map(|x| (p, x.name(lang).to_string())))
        .collect();
    let mut organizers: Vec<(i64, String)> = catalog
        .orgs
        .iter()
        .filter(|o| o.kind != "member_state")
        .map(|o| (o.id, o.code.clone()))
        .collect();
    organizers.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Choices {
        spaces,
        pillars,
        organizers,
    })
}

/// What every view shares: filters, choices, the reader's zone.
pub struct Frame {
    pub filter: Filter,
    pub query: String,
    pub choices: Choices,
    pub zone: String,
    pub today: NaiveDate,
}

impl Frame {
    pub fn is_space(&self, id: &i64) -> bool {
        self.filter.space == Some(*id)
    }
    pub fn is_pillar(&self, id: &i64) -> bool {
        self.filter.pillar == Some(*id)
    }
    pub fn is_organizer(&self, id: &i64) -> bool {
        self.filter.organizer == Some(*id)
    }
    /// A link to a view at a day, keeping the filters.
    pub fn at(&self, path: &str, d: impl std::borrow::Borrow<NaiveDate>) -> String {
        let d = d.borrow();
        if self.query.is_empty() {
            format!("{path}?d={d}")
        } else {
            format!("{path}?d={d}&{}", self.query)
        }
    }
}

async fn frame(state: &AppState, user: &CurrentUser, ctx: &Ctx, q: &ViewQuery) -> AppResult<Frame> {
    let reader = fmt::reader_zone(ctx);
    let filter = q.filter();
    Ok(Frame {
        query: filter_query(&filter),
        filter,
        choices: choices(state, user, ctx.lang).await?,
        zone: fmt::isolate(&fmt::zone(ctx.lang, reader, Utc::now())),
        today: Utc::now().with_timezone(&reader).date_naive(),
    })
}

/// One day of a list view with its occurrences.
pub struct Day {
    pub date: NaiveDate,
    pub label: String,
    pub today: bool,
    pub items: Vec<Item>,
    /// Occurrences that day not listed (the month grid shows a few per day).
    pub more: usize,
}

page!(AgendaPage);
#[derive(Template)]
#[template(path = "calendar/agenda.html")]
pub struct AgendaPage {
    ctx: Ctx,
    f: Frame,
    days: Vec<Day>,
    first: NaiveDate,
    next: NaiveDate,
    prev: NaiveDate,
    range: String,
}

/// How many days the agenda looks at, and how many occurrences it lists at most (a busy
/// season continues on the next page, from the next day).
const AGENDA_DAYS: i64 = 42;
const AGENDA_MAX: usize = 150;

/// How a view lists the days of a window.
#[derive(Clone, Copy)]
struct Listing {
    /// Days without occurrences are listed too.
    keep_empty: bool,
    /// At most this many occurrences listed per day (the rest counted).
    per_day: usize,
    /// Stop after the day on which this many occurrences have been listed.
    total: usize,
}

async fn days(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    f: &Frame,
    first: NaiveDate,
    last: NaiveDate,
    how: Listing,
) -> AppResult<Vec<Day>> {
    let reader = fmt::reader_zone(ctx);
    let catalog = state.catalog().await?;
    let all = view::occurrences(
        state,
        &user.viewer,
        Window {
            first,
            last,
            tz: reader,
        },
        &f.filter,
    )
    .await?;
    // Each occurrence into the days it covers, in one pass.
    let n = ((last - first).num_days() + 1).max(0) as usize;
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in all.iter().enumerate() {
        let (a, b) = match s.days {
            Some(d) => d,
            None => {
                let a = s.start.with_timezone(&reader).date_naive();
                let b = (s.end - Duration::seconds(1))
                    .with_timezone(&reader)
                    .date_naive();
                (a, b.max(a))
            }
        };
        let (a, b) = (a.max(first), b.min(last));
        let mut d = a;
        while d <= b {
            buckets[(d - first).num_days() as usize].push(i);
            d += Duration::days(1);
        }
    }
    let mut out = Vec::new();
    let mut listed = 0;
    for (k, bucket) in buckets.into_iter().enumerate() {
        if listed >= how.total {
            break;
        }
        let d = first + Duration::days(k as i64);
        if !how.keep_empty && bucket.is_empty() {
            continue;
        }
        let items: Vec<Item> = bucket
            .iter()
            .take(how.per_day)
            .map(|i| item(&catalog, ctx.lang, reader, all[*i].clone()))
            .collect();
        listed += items.len();
        out.push(Day {
            date: d,
            label: fmt::day(ctx.lang, d),
            today: d == f.today,
            more: bucket.len() - items.len(),
            items,
        });
    }
    Ok(out)
}

pub async fn agenda(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let f = frame(&state, &user, &ctx, &q).await?;
    let first = q.day(f.today);
    let last = first + Duration::days(AGENDA_DAYS - 1);
    let how = Listing {
        keep_empty: false,
        per_day: usize::MAX,
        total: AGENDA_MAX,
    };
    let days = days(&state, &user, &ctx, &f, first, last, how).await?;
    // A busy stretch ends the page early: "later" continues from the next day.
    let listed: usize = days.iter().map(|d| d.items.len()).sum();
    let shown_last = match days.last() {
        Some(d) if listed >= AGENDA_MAX => d.date,
        _ => last,
    };
    let range = format!(
        "{} – {}",
        fmt::day(ctx.lang, first),
        fmt::day(ctx.lang, shown_last)
    );
    Ok(AgendaPage {
        ctx: ctx.with_section("calendar"),
        f,
        days,
        first,
        next: shown_last + Duration::days(1),
        prev: first - Duration::days(AGENDA_DAYS),
        range,
    }
    .into_response())
}

page!(WeekPage);
#[derive(Template)]
#[template(path = "calendar/week.html")]
pub struct WeekPage {
    ctx: Ctx,
    f: Frame,
    days: Vec<Day>,
    first: NaiveDate,
    range: String,
}

pub async fn week(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let f = frame(&state, &user, &ctx, &q).await?;
    let d = q.day(f.today);
    let first = d - Duration::days(d.weekday().num_days_from_monday() as i64);
    let last = first + Duration::days(6);
    let how = Listing {
        keep_empty: true,
        per_day: usize::MAX,
        total: usize::MAX,
    };
    let days = days(&state, &user, &ctx, &f, first, last, how).await?;
    let range = format!(
        "{} – {}",
        fmt::day(ctx.lang, first),
        fmt::day(ctx.lang, last)
    );
    Ok(WeekPage {
        ctx: ctx.with_section("calendar"),
        f,
        days,
        first,
        range,
    }
    .into_response())
}

/// A day in the month grid.
pub struct Cell {
    pub date: NaiveDate,
    pub label: String,
    pub in_month: bool,
    pub today: bool,
    pub items: Vec<Item>,
    pub more: usize,
}

page!(MonthPage);
#[derive(Template)]
#[template(path = "calendar/month.html")]
pub struct MonthPage {
    ctx: Ctx,
    f: Frame,
    title: String,
    weekdays: Vec<String>,
    weeks: Vec<Vec<Cell>>,
    first: NaiveDate,
    prev: NaiveDate,
    next: NaiveDate,
}

/// Events shown in one grid cell before "n more".
const CELL_MAX: usize = 3;

pub async fn month(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let f = frame(&state, &user, &ctx, &q).await?;
    let d = q.day(f.today);
    let first = d.with_day(1).ok_or(AppError::BadRequest)?;
    let next = (first + Duration::days(32))
        .with_day(1)
        .ok_or(AppError::BadRequest)?;
    let prev = (first - Duration::days(1))
        .with_day(1)
        .ok_or(AppError::BadRequest)?;
    let grid_first = first - Duration::days(first.weekday().num_days_from_monday() as i64);
    let last_of_month = next - Duration::days(1);
    let grid_last =
        last_of_month + Duration::days(6 - last_of_month.weekday().num_days_from_monday() as i64);
    let how = Listing {
        keep_empty: true,
        per_day: CELL_MAX,
        total: usize::MAX,
    };
    let mut all = days(&state, &user, &ctx, &f, grid_first, grid_last, how)
        .await?
        .into_iter();
    let mut weeks = Vec::new();
    loop {
        let week: Vec<Cell> = all
            .by_ref()
            .take(7)
            .map(|day| Cell {
                in_month: day.date.month() == first.month(),
                date: day.date,
                label: day.label,
                today: day.today,
                more: day.more,
                items: day.items,
            })
            .collect();
        if week.is_empty() {
            break;
        }
        weeks.push(week);
    }
    Ok(MonthPage {
        title: crate::i18n::dates::month_year(ctx.lang, first),
        weekdays: fmt::weekdays_short(ctx.lang),
        ctx: ctx.with_section("calendar"),
        f,
        weeks,
        first,
        prev,
        next,
    }
    .into_response())
}

/// The next occurrences the reader may see (of one space, or all), at most `n`, from
/// today on, looking two months ahead.
pub async fn upcoming(
    state: &AppState,
    user: &CurrentUser,
    ctx: &Ctx,
    space: Option<i64>,
    n: usize,
) -> AppResult<Vec<Item>> {
    let reader = fmt::reader_zone(ctx);
    let now = Utc::now();
    let today = now.with_timezone(&reader).date_naive();
    let filter = Filter {
        space,
        ..Filter::default()
    };
    let w = Window {
        first: today,
        last: today + Duration::days(62),
        tz: reader,
    };
    let catalog = state.catalog().await?;
    Ok(view::occurrences(state, &user.viewer, w, &filter)
        .await?
        .into_iter()
        .filter(|s| s.end > now || s.days.is_some())
        .take(n)
        .map(|s| item(&catalog, ctx.lang, reader, s))
        .collect())
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/calendar", get(agenda))
        .route("/calendar/month", get(month))
        .route("/calendar/week", get(week))
        .route("/calendar/fair-time", get(fairtime::page))
        .route("/calendar/new", get(event::new_form).post(event::create))
        .route("/calendar/events/{id}", get(event::show))
        .route(
            "/calendar/events/{id}/edit",
            get(event::edit_form).post(event::update),
        )
        .route("/calendar/events/{id}/cancel", post(event::cancel))
        .route("/calendar/events/{id}/delete", post(event::delete))
        .route("/calendar/events/{id}/rsvp", post(event::rsvp))
        .route(
            "/calendar/events/{id}/attendees.csv",
            get(event::attendees_csv),
        )
        .route("/calendar/events/{id}/event.ics", get(feed::event_ics))
        .route(
            "/calendar/subscribe",
            get(feed::subscribe_page).post(feed::subscribe),
        )
        .route("/calendar/subscribe/revoke", post(feed::revoke))
        .route("/calendar/feed/{token}", get(feed::feed))
}
