use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, RequireAdmin};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use gctcp_app::accounts::{self as ops, Change};
use gctcp_app::Actor;
use gctcp_domain::{AccountId, AccountStatus, OrgId, PlatformRole, SpaceRole};
use gctcp_store::accounts::{self, Account, Filter, Listed, Order};
use gctcp_store::invitations::{self, LinkKind};
use gctcp_store::orgs::{self, Org};
use gctcp_store::spaces;
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 50;

page!(AccountsPage);
#[derive(Template)]
#[template(path = "admin/accounts.html")]
pub struct AccountsPage {
    ctx: Ctx,
    q: String,
    status: String,
    role: String,
    org: String,
    /// The order's name in links ("" for the default, by name).
    sort: &'static str,
    accounts: Vec<Listed>,
    orgs: Vec<Org>,
    total: i64,
    page: i64,
    pages: i64,
}

const LINK_KEYS: [&str; 5] = ["q", "status", "role", "org", "sort"];

impl AccountsPage {
    fn value(&self, key: &str) -> &str {
        match key {
            "q" => &self.q,
            "status" => &self.status,
            "role" => &self.role,
            "org" => &self.org,
            "sort" => self.sort,
            _ => "",
        }
    }

    /// The query string for another page of the same search.
    pub fn page_link(&self, page: i64) -> String {
        let q = crate::ui::query::query_with(&LINK_KEYS, |k| self.value(k), "", None);
        crate::ui::query::page_link(&q, page)
    }

    /// The first page of the same search in another order.
    pub fn sort_link(&self, sort: &str) -> String {
        let new = (sort != "name").then_some(sort);
        let q = crate::ui::query::query_with(&LINK_KEYS, |k| self.value(k), "sort", new);
        format!("/admin/accounts{}{q}", if q.is_empty() { "" } else { "?" })
    }

    /// `aria-sort` for a column header sorted by `sort`, if the list is.
    pub fn aria_sort(&self, sort: &str) -> &'static str {
        let current = if self.sort.is_empty() {
            "name"
        } else {
            self.sort
        };
        match (current == sort, sort) {
            (false, _) => "",
            (true, "last" | "created") => "descending",
            (true, _) => "ascending",
        }
    }
}

#[derive(Deserialize, Default)]
pub struct AccountsQuery {
    q: Option<String>,
    status: Option<String>,
    role: Option<String>,
    org: Option<String>,
    sort: Option<String>,
    page: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
    Query(q): Query<AccountsQuery>,
) -> AppResult<Response> {
    let status = q
        .status
        .filter(|s| AccountStatus::parse(s).is_some())
        .unwrap_or_default();
    let role = q
        .role
        .filter(|r| PlatformRole::parse(r).is_some())
        .unwrap_or_default();
    let catalog = state.catalog().await?;
    let org = q
        .org
        .as_deref()
        .and_then(|o| o.trim().parse::<i64>().ok())
        .filter(|id| catalog.org(OrgId(*id)).is_some());
    let (sort, order) = match q.sort.as_deref() {
        Some("org") => ("org", Order::Org(ctx.lang)),
        Some("last") => ("last", Order::LastSignIn),
        Some("created") => ("created", Order::Created),
        Some("status") => ("status", Order::Status),
        _ => ("", Order::Name),
    };
    let filter = Filter {
        q: q.q.clone().unwrap_or_default(),
        status: status.clone(),
        role: role.clone(),
        org: org.map(OrgId),
        order,
    };
    let page = q.page.unwrap_or(1).clamp(1, 100_000);
    let (mut accounts, total) =
        accounts::search(&state.db, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    for a in &mut accounts {
        a.account.org_names = catalog.org_names(OrgId(a.account.organization_id));
    }
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    Ok(AccountsPage {
        q: filter.q,
        status,
        role,
        org: org.map(|o| o.to_string()).unwrap_or_default(),
        sort,
        accounts,
        orgs: crate::ui::names::orgs(&catalog, ctx.lang),
        total,
        page,
        pages,
        ctx: ctx.with_section("admin"),
    }
    .into_response())
}

page!(NewAccountPage);
#[derive(Template)]
#[template(path = "admin/account_new.html")]
pub struct NewAccountPage {
    ctx: Ctx,
    orgs: Vec<Org>,
    email: String,
    name: String,
    org: String,
    title: String,
    role: String,
    errors: Vec<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    _admin: RequireAdmin,
    ctx: Ctx,
) -> AppResult<Response> {
    let orgs = orgs::list(&state.db, None).await?;
    Ok(NewAccountPage {
        ctx: ctx.with_section("admin"),
        orgs,
        email: String::new(),
        name: String::new(),
        org: String::new(),
        title: String::new(),
        role: "focal_point".into(),
        errors: vec![],
    }
    .into_response())
}

#[derive(Deserialize)]
pub struct NewAccountForm {
    email: String,
    name: String,
    org: String,
    #[serde(default)]
    title: String,
    role: String,
}

page!(InvitationLinkPage);
#[derive(Template)]
#[template(path = "admin/invitation_link.html")]
pub struct InvitationLinkPage {
    ctx: Ctx,
    account_id: i64,
    email: String,
    url: String,
    hours: u64,
    /// A password-reset link rather than an invitation.
    reset: bool,
}

pub async fn create(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Form(form): Form<NewAccountForm>,
) -> AppResult<Response> {
    let role = PlatformRole::parse(&form.role);
    let req = ops::Request {
        email: form.email.clone(),
        name: form.name.clone(),
        org_code: form.org.clone(),
        title: form.title.clone(),
        role,
    };
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    // An unknown role is refused with the rest, before anything is written.
    let result: Result<ops::Invited, Vec<ops::Refusal>> = match role {
        Some(_) => ops::provision(&state, &actor, &req).await?,
        None => Err(ops::check(&state, &req).await?.err().unwrap_or_default()),
    };
    match result {
        Ok(invited) => Ok(InvitationLinkPage {
            ctx: ctx.with_section("admin"),
            account_id: invited.account.0,
            email: invited.email,
            url: invited.url,
            hours: state.config.invitation_ttl.as_secs() / 3600,
            reset: false,
        }
        .into_response()),
        Err(refusals) => {
            let mut errors: Vec<String> = refusals.iter().map(|p| ctx.t(p.key())).collect();
            if role.is_none() {
                errors.push(ctx.t("provision-invalid-role"));
            }
            let orgs = orgs::list(&state.db, None).await?;
            let page = NewAccountPage {
                ctx: ctx.with_section("admin"),
                orgs,
                email: form.email,
                name: form.name,
                org: form.org,
                title: form.title,
                role: form.role,
                errors,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub struct Membership {
    pub space_id: i64,
    pub name: String,
    pub role: &'static str,
}

page!(AccountPage);
#[derive(Template)]
#[template(path = "admin/account.html")]
pub struct AccountPage {
    ctx: Ctx,
    a: Account,
    invitation_expires: Option<DateTime<Utc>>,
    memberships: Vec<Membership>,
    notice: Option<String>,
    error: Option<String>,
    is_self: bool,
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    error: Option<String>,
}

/// Notices that a redirect after an action may carry (`?done=…`), by message key.
const NOTICES: &[&str] = &[
    "deactivated",
    "reactivated",
    "role-changed",
    "invitation-revoked",
];
const ERRORS: &[&str] = &["last-admin"];

pub async fn show(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> AppResult<Response> {
    let mut a = accounts::by_id(&state.db, AccountId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    a.org_names = state
        .catalog()
        .await?
        .org_names(gctcp_domain::OrgId(a.organization_id));
    let invitation_expires = invitations::pending_expiry(&state.db, a.account_id()).await?;
    let all = spaces::list(&state.db).await?;
    let memberships = spaces::memberships(&state.db, a.account_id())
        .await?
        .into_iter()
        .filter_map(|(sid, role)| {
            all.iter()
                .find(|s| s.space_id() == sid)
                .map(|s| Membership {
                    space_id: s.id,
                    name: s.name(ctx.lang).to_string(),
                    role: role.as_str(),
                })
        })
        .collect();
    let notice = q
        .done
        .filter(|d| NOTICES.contains(&d.as_str()))
        .map(|d| ctx.t(&format!("account-notice-{d}")));
    let error = q
        .error
        .filter(|d| ERRORS.contains(&d.as_str()))
        .map(|d| ctx.t(&format!("account-error-{d}")));
    let is_self = a.id == admin.account.id;
    Ok(AccountPage {
        ctx: ctx.with_section("admin"),
        a,
        invitation_expires,
        memberships,
        notice,
        error,
        is_self,
    }
    .into_response())
}

fn after(id: i64, outcome: Change, done: &str) -> Response {
    match outcome {
        Change::LastAdmin => {
            Redirect::to(&format!("/admin/accounts/{id}?error=last-admin")).into_response()
        }
        _ => Redirect::to(&format!("/admin/accounts/{id}?done={done}")).into_response(),
    }
}

pub async fn deactivate(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    let out = ops::deactivate(&state, &actor, AccountId(id)).await?;
    Ok(after(id, out, "deactivated"))
}

pub async fn reactivate(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    let out = ops::reactivate(&state, &actor, AccountId(id)).await?;
    Ok(after(id, out, "reactivated"))
}

#[derive(Deserialize)]
pub struct RoleForm {
    role: String,
}

pub async fn set_role(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    // A missing account is 404 before a wrong role is 400.
    accounts::by_id(&state.db, AccountId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let role = PlatformRole::parse(&form.role).ok_or(AppError::BadRequest)?;
    let out = ops::set_role(&state, &actor, AccountId(id), role).await?;
    Ok(after(id, out, "role-changed"))
}

/// Shows a freshly issued one-time link for an account.
async fn issue_link(
    state: &AppState,
    admin: &RequireAdmin,
    ctx: Ctx,
    ip: Option<&str>,
    id: i64,
    kind: LinkKind,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip);
    let url = ops::issue_link(state, &actor, AccountId(id), kind)
        .await?
        .ok_or(AppError::BadRequest)?;
    let a = accounts::by_id(&state.db, AccountId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationLinkPage {
        ctx: ctx.with_section("admin"),
        account_id: a.id,
        email: a.email,
        url,
        hours: state.config.invitation_ttl.as_secs() / 3600,
        reset: kind == LinkKind::Reset,
    }
    .into_response())
}

/// A new invitation link for an invited account (earlier links stop working).
pub async fn resend(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    issue_link(&state, &admin, ctx, ip.as_deref(), id, LinkKind::Invitation).await
}

pub async fn revoke(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::person(&admin.viewer, ip.as_deref());
    ops::revoke_links(&state, &actor, AccountId(id)).await?;
    Ok(Redirect::to(&format!("/admin/accounts/{id}?done=invitation-revoked")).into_response())
}

/// A one-time link with which an active person sets a new password (forgotten password).
pub async fn reset(
    State(state): State<AppState>,
    admin: RequireAdmin,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    issue_link(&state, &admin, ctx, ip.as_deref(), id, LinkKind::Reset).await
}

/// Space roles for the templates' role pickers.
pub fn space_roles() -> &'static [SpaceRole] {
    SpaceRole::ALL
}
