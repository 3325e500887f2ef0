//! A person's notifications: the list (newest first, unread marked), opening one (marks
//! it read and goes where it leads) and marking all read — POSTs, since they change state.

use crate::error::AppResult;
use crate::http::extract::CurrentUser;
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::notify::{self, Words};
use gctcp_domain::SpaceId;
use serde::Deserialize;

const PAGE: i64 = 50;

pub struct Shown {
    pub id: i64,
    pub text: String,
    pub excerpt: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
    pub unread: bool,
}

page!(NoticesPage);
#[derive(Template)]
#[template(path = "notifications.html")]
pub struct NoticesPage {
    ctx: Ctx,
    notices: Vec<Shown>,
    unread: i64,
    older: Option<i64>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    before: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let rows = gctcp_store::notifications::list(&state.db, user.viewer.id, q.before, PAGE).await?;
    let catalog = state.catalog().await?;
    let lang = ctx.lang;
    let older = (rows.len() as i64 == PAGE).then(|| rows.last().map(|r| r.id).unwrap_or(0));
    let notices = rows
        .into_iter()
        .map(|n| {
            let space = notify::place(&catalog, lang, &n.kind, n.space_id.map(SpaceId), &n.excerpt);
            let words = Words {
                kind: &n.kind,
                actor: n.actor_name.as_deref(),
                space: space.as_deref(),
                excerpt: &n.excerpt,
            };
            Shown {
                id: n.id,
                text: notify::text(lang, &words),
                excerpt: (notify::shows_excerpt(&n.kind) && !n.excerpt.is_empty())
                    .then(|| n.excerpt.clone()),
                at: n.created_at,
                unread: n.read_at.is_none(),
            }
        })
        .collect();
    Ok(NoticesPage {
        unread: user.unread,
        ctx: ctx.with_section("notifications"),
        notices,
        older,
    }
    .into_response())
}

/// Opens a notice: marked read, then where it leads (a path on this site only).
pub async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let link = notify::open(&state, user.viewer.id, id).await?;
    Ok(Redirect::to(&crate::http::redirect::safe_next(Some(&link))).into_response())
}

pub async fn read_all(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    notify::read_all(&state, user.viewer.id).await?;
    Ok(Redirect::to("/notifications").into_response())
}

page!(SettingsPage);
#[derive(Template)]
#[template(path = "notifications_settings.html")]
pub struct SettingsPage {
    ctx: Ctx,
    rows: Vec<(&'static str, String)>,
    deliveries: [&'static str; 4],
    saved: bool,
}

#[derive(Deserialize, Default)]
pub struct SettingsQuery {
    saved: Option<String>,
}

pub async fn settings(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Query(q): Query<SettingsQuery>,
) -> AppResult<Response> {
    Ok(SettingsPage {
        rows: notify::settings(&state.db, user.viewer.id).await?,
        deliveries: notify::DELIVERIES,
        saved: q.saved.is_some(),
        ctx: ctx.with_section("notifications"),
    }
    .into_response())
}

pub async fn save_settings(
    State(state): State<AppState>,
    user: CurrentUser,
    crate::http::extract::ClientIp(ip): crate::http::extract::ClientIp,
    form: crate::http::extract::FormFields,
) -> AppResult<Response> {
    let choices: Vec<(String, String)> = notify::KINDS
        .iter()
        .filter_map(|(k, _)| {
            let v = form.get(k);
            (!v.is_empty()).then(|| (k.to_string(), v.to_string()))
        })
        .collect();
    let actor = gctcp_app::Actor::person(&user.viewer, ip.as_deref());
    notify::save_settings(&state, &actor, &choices).await?;
    Ok(Redirect::to("/notifications/settings?saved=1").into_response())
}

page!(UnsubscribePage);
#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage {
    ctx: Ctx,
    token: String,
    done: Option<String>,
}

/// The page a digest's unsubscribe link opens: one button (a GET changes nothing).
pub async fn unsubscribe_form(ctx: Ctx, Path(token): Path<String>) -> AppResult<Response> {
    Ok(UnsubscribePage {
        ctx,
        token: token.chars().take(100).collect(),
        done: None,
    }
    .into_response())
}

/// One click (from the page, or from the mail client: RFC 8058) ends the digest.
pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    match gctcp_app::digests::unsubscribe(&state, &token).await? {
        Some(which) => Ok(UnsubscribePage {
            ctx,
            token: String::new(),
            done: Some(which),
        }
        .into_response()),
        None => Err(crate::error::AppError::NotFound),
    }
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/notifications", get(list))
        .route("/notifications/settings", get(settings).post(save_settings))
        .route(
            "/unsubscribe/{token}",
            get(unsubscribe_form).post(unsubscribe),
        )
        .route("/notifications/read", post(read_all))
        .route("/notifications/{id}/open", post(open))
}
