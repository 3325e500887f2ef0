//! Space membership (administered today from the administration pages; the spaces
//! module will let chairs do it too, through the same operations).

use crate::problem::Outcome;
use crate::{Actor, App, Problem};
use gctcp_domain::account::normalize_email;
use gctcp_domain::{AccountId, AccountStatus, SpaceId, SpaceRole};
use gctcp_store::spaces::{self, MembershipChange};
use gctcp_store::{accounts, audit, directory};

async fn existing_space(app: &App, actor: &Actor, space: SpaceId) -> Outcome<()> {
    actor.require_admin()?;
    spaces::by_id(&app.db, space)
        .await?
        .map(|_| ())
        .ok_or(Problem::NotFound)
}

/// Adds the person with this e-mail to a space, or changes their role there.
pub async fn set_member(
    app: &App,
    actor: &Actor,
    space: SpaceId,
    email: &str,
    role: SpaceRole,
) -> Outcome<MembershipChange> {
    existing_space(app, actor, space).await?;
    let person = accounts::by_email(&app.db, &normalize_email(email))
        .await?
        .filter(|a| a.status() != AccountStatus::Deactivated)
        .ok_or_else(|| Problem::invalid("email", "space-unknown-person"))?;
    let id = person.account_id();
    let mut tx = app.db.begin().await?;
    let change = spaces::set_member(&mut tx, space, id, role, actor.id()).await?;
    if change != MembershipChange::Unchanged {
        directory::refresh(&mut tx, id).await?;
        let event = if change == MembershipChange::Added {
            "space.member_added"
        } else {
            "space.role_changed"
        };
        let detail = format!("space={} role={}", space.0, role);
        audit::append(&mut tx, actor.audit(event, Some(id), detail)).await?;
    }
    tx.commit().await?;
    Ok(change)
}

/// Removes a member from a space.
pub async fn remove_member(
    app: &App,
    actor: &Actor,
    space: SpaceId,
    account: AccountId,
) -> Outcome<MembershipChange> {
    existing_space(app, actor, space).await?;
    accounts::by_id(&app.db, account)
        .await?
        .ok_or(Problem::NotFound)?;
    let mut tx = app.db.begin().await?;
    let change = spaces::remove_member(&mut tx, space, account).await?;
    if change == MembershipChange::Removed {
        directory::refresh(&mut tx, account).await?;
        let detail = format!("space={}", space.0);
        audit::append(
            &mut tx,
            actor.audit("space.member_removed", Some(account), detail),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(change)
}
