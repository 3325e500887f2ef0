//! Spaces (the eight working groups, task forces, communities of practice) and their
//! membership: creating a space, asking to join and deciding, adding, changing and
//! removing members, leaving. Every decision is the policy's (`can_in_space`); every
//! change is audited and told to the people it concerns (`notify`), in its transaction.

use crate::notify::{self, Notice};
use crate::problem::Outcome;
use crate::{Actor, App, Problem};
use gctcp_domain::account::normalize_email;
use gctcp_domain::policy::{can_in_space, SpaceAction, SpaceInfo};
use gctcp_domain::{AccountId, AccountStatus, SpaceId, SpaceRole};
use gctcp_store::spaces::{self, MembershipChange, NewSpace, Space};
use gctcp_store::{accounts, audit, directory, Tx};

/// A space as the reference data holds it (NotFound if there is none).
pub async fn space(app: &App, id: SpaceId) -> Outcome<Space> {
    app.catalog()
        .await?
        .space(id)
        .cloned()
        .ok_or(Problem::NotFound)
}

/// A space as the policy sees it.
pub fn info(s: &Space) -> SpaceInfo {
    SpaceInfo {
        id: s.space_id(),
        is_open: s.is_open,
    }
}

/// Whether the actor may do this in the space (the command line may do anything).
pub fn may(actor: &Actor, s: &Space, action: SpaceAction) -> bool {
    match &actor.viewer {
        None => true,
        Some(v) => can_in_space(v, info(s), action),
    }
}

fn require(actor: &Actor, s: &Space, action: SpaceAction) -> Outcome<()> {
    if may(actor, s, action) {
        Ok(())
    } else {
        Err(Problem::Forbidden)
    }
}

/// What a new space is given.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub name: String,
    pub purpose: String,
    pub pillar: Option<i64>,
    pub is_open: bool,
}

const NAME_MAX: usize = 120;
const PURPOSE_MAX: usize = 4000;
const MESSAGE_MAX: usize = 1000;

/// Whether the actor may create spaces: administrators and the chairs of any space.
pub fn may_create(actor: &Actor) -> bool {
    match &actor.viewer {
        None => true,
        Some(v) => v.is_admin() || v.spaces.values().any(|r| *r == SpaceRole::Chair),
    }
}

/// Creates a space; its creator (a person) becomes its chair.
pub async fn create(app: &App, actor: &Actor, d: &Draft) -> Outcome<SpaceId> {
    if !may_create(actor) {
        return Err(Problem::Forbidden);
    }
    let name = d.name.trim();
    let purpose = d.purpose.trim();
    let mut invalid = Vec::new();
    if name.is_empty() {
        invalid.push(crate::Invalid::new("name", "space-name-required"));
    } else if name.chars().count() > NAME_MAX {
        invalid.push(crate::Invalid::new("name", "space-name-too-long"));
    }
    if purpose.chars().count() > PURPOSE_MAX {
        invalid.push(crate::Invalid::new("purpose", "space-purpose-too-long"));
    }
    if d.pillar.is_some_and(|p| !(1..=4).contains(&p)) {
        invalid.push(crate::Invalid::new("pillar", "space-pillar-unknown"));
    }
    if !invalid.is_empty() {
        return Err(Problem::Invalid(invalid));
    }
    let mut tx = app.db.begin().await?;
    let base = slug(name);
    let mut slug = base.clone();
    let mut n = 2;
    while spaces::slug_taken(&mut tx, &slug).await? {
        slug = format!("{base}-{n}");
        n += 1;
    }
    let id = spaces::insert(
        &mut tx,
        &NewSpace {
            slug: &slug,
            name,
            purpose,
            pillar: d.pillar,
            is_open: d.is_open,
            created_by: actor.id(),
        },
    )
    .await?;
    if let Some(me) = actor.id() {
        spaces::set_member(&mut tx, id, me, SpaceRole::Chair, Some(me)).await?;
        directory::refresh(&mut tx, me).await?;
    }
    let detail = format!("space={} open={}", id.0, d.is_open);
    audit::append(&mut tx, actor.audit("space.created", None, detail)).await?;
    tx.commit().await?;
    Ok(id)
}

/// A URL-friendly name: ASCII letters and digits, words joined by dashes.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() {
        "space".into()
    } else {
        out
    }
}

/// Asks to join an open space; its leads are told.
pub async fn request_to_join(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    message: &str,
) -> Outcome<()> {
    let s = space(app, space_id).await?;
    require(actor, &s, SpaceAction::RequestToJoin)?;
    let me = actor.id().ok_or(Problem::Forbidden)?;
    let message = message.trim();
    if message.chars().count() > MESSAGE_MAX {
        return Err(Problem::invalid("message", "space-message-too-long"));
    }
    let mut tx = app.db.begin().await?;
    if !spaces::request(&mut tx, space_id, me, message).await? {
        return Err(Problem::invalid("message", "space-request-pending"));
    }
    let detail = format!("space={}", space_id.0);
    audit::append(
        &mut tx,
        actor.audit("space.join_requested", Some(me), detail),
    )
    .await?;
    let link = format!("/spaces/{}#requests", space_id.0);
    for lead in spaces::leads(&mut tx, space_id).await? {
        notify::tell(
            app,
            &mut tx,
            &Notice {
                to: lead,
                kind: "join_request",
                actor: Some(me),
                space: Some(space_id),
                thread: None,
                excerpt: message,
                link: &link,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A lead approves (the requester becomes a member) or declines a join request; the
/// requester is told either way.
pub async fn decide(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    request: i64,
    approve: bool,
    note: &str,
) -> Outcome<()> {
    let s = space(app, space_id).await?;
    require(actor, &s, SpaceAction::ManageMembers)?;
    let mut tx = app.db.begin().await?;
    let r = spaces::request_by_id(&mut tx, request)
        .await?
        .filter(|r| r.space_id == space_id.0)
        .ok_or(Problem::NotFound)?;
    let note: String = note.trim().chars().take(MESSAGE_MAX).collect();
    let status = if approve { "approved" } else { "declined" };
    if !spaces::decide(&mut tx, request, status, actor.id(), &note).await? {
        return Err(Problem::invalid("request", "space-request-decided"));
    }
    let who = AccountId(r.account_id);
    if approve {
        spaces::set_member(&mut tx, space_id, who, SpaceRole::Member, actor.id()).await?;
        directory::refresh(&mut tx, who).await?;
    }
    let event = if approve {
        "space.join_approved"
    } else {
        "space.join_declined"
    };
    let detail = format!("space={}", space_id.0);
    audit::append(&mut tx, actor.audit(event, Some(who), detail)).await?;
    let kind = if approve {
        "join_approved"
    } else {
        "join_declined"
    };
    let link = format!("/spaces/{}", space_id.0);
    notify::tell(
        app,
        &mut tx,
        &Notice {
            to: who,
            kind,
            actor: actor.id(),
            space: Some(space_id),
            thread: None,
            excerpt: &note,
            link: &link,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds the person with this e-mail to a space, or changes their role there. Leads
/// manage members; only chairs (and administrators) make or unmake chairs; the last
/// chair is never demoted (hand over first).
pub async fn set_member(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    email: &str,
    role: SpaceRole,
) -> Outcome<MembershipChange> {
    let s = space(app, space_id).await?;
    require(actor, &s, SpaceAction::ManageMembers)?;
    let person = accounts::by_email(&app.db, &normalize_email(email))
        .await?
        .filter(|a| a.status() != AccountStatus::Deactivated)
        .ok_or_else(|| Problem::invalid("email", "space-unknown-person"))?;
    let id = person.account_id();
    let mut tx = app.db.begin().await?;
    let current = spaces::role_of(&mut tx, space_id, id).await?;
    if (role == SpaceRole::Chair || current == Some(SpaceRole::Chair)) && current != Some(role) {
        require(actor, &s, SpaceAction::AppointChair)?;
    }
    if current == Some(SpaceRole::Chair)
        && role != SpaceRole::Chair
        && spaces::chairs(&mut tx, space_id).await? <= 1
    {
        return Err(Problem::invalid("role", "space-last-chair"));
    }
    let change = spaces::set_member(&mut tx, space_id, id, role, actor.id()).await?;
    if change != MembershipChange::Unchanged {
        directory::refresh(&mut tx, id).await?;
        let event = if change == MembershipChange::Added {
            "space.member_added"
        } else {
            "space.role_changed"
        };
        let detail = format!("space={} role={}", space_id.0, role);
        audit::append(&mut tx, actor.audit(event, Some(id), detail)).await?;
        if actor.id() != Some(id) {
            let kind = if change == MembershipChange::Added {
                "space_added"
            } else {
                "space_role_changed"
            };
            let link = format!("/spaces/{}", space_id.0);
            notify::tell(
                app,
                &mut tx,
                &Notice {
                    to: id,
                    kind,
                    actor: actor.id(),
                    space: Some(space_id),
                    thread: None,
                    excerpt: role.as_str(),
                    link: &link,
                },
            )
            .await?;
        }
        // Added directly: any pending request of theirs is settled.
        if let Some(r) = spaces::pending(&mut tx, space_id)
            .await?
            .into_iter()
            .find(|r| r.account_id == id.0)
        {
            spaces::decide(&mut tx, r.id, "approved", actor.id(), "").await?;
        }
    }
    tx.commit().await?;
    Ok(change)
}

/// Removes a member (leads; chairs only by a chair or an administrator), or the actor
/// leaves. The last chair cannot go: they hand over first.
pub async fn remove_member(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    account: AccountId,
) -> Outcome<MembershipChange> {
    let s = space(app, space_id).await?;
    let leaving = actor.id() == Some(account);
    if !leaving {
        require(actor, &s, SpaceAction::ManageMembers)?;
    }
    accounts::by_id(&app.db, account)
        .await?
        .ok_or(Problem::NotFound)?;
    let mut tx = app.db.begin().await?;
    let current = spaces::role_of(&mut tx, space_id, account).await?;
    if current == Some(SpaceRole::Chair) {
        if !leaving {
            require(actor, &s, SpaceAction::AppointChair)?;
        }
        if spaces::chairs(&mut tx, space_id).await? <= 1 {
            return Err(Problem::invalid("role", "space-last-chair"));
        }
    }
    let change = spaces::remove_member(&mut tx, space_id, account).await?;
    if change == MembershipChange::Removed {
        directory::refresh(&mut tx, account).await?;
        let detail = format!("space={}", space_id.0);
        let event = if leaving {
            "space.left"
        } else {
            "space.member_removed"
        };
        audit::append(&mut tx, actor.audit(event, Some(account), detail)).await?;
        if !leaving {
            tell_removed(app, &mut tx, actor, space_id, account).await?;
        }
    }
    tx.commit().await?;
    Ok(change)
}

async fn tell_removed(
    app: &App,
    tx: &mut Tx,
    actor: &Actor,
    space_id: SpaceId,
    account: AccountId,
) -> Outcome<()> {
    notify::tell(
        app,
        tx,
        &Notice {
            to: account,
            kind: "space_removed",
            actor: actor.id(),
            space: Some(space_id),
            thread: None,
            excerpt: "",
            link: "/spaces",
        },
    )
    .await
}

/// A lead pins a resource they may read to the space's home (`pin: false` unpins it).
/// Readers who may not read it do not see the pin.
pub async fn pin_resource(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    resource: i64,
    pin: bool,
) -> Outcome<bool> {
    let s = space(app, space_id).await?;
    require(actor, &s, SpaceAction::ManageMembers)?;
    // Pinning shows the resource to the space: the lead must be able to read it. Unpinning
    // needs nothing more (a deleted resource can still be taken off the home).
    if let (true, Some(v)) = (pin, &actor.viewer) {
        crate::library::readable(app, v, resource).await?;
    }
    let mut tx = app.db.begin().await?;
    let changed = if pin {
        spaces::pin(&mut tx, space_id, resource, actor.id()).await?
    } else {
        spaces::unpin(&mut tx, space_id, resource).await?
    };
    if changed {
        let event = if pin {
            "space.pinned"
        } else {
            "space.unpinned"
        };
        let detail = format!("space={} resource={resource}", space_id.0);
        audit::append(&mut tx, actor.audit(event, None, detail)).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// The resources pinned to a space that this viewer may read, in pin order.
pub async fn pinned(
    app: &App,
    viewer: &gctcp_domain::policy::Viewer,
    space_id: SpaceId,
) -> Outcome<Vec<gctcp_store::library::Full>> {
    let mut out = Vec::new();
    for id in spaces::pinned_resources(&app.db, space_id).await? {
        match crate::library::readable(app, viewer, id).await {
            Ok(full) => out.push(full),
            Err(Problem::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}
