//! Extractors that carry identity and input: the client's address, the signed-in person
//! (or a redirect to sign in), an administrator (or 403), and forms with repeated
//! fields.

use crate::error::AppError;
use crate::session::{Authed, Session};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Redirect, Response};
use std::net::SocketAddr;
use std::sync::Arc;

/// The client's address: the socket peer, or — only when configured behind a known
/// proxy — the last address that proxy appended to `X-Forwarded-For`.
pub fn client_ip(
    headers: &HeaderMap,
    extensions: &axum::http::Extensions,
    trust_proxy: bool,
) -> Option<String> {
    if trust_proxy {
        if let Some(xff) = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
            if let Some(last) = xff.split(',').map(str::trim).rfind(|s| !s.is_empty()) {
                if last.parse::<std::net::IpAddr>().is_ok() {
                    return Some(last.to_string());
                }
            }
        }
    }
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip().to_string())
}

/// The client address, as an extractor.
#[derive(Clone, Debug)]
pub struct ClientIp(pub Option<String>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(
            &parts.headers,
            &parts.extensions,
            state.config.trust_proxy,
        )))
    }
}

/// The signed-in, active person. Anonymous requests are sent to the sign-in page.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Arc<Authed>);

impl std::ops::Deref for CurrentUser {
    type Target = Authed;
    fn deref(&self) -> &Authed {
        &self.0
    }
}

pub struct SignInRequired {
    next: String,
    ended: bool,
}

impl IntoResponse for SignInRequired {
    fn into_response(self) -> Response {
        let mut url = format!(
            "/login?next={}",
            url::form_urlencoded::byte_serialize(self.next.as_bytes()).collect::<String>()
        );
        if self.ended {
            url.push_str("&ended=1");
        }
        Redirect::to(&url).into_response()
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = SignInRequired;
    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match parts
            .extensions
            .get::<Option<Arc<Authed>>>()
            .cloned()
            .flatten()
        {
            Some(a) => Ok(CurrentUser(a)),
            None => {
                let next = if parts.method == Method::GET {
                    parts
                        .uri
                        .path_and_query()
                        .map(|p| p.as_str().to_string())
                        .unwrap_or_else(|| "/".into())
                } else {
                    "/".to_string()
                };
                let ended = parts
                    .extensions
                    .get::<Session>()
                    .is_some_and(Session::ended);
                Err(SignInRequired { next, ended })
            }
        }
    }
}

/// A signed-in administrator; anyone else signed in gets 403, anonymous visitors the
/// sign-in page.
#[derive(Clone, Debug)]
pub struct RequireAdmin(pub CurrentUser);

impl std::ops::Deref for RequireAdmin {
    type Target = Authed;
    fn deref(&self) -> &Authed {
        &self.0 .0
    }
}

impl FromRequestParts<AppState> for RequireAdmin {
    type Rejection = Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if user.viewer.is_admin() {
            Ok(RequireAdmin(user))
        } else {
            Err(AppError::Forbidden.into_response())
        }
    }
}

/// A submitted form as its list of fields, for forms with repeated names (checkbox
/// groups), which `axum::Form` cannot express.
#[derive(Clone, Debug, Default)]
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    /// The first value of a field, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value of a repeated field.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for FormFields {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        Ok(FormFields(
            url::form_urlencoded::parse(&bytes).into_owned().collect(),
        ))
    }
}
