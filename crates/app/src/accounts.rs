//! Accounts: provisioning (one, or many from an import), deactivation and reactivation,
//! roles, and the one-time links an administrator issues. Shared by the administration
//! pages and the `gctcp users` command.

use crate::problem::Outcome;
use crate::{token, Actor, App, Problem};
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::{AccountId, AccountStatus, OrgId, PlatformRole};
use gctcp_store::accounts::{self, Account, NewAccount};
use gctcp_store::invitations::{self, LinkKind, NewLink};
use gctcp_store::{audit, directory, orgs, Tx};

/// What an administrator typed to provision someone.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub email: String,
    pub name: String,
    pub org_code: String,
    pub title: String,
    pub role: Option<PlatformRole>,
}

/// Why provisioning was refused; each maps to a translated message (`provision-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    InvalidEmail,
    NameRequired,
    NameTooLong,
    UnknownOrg,
    DuplicateEmail,
}

impl Refusal {
    pub fn key(self) -> &'static str {
        match self {
            Refusal::InvalidEmail => "provision-invalid-email",
            Refusal::NameRequired => "provision-name-required",
            Refusal::NameTooLong => "provision-name-too-long",
            Refusal::UnknownOrg => "provision-unknown-org",
            Refusal::DuplicateEmail => "provision-duplicate-email",
        }
    }

    /// The form field it concerns.
    pub fn field(self) -> &'static str {
        match self {
            Refusal::InvalidEmail | Refusal::DuplicateEmail => "email",
            Refusal::NameRequired | Refusal::NameTooLong => "name",
            Refusal::UnknownOrg => "org",
        }
    }

    /// English text for the command line.
    pub fn english(self) -> &'static str {
        match self {
            Refusal::InvalidEmail => "that is not a valid e-mail address",
            Refusal::NameRequired => "a name is required",
            Refusal::NameTooLong => "the name is longer than 200 characters",
            Refusal::UnknownOrg => "unknown organization: use a Member State's ISO 3166 alpha-3 code (e.g. KEN) or a Compact entity's acronym (e.g. UNODC)",
            Refusal::DuplicateEmail => "an account with this e-mail address already exists",
        }
    }
}

/// The longest display name.
pub const NAME_MAX: usize = 200;

/// A provisioning request, checked.
#[derive(Clone, Debug)]
pub struct Checked {
    pub email: String,
    pub name: String,
    pub org: OrgId,
    pub title: String,
    pub role: PlatformRole,
}

/// Checks a request against the rules and the reference data (not yet against existing
/// accounts: that is decided in the transaction that writes).
pub async fn check(app: &App, req: &Request) -> Outcome<Result<Checked, Vec<Refusal>>> {
    let email = normalize_email(&req.email);
    let name = req.name.trim();
    let mut refusals = Vec::new();
    if !is_plausible_email(&email) {
        refusals.push(Refusal::InvalidEmail);
    }
    if name.is_empty() {
        refusals.push(Refusal::NameRequired);
    } else if name.chars().count() > NAME_MAX {
        refusals.push(Refusal::NameTooLong);
    }
    let org = orgs::by_code(&app.db, &req.org_code).await?;
    if org.is_none() {
        refusals.push(Refusal::UnknownOrg);
    }
    match org {
        Some(org) if refusals.is_empty() => Ok(Ok(Checked {
            email,
            name: name.to_string(),
            org: org.org_id(),
            title: req.title.trim().to_string(),
            role: req.role.unwrap_or(PlatformRole::FocalPoint),
        })),
        _ => Ok(Err(refusals)),
    }
}

#[derive(Clone, Debug)]
pub struct Invited {
    pub account: AccountId,
    pub email: String,
    pub name: String,
    /// The one-time link; shown once, never stored.
    pub url: String,
}

/// A fresh one-time link: the URL to show and what is stored of it.
fn new_link(app: &App, path: &str) -> (String, String) {
    let tok = token::random_token();
    (app.config.link(&format!("{path}{tok}")), token::hash(&tok))
}

/// E-mails a one-time link to its account, in the account's language and zone (the page
/// that issued it shows it too, as the fallback).
async fn mail_link(
    app: &App,
    tx: &mut Tx,
    id: AccountId,
    kind: LinkKind,
    url: &str,
    expires: chrono::DateTime<chrono::Utc>,
) -> Outcome<()> {
    let Some(mut a) = accounts::by_id(&mut *tx, id).await? else {
        return Err(Problem::NotFound);
    };
    a.org_names = app.catalog().await?.org_names(OrgId(a.organization_id));
    let to = crate::mail::Recipient::of(&a);
    let letter = match kind {
        LinkKind::Invitation => crate::letters::invitation(&to, a.org_name(to.lang), url, expires),
        LinkKind::Reset => crate::letters::password_reset(&to, url, expires),
    };
    crate::mail::write(app, tx, &to, &letter).await?;
    Ok(())
}

/// Writes one invited account with its invitation and audit entry (inside `tx`).
async fn insert_invited(
    app: &App,
    tx: &mut Tx,
    actor: &Actor,
    c: &Checked,
    import: bool,
) -> Outcome<Invited> {
    let account = accounts::insert_invited(
        tx,
        &NewAccount {
            email: &c.email,
            display_name: &c.name,
            org: c.org,
            role: c.role,
            title: &c.title,
        },
    )
    .await?;
    let (url, hash) = new_link(app, "/invite/");
    let expires = app.config.link_expiry();
    invitations::insert(
        tx,
        &NewLink {
            token_hash: &hash,
            account: Some(account),
            purpose: LinkKind::Invitation.purpose(),
            created_by: actor.id(),
            expires_at: expires,
        },
    )
    .await?;
    mail_link(app, tx, account, LinkKind::Invitation, &url, expires).await?;
    let detail = format!(
        "role={}{}",
        c.role,
        if import { " source=import" } else { "" }
    );
    audit::append(
        &mut *tx,
        actor.audit("invitation.created", Some(account), detail),
    )
    .await?;
    Ok(Invited {
        account,
        email: c.email.clone(),
        name: c.name.clone(),
        url,
    })
}

/// Provisions an invited account with its one-time invitation link, all or nothing.
/// Administrators (and the command line) only.
pub async fn provision(
    app: &App,
    actor: &Actor,
    req: &Request,
) -> Outcome<Result<Invited, Vec<Refusal>>> {
    actor.require_admin()?;
    let c = match check(app, req).await? {
        Ok(c) => c,
        Err(r) => return Ok(Err(r)),
    };
    let mut tx = app.db.begin().await?;
    if accounts::email_taken(&mut tx, &c.email).await? {
        return Ok(Err(vec![Refusal::DuplicateEmail]));
    }
    let invited = match insert_invited(app, &mut tx, actor, &c, false).await {
        Ok(i) => i,
        // A concurrent provisioning of the same address won the race.
        Err(Problem::Internal(e)) if is_conflict(&e) => {
            return Ok(Err(vec![Refusal::DuplicateEmail]))
        }
        Err(e) => return Err(e),
    };
    tx.commit().await?;
    Ok(Ok(invited))
}

fn is_conflict(e: &anyhow::Error) -> bool {
    e.downcast_ref::<gctcp_store::Error>()
        .is_some_and(gctcp_store::Error::is_conflict)
}

/// Provisions many accounts in one transaction (a CSV import): either every one is
/// created, with its invitation and audit entry, or none is — `Err(i)` names the first
/// row whose e-mail exists by now.
pub async fn provision_many(
    app: &App,
    actor: &Actor,
    rows: &[Checked],
) -> Outcome<Result<Vec<Invited>, usize>> {
    actor.require_admin()?;
    let mut tx = app.db.begin().await?;
    let mut out = Vec::with_capacity(rows.len());
    for (i, c) in rows.iter().enumerate() {
        if accounts::email_taken(&mut tx, &c.email).await? {
            // Returning drops the transaction: nothing of this import is kept.
            return Ok(Err(i));
        }
        out.push(insert_invited(app, &mut tx, actor, c, true).await?);
    }
    audit::append(
        &mut tx,
        actor.audit("accounts.imported", None, format!("count={}", out.len())),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(out))
}

/// Outcome of a change that must keep at least one active administrator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Done,
    /// Refused: it would leave no active administrator.
    LastAdmin,
    /// Nothing to do (already so).
    Unchanged,
}

/// The account an administrative action names (404 when there is none).
async fn target(app: &App, actor: &Actor, id: AccountId) -> Outcome<Account> {
    actor.require_admin()?;
    accounts::by_id(&app.db, id).await?.ok_or(Problem::NotFound)
}

/// Deactivates an account: its sessions end at its very next request, its pending links
/// die, it leaves the directory. The last active administrator is kept.
pub async fn deactivate(app: &App, actor: &Actor, id: AccountId) -> Outcome<Change> {
    target(app, actor, id).await?;
    let mut tx = app.db.begin().await?;
    let Some(s) = accounts::standing(&mut tx, id).await? else {
        return Err(Problem::NotFound);
    };
    if s.status == AccountStatus::Deactivated.as_str() {
        return Ok(Change::Unchanged);
    }
    if s.last_admin {
        return Ok(Change::LastAdmin);
    }
    accounts::set_status(&mut tx, id, AccountStatus::Deactivated).await?;
    accounts::end_sessions(&mut tx, id, None).await?;
    invitations::revoke_pending(&mut tx, id).await?;
    directory::refresh(&mut tx, id).await?;
    audit::append(
        &mut tx,
        actor.audit("account.deactivated", Some(id), String::new()),
    )
    .await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// Reactivates an account: active again if it had set a password, invited otherwise.
pub async fn reactivate(app: &App, actor: &Actor, id: AccountId) -> Outcome<Change> {
    target(app, actor, id).await?;
    let mut tx = app.db.begin().await?;
    if !accounts::reactivate(&mut tx, id).await? {
        return Ok(Change::Unchanged);
    }
    directory::refresh(&mut tx, id).await?;
    audit::append(
        &mut tx,
        actor.audit("account.reactivated", Some(id), String::new()),
    )
    .await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// Changes the platform role; the account's sessions end so that a demoted
/// administrator keeps no elevated page open. The last active administrator is kept.
pub async fn set_role(
    app: &App,
    actor: &Actor,
    id: AccountId,
    role: PlatformRole,
) -> Outcome<Change> {
    target(app, actor, id).await?;
    let mut tx = app.db.begin().await?;
    let Some(s) = accounts::standing(&mut tx, id).await? else {
        return Err(Problem::NotFound);
    };
    if s.role == role.as_str() {
        return Ok(Change::Unchanged);
    }
    if s.last_admin {
        return Ok(Change::LastAdmin);
    }
    accounts::set_role(&mut tx, id, role).await?;
    accounts::end_sessions(&mut tx, id, None).await?;
    let detail = format!("from={} to={role}", s.role);
    audit::append(
        &mut tx,
        actor.audit("account.role_changed", Some(id), detail),
    )
    .await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// Issues a new invitation (for an invited account) or a password-reset link (for an
/// active one); earlier links stop working. `None` when the account is not in the
/// status the link is for.
pub async fn issue_link(
    app: &App,
    actor: &Actor,
    id: AccountId,
    kind: LinkKind,
) -> Outcome<Option<String>> {
    target(app, actor, id).await?;
    let (status_needed, event, detail) = match kind {
        LinkKind::Invitation => (AccountStatus::Invited, "invitation.created", "resent"),
        LinkKind::Reset => (AccountStatus::Active, "password.reset_issued", ""),
    };
    let mut tx = app.db.begin().await?;
    let standing = accounts::standing(&mut tx, id).await?;
    if standing.map(|s| s.status).as_deref() != Some(status_needed.as_str()) {
        return Ok(None);
    }
    invitations::revoke_pending(&mut tx, id).await?;
    let (url, hash) = new_link(app, "/invite/");
    let expires = app.config.link_expiry();
    invitations::insert(
        &mut tx,
        &NewLink {
            token_hash: &hash,
            account: Some(id),
            purpose: kind.purpose(),
            created_by: actor.id(),
            expires_at: expires,
        },
    )
    .await?;
    mail_link(app, &mut tx, id, kind, &url, expires).await?;
    audit::append(&mut tx, actor.audit(event, Some(id), detail.into())).await?;
    tx.commit().await?;
    Ok(Some(url))
}

/// Revokes every pending link of an account.
pub async fn revoke_links(app: &App, actor: &Actor, id: AccountId) -> Outcome<u64> {
    target(app, actor, id).await?;
    let mut tx = app.db.begin().await?;
    let n = invitations::revoke_pending(&mut tx, id).await?;
    if n > 0 {
        audit::append(
            &mut tx,
            actor.audit("invitation.revoked", Some(id), String::new()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(n)
}

/// A person chose their interface language (e-mails follow it too). The profile form
/// shows it, so the directory's copy of the person is refreshed with it.
pub async fn set_locale(app: &App, id: AccountId, locale: &str) -> Outcome<()> {
    let mut tx = app.db.begin().await?;
    accounts::set_locale(&mut tx, id, locale).await?;
    directory::refresh(&mut tx, id).await?;
    tx.commit().await?;
    Ok(())
}
