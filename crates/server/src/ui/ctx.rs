//! What every page template needs (`Ctx`): language, translations, the CSRF token, the
//! signed-in person, the current path, the request ID.

use crate::http::headers::RequestId;
use crate::i18n;
use crate::i18n::FluentValue;
use crate::session::{Authed, Lang, Session};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::sync::Arc;

/// What every page template needs: language, CSRF token, the signed-in person, the
/// current path (for the language switcher) and the request ID.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub lang: &'static str,
    pub csrf: String,
    pub user: Option<Arc<Authed>>,
    pub path: String,
    pub request_id: String,
    /// Which navigation entry is current.
    pub section: &'static str,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key).into_owned()
    }

    /// `t` as templates write it: the kept message itself, not a copy (a page writes a
    /// hundred or so).
    pub fn text(&self, key: &str) -> std::borrow::Cow<'static, str> {
        i18n::t(self.lang, key)
    }

    /// Translation with one named argument.
    pub fn ta(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        i18n::t_args(
            self.lang,
            key,
            &[(name, FluentValue::from(value.to_string()))],
        )
    }

    /// A translation whose arguments the browser fills in (app.js): each named argument
    /// is written as `{name}`.
    pub fn slot<const N: usize>(&self, key: &str, names: &[&'static str; N]) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> = names
            .iter()
            .map(|n| (*n, FluentValue::from(format!("{{{n}}}"))))
            .collect();
        i18n::t_args(self.lang, key, &args)
    }

    /// A count as the reader's language writes it ("12,345", "12 345").
    pub fn num(&self, n: impl Num) -> String {
        i18n::numbers::number(self.lang, n.num())
    }

    /// Translation with a number argument (plural rules apply).
    pub fn tn(&self, key: &str, name: &'static str, value: impl Num) -> String {
        i18n::t_count(self.lang, key, name, value.num())
    }

    /// An amount of US dollars as the reader's language writes it ("US$1,250,000").
    pub fn usd(&self, n: impl Num) -> String {
        i18n::t_count(self.lang, "money-usd", "amount", n.num())
    }

    /// The message of a use case's refusal, with its arguments (numbers as numbers, so
    /// that plural rules apply).
    pub fn invalid(&self, p: &gctcp_app::Invalid) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> = p
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.clone()),
                };
                (*k, value)
            })
            .collect();
        i18n::t_args(self.lang, p.key, &args)
    }

    /// Translation of a key built from a stored value: `tk("role-", "admin", "")` looks up
    /// `role-admin`; dots become dashes (`event-sign_in-success`).
    pub fn tk(&self, prefix: &str, value: impl std::fmt::Display, suffix: &str) -> String {
        let key = format!("{prefix}{value}{suffix}").replace('.', "-");
        i18n::t(self.lang, &key).into_owned()
    }

    pub fn dir(&self) -> &'static str {
        i18n::dir(self.lang)
    }

    pub fn langs(&self) -> Vec<(&'static str, &'static str)> {
        i18n::LANGS
            .iter()
            .map(|l| (*l, i18n::native_name(l)))
            .collect()
    }

    pub fn is_lang(&self, code: &str) -> bool {
        self.lang == code
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.viewer.is_admin())
    }

    pub fn css(&self) -> &'static str {
        crate::assets::url("app.css")
    }

    pub fn js(&self) -> &'static str {
        crate::assets::url("app.js")
    }

    /// Whether `href` is the administration sub-navigation's entry for this page: the
    /// entry with the longest path this page's path is, or lies under
    /// (`/admin/accounts/12` is under "Accounts"; `/admin/accounts/new` is its own entry).
    pub fn admin_current(&self, href: &str) -> bool {
        const ENTRIES: [&str; 7] = [
            "/admin/accounts",
            "/admin/accounts/new",
            "/admin/accounts/import",
            "/admin/spaces",
            "/admin/audit",
            "/admin/outbox",
            "/admin/jobs",
        ];
        let under = |e: &str| {
            self.path == e
                || self
                    .path
                    .strip_prefix(e)
                    .is_some_and(|rest| rest.starts_with('/'))
        };
        ENTRIES
            .into_iter()
            .filter(|e| under(e))
            .max_by_key(|e| e.len())
            == Some(href)
    }

    /// The cache-busting URL of another embedded file (icons).
    pub fn asset(&self, name: &str) -> &'static str {
        crate::assets::url(name)
    }

    pub fn with_section(mut self, section: &'static str) -> Ctx {
        self.section = section;
        self
    }

    /// The header's unread count after this request read some notices.
    pub fn with_unread(mut self, unread: i64) -> Ctx {
        if let Some(u) = &self.user {
            if u.unread != unread {
                let mut a = (**u).clone();
                a.unread = unread;
                self.user = Some(Arc::new(a));
            }
        }
        self
    }

    /// The city a time zone is known by, in the reader's language ("Nairobi").
    pub fn zone(&self, iana: &str) -> &'static str {
        i18n::zone_city(self.lang, iana)
    }

    /// A time zone with its offset now, in the reader's language ("Nairobi (UTC+3)").
    pub fn zone_now(&self, iana: &str) -> String {
        let tz: chrono_tz::Tz = iana.parse().unwrap_or(chrono_tz::Tz::UTC);
        i18n::zone_label(self.lang, tz, chrono::Utc::now())
    }

    /// Shows a moment in the viewer's time zone, as the reader's language writes it
    /// ("2 Dec 2026, 05:34").
    pub fn time(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        let tz: chrono_tz::Tz = self
            .user
            .as_ref()
            .and_then(|u| u.account.time_zone.parse().ok())
            .unwrap_or(chrono_tz::UTC);
        i18n::dates::date_time(self.lang, &at.with_timezone(&tz))
    }

    /// Shows a day as the reader's language writes it ("24 March 2026").
    pub fn date(&self, d: &chrono::NaiveDate) -> String {
        i18n::dates::date(self.lang, *d)
    }

    /// A month as the reader's language names it ("March 2027").
    pub fn month_year(&self, d: &chrono::NaiveDate) -> String {
        i18n::dates::month_year(self.lang, *d)
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ext = &parts.extensions;
        Ok(Ctx {
            lang: ext.get::<Lang>().map(|l| l.0).unwrap_or("en"),
            csrf: ext
                .get::<Session>()
                .map(Session::csrf_for_form)
                .unwrap_or_default(),
            user: ext.get::<Option<Arc<Authed>>>().cloned().flatten(),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            request_id: ext
                .get::<RequestId>()
                .map(|r| r.0.clone())
                .unwrap_or_default(),
            section: "",
        })
    }
}

/// Numbers that templates pass to plural-aware messages, however many references deep.
pub trait Num {
    fn num(&self) -> i64;
}
impl Num for i64 {
    fn num(&self) -> i64 {
        *self
    }
}
impl Num for usize {
    fn num(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl Num for u64 {
    fn num(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}
impl<T: Num + ?Sized> Num for &T {
    fn num(&self) -> i64 {
        (**self).num()
    }
}
