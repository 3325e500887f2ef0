//! Writing many people at once (demo data at scale, large imports), through
//! multi-row INSERTs (`db::insert_rows`); ordinary changes go through the per-module
//! functions.

use crate::db::{insert_rows, query, Arg, Result, Tx};
use crate::{now, Backend};
use gctcp_domain::AccountId;

/// A focal point written in bulk, active at once (demo data).
#[derive(Clone, Debug)]
pub struct Person<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub org_id: i64,
    pub password_hash: Option<&'a str>,
    pub title: &'a str,
    pub time_zone: &'a str,
    pub phone_office: &'a str,
    pub phone_visibility: &'a str,
    pub languages: Vec<&'a str>,
    pub themes: Vec<i64>,
    pub pillars: Vec<i64>,
    /// Working groups they are a member of.
    pub spaces: Vec<i64>,
}

/// Inserts active focal points with their expertise and memberships, and writes their
/// directory rows, all inside `tx`; returns their IDs in order.
pub async fn insert_people(tx: &mut Tx, people: &[Person<'_>]) -> Result<Vec<AccountId>> {
    let first: Option<i64> = query("SELECT MAX(id) FROM accounts")
        .scalar(&mut *tx)
        .await?;
    let first = first.unwrap_or(0) + 1;
    let ids: Vec<i64> = (0..people.len() as i64).map(|i| first + i).collect();
    let at = now();
    let rows = ids
        .iter()
        .zip(people)
        .map(|(id, p)| {
            vec![
                Arg::from(*id),
                p.email.into(),
                p.display_name.into(),
                p.org_id.into(),
                "focal_point".into(),
                "active".into(),
                p.password_hash.into(),
                p.title.into(),
                p.time_zone.into(),
                p.phone_office.into(),
                p.phone_visibility.into(),
                at.into(),
                at.into(),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "accounts (id, email, display_name, organization_id, role, status, password_hash, title, time_zone, phone_office, phone_visibility, created_at, updated_at)",
        rows,
    )
    .await?;
    let pairs = |f: &dyn Fn(&Person<'_>) -> Vec<Arg<'static>>| -> Vec<Vec<Arg<'static>>> {
        ids.iter()
            .zip(people)
            .flat_map(|(id, p)| f(p).into_iter().map(move |v| vec![Arg::from(*id), v]))
            .collect()
    };
    let langs = pairs(&|p| {
        p.languages
            .iter()
            .map(|l| Arg::from(l.to_string()))
            .collect()
    });
    insert_rows(tx, "account_languages (account_id, lang)", langs).await?;
    let themes = pairs(&|p| p.themes.iter().map(|t| Arg::from(*t)).collect());
    insert_rows(tx, "account_themes (account_id, theme_id)", themes).await?;
    let pillars = pairs(&|p| p.pillars.iter().map(|t| Arg::from(*t)).collect());
    insert_rows(tx, "account_pillars (account_id, pillar)", pillars).await?;
    let members = ids
        .iter()
        .zip(people)
        .flat_map(|(id, p)| {
            p.spaces
                .iter()
                .map(move |s| vec![Arg::from(*s), Arg::from(*id), "member".into(), at.into()])
        })
        .collect();
    insert_rows(
        tx,
        "space_members (space_id, account_id, role, added_at)",
        members,
    )
    .await?;
    if tx.backend() == Backend::Postgres {
        // Explicit IDs were used: move the identity past them.
        query("SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT MAX(id) FROM accounts))")
            .execute(&mut *tx)
            .await?;
    }
    let ids: Vec<AccountId> = ids.into_iter().map(AccountId).collect();
    crate::directory::refresh_many(tx, &ids).await?;
    Ok(ids)
}
