//! Database-backed sessions, shared by all app nodes.
//!
//! The cookie carries a 256-bit random token; the database keeps its SHA-256. Each
//! request checks, in one query, the session and its account's current status and
//! session epoch: a deactivated account, a changed password or a changed role ends
//! every other session at its very next request. Idle and absolute timeouts are enforced
//! here, on the server. Anonymous sessions are only written when a page needs a CSRF
//! token (a form) or a language choice, so health checks and assets create nothing.
//!
//! Why not tower-sessions: its records are opaque to the database, so "end every session
//! of this account" or "check the account's epoch in the same query" would need a second
//! bookkeeping table; owning the ~200 lines is simpler and testable.

use crate::i18n;
use crate::state::AppState;
use crate::token;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use gctcp_domain::policy::Viewer;
use gctcp_domain::{AccountId, AccountStatus};
use gctcp_store::accounts::Account;
use gctcp_store::{accounts, sessions, spaces};
use std::sync::{Arc, Mutex};

/// The interface language chosen for this request.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub &'static str);

/// The signed-in person, loaded once per request by the session layer.
#[derive(Clone, Debug)]
pub struct Authed {
    pub account: Account,
    pub viewer: Viewer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    None,
    /// Write this (so far in-memory) anonymous session and send its cookie.
    Persist,
    /// Replace the session with a new one for this account (new ID, new CSRF token).
    SignIn(AccountId),
    /// Delete the session and clear the cookie.
    Destroy,
}

#[derive(Debug)]
struct Inner {
    id_hash: Option<String>,
    account_id: Option<i64>,
    csrf: String,
    locale: Option<String>,
    locale_dirty: bool,
    /// A session that was signed in ended (timeout, deactivation, password change).
    ended: bool,
    pending: Pending,
}

/// Handle on the current session, in every request's extensions.
#[derive(Clone, Debug)]
pub struct Session(Arc<Mutex<Inner>>);

impl Session {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The CSRF token for a form on this page; makes sure the session will exist.
    pub fn csrf_for_form(&self) -> String {
        let mut s = self.lock();
        if s.id_hash.is_none() && s.pending == Pending::None {
            s.pending = Pending::Persist;
        }
        s.csrf.clone()
    }

    /// The token a submitted form must carry, if this session is a stored one.
    pub fn expected_csrf(&self) -> Option<String> {
        let s = self.lock();
        s.id_hash.as_ref().map(|_| s.csrf.clone())
    }

    pub fn account_id(&self) -> Option<AccountId> {
        self.lock().account_id.map(AccountId)
    }

    pub fn id_hash(&self) -> Option<String> {
        self.lock().id_hash.clone()
    }

    /// True when a signed-in session ended before this request (show "session ended").
    pub fn ended(&self) -> bool {
        self.lock().ended
    }

    pub fn sign_in(&self, account: AccountId) {
        self.lock().pending = Pending::SignIn(account);
    }

    pub fn sign_out(&self) {
        self.lock().pending = Pending::Destroy;
    }

    /// Remembers an anonymous visitor's language choice.
    pub fn set_locale(&self, lang: &str) {
        let mut s = self.lock();
        s.locale = Some(lang.to_string());
        s.locale_dirty = true;
        if s.id_hash.is_none() && s.pending == Pending::None {
            s.pending = Pending::Persist;
        }
    }
}

fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

fn set_cookie(state: &AppState, value: Option<&str>) -> HeaderValue {
    let secure = if state.config.is_https() {
        "; Secure"
    } else {
        ""
    };
    // SameSite=Lax rather than Strict: a focal point who follows a link to the platform
    // from Outlook must arrive signed in. No state changes on GET, every form carries a
    // session-bound token and cross-site POSTs are refused, so Lax loses no protection.
    let cookie = match value {
        Some(v) => format!(
            "{}={v}; Path=/; HttpOnly; SameSite=Lax{secure}",
            state.config.cookie_name()
        ),
        None => format!(
            "{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}",
            state.config.cookie_name()
        ),
    };
    HeaderValue::from_str(&cookie).expect("cookie is ASCII")
}

fn is_valid(rec: &sessions::Record, state: &AppState) -> bool {
    let now = Utc::now();
    let idle =
        chrono::Duration::from_std(state.config.session_idle).unwrap_or(chrono::Duration::hours(2));
    let absolute = chrono::Duration::from_std(state.config.session_absolute)
        .unwrap_or(chrono::Duration::hours(12));
    if now - rec.last_seen_at > idle || now - rec.created_at > absolute {
        return false;
    }
    match rec.account_id {
        None => true,
        Some(_) => {
            rec.account_status.as_deref() == Some(AccountStatus::Active.as_str())
                && rec.account_epoch == Some(rec.epoch)
        }
    }
}

/// Loads the account and its memberships into the policy's `Viewer`.
pub async fn load_authed(state: &AppState, id: AccountId) -> anyhow::Result<Option<Authed>> {
    let Some(account) = accounts::by_id(&state.db, id).await? else {
        return Ok(None);
    };
    if account.status() != AccountStatus::Active {
        return Ok(None);
    }
    let memberships = spaces::memberships(&state.db, id).await?;
    let viewer = Viewer {
        id,
        org: account.org_id(),
        role: account.role(),
        spaces: memberships.into_iter().collect(),
    };
    Ok(Some(Authed { account, viewer }))
}

fn internal(e: impl std::fmt::Debug) -> Response {
    tracing::error!(error = ?e, "session layer failed");
    crate::error::AppError::Internal(anyhow::anyhow!("session store unavailable")).into_response()
}

/// The session middleware: loads (or starts) the session, decides the language, and
/// writes whatever the handler changed.
pub async fn layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let cookie = read_cookie(req.headers(), state.config.cookie_name());
    let mut inner = Inner {
        id_hash: None,
        account_id: None,
        csrf: token::random_token(),
        locale: None,
        locale_dirty: false,
        ended: false,
        pending: Pending::None,
    };
    let mut account_locale = None;
    let mut stale_cookie = false;
    if let Some(tok) = &cookie {
        let h = token::hash(tok);
        match sessions::load(&state.db, &h).await {
            Ok(Some(rec)) if is_valid(&rec, &state) => {
                if Utc::now() - rec.last_seen_at > chrono::Duration::seconds(60) {
                    if let Err(e) = sessions::touch(&state.db, &h).await {
                        return internal(e);
                    }
                }
                account_locale = rec.account_locale.clone();
                inner.id_hash = Some(h);
                inner.account_id = rec.account_id;
                inner.csrf = rec.csrf_token;
                inner.locale = rec.locale;
            }
            Ok(Some(rec)) => {
                inner.ended = rec.account_id.is_some();
                stale_cookie = true;
                if let Err(e) = sessions::delete(&state.db, &h).await {
                    return internal(e);
                }
            }
            // A cookie for a session that no longer exists: it was ended (deactivation,
            // role change, purge after a timeout). Say so rather than silently ask to sign in.
            Ok(None) => {
                inner.ended = true;
                stale_cookie = true;
            }
            Err(e) => return internal(e),
        }
    }

    let mut authed = None;
    if let Some(id) = inner.account_id {
        match load_authed(&state, AccountId(id)).await {
            Ok(Some(a)) => authed = Some(Arc::new(a)),
            Ok(None) => {
                // Deactivated between the two reads: treat as signed out.
                inner.account_id = None;
                inner.ended = true;
                inner.pending = Pending::Destroy;
            }
            Err(e) => return internal(e),
        }
    }

    let lang = account_locale
        .as_deref()
        .and_then(i18n::supported)
        .or_else(|| inner.locale.as_deref().and_then(i18n::supported))
        .unwrap_or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(i18n::negotiate)
                .unwrap_or("en")
        });

    let session = Session(Arc::new(Mutex::new(inner)));
    req.extensions_mut().insert(Lang(lang));
    req.extensions_mut().insert(session.clone());
    req.extensions_mut().insert(authed.clone());

    let mut res = next.run(req).await;
    // For the error-page layer outside this one.
    res.extensions_mut().insert(Lang(lang));
    res.extensions_mut().insert(authed);
    res.extensions_mut().insert(session.clone());

    let (pending, id_hash, csrf, locale, locale_dirty) = {
        let s = session.lock();
        (
            s.pending.clone(),
            s.id_hash.clone(),
            s.csrf.clone(),
            s.locale.clone(),
            s.locale_dirty,
        )
    };
    let mut new_cookie: Option<Option<String>> = None;
    match pending {
        Pending::None => {
            if let (Some(h), true, Some(l)) = (&id_hash, locale_dirty, &locale) {
                if let Err(e) = sessions::set_locale(&state.db, h, l).await {
                    return internal(e);
                }
            }
        }
        Pending::Persist => {
            let tok = token::random_token();
            let h = token::hash(&tok);
            let new = sessions::New {
                id_hash: &h,
                account_id: None,
                csrf_token: &csrf,
                locale: locale.as_deref(),
            };
            if let Err(e) = sessions::insert(&state.db, &new).await {
                return internal(e);
            }
            new_cookie = Some(Some(tok));
        }
        Pending::SignIn(account) => {
            let tok = token::random_token();
            let h = token::hash(&tok);
            let fresh_csrf = token::random_token();
            let new = sessions::New {
                id_hash: &h,
                account_id: Some(account.0),
                csrf_token: &fresh_csrf,
                locale: None,
            };
            if let Err(e) = sessions::cycle(&state.db, id_hash.as_deref(), &new).await {
                return internal(e);
            }
            new_cookie = Some(Some(tok));
        }
        Pending::Destroy => {
            if let Some(h) = &id_hash {
                if let Err(e) = sessions::delete(&state.db, h).await {
                    return internal(e);
                }
            }
            new_cookie = Some(None);
        }
    }
    if new_cookie.is_none() && stale_cookie {
        new_cookie = Some(None);
    }
    if let Some(value) = new_cookie {
        res.headers_mut()
            .append(header::SET_COOKIE, set_cookie(&state, value.as_deref()));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_read_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("x_gctcp_session=bad; gctcp_session=abc; other=1"),
        );
        assert_eq!(read_cookie(&h, "gctcp_session").as_deref(), Some("abc"));
        assert_eq!(read_cookie(&h, "missing"), None);
    }
}
