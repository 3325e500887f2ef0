//! Telling people about an assessment: an entity's focal points when the State shares it
//! with them (`cted_shared`), the State's focal points and the entities it is shared with
//! when CTED notes a follow-up (`cted_followup`).
//!
//! Whom to tell is the domain's [`cted::concerned`], asked of every candidate's
//! organization with the consents as they stand in the transaction that tells — and
//! whoever is concerned may read the assessment, so no notice reaches someone who may
//! not open it. A notice carries no word of the assessment: its excerpt is the State's
//! code (named in the reader's language when shown) and its link the assessment's page,
//! which asks the rule again when opened — a consent withdrawn after the notice leaves
//! a link that opens nothing.

use super::{standing, today};
use crate::notify::{self, Notice};
use crate::problem::Outcome;
use crate::{Actor, App};
use gctcp_domain::cted::{self, Consent, Standing};
use gctcp_domain::{AccountId, OrgId};
use gctcp_store::catalog::Catalog;
use gctcp_store::recommendations as store;
use gctcp_store::{accounts, Tx};

/// The active accounts concerned by news of the assessment of `state`: among
/// `candidates` (organizations), those [`cted::concerned`] answers for, with the
/// assessment's consents read in this transaction.
async fn concerned(
    tx: &mut Tx,
    catalog: &Catalog,
    candidates: &[OrgId],
    assessment: i64,
    state: OrgId,
) -> Outcome<Vec<AccountId>> {
    let consents: Vec<Consent> = store::consents_of(tx, assessment).await?;
    let consents = consents.as_slice();
    let today = today();
    let orgs: Vec<OrgId> = candidates
        .iter()
        .copied()
        .filter(|o| cted::concerned(*o, standing(catalog, *o), state, consents, today))
        .collect();
    Ok(accounts::active_in(&mut *tx, &orgs)
        .await?
        .into_iter()
        .map(|(a, _)| a)
        .collect())
}

/// Every Compact entity that reads by consent (not CTED, which reads everything).
fn entities(catalog: &Catalog) -> Vec<OrgId> {
    catalog
        .orgs
        .iter()
        .map(|o| OrgId(o.id))
        .filter(|o| standing(catalog, *o) == Standing::Entity)
        .collect()
}

/// Tells the entity's focal points (or every entity's, for a consent to all) that the
/// State shared its assessment with them (the new consent written in `tx`).
pub(super) async fn shared(
    app: &App,
    tx: &mut Tx,
    actor: &Actor,
    assessment: i64,
    state: OrgId,
    grantee: Option<OrgId>,
) -> Outcome<()> {
    let catalog = app.catalog().await?;
    let candidates = match grantee {
        Some(o) => vec![o],
        None => entities(&catalog),
    };
    let to = concerned(tx, &catalog, &candidates, assessment, state).await?;
    let link = format!("/assessments/{assessment}");
    tell(
        app,
        tx,
        actor,
        &to,
        "cted_shared",
        code(&catalog, state),
        &link,
    )
    .await
}

/// Tells the State's focal points and those of every entity a consent in force covers
/// that CTED noted a follow-up of one of the assessment's recommendations.
pub(super) async fn followed_up(
    app: &App,
    tx: &mut Tx,
    actor: &Actor,
    assessment: i64,
    recommendation: i64,
    state: OrgId,
) -> Outcome<()> {
    let catalog = app.catalog().await?;
    let mut candidates = vec![state];
    candidates.extend(entities(&catalog));
    let to = concerned(tx, &catalog, &candidates, assessment, state).await?;
    let link = format!("/assessments/{assessment}#r{recommendation}");
    tell(
        app,
        tx,
        actor,
        &to,
        "cted_followup",
        code(&catalog, state),
        &link,
    )
    .await
}

/// The State's code, which the notice keeps (its name is shown in the reader's language).
fn code(catalog: &Catalog, state: OrgId) -> &str {
    catalog.org(state).map_or("", |o| o.code.as_str())
}

async fn tell(
    app: &App,
    tx: &mut Tx,
    actor: &Actor,
    to: &[AccountId],
    kind: &str,
    code: &str,
    link: &str,
) -> Outcome<()> {
    let notice = Notice {
        to: AccountId(0),
        kind,
        actor: actor.id(),
        space: None,
        thread: None,
        excerpt: code,
        link,
    };
    notify::tell_many(app, tx, to, &notice).await
}
