//! Discussion pages: a space's threads (and starting one), a thread with its posts
//! (replying, following or muting), editing and removing a post, and the people a post
//! may mention (for the completion).

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::library::form::{accept, receive_any, UploadProblem};
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::discussions as ops;
use gctcp_app::{Actor, Problem};
use gctcp_domain::policy::PostAction;
use gctcp_domain::SpaceId;
use gctcp_store::discussions::{Listed, Post};
use gctcp_store::library::{Full, Upload};
use gctcp_store::spaces::Space;
use serde::Deserialize;

const PAGE: i64 = 30;

page!(ListPage);
#[derive(Template)]
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
    max_upload: u64,
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
        max_upload: state.config.max_upload,
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

/// A post as submitted: its fields, and its files accepted through the library's one
/// path — or the message why one was refused (the files already stored are removed again,
/// the text comes back to the form).
struct Posted {
    form: FormFields,
    uploads: Result<Vec<Upload>, (StatusCode, String)>,
}

async fn posted(state: &AppState, ctx: &Ctx, req: Request) -> AppResult<Posted> {
    let refused = |p: UploadProblem| (p.status(), p.message(ctx, state.config.max_upload));
    let received = match receive_any(state, req).await? {
        Ok(r) => r,
        Err(p) => {
            return Ok(Posted {
                form: FormFields(vec![]),
                uploads: Err(refused(p)),
            })
        }
    };
    let mut uploads = Vec::new();
    let mut problem = None;
    if received.files.len() > ops::FILES_MAX {
        problem = Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            ctx.t("discussion-too-many-files"),
        ));
    } else {
        for (name, staged) in received.files {
            match accept(state, &name, staged).await? {
                Ok(u) => uploads.push(u),
                Err(p) => {
                    problem = Some(refused(p));
                    break;
                }
            }
        }
    }
    if let Some(p) = problem {
        for u in uploads {
            let _ = state.blobs.delete(&u.blob_key).await;
        }
        return Ok(Posted {
            form: received.fields,
            uploads: Err(p),
        });
    }
    Ok(Posted {
        form: received.fields,
        uploads: Ok(uploads),
    })
}

pub async fn start(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    req: Request,
) -> AppResult<Response> {
    gctcp_app::spaces::space(&state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let Posted { form, uploads } = posted(&state, &ctx, req).await?;
    let (title, body) = (form.get("title").to_string(), form.get("body").to_string());
    let (status, errors) = match uploads {
        Ok(uploads) => {
            let files = ops::Files {
                uploads: &uploads,
                lang: ctx.lang,
            };
            match ops::start(&state, &actor, SpaceId(id), &title, &body, files).await {
                Ok(thread) => {
                    return Ok(Redirect::to(&format!("/discussions/{thread}")).into_response())
                }
                Err(Problem::Invalid(p)) => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    crate::auth::messages(&ctx, &p),
                ),
                Err(e) => return Err(e.into()),
            }
        }
        Err((status, message)) => (status, vec![message]),
    };
    let mut page = list_page(&state, &user, ctx, id, 1).await?;
    page.title = title;
    page.body = body;
    page.errors = errors;
    Ok((status, page).into_response())
}

/// A post as the thread page shows it.
pub struct Shown {
    pub post: Post,
    /// The files under it the reader may read.
    pub files: Vec<Full>,
    pub new: bool,
    pub can_edit: bool,
    pub can_delete: bool,
}

page!(ThreadPage);
#[derive(Template)]
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
    max_upload: u64,
}

impl ThreadPage {
    fn size(&self, bytes: &i64) -> String {
        crate::library::size_label(self.ctx.lang, *bytes)
    }
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
    let mut attachments = o.attachments;
    let posts = o
        .posts
        .into_iter()
        .map(|p| Shown {
            files: attachments
                .extract_if(.., |(post, _)| *post == p.id)
                .map(|(_, f)| f)
                .collect(),
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
        max_upload: state.config.max_upload,
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
    req: Request,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let Posted { form, uploads } = posted(&state, &ctx, req).await?;
    let body = form.get("body").to_string();
    let (status, error) = match uploads {
        Ok(uploads) => {
            let files = ops::Files {
                uploads: &uploads,
                lang: ctx.lang,
            };
            match ops::reply(&state, &actor, id, &body, files).await {
                Ok(post) => {
                    return Ok(
                        Redirect::to(&format!("/discussions/{id}#post-{post}")).into_response()
                    )
                }
                Err(Problem::Invalid(p)) => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    crate::auth::messages(&ctx, &p).into_iter().next(),
                ),
                Err(e) => return Err(e.into()),
            }
        }
        Err((status, message)) => (status, Some(message)),
    };
    let mut page = thread_page(&state, &user, ctx, id).await?;
    page.body = body;
    page.error = error;
    Ok((status, page).into_response())
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

page!(EditPage);
#[derive(Template)]
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

pub fn routes(state: &AppState) -> axum::Router<AppState> {
    use axum::routing::{get, post};
    // Posts may carry files: up to the upload size in all, streamed to staging.
    let upload_limit = axum::extract::DefaultBodyLimit::max(
        (state.config.max_upload + crate::library::form::FORM_SLACK).min(usize::MAX as u64)
            as usize,
    );
    axum::Router::new()
        .route(
            "/spaces/{id}/discussions",
            get(list).post(start).layer(upload_limit),
        )
        .route("/spaces/{id}/mentions", get(mentions))
        .route("/discussions/{id}", get(show))
        .route("/discussions/{id}/replies", post(reply).layer(upload_limit))
        .route("/discussions/{id}/follow", post(follow))
        .route("/discussions/posts/{id}/edit", get(edit_form).post(edit))
        .route("/discussions/posts/{id}/delete", post(delete))
}
