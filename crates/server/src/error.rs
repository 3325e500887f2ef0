//! One error type for handlers. The user sees a translated page with a request ID and no
//! internal detail; the cause goes to the log under the same request ID.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// A cross-site or token-less state change.
    #[error("csrf check failed")]
    Csrf,
    #[error("bad request")]
    BadRequest,
    /// Too many password operations queued: try again shortly.
    #[error("busy")]
    Busy,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<gctcp_store::Error> for AppError {
    fn from(e: gctcp_store::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// A template that could not render (a piece rendered apart from its page).
impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("rendering: {e}"))
    }
}

/// A use case's refusal as a response. `Invalid` is for pages to show next to their
/// fields; a handler that lets it through answers 400.
impl From<gctcp_app::Problem> for AppError {
    fn from(p: gctcp_app::Problem) -> Self {
        use gctcp_app::Problem;
        match p {
            Problem::NotFound => AppError::NotFound,
            Problem::Forbidden => AppError::Forbidden,
            Problem::Invalid(_) | Problem::BadRequest => AppError::BadRequest,
            Problem::Busy => AppError::Busy,
            Problem::Internal(e) => AppError::Internal(e),
        }
    }
}

impl From<crate::password::Busy> for AppError {
    fn from(_: crate::password::Busy) -> Self {
        AppError::Busy
    }
}

/// Marks a response whose body the error-page layer renders (in the viewer's language).
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage {
    pub status: StatusCode,
    /// The message key suffix: `error-<kind>-title` / `error-<kind>-body`.
    pub kind: &'static str,
}

impl ErrorPage {
    pub fn for_status(status: StatusCode) -> ErrorPage {
        let kind = match status.as_u16() {
            400 | 405 | 411 | 415 | 422 => "bad-request",
            403 => "forbidden",
            404 => "not-found",
            413 => "too-large",
            414 => "too-long",
            429 | 503 => "busy",
            _ if status.is_server_error() => "internal",
            _ => "bad-request",
        };
        ErrorPage { status, kind }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let page = match &self {
            AppError::NotFound => ErrorPage::for_status(StatusCode::NOT_FOUND),
            AppError::Forbidden => ErrorPage::for_status(StatusCode::FORBIDDEN),
            AppError::Csrf => ErrorPage {
                status: StatusCode::FORBIDDEN,
                kind: "csrf",
            },
            AppError::BadRequest => ErrorPage::for_status(StatusCode::BAD_REQUEST),
            AppError::Busy => ErrorPage::for_status(StatusCode::SERVICE_UNAVAILABLE),
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                ErrorPage::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
        };
        let mut res = page.status.into_response();
        if matches!(self, AppError::Busy) {
            res.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("5"),
            );
        }
        res.extensions_mut().insert(page);
        res
    }
}

pub type AppResult<T> = Result<T, AppError>;
