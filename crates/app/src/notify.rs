//! Telling people what happened: an in-app notice for every event, and an e-mail when
//! the person wants this kind of event by e-mail at once. Written in the transaction of
//! the event (a rolled-back change tells nobody anything).
//!
//! The words are made when shown, in the reader's language (`text`): a notice stores its
//! kind, who did it, where, and a short excerpt.

use crate::mail::{Letter, Recipient};
use crate::problem::Outcome;
use crate::App;
use gctcp_domain::{AccountId, AccountStatus, SpaceId};
use gctcp_store::catalog::Catalog;
use gctcp_store::notifications;
use gctcp_store::{accounts, Tx};

pub use gctcp_store::notifications::NewNotice as Notice;

/// Kinds of notice, in the order the settings page lists them, with how each is e-mailed
/// unless the person chose otherwise. What concerns one person directly (their
/// membership, a mention) goes at once; replies in followed threads come in the daily
/// digest, new threads in the weekly one. The in-app list always has everything.
pub const KINDS: &[(&str, &str)] = &[
    ("mention", "immediately"),
    ("thread_reply", "daily"),
    ("new_thread", "weekly"),
    ("new_document", "weekly"),
    ("join_request", "immediately"),
    ("join_approved", "immediately"),
    ("join_declined", "immediately"),
    ("space_added", "immediately"),
    ("space_role_changed", "immediately"),
    ("space_removed", "immediately"),
    ("event_place", "immediately"),
    ("event_reminder", "immediately"),
    ("new_event", "daily"),
    ("cted_shared", "immediately"),
    ("cted_followup", "daily"),
];

/// The ways a kind of notice can be e-mailed.
pub const DELIVERIES: [&str; 4] = ["immediately", "daily", "weekly", "off"];

fn default_delivery(kind: &str) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, d)| *d)
        .unwrap_or("off")
}

/// Every kind with the person's choice (or the default): (kind, delivery).
pub async fn settings<'c>(
    on: impl gctcp_store::Executor<'c>,
    who: AccountId,
) -> Outcome<Vec<(&'static str, String)>> {
    let chosen = notifications::settings(on, who).await?;
    Ok(KINDS
        .iter()
        .map(|(k, d)| {
            let d = chosen
                .iter()
                .find(|(ck, _)| ck == k)
                .map(|(_, cd)| cd.clone())
                .unwrap_or_else(|| d.to_string());
            (*k, d)
        })
        .collect())
}

/// Saves a person's choices (unknown kinds or deliveries are refused, nothing saved).
pub async fn save_settings(
    app: &App,
    actor: &crate::Actor,
    choices: &[(String, String)],
) -> Outcome<()> {
    let who = actor.id().ok_or(crate::Problem::Forbidden)?;
    for (k, d) in choices {
        if !KINDS.iter().any(|(kk, _)| kk == k) || !DELIVERIES.contains(&d.as_str()) {
            return Err(crate::Problem::BadRequest);
        }
    }
    let mut tx = app.db.begin().await?;
    for (k, d) in choices {
        notifications::set_setting(&mut tx, who, k, d).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A person's e-mail choice for one kind.
pub async fn delivery(tx: &mut Tx, who: AccountId, kind: &str) -> Outcome<String> {
    Ok(notifications::settings(&mut *tx, who)
        .await?
        .into_iter()
        .find(|(k, _)| k == kind)
        .map(|(_, d)| d)
        .unwrap_or_else(|| default_delivery(kind).to_string()))
}

/// Records a notice for one person (and e-mails it when that is their choice). Nobody
/// is told about their own actions; deactivated accounts are told nothing.
pub async fn tell(app: &App, tx: &mut Tx, n: &Notice<'_>) -> Outcome<()> {
    tell_attached(app, tx, n, None).await
}

/// As `tell`, with an event attached to the e-mail (iCalendar text) if one is sent.
pub async fn tell_attached(
    app: &App,
    tx: &mut Tx,
    n: &Notice<'_>,
    calendar: Option<&str>,
) -> Outcome<()> {
    if n.actor == Some(n.to) {
        return Ok(());
    }
    let Some(to) = accounts::by_id(&mut *tx, n.to).await? else {
        return Ok(());
    };
    if to.status() != AccountStatus::Active {
        return Ok(());
    }
    let id = notifications::insert(tx, n).await?;
    if delivery(tx, n.to, n.kind).await? == "immediately" {
        notifications::mark_emailed(tx, &[id]).await?;
        let actor_name = match n.actor {
            Some(a) => accounts::by_id(&mut *tx, a).await?.map(|a| a.display_name),
            None => None,
        };
        let recipient = Recipient::of(&to);
        let catalog = app.catalog().await?;
        let space = place(&catalog, recipient.lang, n.kind, n.space, n.excerpt);
        let words = Words {
            kind: n.kind,
            actor: actor_name.as_deref(),
            space: space.as_deref(),
            excerpt: n.excerpt,
        };
        let mut letter = letter(app, &recipient, &words, n.link);
        letter.calendar = calendar.map(str::to_string);
        crate::mail::write(app, tx, &recipient, &letter).await?;
    }
    Ok(())
}

/// Tells many people the same thing (a new thread or document in their space): one
/// statement for all the in-app notices, and e-mail only for those who want this kind
/// at once — not a round trip per member of a large working group.
pub async fn tell_many(app: &App, tx: &mut Tx, to: &[AccountId], n: &Notice<'_>) -> Outcome<()> {
    tell_many_attached(app, tx, to, n, None).await
}

/// As `tell_many`, with an event attached to the e-mails sent at once.
pub async fn tell_many_attached(
    app: &App,
    tx: &mut Tx,
    to: &[AccountId],
    n: &Notice<'_>,
    calendar: Option<&str>,
) -> Outcome<()> {
    let people: Vec<AccountId> = to.iter().copied().filter(|p| Some(*p) != n.actor).collect();
    let wants = notifications::deliveries(tx, &people, n.kind, default_delivery(n.kind)).await?;
    let (now, later): (Vec<_>, Vec<_>) = wants.into_iter().partition(|(_, d)| d == "immediately");
    let later: Vec<AccountId> = later.into_iter().map(|(a, _)| AccountId(a)).collect();
    notifications::insert_many(tx, &later, n).await?;
    for (who, _) in now {
        tell_attached(
            app,
            tx,
            &Notice {
                to: AccountId(who),
                ..n.clone()
            },
            calendar,
        )
        .await?;
    }
    Ok(())
}

/// What a notice says, with the names as they are now.
pub struct Words<'a> {
    pub kind: &'a str,
    pub actor: Option<&'a str>,
    pub space: Option<&'a str>,
    pub excerpt: &'a str,
}

/// Where a notice happened, named in the reader's language: its space, or for news of a
/// CTED assessment the assessed State (the notice keeps only the State's code).
pub fn place(
    catalog: &Catalog,
    lang: &str,
    kind: &str,
    space: Option<SpaceId>,
    excerpt: &str,
) -> Option<String> {
    if kind.starts_with("cted_") {
        return catalog
            .org_by_code(excerpt)
            .map(|o| o.name(lang).to_string());
    }
    space
        .and_then(|s| catalog.space(s))
        .map(|s| s.name(lang).to_string())
}

/// The sentence of a notice in a language (`notice-<kind>` in the locale files).
pub fn text(lang: &str, w: &Words<'_>) -> String {
    let args = args(lang, w);
    gctcp_i18n::t_args(lang, &format!("notice-{}", w.kind), &args)
}

fn args(lang: &str, w: &Words<'_>) -> Vec<(&'static str, gctcp_i18n::FluentValue<'static>)> {
    let role = if w.kind == "space_role_changed" {
        gctcp_i18n::t(lang, &format!("space-role-{}", w.excerpt)).into_owned()
    } else {
        String::new()
    };
    // Names are isolated (FSI … PDI): an English space name in an Arabic sentence, or an
    // Arabic name in an English one, keeps its own direction without reordering the
    // sentence's punctuation around it.
    let isolate = |s: &str| format!("\u{2068}{s}\u{2069}");
    vec![
        (
            "actor",
            isolate(
                &w.actor
                    .map(str::to_string)
                    .unwrap_or_else(|| gctcp_i18n::t(lang, "notice-someone").into_owned()),
            )
            .into(),
        ),
        ("space", isolate(w.space.unwrap_or_default()).into()),
        ("role", role.into()),
    ]
}

/// Whether the excerpt is words someone wrote (shown quoted), not a code.
pub fn shows_excerpt(kind: &str) -> bool {
    matches!(
        kind,
        "join_request"
            | "join_approved"
            | "join_declined"
            | "mention"
            | "thread_reply"
            | "new_thread"
            | "new_document"
            | "event_place"
            | "event_reminder"
            | "new_event"
    )
}

fn letter(app: &App, to: &Recipient, w: &Words<'_>, link: &str) -> Letter {
    let sentence = text(to.lang, w);
    let mut paragraphs = vec![sentence.clone()];
    if shows_excerpt(w.kind) && !w.excerpt.is_empty() {
        paragraphs.push(format!("« {} »", w.excerpt));
    }
    Letter {
        kind: "notification",
        subject: sentence,
        paragraphs,
        action: Some((to.t("notice-open"), app.config.link(link))),
        notes: vec![
            to.t("notice-why"),
            to.t_args(
                "notice-settings",
                &[("url", app.config.link("/notifications/settings"))],
            ),
        ],
        unsubscribe: None,
        calendar: None,
    }
}

/// A person's unread count (for pages that changed it during the request).
pub async fn unread(app: &App, who: AccountId) -> Outcome<i64> {
    Ok(notifications::unread(&app.db, who).await?)
}

/// Marks one of the reader's notices read and says where it leads.
pub async fn open(app: &App, who: AccountId, id: i64) -> Outcome<String> {
    let link = notifications::link_of(&app.db, who, id)
        .await?
        .ok_or(crate::Problem::NotFound)?;
    notifications::mark_read(&app.db, who, id).await?;
    Ok(link)
}

/// Marks all the reader's notices read.
pub async fn read_all(app: &App, who: AccountId) -> Outcome<u64> {
    Ok(notifications::mark_all_read(&app.db, who).await?)
}
