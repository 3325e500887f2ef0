//! The fair-time finder page: for a space's members or chosen organizations, a week's
//! heat map (in the reader's zone) of how many are in their working hours, the fairest
//! single hours, and a rotation for a series that shares the out-of-hours burden.

use super::fmt;
use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;
use gctcp_domain::fairtime::{self, Slot};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct FairQuery {
    space: Option<String>,
    /// Organization codes, separated by commas or spaces.
    orgs: Option<String>,
}

/// A suggested hour as the page says it.
pub struct Suggestion {
    pub day: String,
    /// "13:00–14:00" (written left to right in every language).
    pub time: String,
    pub working: usize,
    pub burdened: String,
}

page!(FairPage);
#[derive(Template)]
#[template(path = "calendar/fairtime.html")]
pub struct FairPage {
    ctx: Ctx,
    spaces: Vec<(i64, String)>,
    space: Option<i64>,
    orgs: String,
    unknown: Vec<String>,
    total: usize,
    zones: Vec<(String, usize)>,
    /// Rows: the reader's hours 0–23; columns: Monday to Sunday (people working).
    grid: Vec<Vec<usize>>,
    weekdays: Vec<String>,
    fairest: Vec<Suggestion>,
    rotation: Vec<Suggestion>,
    reader_zone: String,
}

impl FairPage {
    pub fn is_space(&self, id: &i64) -> bool {
        self.space == Some(*id)
    }
    /// A shade from 0 (nobody working) to 4 (everyone).
    pub fn level(&self, n: &usize) -> usize {
        if self.total == 0 {
            0
        } else {
            (n * 4).div_ceil(self.total)
        }
    }
}

fn say(ctx: &Ctx, reader: Tz, s: &Slot) -> Suggestion {
    let local = s.start.with_timezone(&reader);
    let end = local + Duration::hours(1);
    let burdened = s
        .burdened
        .iter()
        .map(|(tz, n)| {
            fmt::isolate(&format!(
                "{} ({n})",
                crate::i18n::zone_city(ctx.lang, tz.name())
            ))
        })
        .collect::<Vec<_>>()
        .join(", ");
    Suggestion {
        day: ctx.t(&format!(
            "cal-weekday-{}",
            local.weekday().number_from_monday()
        )),
        time: format!("{}–{}", local.format("%H:%M"), end.format("%H:%M")),
        working: s.working,
        burdened,
    }
}

pub async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<FairQuery>,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let reader = fmt::reader_zone(&ctx);
    let space = q
        .space
        .as_deref()
        .and_then(|s| s.trim().parse::<i64>().ok());
    let orgs_text: String = q.orgs.unwrap_or_default().chars().take(500).collect();
    let (mut orgs, mut unknown) = (Vec::new(), Vec::new());
    for code in orgs_text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|c| !c.is_empty())
    {
        match catalog.org_by_code(&code.to_uppercase()) {
            Some(o) => orgs.push(o.id),
            None => unknown.push(code.to_string()),
        }
    }
    let zones =
        gctcp_app::calendar_view::fair_time_zones(&state, &user.viewer, space, &orgs).await?;
    let total: usize = zones.iter().map(|(_, n)| n).sum();
    // Next week, from Monday 00:00 in the reader's zone.
    let today = Utc::now().with_timezone(&reader).date_naive();
    let monday = today + Duration::days(7 - today.weekday().num_days_from_monday() as i64);
    let start: DateTime<Utc> =
        gctcp_domain::calendar::local_to_utc(monday.and_time(Default::default()), reader);
    let slots = fairtime::week(&zones, start);
    let mut grid = vec![vec![0usize; 7]; 24];
    for (i, s) in slots.iter().enumerate() {
        grid[i % 24][i / 24] = s.working;
    }
    let (fairest, rotation) = if total == 0 {
        (vec![], vec![])
    } else {
        (
            fairtime::fairest(&slots, 3)
                .iter()
                .map(|s| say(&ctx, reader, s))
                .collect(),
            fairtime::rotation(&slots, 3)
                .iter()
                .map(|s| say(&ctx, reader, s))
                .collect(),
        )
    };
    let mut spaces = Vec::new();
    for s in gctcp_store::spaces::list(&state.db).await? {
        let info = gctcp_app::calendar::space_info(&s);
        if gctcp_domain::policy::can_in_space(
            &user.viewer,
            info,
            gctcp_domain::policy::SpaceAction::View,
        ) {
            spaces.push((s.id, s.name(ctx.lang).to_string()));
        }
    }
    Ok(FairPage {
        weekdays: fmt::weekdays_short(ctx.lang),
        reader_zone: fmt::isolate(&fmt::zone(ctx.lang, reader, Utc::now())),
        zones: zones
            .iter()
            .map(|(tz, n)| (fmt::zone(ctx.lang, *tz, start), *n))
            .collect(),
        ctx: ctx.with_section("calendar"),
        spaces,
        space,
        orgs: orgs_text,
        unknown,
        total,
        grid,
        fairest,
        rotation,
    }
    .into_response())
}
