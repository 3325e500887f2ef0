//! Discussion pages: a space's threads (and starting one), a thread with its posts
//! (replying, following or muting), editing and removing a post, and the people a post
//! may mention (for the completion).

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::discussions as ops;
use gctcp_app::{Actor, Problem};
use gctcp_domain::policy::PostAction;
use gctcp_domain::SpaceId;
use gctcp_store::discussions::{Listed, Post};
use gctcp_store::spaces::Space;
use serde::Deserialize;

const PAGE: i64 = 30;

#[derive(Template, WebTemplate)]
#[template(path = "discussions/list.html")]
pub struct ListPage {
    ctx: Ctx,
    space: Space,
    threads: Vec<Listed>,
    total: i64,
    page: i64,
    can_start: bool,
    title: String,
    body: String,
    errors: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<i64>,
}

async fn list_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    page: i64,
) -> AppResult<ListPage> {
    let page = page.clamp(1, 10_000);
    let (threads, total) =
        ops::list(state, &user.viewer, SpaceId(id), PAGE, (page - 1) * PAGE).await?;
    let space = gctcp_app::spaces::space(state, SpaceId(id)).await?;
    let can_start = gctcp_app::spaces::may(
        &Actor::person(&user.viewer, None),
        &space,
        gctcp_domain::policy::SpaceAction::Contribute,
    );
    Ok(ListPage {
        ctx: ctx.with_section("spaces"),
        space,
        threads,
        total,
        page,
        can_start,
        title: String::new(),
        body: String::new(),
        errors: vec![],
    })
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    Ok(list_page(&state, &user, ctx, id, q.page.unwrap_or(1))
        .await?
        .into_response())
}

pub async fn start(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    gctcp_app::spaces::space(&state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let (title, body) = (form.get("title").to_string(), form.get("body").to_string());
    match ops::start(&state, &actor, SpaceId(id), &title, &body).await {
        Ok(thread) => Ok(Redirect::to(&format!("/discussions/{thread}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            let mut page = list_page(&state, &user, ctx, id, 1).await?;
            page.title = title;
            page.body = body;
            page.errors = errors;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// A post as the thread page shows it.
pub struct Shown {
    pub post: Post,
    pub new: bool,
    pub can_edit: bool,
    pub can_delete: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "discussions/thread.html")]
pub struct ThreadPage {
    ctx: Ctx,
    space: Space,
    thread: gctcp_store::discussions::Thread,
    posts: Vec<Shown>,
    follow: Option<String>,
    can_reply: bool,
    body: String,
    error: Option<String>,
}

async fn thread_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
) -> AppResult<ThreadPage> {
    let o = ops::open(state, &user.viewer, id).await?;
    // Opening the thread read its notices: the header says so on this very page.
    let ctx = ctx.with_unread(gctcp_app::notify::unread(state, user.viewer.id).await?);
    let posts = o
        .posts
        .into_iter()
        .map(|p| Shown {
            new: o.read_upto.is_some_and(|r| p.id > r) && p.author_id != user.viewer.id.0,
            can_edit: ops::may(&user.viewer, &o.space, &p, PostAction::Edit),
            can_delete: ops::may(&user.viewer, &o.space, &p, PostAction::Delete),
            post: p,
        })
        .collect();
    Ok(ThreadPage {
        ctx: ctx.with_section("spaces"),
        space: o.space,
        thread: o.thread,
        posts,
        follow: o.follow,
        can_reply: o.can_reply,
        body: String::new(),
        error: None,
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    Ok(thread_page(&state, &user, ctx, id).await?.into_response())
}

pub async fn reply(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let body = form.get("body").to_string();
    match ops::reply(&state, &actor, id, &body).await {
        Ok(post) => Ok(Redirect::to(&format!("/discussions/{id}#post-{post}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let error = crate::auth::messages(&ctx, &p).into_iter().next();
            let mut page = thread_page(&state, &user, ctx, id).await?;
            page.body = body;
            page.error = error;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn follow(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let mode = match form.get("mode") {
        "follow" => Some("follow"),
        "mute" => Some("mute"),
        "" | "default" => None,
        _ => {
            ops::open(&state, &user.viewer, id).await?;
            return Err(AppError::BadRequest);
        }
    };
    ops::set_follow(&state, &actor, id, mode).await?;
    Ok(Redirect::to(&format!("/discussions/{id}")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "discussions/edit.html")]
pub struct EditPage {
    ctx: Ctx,
    post: Post,
    body: String,
    error: Option<String>,
}

pub async fn edit_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, None);
    let post = ops::editable(&state, &actor, id).await?;
    Ok(EditPage {
        ctx: ctx.with_section("spaces"),
        body: post.body.clone(),
        post,
        error: None,
    }
    .into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let body = form.get("body").to_string();
    match ops::edit(&state, &actor, id, &body).await {
        Ok(thread) => Ok(Redirect::to(&format!("/discussions/{thread}#post-{id}")).into_response()),
        Err(Problem::Invalid(p)) => {
            let post = ops::editable(&state, &actor, id).await?;
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                EditPage {
                    error: crate::auth::messages(&ctx, &p).into_iter().next(),
                    ctx: ctx.with_section("spaces"),
                    post,
                    body,
                },
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let (thread, gone, space) = ops::delete(&state, &actor, id).await?;
    let to = if gone {
        format!("/spaces/{}/discussions", space.0)
    } else {
        format!("/discussions/{thread}#post-{id}")
    };
    Ok(Redirect::to(&to).into_response())
}

#[derive(Deserialize, Default)]
pub struct MentionQuery {
    q: Option<String>,
}

/// People a post in this space may mention, as JSON for the completion.
pub async fn mentions(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(q): Query<MentionQuery>,
) -> AppResult<Response> {
    let typed: String = q.q.unwrap_or_default().chars().take(100).collect();
    let people = ops::mention_candidates(&state, &user.viewer, SpaceId(id), &typed, 8).await?;
    let json: Vec<serde_json::Value> = people
        .into_iter()
        .map(|(id, name, org)| serde_json::json!({ "id": id, "name": name, "org": org }))
        .collect();
    Ok(axum::Json(json).into_response())
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/spaces/{id}/discussions", get(list).post(start))
        .route("/spaces/{id}/mentions", get(mentions))
        .route("/discussions/{id}", get(show))
        .route("/discussions/{id}/replies", post(reply))
        .route("/discussions/{id}/follow", post(follow))
        .route("/discussions/posts/{id}/edit", get(edit_form).post(edit))
        .route("/discussions/posts/{id}/delete", post(delete))
}
