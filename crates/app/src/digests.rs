//! Daily and weekly digests: the notices a person chose to receive that way, e-mailed
//! at 07:00 in their own time zone (weekly: on Mondays), each digest once.
//!
//! Every few minutes any node plans (`plan`): for each person with notices neither read
//! nor e-mailed, it queues a `digest` job for their next 07:00, keyed by person, kind of
//! digest and local date — so planning twice, or on two nodes, queues one job. The job
//! (`run`) gathers what is still unread and unsent, writes one letter with a one-click
//! unsubscribe link (RFC 8058), and marks those notices e-mailed, in one transaction.

use crate::mail::{Letter, Recipient};
use crate::notify::{self, Words};
use crate::problem::Outcome;
use crate::App;
use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc, Weekday};
use gctcp_domain::{AccountId, AccountStatus, SpaceId};
use gctcp_store::jobs::{self, Job, NewJob};
use gctcp_store::{accounts, notifications};

/// The job kind that writes one digest (payload `account:daily` or `account:weekly`).
pub const KIND: &str = "digest";
/// Notices older than this are not e-mailed any more.
const HORIZON_DAYS: i64 = 14;
/// When digests go out, in the recipient's zone.
const HOUR: u32 = 7;

/// The next time a digest of this kind goes out for someone in `tz`, after `now`.
pub fn next_run(tz: chrono_tz::Tz, weekly: bool, now: DateTime<Utc>) -> DateTime<Utc> {
    let local = now.with_timezone(&tz);
    let mut day = local.date_naive();
    for _ in 0..15 {
        let ok_day = !weekly || day.weekday() == Weekday::Mon;
        if ok_day {
            let at = day.and_time(NaiveTime::from_hms_opt(HOUR, 0, 0).expect("a time"));
            if let Some(t) = tz.from_local_datetime(&at).earliest() {
                let t = t.with_timezone(&Utc);
                if t > now {
                    return t;
                }
            }
        }
        day = day.succ_opt().unwrap_or(day);
    }
    now + Duration::days(1)
}

/// Queues the digests due for everyone with something to tell (idempotent).
pub async fn plan(app: &App) -> anyhow::Result<usize> {
    let now = gctcp_store::now();
    let mut queued = 0;
    for id in notifications::with_unmailed(&app.db, HORIZON_DAYS).await? {
        let Some(a) = accounts::by_id(&app.db, AccountId(id)).await? else {
            continue;
        };
        if a.status() != AccountStatus::Active {
            continue;
        }
        let tz: chrono_tz::Tz = a.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let wanted = notify::settings(&app.db, a.account_id()).await?;
        for (which, weekly) in [("daily", false), ("weekly", true)] {
            if !wanted.iter().any(|(_, d)| d == which) {
                continue;
            }
            let at = next_run(tz, weekly, now);
            let local_day = at.with_timezone(&tz).date_naive();
            let key = format!("digest:{which}:{id}:{local_day}");
            let fresh = jobs::enqueue(
                &app.db,
                NewJob {
                    kind: KIND,
                    payload: format!("{id}:{which}"),
                    dedupe_key: Some(key),
                    run_at: at,
                    max_attempts: 5,
                },
            )
            .await?;
            if fresh {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

/// Writes one digest (nothing when nothing is left to tell).
pub async fn run(app: &App, job: &Job) -> Result<(), crate::mail::Failure> {
    let fail = |e: String| crate::mail::Failure {
        error: e,
        retry: true,
    };
    let (id, which) = job
        .payload
        .split_once(':')
        .and_then(|(a, w)| Some((a.parse::<i64>().ok()?, w.to_string())))
        .ok_or_else(|| crate::mail::Failure {
            error: format!("not a digest: {}", job.payload),
            retry: false,
        })?;
    write(app, AccountId(id), &which)
        .await
        .map(|_| ())
        .map_err(|e| fail(format!("{e:?}")))
}

/// Writes the digest of `which` (`daily`, `weekly`) for a person; whether one was written.
pub async fn write(app: &App, who: AccountId, which: &str) -> Outcome<bool> {
    let mut tx = app.db.begin().await?;
    let Some(a) = accounts::by_id(&mut tx, who).await? else {
        return Ok(false);
    };
    if a.status() != AccountStatus::Active {
        return Ok(false);
    }
    let wanted: Vec<&str> = notify::settings(&mut tx, who)
        .await?
        .into_iter()
        .filter(|(_, d)| d == which)
        .map(|(k, _)| k)
        .collect();
    let pending: Vec<_> = notifications::unmailed(&mut tx, who, HORIZON_DAYS)
        .await?
        .into_iter()
        .filter(|n| wanted.contains(&n.kind.as_str()))
        .collect();
    if pending.is_empty() {
        return Ok(false);
    }
    let to = Recipient::of(&a);
    let catalog = app.catalog().await?;
    let mut paragraphs = vec![to.t_args(
        &format!("digest-{which}-intro"),
        &[("count", pending.len().to_string())],
    )];
    for n in &pending {
        let space = notify::place(
            &catalog,
            to.lang,
            &n.kind,
            n.space_id.map(SpaceId),
            &n.excerpt,
        );
        let words = Words {
            kind: &n.kind,
            actor: n.actor_name.as_deref(),
            space: space.as_deref(),
            excerpt: &n.excerpt,
        };
        let mut line = format!(
            "• {} ({})\n  {}",
            notify::text(to.lang, &words),
            to.time(n.created_at),
            app.config.link(&n.link)
        );
        if notify::shows_excerpt(&n.kind) && !n.excerpt.is_empty() {
            let short: String = n.excerpt.chars().take(160).collect();
            line.push_str(&format!("\n  « {short} »"));
        }
        paragraphs.push(line);
    }
    let token = crate::token::random_token();
    notifications::add_unsubscribe(&mut tx, &crate::token::hash(&token), who, which).await?;
    let unsubscribe = app.config.link(&format!("/unsubscribe/{token}"));
    let letter = Letter {
        kind: "digest",
        subject: to.t_args(
            &format!("digest-{which}-subject"),
            &[("count", pending.len().to_string())],
        ),
        paragraphs,
        action: Some((to.t("digest-open"), app.config.link("/notifications"))),
        notes: vec![
            to.t_args("digest-unsubscribe", &[("url", unsubscribe.clone())]),
            to.t_args(
                "notice-settings",
                &[("url", app.config.link("/notifications/settings"))],
            ),
        ],
        unsubscribe: Some(unsubscribe),
        calendar: None,
    };
    crate::mail::write(app, &mut tx, &to, &letter).await?;
    let ids: Vec<i64> = pending.iter().map(|n| n.id).collect();
    notifications::mark_emailed(&mut tx, &ids).await?;
    tx.commit().await?;
    Ok(true)
}

/// A one-click unsubscribe: every kind the person receives in that digest is turned off.
/// Returns the kind of digest stopped, or None for an unknown link.
pub async fn unsubscribe(app: &App, token: &str) -> Outcome<Option<String>> {
    let Some((account, which)) =
        notifications::unsubscribe_of(&app.db, &crate::token::hash(token)).await?
    else {
        return Ok(None);
    };
    let who = AccountId(account);
    let mut tx = app.db.begin().await?;
    for (kind, d) in notify::settings(&mut tx, who).await? {
        if d == which {
            notifications::set_setting(&mut tx, who, kind, "off").await?;
        }
    }
    tx.commit().await?;
    Ok(Some(which))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_go_out_at_seven_local_time_weekly_on_mondays() {
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap(); // a Wednesday
        let nairobi: chrono_tz::Tz = "Africa/Nairobi".parse().unwrap(); // UTC+3
        assert_eq!(
            next_run(nairobi, false, now),
            Utc.with_ymd_and_hms(2026, 12, 3, 4, 0, 0).unwrap()
        );
        let ny: chrono_tz::Tz = "America/New_York".parse().unwrap(); // UTC-5
        assert_eq!(
            next_run(ny, false, now),
            Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap(),
            "still to come today in New York"
        );
        assert_eq!(
            next_run(nairobi, true, now),
            Utc.with_ymd_and_hms(2026, 12, 7, 4, 0, 0).unwrap(),
            "the next Monday"
        );
    }
}
