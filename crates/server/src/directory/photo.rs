//! Profile photos: served to those who may see the person, changed by the person or an
//! administrator (the checks and re-encoding are `gctcp_files::photo`, the rules
//! `gctcp_app::directory::set_photo`).

use super::profile::page_for;
use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser};
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::{Actor, Problem};
use gctcp_domain::AccountId;
use gctcp_store::directory;

/// Largest upload accepted (the body limit of the photo routes).
pub const MAX_UPLOAD: usize = gctcp_files::photo::MAX_UPLOAD;

/// Serves a photo to signed-in people, only for people they may see.
pub async fn serve(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    gctcp_app::directory::person(&state, &user.viewer, AccountId(id)).await?;
    let (jpeg, _) = directory::photo(&state.db, AccountId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let mut res = jpeg.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=300"),
    );
    Ok(res)
}

fn back(user: &CurrentUser, target: AccountId) -> String {
    if user.viewer.id == target {
        "/profile?photo=1".into()
    } else {
        format!("/people/{}/edit?photo=1", target.0)
    }
}

async fn upload(
    state: AppState,
    user: CurrentUser,
    ctx: Ctx,
    ip: Option<String>,
    target: AccountId,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut bytes: Option<Vec<u8>> = None;
    let mut remove = false;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest)?
    {
        match field.name() {
            Some("photo") => {
                let data = field.bytes().await.map_err(|_| AppError::BadRequest)?;
                if !data.is_empty() {
                    bytes = Some(data.to_vec());
                }
            }
            Some("remove") => remove = true,
            _ => {}
        }
    }
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let photo = if remove {
        None
    } else {
        Some(bytes.unwrap_or_default())
    };
    match gctcp_app::directory::set_photo(&state, &actor, target, photo).await {
        Ok(()) => Ok(Redirect::to(&back(&user, target)).into_response()),
        Err(Problem::Invalid(problems)) => {
            let msg = crate::auth::messages(&ctx, &problems).into_iter().next();
            let mut page = page_for(
                &state,
                ctx,
                user.viewer.id,
                target,
                user.viewer.is_admin() && user.viewer.id != target,
            )
            .await?;
            page.photo_error = msg;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn upload_own(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    multipart: Multipart,
) -> AppResult<Response> {
    let target = user.viewer.id;
    upload(state, user, ctx, ip, target, multipart).await
}

/// A person's photo changed by an administrator (or by themselves by this route).
pub async fn upload_other(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    upload(state, user, ctx, ip, AccountId(id), multipart).await
}
