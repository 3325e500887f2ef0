//! Calendar clients: one event as an `.ics` file, and each person's private subscription
//! feed (a secret address, shown once, replaced or revoked at will; optionally one space).

use crate::error::AppResult;
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::calendar_view as view;
use gctcp_app::{Actor, Problem};

fn calendar_file(body: impl IntoResponse, filename: Option<&str>) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Some(name) = filename {
        if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    res
}

/// One event (its whole series, with its moved and cancelled occurrences).
pub async fn event_ics(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (_, body) = view::event_ics(&state, &user.viewer, id).await?;
    Ok(calendar_file(body, Some(&format!("event-{id}.ics"))))
}

/// The feed behind a secret address (no session: calendar clients fetch it).
pub async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let token = token.trim_end_matches(".ics");
    if token.len() > 200 {
        return Err(Problem::NotFound.into());
    }
    let held = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok());
    let file = view::feed_ics(&state, token, held).await?;
    let mut res = match file.body {
        Some(body) if accepts_gzip(&headers) => {
            let zipped = body
                .gzip
                .get_or_try_init(|| {
                    let text = body.text.clone();
                    async move {
                        let zipped = tokio::task::spawn_blocking(move || gzip(&text))
                            .await
                            .map_err(anyhow::Error::from)?;
                        zipped.map_err(|e| gctcp_app::Problem::Internal(e.into()))
                    }
                })
                .await?
                .clone();
            let mut res = calendar_file(zipped, None);
            // Already compressed: the compression layer leaves it as it is.
            res.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            res
        }
        Some(body) => calendar_file(body.text.clone(), None),
        None => axum::http::StatusCode::NOT_MODIFIED.into_response(),
    };
    // Calendar apps may keep it, and ask each time whether it changed.
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    if let Ok(v) = HeaderValue::from_str(&file.etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    Ok(res)
}

/// Whether the client takes gzip (`Accept-Encoding: gzip`, not refused with `q=0`).
fn accepts_gzip(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|part| {
            let mut it = part.split(';').map(str::trim);
            let coding = it.next().unwrap_or("");
            let refused = it.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
        })
}

fn gzip(text: &[u8]) -> std::io::Result<bytes::Bytes> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(
        Vec::with_capacity(text.len() / 6),
        flate2::Compression::default(),
    );
    z.write_all(text)?;
    Ok(bytes::Bytes::from(z.finish()?))
}

page!(SubscribePage);
#[derive(Template)]
#[template(path = "calendar/subscribe.html")]
pub struct SubscribePage {
    ctx: Ctx,
    active_since: Option<String>,
    feed_space: Option<i64>,
    /// The new address, shown this once.
    url: Option<String>,
    spaces: Vec<(i64, String)>,
}

impl SubscribePage {
    pub fn is_space(&self, id: &i64) -> bool {
        self.feed_space == Some(*id)
    }
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    url: Option<String>,
) -> AppResult<SubscribePage> {
    let feed = view::feed_of(state, &user.viewer).await?;
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
    Ok(SubscribePage {
        active_since: feed.as_ref().map(|f| ctx.time(&f.created_at)),
        feed_space: feed.and_then(|f| f.space_id),
        ctx: ctx.with_section("calendar"),
        url,
        spaces,
    })
}

pub async fn subscribe_page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    Ok(page(&state, &user, ctx, None).await?.into_response())
}

/// Creates (or replaces) the person's feed and shows its address once.
pub async fn subscribe(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    let space = match form.get("space").trim() {
        "" => None,
        s => Some(s.parse().map_err(|_| crate::error::AppError::BadRequest)?),
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let token = view::new_feed(&state, &actor, space).await?;
    let url = state.config.link(&format!("/calendar/feed/{token}.ics"));
    let mut res = page(&state, &user, ctx, Some(url)).await?.into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

pub async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    view::revoke_feed(&state, &actor).await?;
    Ok(Redirect::to("/calendar/subscribe").into_response())
}
