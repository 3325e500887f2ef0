//! Sessions on tower-sessions, stored in the database by our own `SessionStore`, so that
//! every app node serves every request.
//!
//! What tower-sessions does: the cookie (a 128-bit random ID), lazy loading, saving only
//! when something changed, a new ID at sign-in (`cycle_id`), and removing the cookie of a
//! session that is gone. What our store adds, in the same round trip as the load:
//! - the ID is stored only as its SHA-256, so a database leak yields no usable cookie;
//! - the record's fields are columns (account, epoch, CSRF token, language), not an
//!   opaque blob: "end every session of this account" is one DELETE
//!   (`accounts::end_sessions`), and the load joins the account to check, in one query,
//!   that it is still active and that its session epoch is the one the session was
//!   signed in with — a deactivation, a password change or a role change ends every other
//!   session at its very next request;
//! - the account's details (name, organization, role, language, spaces) are kept on each
//!   node with the account's version (`sessions::Signed`), which triggers move on every
//!   change to the account or its memberships: the query reads the version, and the
//!   details again only when it moved;
//! - idle and absolute timeouts, decided on the server.
//!
//! The layer below (`layer`) turns the stored session into what pages use: the signed-in
//! person (`Authed`, with their policy `Viewer`), the language, and a `Session` handle
//! for the CSRF token, signing in and out and an anonymous visitor's language. Anonymous
//! visitors get a stored session only when a page needs a CSRF token or a language, so
//! health checks, assets and scanners create nothing.

use crate::i18n;
use crate::state::AppState;
use crate::token;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use gctcp_domain::policy::Viewer;
use gctcp_domain::{AccountId, AccountStatus, SpaceId, SpaceRole};
use gctcp_store::accounts::Account;
use gctcp_store::quick::Quick;
use gctcp_store::{accounts, known, sessions, spaces, Db};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_sessions::cookie::{time::OffsetDateTime, SameSite};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};

/// Keys of the session's data; each is a column of `sessions`.
const ACCOUNT: &str = "account";
const EPOCH: &str = "epoch";
const CSRF: &str = "csrf";
const LOCALE: &str = "locale";
/// Not stored: what was read with the session for this request (`Loaded`).
const LOADED: &str = "loaded";

/// What the session's load brought besides the session itself: the account with its
/// spaces (kept on this node by version), the unread count, and the generations of the
/// in-memory indexes (see `gctcp_store::follow`).
/// Handed from the store to the layer directly (`HANDED`): the store's load runs inside
/// the layer's first read of the session, in the same task. Outside the layer (no slot),
/// it travels in the record's data as JSON instead. Never written back.
#[derive(serde::Serialize, serde::Deserialize, Debug, Default)]
struct Loaded {
    account: Option<Account>,
    spaces: Vec<(i64, String)>,
    #[serde(default)]
    unread: i64,
    generations: [Option<i64>; known::KINDS],
}

tokio::task_local! {
    /// Where the store leaves what it loaded for the layer that asked (see `Loaded`): no
    /// conversion to JSON and back on every request.
    static HANDED: std::cell::RefCell<Option<Loaded>>;
}

/// Sessions in the database (see the module's documentation).
#[derive(Clone, Debug)]
pub struct DbSessions {
    db: Db,
    /// Connections of their own for reading sessions (`gctcp_store::quick`).
    quick: Arc<Quick>,
    /// The signed-in accounts' details, by version (`sessions::Signed`).
    signed: Arc<sessions::Signed>,
    idle: chrono::Duration,
    absolute: chrono::Duration,
}

impl DbSessions {
    /// `quick`: how many connections of their own may read sessions.
    pub fn new(db: Db, quick: usize, idle: Duration, absolute: Duration) -> DbSessions {
        DbSessions {
            quick: Arc::new(Quick::new(db.clone(), quick)),
            signed: Arc::default(),
            db,
            idle: chrono::Duration::from_std(idle).unwrap_or(chrono::Duration::hours(2)),
            absolute: chrono::Duration::from_std(absolute).unwrap_or(chrono::Duration::hours(12)),
        }
    }
}

/// What is stored of a session ID: its SHA-256.
pub fn id_hash(id: &Id) -> String {
    token::hash(&id.to_string())
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

/// The record's fields as the columns they are stored in.
fn write<'a>(hash: &'a str, data: &'a HashMap<String, Value>) -> sessions::Write<'a> {
    sessions::Write {
        id_hash: hash,
        account_id: data.get(ACCOUNT).and_then(Value::as_i64),
        epoch: data.get(EPOCH).and_then(Value::as_i64).unwrap_or(0),
        csrf_token: data.get(CSRF).and_then(Value::as_str).unwrap_or(""),
        locale: data.get(LOCALE).and_then(Value::as_str),
    }
}

/// Far enough: expiry is decided by the store's own timeouts, not by the record.
fn no_expiry() -> OffsetDateTime {
    OffsetDateTime::now_utc() + tower_sessions::cookie::time::Duration::days(1)
}

#[async_trait::async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        loop {
            let hash = id_hash(&record.id);
            if sessions::create(&self.db, &write(&hash, &record.data))
                .await
                .map_err(backend)?
            {
                return Ok(());
            }
            // 128 random bits collided: take another ID.
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let hash = id_hash(&record.id);
        sessions::save(&self.db, &write(&hash, &record.data))
            .await
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let hash = id_hash(id);
        let Some(rec) = sessions::load(&self.quick, &hash).await.map_err(backend)? else {
            return Ok(None);
        };
        let now = Utc::now();
        let timed_out = now - rec.last_seen_at > self.idle || now - rec.created_at > self.absolute;
        let account_ok = match rec.account_id {
            None => true,
            Some(_) => {
                rec.account_status.as_deref() == Some(AccountStatus::Active.as_str())
                    && rec.account_epoch == Some(rec.epoch)
            }
        };
        if timed_out || !account_ok {
            sessions::delete(&self.db, &hash).await.map_err(backend)?;
            return Ok(None);
        }
        if now - rec.last_seen_at > chrono::Duration::seconds(60) {
            sessions::touch(&self.db, &hash).await.map_err(backend)?;
        }
        let mut data = HashMap::new();
        data.insert(CSRF.to_string(), Value::from(rec.csrf_token.clone()));
        data.insert(EPOCH.to_string(), Value::from(rec.epoch));
        if let Some(a) = rec.account_id {
            data.insert(ACCOUNT.to_string(), Value::from(a));
        }
        if let Some(l) = &rec.locale {
            data.insert(LOCALE.to_string(), Value::from(l.clone()));
        }
        let generations = rec.generations();
        let details = match (rec.account_id, rec.account_version) {
            (Some(a), Some(version)) => {
                let catalog = generations[known::Kind::Catalog as usize];
                self.signed
                    .get(&self.quick, a, version, catalog)
                    .await
                    .map_err(backend)?
            }
            _ => None,
        };
        let loaded = Loaded {
            account: details.as_ref().map(|d| d.account.clone()),
            spaces: details
                .as_ref()
                .map(|d| {
                    d.memberships
                        .iter()
                        .map(|(s, r)| (s.0, r.as_str().to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            unread: rec.unread.unwrap_or(0),
            generations,
        };
        let mut loaded = Some(loaded);
        let _ = HANDED.try_with(|slot| *slot.borrow_mut() = loaded.take());
        if let Some(loaded) = loaded {
            data.insert(
                LOADED.to_string(),
                serde_json::to_value(loaded).map_err(backend)?,
            );
        }
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date: no_expiry(),
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sessions::delete(&self.db, &id_hash(id))
            .await
            .map_err(backend)
    }
}

/// The tower-sessions layer for this application: our store; the `__Host-` cookie with
/// `Secure` over HTTPS; `HttpOnly`; `SameSite=Lax` rather than Strict — a focal point
/// who follows a link to the platform from Outlook must arrive signed in, and with no
/// state change on GET, a token in every form and cross-site POSTs refused, Lax loses no
/// protection; a browser-session cookie (the server decides how long a session lives).
pub fn manager(state: &AppState) -> SessionManagerLayer<DbSessions> {
    // Half as many as the pool has: a session is one short read, and a read finding them
    // all busy goes to the pool.
    let store = DbSessions::new(
        state.db.clone(),
        (state.config.db_max_connections as usize / 2).max(2),
        state.config.session_idle,
        state.config.session_absolute,
    );
    SessionManagerLayer::new(store)
        .with_name(state.config.cookie_name())
        .with_secure(state.config.is_https())
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        .with_expiry(Expiry::OnSessionEnd)
}

/// The interface language chosen for this request.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub &'static str);

/// The signed-in person, loaded once per request by the session layer.
#[derive(Clone, Debug)]
pub struct Authed {
    pub account: Account,
    pub viewer: Viewer,
    /// Unread notifications, as the request found them (the header's count).
    pub unread: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    None,
    /// Store this (so far unsaved) anonymous session: a page needs its token.
    Persist,
    /// A new session ID and CSRF token for this account.
    SignIn(AccountId),
    /// Delete the session and clear the cookie.
    Destroy,
}

#[derive(Debug)]
struct Inner {
    /// The stored session's ID, if there is one.
    id: Option<Id>,
    account_id: Option<i64>,
    csrf: String,
    /// Whether `csrf` is stored (else it is made for this page and stored if used).
    csrf_stored: bool,
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
        if !s.csrf_stored && s.pending == Pending::None {
            s.pending = Pending::Persist;
        }
        s.csrf.clone()
    }

    /// The token a submitted form must carry, if this session is a stored one.
    pub fn expected_csrf(&self) -> Option<String> {
        let s = self.lock();
        s.csrf_stored.then(|| s.csrf.clone())
    }

    pub fn account_id(&self) -> Option<AccountId> {
        self.lock().account_id.map(AccountId)
    }

    /// The stored form of this session's ID (to keep it when others end).
    pub fn id_hash(&self) -> Option<String> {
        self.lock().id.as_ref().map(id_hash)
    }

    /// True when a session cookie came with the request but its session has ended.
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
        if !s.csrf_stored && s.pending == Pending::None {
            s.pending = Pending::Persist;
        }
    }
}

fn has_cookie(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(k, v)| k == name && !v.is_empty())
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
    let unread = gctcp_store::notifications::unread(&state.db, id).await?;
    Ok(Some(Authed {
        account,
        viewer,
        unread,
    }))
}

fn internal(e: impl std::fmt::Debug) -> Response {
    tracing::error!(error = ?e, "session layer failed");
    crate::error::AppError::Internal(anyhow::anyhow!("session store unavailable")).into_response()
}

/// Inside tower-sessions' layer: reads the session, the signed-in person and the
/// language for the pages, then writes back what the page changed.
pub async fn layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let Some(stored) = req.extensions().get::<tower_sessions::Session>().cloned() else {
        return internal("tower-sessions layer missing");
    };
    let had_cookie = has_cookie(req.headers(), state.config.cookie_name());
    let get = |key: &'static str| {
        let stored = stored.clone();
        async move { stored.get::<Value>(key).await }
    };
    let (read, handed) = HANDED
        .scope(std::cell::RefCell::new(None), async {
            let read = (
                get(ACCOUNT).await,
                get(CSRF).await,
                get(LOCALE).await,
                get(LOADED).await,
            );
            (read, HANDED.with(|slot| slot.borrow_mut().take()))
        })
        .await;
    let (account, csrf, locale, loaded) = match read {
        (Ok(a), Ok(c), Ok(l), Ok(x)) => (a, c, l, x),
        (Err(e), ..) | (_, Err(e), ..) | (_, _, Err(e), _) | (.., Err(e)) => return internal(e),
    };
    let loaded: Loaded = handed
        .or_else(|| loaded.and_then(|v| serde_json::from_value(v).ok()))
        .unwrap_or_default();
    let id = stored.id();
    let csrf_stored = csrf.as_ref().and_then(Value::as_str).is_some();
    let mut inner = Inner {
        id,
        account_id: account.as_ref().and_then(Value::as_i64),
        csrf: csrf
            .as_ref()
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(token::random_token),
        csrf_stored,
        locale: locale.as_ref().and_then(Value::as_str).map(str::to_string),
        locale_dirty: false,
        // A cookie for a session that no longer exists: it was ended (deactivation, role
        // or password change, a timeout). Say so rather than silently ask to sign in.
        ended: had_cookie && id.is_none(),
        pending: Pending::None,
    };

    let mut authed = None;
    if inner.account_id.is_some() {
        match loaded.account {
            // The store read it with the session and checked it is active, with the epoch
            // this session was signed in with.
            Some(account) if inner.account_id == Some(account.id) => {
                let viewer = Viewer {
                    id: account.account_id(),
                    org: account.org_id(),
                    role: account.role(),
                    spaces: loaded
                        .spaces
                        .iter()
                        .filter_map(|(s, r)| Some((SpaceId(*s), SpaceRole::parse(r)?)))
                        .collect(),
                };
                authed = Some(Arc::new(Authed {
                    account,
                    viewer,
                    unread: loaded.unread,
                }));
            }
            _ => {
                // Gone between the session's creation and now: treat as signed out.
                inner.account_id = None;
                inner.ended = true;
                inner.pending = Pending::Destroy;
            }
        }
    }
    let lang = authed
        .as_ref()
        .and_then(|a| a.account.ui_locale.as_deref())
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

    let known = known::Known::new(loaded.generations);
    let mut res = known::with_known(known, next.run(req)).await;
    // For the error-page layer outside this one.
    res.extensions_mut().insert(Lang(lang));
    res.extensions_mut().insert(authed);
    res.extensions_mut().insert(session.clone());

    let (pending, csrf, locale, locale_dirty) = {
        let s = session.lock();
        (
            s.pending.clone(),
            s.csrf.clone(),
            s.locale.clone(),
            s.locale_dirty,
        )
    };
    let written = async {
        match pending {
            Pending::None => {}
            Pending::Persist => stored.insert(CSRF, csrf).await?,
            Pending::SignIn(account) => {
                let epoch = sessions::epoch_of(&state.db, account.0)
                    .await
                    .map_err(|e| tower_sessions::session::Error::Store(backend(e)))?;
                stored.cycle_id().await?;
                stored.clear().await;
                stored.insert(ACCOUNT, account.0).await?;
                stored.insert(EPOCH, epoch).await?;
                stored.insert(CSRF, token::random_token()).await?;
            }
            Pending::Destroy => stored.flush().await?,
        }
        if let (true, Some(l), false) = (locale_dirty, locale, pending == Pending::Destroy) {
            stored.insert(LOCALE, l).await?;
        }
        Ok::<(), tower_sessions::session::Error>(())
    }
    .await;
    if let Err(e) = written {
        return internal(e);
    }
    res
}
