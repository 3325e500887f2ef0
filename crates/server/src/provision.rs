//! Provisioning accounts, shared by the admin pages and the `gctcp users add` command.

use crate::config::Config;
use crate::token;
use gctcp_domain::account::{is_plausible_email, normalize_email};
use gctcp_domain::{AccountId, PlatformRole};
use gctcp_store::accounts::{self, InvitationSeed, NewAccount, ProvisionError};
use gctcp_store::{invitations, orgs, Db};

/// What a person typed to provision someone.
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
pub enum Problem {
    InvalidEmail,
    NameRequired,
    NameTooLong,
    UnknownOrg,
    DuplicateEmail,
}

impl Problem {
    pub fn key(self) -> &'static str {
        match self {
            Problem::InvalidEmail => "provision-invalid-email",
            Problem::NameRequired => "provision-name-required",
            Problem::NameTooLong => "provision-name-too-long",
            Problem::UnknownOrg => "provision-unknown-org",
            Problem::DuplicateEmail => "provision-duplicate-email",
        }
    }

    /// English text for the command line.
    pub fn english(self) -> &'static str {
        match self {
            Problem::InvalidEmail => "that is not a valid e-mail address",
            Problem::NameRequired => "a name is required",
            Problem::NameTooLong => "the name is longer than 200 characters",
            Problem::UnknownOrg => "unknown organization: use a Member State's ISO 3166 alpha-3 code (e.g. KEN) or a Compact entity's acronym (e.g. UNODC)",
            Problem::DuplicateEmail => "an account with this e-mail address already exists",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Invited {
    pub account: AccountId,
    pub email: String,
    /// The one-time link; shown once, never stored.
    pub url: String,
}

/// Creates a fresh invitation token and its stored form.
pub fn new_invitation(config: &Config) -> (String, String, chrono::DateTime<chrono::Utc>) {
    let tok = token::random_token();
    let hash = token::hash(&tok);
    let expires = gctcp_store::now()
        + chrono::Duration::from_std(config.invitation_ttl).unwrap_or(chrono::Duration::hours(72));
    (config.link(&format!("/invite/{tok}")), hash, expires)
}

/// Validates and provisions an invited account with its invitation, all or nothing.
pub async fn provision(
    db: &Db,
    config: &Config,
    req: &Request,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<Result<Invited, Vec<Problem>>> {
    let email = normalize_email(&req.email);
    let name = req.name.trim();
    let mut problems = Vec::new();
    if !is_plausible_email(&email) {
        problems.push(Problem::InvalidEmail);
    }
    if name.is_empty() {
        problems.push(Problem::NameRequired);
    } else if name.chars().count() > 200 {
        problems.push(Problem::NameTooLong);
    }
    let org = orgs::by_code(db, &req.org_code).await?;
    if org.is_none() {
        problems.push(Problem::UnknownOrg);
    }
    let (Some(org), true) = (org, problems.is_empty()) else {
        return Ok(Err(problems));
    };
    let (url, hash, expires_at) = new_invitation(config);
    let new = NewAccount {
        email: &email,
        display_name: name,
        org: org.org_id(),
        role: req.role.unwrap_or(PlatformRole::FocalPoint),
        title: req.title.trim(),
    };
    match accounts::provision(
        db,
        &new,
        &InvitationSeed {
            token_hash: &hash,
            expires_at,
        },
        actor,
        ip,
    )
    .await?
    {
        Ok(account) => Ok(Ok(Invited {
            account,
            email,
            url,
        })),
        Err(ProvisionError::DuplicateEmail) => Ok(Err(vec![Problem::DuplicateEmail])),
    }
}

/// Issues a new invitation (invited account) or password-reset link (active account);
/// earlier links stop working. `None` when the account is not in that status.
pub async fn issue_link(
    db: &Db,
    config: &Config,
    account: AccountId,
    kind: invitations::LinkKind,
    actor: Option<AccountId>,
    ip: Option<&str>,
) -> anyhow::Result<Option<String>> {
    let (url, hash, expires_at) = new_invitation(config);
    Ok(
        invitations::issue(db, account, kind, &hash, expires_at, actor, ip)
            .await?
            .then_some(url),
    )
}

/// When no administrator exists, creates a first-administrator setup link.
pub async fn setup_link_if_needed(db: &Db, config: &Config) -> anyhow::Result<Option<String>> {
    if accounts::any_admin(db).await? {
        return Ok(None);
    }
    let tok = token::random_token();
    let expires = gctcp_store::now()
        + chrono::Duration::from_std(config.invitation_ttl).unwrap_or(chrono::Duration::hours(72));
    invitations::create_setup(db, &token::hash(&tok), expires).await?;
    Ok(Some(config.link(&format!("/setup/{tok}"))))
}
