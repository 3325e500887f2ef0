//! Profile photos: uploaded as JPEG or PNG (checked from the bytes, not the name),
//! decoded with size limits, cropped to a square, resized to 256×256 and re-encoded as
//! JPEG — which drops every piece of metadata (GPS position, camera, comments).
//! Stored in the database so that every app node serves them.

use super::profile::page_for;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{Ctx, CurrentUser};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_domain::AccountId;
use gctcp_store::directory;
use image::{ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// Largest upload accepted (the body limit of the photo routes).
pub const MAX_UPLOAD: usize = 5 * 1024 * 1024;
pub const SIZE: u32 = 256;

#[derive(Debug, PartialEq, Eq)]
pub enum PhotoError {
    /// Not a JPEG or PNG image (whatever the file name says).
    NotAnImage,
    TooLarge,
}

/// Turns uploaded bytes into the stored square JPEG.
pub fn process(bytes: &[u8]) -> Result<Vec<u8>, PhotoError> {
    if bytes.len() > MAX_UPLOAD {
        return Err(PhotoError::TooLarge);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err(PhotoError::NotAnImage);
    }
    // A small file can claim enormous dimensions (a decompression bomb): cap them.
    let mut limits = Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| PhotoError::NotAnImage)?;
    let square = img.resize_to_fill(SIZE, SIZE, image::imageops::FilterType::Lanczos3);
    // Transparent PNGs are flattened onto white rather than black.
    let rgba = square.to_rgba8();
    let mut rgb = image::RgbImage::new(SIZE, SIZE);
    for (x, y, p) in rgba.enumerate_pixels() {
        let a = p[3] as u32;
        let blend = |c: u8| ((c as u32 * a + 255 * (255 - a)) / 255) as u8;
        rgb.put_pixel(x, y, image::Rgb([blend(p[0]), blend(p[1]), blend(p[2])]));
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|_| PhotoError::NotAnImage)?;
    Ok(out)
}

/// Serves a photo to signed-in people, only for people the directory shows (or oneself).
pub async fn serve(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let person = directory::person(&state.db, AccountId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    if person.status != "active" && user.viewer.id.0 != id && !user.viewer.is_admin() {
        return Err(AppError::NotFound);
    }
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

/// Who may change `target`'s photo: the person, or an administrator.
fn may_edit(user: &CurrentUser, target: i64) -> AppResult<AccountId> {
    if user.viewer.id.0 == target || user.viewer.is_admin() {
        Ok(AccountId(target))
    } else {
        Err(AppError::Forbidden)
    }
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
    target: AccountId,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut bytes = None;
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
                    bytes = Some(data);
                }
            }
            Some("remove") => remove = true,
            _ => {}
        }
    }
    if remove {
        directory::set_photo(&state.db, target, None).await?;
        return Ok(Redirect::to(&back(&user, target)).into_response());
    }
    let problem = match bytes {
        None => Some("photo-missing"),
        Some(b) => match tokio::task::spawn_blocking(move || process(&b))
            .await
            .map_err(|e| anyhow::anyhow!(e))?
        {
            Ok(jpeg) => {
                directory::set_photo(&state.db, target, Some(&jpeg)).await?;
                None
            }
            Err(PhotoError::TooLarge) => Some("photo-too-large"),
            Err(PhotoError::NotAnImage) => Some("photo-not-an-image"),
        },
    };
    match problem {
        None => Ok(Redirect::to(&back(&user, target)).into_response()),
        Some(key) => {
            let msg = ctx.t(key);
            let mut page = page_for(
                &state,
                ctx,
                user.viewer.id,
                target,
                user.viewer.is_admin() && user.viewer.id != target,
            )
            .await?;
            page.photo_error = Some(msg);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub async fn upload_own(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    multipart: Multipart,
) -> AppResult<Response> {
    let target = user.viewer.id;
    upload(state, user, ctx, target, multipart).await
}

pub async fn upload_other(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    let target = may_edit(&user, id)?;
    // A photo for nobody: 404, before anything is read or written.
    gctcp_store::accounts::by_id(&state.db, target)
        .await?
        .ok_or(AppError::NotFound)?;
    upload(state, user, ctx, target, multipart).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([10, 120, 200, 255]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn photos_become_256_pixel_jpegs() {
        let jpeg = process(&png(800, 600)).unwrap();
        assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        let back = image::load_from_memory(&jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (256, 256));
    }

    #[test]
    fn anything_else_is_refused_by_its_bytes() {
        assert_eq!(
            process(b"<html><script>alert(1)</script></html>"),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(
            process(b"GIF89a\x01\x00\x01\x00"),
            Err(PhotoError::NotAnImage)
        );
        let mut truncated = png(50, 50);
        truncated.truncate(40);
        assert_eq!(process(&truncated), Err(PhotoError::NotAnImage));
    }
}
