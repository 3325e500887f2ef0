//! Spaces for their members: the list, a space's home (purpose, leads, members by
//! organization, recent documents), asking to join, and — for its leads — deciding
//! requests and managing members. Creating a space (administrators and chairs).

use crate::error::{AppError, AppResult};
use crate::http::extract::{ClientIp, CurrentUser, FormFields};
use crate::http::page::page;
use crate::state::AppState;
use crate::ui::ctx::Ctx;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use gctcp_app::spaces as ops;
use gctcp_app::{Actor, Problem};
use gctcp_domain::policy::SpaceAction;
use gctcp_domain::{AccountId, SpaceId, SpaceRole};
use gctcp_store::library_index::{Card, Query as LibQuery, Sort};
use gctcp_store::spaces::{JoinRequest, Member, Space};
use serde::Deserialize;

/// A space in the list, with what the reader is to it.
pub struct Listed {
    pub space: Space,
    pub members: i64,
    pub role: Option<SpaceRole>,
    pub leads: Vec<(String, String)>,
}

page!(ListPage);
#[derive(Template)]
#[template(path = "spaces/list.html")]
pub struct ListPage {
    ctx: Ctx,
    mine: Vec<Listed>,
    others: Vec<Listed>,
    may_create: bool,
}

pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    let catalog = state.catalog().await?;
    let counts = state.directory.counts(&state.db).await?;
    let (mut mine, mut others) = (Vec::new(), Vec::new());
    for s in &catalog.spaces {
        let leads = catalog
            .leads
            .iter()
            .filter(|l| l.space_id == s.id)
            .map(|l| (l.code.clone(), l.role.clone()))
            .collect();
        let role = user.viewer.space_role(s.space_id());
        let item = Listed {
            space: s.clone(),
            members: counts.space(s.id),
            role,
            leads,
        };
        if role.is_some() {
            mine.push(item);
        } else {
            others.push(item);
        }
    }
    Ok(ListPage {
        ctx: ctx.with_section("spaces"),
        mine,
        others,
        may_create: ops::may_create(&Actor::person(&user.viewer, None)),
    }
    .into_response())
}

/// The members of one organization in a space.
pub struct OrgGroup {
    pub name: String,
    pub code: String,
    pub members: Vec<Member>,
}

page!(ShowPage);
#[derive(Template)]
#[template(path = "spaces/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    space: Space,
    pillar: Option<String>,
    /// Lead entities: (code, name, role).
    entities: Vec<(String, String, String)>,
    can_view: bool,
    my_role: Option<SpaceRole>,
    can_request: bool,
    pending: Option<JoinRequest>,
    can_manage: bool,
    can_appoint: bool,
    leads: Vec<Member>,
    groups: Vec<OrgGroup>,
    member_count: usize,
    requests: Vec<JoinRequest>,
    documents: Vec<Card>,
    documents_total: i64,
    /// Pinned resources the reader may read: (id, title).
    pins: Vec<(i64, String)>,
    threads: Vec<gctcp_store::discussions::Listed>,
    threads_total: i64,
    /// The space's next events the reader may see.
    events: Vec<crate::calendar::Item>,
    notice: Option<String>,
    error: Option<String>,
    email: String,
    message: String,
}

impl ShowPage {
    fn roles(&self) -> Vec<SpaceRole> {
        SpaceRole::ALL
            .iter()
            .copied()
            .filter(|r| self.can_appoint || *r != SpaceRole::Chair)
            .collect()
    }
    fn may_change(&self, m: &Member) -> bool {
        self.can_manage && (self.can_appoint || m.role != "chair")
    }
    fn day(&self, d: &chrono::NaiveDate) -> String {
        crate::calendar::fmt::day(self.ctx.lang, *d)
    }
    fn is_pinned(&self, id: &i64) -> bool {
        self.pins.iter().any(|(p, _)| p == id)
    }
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    done: Option<String>,
}

async fn show_page(state: &AppState, user: &CurrentUser, ctx: Ctx, id: i64) -> AppResult<ShowPage> {
    let space = ops::space(state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, None);
    let catalog = state.catalog().await?;
    let lang = ctx.lang;
    let can_view = ops::may(&actor, &space, SpaceAction::View);
    let can_manage = ops::may(&actor, &space, SpaceAction::ManageMembers);
    let entities = catalog
        .leads
        .iter()
        .filter(|l| l.space_id == space.id)
        .map(|l| {
            let name = catalog
                .org(gctcp_domain::OrgId(l.organization_id))
                .map(|o| o.name(lang).to_string())
                .unwrap_or_default();
            (l.code.clone(), name, l.role.clone())
        })
        .collect();
    let (mut leads, mut groups, mut member_count) = (Vec::new(), Vec::new(), 0);
    let (mut documents, mut documents_total, mut pins) = (Vec::new(), 0, Vec::new());
    let (mut threads, mut threads_total) = (Vec::new(), 0);
    let mut events = Vec::new();
    if can_view {
        events = crate::calendar::upcoming(state, user, &ctx, Some(space.id), 5).await?;
        (threads, threads_total) =
            gctcp_app::discussions::list(state, &user.viewer, space.space_id(), 5, 0).await?;
        pins = ops::pinned(state, &user.viewer, space.space_id())
            .await?
            .into_iter()
            .map(|f| (f.r.id, f.r.title))
            .collect();
        let members = gctcp_store::spaces::members(&state.db, space.space_id()).await?;
        member_count = members.len();
        let mut by_org: std::collections::BTreeMap<String, OrgGroup> = Default::default();
        for m in members {
            if m.role != "member" {
                leads.push(m.clone());
            }
            let org = catalog.org_by_code(&m.org_code);
            let name = org.map(|o| o.name(lang).to_string()).unwrap_or_default();
            by_org
                .entry(format!("{}\u{0}{}", name.to_lowercase(), m.org_code))
                .or_insert_with(|| OrgGroup {
                    name,
                    code: m.org_code.clone(),
                    members: Vec::new(),
                })
                .members
                .push(m);
        }
        groups = by_org.into_values().collect();
        let q = LibQuery {
            space: Some(space.id),
            sort: Sort::Newest,
            ..Default::default()
        };
        let page = gctcp_app::library::search(state, &user.viewer, &q, 5, 0).await?;
        documents = page.cards;
        documents_total = page.total;
    }
    let requests = if can_manage {
        gctcp_store::spaces::pending(&state.db, space.space_id()).await?
    } else {
        Vec::new()
    };
    let pending =
        gctcp_store::spaces::pending_of(&state.db, space.space_id(), user.viewer.id).await?;
    Ok(ShowPage {
        pillar: space
            .pillar
            .and_then(|p| catalog.pillar(p))
            .map(|p| p.name(lang).to_string()),
        entities,
        can_view,
        my_role: user.viewer.space_role(space.space_id()),
        can_request: ops::may(&actor, &space, SpaceAction::RequestToJoin) && pending.is_none(),
        pending,
        can_manage,
        can_appoint: ops::may(&actor, &space, SpaceAction::AppointChair),
        leads,
        groups,
        member_count,
        requests,
        documents,
        documents_total,
        pins,
        threads,
        threads_total,
        events,
        notice: None,
        error: None,
        email: String::new(),
        message: String::new(),
        space,
        ctx: ctx.with_section("spaces"),
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let notice = q
        .done
        .filter(|d| DONE.contains(&d.as_str()))
        .map(|d| ctx.t(&format!("space-done-{d}")));
    let mut page = show_page(&state, &user, ctx, id).await?;
    page.notice = notice;
    Ok(page.into_response())
}

/// What a redirect after a change may say (`?done=`).
const DONE: [&str; 10] = [
    "pinned",
    "unpinned",
    "requested",
    "approved",
    "declined",
    "added",
    "role-changed",
    "removed",
    "left",
    "created",
];

/// A refusal shown on the space's page, next to what was typed.
async fn refused(
    state: &AppState,
    user: &CurrentUser,
    ctx: Ctx,
    id: i64,
    problems: &[gctcp_app::Invalid],
    keep: impl FnOnce(&mut ShowPage),
) -> AppResult<Response> {
    let error = crate::auth::messages(&ctx, problems).into_iter().next();
    let mut page = show_page(state, user, ctx, id).await?;
    page.error = error;
    keep(&mut page);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

fn done(id: i64, what: &str) -> Response {
    Redirect::to(&format!("/spaces/{id}?done={what}")).into_response()
}

pub async fn join(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let message = form.get("message").to_string();
    match ops::request_to_join(&state, &actor, SpaceId(id), &message).await {
        Ok(()) => Ok(done(id, "requested")),
        Err(Problem::Invalid(p)) => {
            refused(&state, &user, ctx, id, &p, |page| page.message = message).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path((id, request)): Path<(i64, i64)>,
    form: FormFields,
) -> AppResult<Response> {
    ops::space(&state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let approve = match form.get("decision") {
        "approve" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    match ops::decide(
        &state,
        &actor,
        SpaceId(id),
        request,
        approve,
        form.get("note"),
    )
    .await
    {
        Ok(()) => Ok(done(id, if approve { "approved" } else { "declined" })),
        Err(Problem::Invalid(p)) => refused(&state, &user, ctx, id, &p, |_| {}).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn set_member(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    ops::space(&state, SpaceId(id)).await?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let role = SpaceRole::parse(form.get("role")).ok_or(AppError::BadRequest)?;
    let email = form.get("email").to_string();
    match ops::set_member(&state, &actor, SpaceId(id), &email, role).await {
        Ok(gctcp_store::spaces::MembershipChange::Added) => Ok(done(id, "added")),
        Ok(_) => Ok(done(id, "role-changed")),
        Err(Problem::Invalid(p)) => {
            refused(&state, &user, ctx, id, &p, |page| page.email = email).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_member(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path((id, account)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    let leaving = account == user.viewer.id.0;
    match ops::remove_member(&state, &actor, SpaceId(id), AccountId(account)).await {
        Ok(_) if leaving => Ok(done(id, "left")),
        Ok(_) => Ok(done(id, "removed")),
        Err(Problem::Invalid(p)) => refused(&state, &user, ctx, id, &p, |_| {}).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn leave(
    state: State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ip: ClientIp,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let me = user.viewer.id.0;
    remove_member(state, user, ctx, ip, Path((id, me))).await
}

pub async fn pin(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    form: FormFields,
) -> AppResult<Response> {
    ops::space(&state, SpaceId(id)).await?;
    let resource: i64 = form
        .get("resource")
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::pin_resource(&state, &actor, SpaceId(id), resource, true).await?;
    Ok(done(id, "pinned"))
}

pub async fn unpin(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientIp(ip): ClientIp,
    Path((id, resource)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let actor = Actor::person(&user.viewer, ip.as_deref());
    ops::pin_resource(&state, &actor, SpaceId(id), resource, false).await?;
    Ok(done(id, "unpinned"))
}

page!(NewPage);
#[derive(Template)]
#[template(path = "spaces/new.html")]
pub struct NewPage {
    ctx: Ctx,
    pillars: Vec<(i64, String)>,
    name: String,
    purpose: String,
    pillar: Option<i64>,
    is_open: bool,
    errors: Vec<String>,
}

fn may_create(user: &CurrentUser) -> AppResult<()> {
    if ops::may_create(&Actor::person(&user.viewer, None)) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn pillars(state: &AppState, lang: &str) -> AppResult<Vec<(i64, String)>> {
    Ok(state
        .catalog()
        .await?
        .pillars
        .iter()
        .map(|p| (p.number, p.name(lang).to_string()))
        .collect())
}

pub async fn new_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
) -> AppResult<Response> {
    may_create(&user)?;
    Ok(NewPage {
        pillars: pillars(&state, ctx.lang).await?,
        ctx: ctx.with_section("spaces"),
        name: String::new(),
        purpose: String::new(),
        pillar: None,
        is_open: true,
        errors: vec![],
    }
    .into_response())
}

pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    form: FormFields,
) -> AppResult<Response> {
    may_create(&user)?;
    let pillar = match form.get("pillar") {
        "" => None,
        p => Some(p.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let draft = ops::Draft {
        name: form.get("name").to_string(),
        purpose: form.get("purpose").to_string(),
        pillar,
        is_open: form.get("access") != "closed",
    };
    let actor = Actor::person(&user.viewer, ip.as_deref());
    match ops::create(&state, &actor, &draft).await {
        Ok(id) => Ok(done(id.0, "created")),
        Err(Problem::Invalid(p)) => {
            let errors = crate::auth::messages(&ctx, &p);
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                NewPage {
                    pillars: pillars(&state, ctx.lang).await?,
                    ctx: ctx.with_section("spaces"),
                    name: draft.name,
                    purpose: draft.purpose,
                    pillar: draft.pillar,
                    is_open: draft.is_open,
                    errors,
                },
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The spaces' pages.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/spaces", get(list).post(create))
        .route("/spaces/new", get(new_form))
        .route("/spaces/{id}", get(show))
        .route("/spaces/{id}/join", post(join))
        .route("/spaces/{id}/leave", post(leave))
        .route("/spaces/{id}/requests/{request}", post(decide))
        .route("/spaces/{id}/members", post(set_member))
        .route("/spaces/{id}/members/{account}/remove", post(remove_member))
        .route("/spaces/{id}/pins", post(pin))
        .route("/spaces/{id}/pins/{resource}/remove", post(unpin))
}
