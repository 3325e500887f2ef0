//! Signing in and out, one-time links (invitation, password reset), the first
//! administrator's setup, and password changes.

use crate::problem::{Invalid, Outcome};
use crate::{token, Actor, App, Problem};
use chrono::{DateTime, Utc};
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::password::{self, PasswordProblem};
use gctcp_domain::AccountId;
use gctcp_store::accounts::{self, FirstAdmin};
use gctcp_store::throttle::{self, Limit};
use gctcp_store::{audit, directory, invitations, orgs};

/// Five failures in 15 minutes lock an account for 15 minutes.
pub const ACCOUNT_LIMIT: Limit = Limit {
    max_failures: 5,
    window: chrono::Duration::minutes(15),
    lockout: chrono::Duration::minutes(15),
};

/// Twenty failures in 15 minutes from one address lock it for 15 minutes.
pub const IP_LIMIT: Limit = Limit {
    max_failures: 20,
    window: chrono::Duration::minutes(15),
    lockout: chrono::Duration::minutes(15),
};

/// How a sign-in ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignIn {
    Signed(AccountId),
    /// Wrong password, unknown or inactive account: one answer for all.
    Failed,
    /// Too many failures: try again after this time.
    Throttled(DateTime<Utc>),
}

/// Checks an e-mail and password. Unknown, invited and deactivated accounts are checked
/// against a dummy hash: same work, same time, same answer as a wrong password.
pub async fn sign_in(app: &App, email: &str, password: &str, ip: Option<&str>) -> Outcome<SignIn> {
    let mut email = normalize_email(email);
    // No account's address is longer than 254 bytes (account::is_plausible_email); a
    // longer entry is cut so that it can neither bloat the throttle table and the audit
    // log nor exceed an index's row size. It still costs a dummy hash.
    if email.len() > 254 {
        let mut end = 254;
        while !email.is_char_boundary(end) {
            end -= 1;
        }
        email.truncate(end);
    }
    let account_key = format!("account:{email}");
    let ip_key = format!("ip:{}", ip.unwrap_or("unknown"));
    let db = &app.db;
    let entry = |event, subject: Option<i64>| audit::Entry {
        event,
        actor: None,
        subject,
        ip,
        detail: format!("email={}", audit::quoted(&email)),
    };
    let locked = match throttle::locked_until(db, &account_key).await? {
        Some(u) => Some(u),
        None => throttle::locked_until(db, &ip_key).await?,
    };
    if let Some(until) = locked {
        audit::append(db, entry("sign_in.throttled", None)).await?;
        return Ok(SignIn::Throttled(until));
    }
    let account = accounts::by_email(db, &email).await?;
    let usable_hash = account
        .as_ref()
        .filter(|a| a.status() == gctcp_domain::AccountStatus::Active)
        .and_then(|a| a.password_hash.clone());
    let ok = app
        .hasher
        .verify(password::normalize(password), usable_hash)
        .await?;
    if ok {
        let account = account.expect("verified against a real hash");
        throttle::clear(db, &account_key).await?;
        let mut tx = db.begin().await?;
        audit::append(
            &mut tx,
            audit::Entry {
                event: "sign_in.success",
                actor: Some(account.id),
                subject: Some(account.id),
                ip,
                detail: String::new(),
            },
        )
        .await?;
        accounts::signed_in(&mut tx, account.account_id(), Utc::now()).await?;
        tx.commit().await?;
        return Ok(SignIn::Signed(account.account_id()));
    }
    let subject = account.as_ref().map(|a| a.id);
    let mut tx = db.begin().await?;
    audit::append(&mut tx, entry("sign_in.failure", subject)).await?;
    let lock_a = throttle::record_failure(&mut tx, &account_key, ACCOUNT_LIMIT).await?;
    let lock_i = throttle::record_failure(&mut tx, &ip_key, IP_LIMIT).await?;
    let outcome = match lock_a.or(lock_i) {
        Some(until) => {
            audit::append(&mut tx, entry("sign_in.throttled", subject)).await?;
            SignIn::Throttled(until)
        }
        None => SignIn::Failed,
    };
    tx.commit().await?;
    Ok(outcome)
}

/// Records a sign-out (the caller ends the session).
pub async fn signed_out(app: &App, account: AccountId, ip: Option<&str>) -> Outcome<()> {
    let actor = Actor {
        viewer: None,
        ip: ip.map(str::to_string),
    };
    let mut entry = actor.audit("sign_out", Some(account), String::new());
    entry.actor = Some(account.0);
    audit::append(&app.db, entry).await?;
    Ok(())
}

/// Checks a new password and its confirmation.
pub fn new_password_problem(pw: &str, confirm: &str, email: &str, name: &str) -> Option<Invalid> {
    if let Err(p) = password::check(pw, email, name) {
        let key = match p {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Common => "password-common",
            PasswordProblem::ContainsContext => "password-context",
        };
        return Some(Invalid::new("password", key).with("min", password::MIN_CHARS));
    }
    if password::normalize(pw) != password::normalize(confirm) {
        return Some(Invalid::new("password_confirm", "password-mismatch"));
    }
    None
}

/// A one-time link that can still be used (an invitation or a password reset for an
/// account; `for_setup` asks for the first administrator's setup link instead).
pub async fn valid_link(
    app: &App,
    tok: &str,
    for_setup: bool,
) -> Outcome<Option<invitations::Pending>> {
    Ok(invitations::find_valid(&app.db, &token::hash(tok))
        .await?
        .filter(|i| i.account_id.is_none() == for_setup))
}

/// What following a link with a chosen password did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkUse {
    /// Signed in as this account.
    Done(AccountId),
    /// Used, revoked or expired meanwhile.
    LinkInvalid,
}

/// Activates an invited account, or sets a new password through a reset link: the link
/// is consumed once (even under a race), every other session of the account ends.
pub async fn use_link(
    app: &App,
    tok: &str,
    password: &str,
    confirm: &str,
    ip: Option<&str>,
) -> Outcome<LinkUse> {
    let Some(inv) = valid_link(app, tok, false).await? else {
        return Ok(LinkUse::LinkInvalid);
    };
    let email = inv.email.clone().unwrap_or_default();
    let name = inv.display_name.clone().unwrap_or_default();
    if let Some(p) = new_password_problem(password, confirm, &email, &name) {
        return Err(Problem::Invalid(vec![p]));
    }
    let hash = app.hasher.hash(password::normalize(password)).await?;
    let mut tx = app.db.begin().await?;
    let Some(used) = invitations::consume(&mut tx, inv.id).await? else {
        return Ok(LinkUse::LinkInvalid);
    };
    let Some(account) = used.account_id.map(AccountId) else {
        return Ok(LinkUse::LinkInvalid);
    };
    let actor = Actor {
        viewer: None,
        ip: ip.map(str::to_string),
    };
    let event = if used.purpose == "reset" {
        if !accounts::reset_password(&mut tx, account, &hash).await? {
            return Ok(LinkUse::LinkInvalid);
        }
        "password.reset"
    } else {
        if !accounts::activate(&mut tx, account, &hash).await? {
            // Dropping the transaction rolls back the consumption.
            return Ok(LinkUse::LinkInvalid);
        }
        directory::refresh(&mut tx, account).await?;
        "invitation.accepted"
    };
    accounts::end_sessions(&mut tx, account, None).await?;
    let mut entry = actor.audit(event, Some(account), String::new());
    entry.actor = Some(account.0);
    audit::append(&mut tx, entry).await?;
    // The page that used the link signs the person in.
    accounts::signed_in(&mut tx, account, Utc::now()).await?;
    tx.commit().await?;
    Ok(LinkUse::Done(account))
}

/// What the first administrator enters.
#[derive(Clone, Debug, Default)]
pub struct Setup {
    pub name: String,
    pub email: String,
    pub org: String,
    pub password: String,
    pub password_confirm: String,
}

/// Creates the first administrator through the setup link printed at the first start.
pub async fn complete_setup(app: &App, tok: &str, s: &Setup, ip: Option<&str>) -> Outcome<LinkUse> {
    let Some(inv) = valid_link(app, tok, true).await? else {
        return Ok(LinkUse::LinkInvalid);
    };
    let email = normalize_email(&s.email);
    let name = s.name.trim();
    let mut problems = Vec::new();
    if name.is_empty() {
        problems.push(Invalid::new("name", "provision-name-required"));
    }
    if !is_plausible_email(&email) {
        problems.push(Invalid::new("email", "provision-invalid-email"));
    }
    let org = orgs::by_code(&app.db, &s.org).await?;
    if org.is_none() {
        problems.push(Invalid::new("org", "provision-unknown-org"));
    }
    if let Some(p) = new_password_problem(&s.password, &s.password_confirm, &email, name) {
        problems.push(p);
    }
    let Some(org) = org.filter(|_| problems.is_empty()) else {
        return Err(Problem::Invalid(problems));
    };
    let hash = app.hasher.hash(password::normalize(&s.password)).await?;
    let mut tx = app.db.begin().await?;
    if accounts::admins_exist(&mut tx).await? {
        return Ok(LinkUse::LinkInvalid);
    }
    if accounts::email_taken(&mut tx, &email).await? {
        return Err(Problem::invalid("email", "provision-duplicate-email"));
    }
    if invitations::consume(&mut tx, inv.id).await?.is_none() {
        return Ok(LinkUse::LinkInvalid);
    }
    let id = accounts::insert_first_admin(
        &mut tx,
        &FirstAdmin {
            email: &email,
            display_name: name,
            org: org.org_id(),
            password_hash: &hash,
        },
    )
    .await?;
    directory::refresh(&mut tx, id).await?;
    invitations::attach_account(&mut tx, inv.id, id).await?;
    audit::append(
        &mut tx,
        audit::Entry {
            event: "setup.completed",
            actor: Some(id.0),
            subject: Some(id.0),
            ip,
            detail: String::new(),
        },
    )
    .await?;
    accounts::signed_in(&mut tx, id, Utc::now()).await?;
    tx.commit().await?;
    Ok(LinkUse::Done(id))
}

/// When no administrator exists, a first-administrator setup link (else None).
pub async fn setup_link_if_needed(app: &App) -> Outcome<Option<String>> {
    if accounts::any_admin(&app.db).await? {
        return Ok(None);
    }
    let tok = token::random_token();
    let mut tx = app.db.begin().await?;
    invitations::insert(
        &mut tx,
        &invitations::NewLink {
            token_hash: &token::hash(&tok),
            account: None,
            purpose: "invite",
            created_by: None,
            expires_at: app.config.link_expiry(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(app.config.link(&format!("/setup/{tok}"))))
}

/// A person changes their password (the current one is needed); every other session of
/// the account ends, `keep_session` (the hashed ID of the one making the change) stays.
pub async fn change_password(
    app: &App,
    actor: &Actor,
    current: &str,
    new: &str,
    confirm: &str,
    keep_session: Option<&str>,
) -> Outcome<()> {
    let id = actor.id().ok_or(Problem::Forbidden)?;
    let a = accounts::by_id(&app.db, id)
        .await?
        .ok_or(Problem::NotFound)?;
    let current_ok = app
        .hasher
        .verify(password::normalize(current), a.password_hash.clone())
        .await?;
    if !current_ok {
        return Err(Problem::invalid("current", "password-current-wrong"));
    }
    if let Some(p) = new_password_problem(new, confirm, &a.email, &a.display_name) {
        return Err(Problem::Invalid(vec![p]));
    }
    let hash = app.hasher.hash(password::normalize(new)).await?;
    let mut tx = app.db.begin().await?;
    accounts::set_password(&mut tx, id, &hash).await?;
    accounts::end_sessions(&mut tx, id, keep_session).await?;
    audit::append(
        &mut tx,
        actor.audit("password.changed", Some(id), String::new()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
