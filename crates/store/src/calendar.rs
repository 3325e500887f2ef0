//! The joint calendar: events and series, their pillars, themes and linked resources,
//! moved or cancelled occurrences, answers (RSVP, with a waiting list), and each person's
//! private feed token. Who may see an event is decided by the one policy; this module
//! only keeps what it is given.

use crate::db::{query, Db, Executor, Result, Tx};
use crate::now;
use chrono::{DateTime, NaiveDateTime, Utc};
use gctcp_domain::AccountId;

/// The wall-clock format of `local_start` and `original_local`.
pub const LOCAL: &str = "%Y-%m-%dT%H:%M";

pub fn parse_local(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL).ok()
}

/// An event as stored, with its links as comma-separated IDs.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Event {
    pub id: i64,
    pub uid: String,
    pub title: String,
    pub description: String,
    pub time_zone: String,
    pub all_day: bool,
    pub local_start: String,
    pub duration_minutes: i64,
    pub rrule: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub location: String,
    pub online_url: String,
    pub organizer_org_id: i64,
    pub space_id: Option<i64>,
    pub members_only: bool,
    pub capacity: Option<i64>,
    pub status: String,
    pub sequence: i64,
    pub created_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub pillars: Option<String>,
    pub themes: Option<String>,
    pub resources: Option<String>,
}

impl Event {
    pub fn pillar_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.pillars.as_deref())
    }
    pub fn theme_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.themes.as_deref())
    }
    pub fn resource_ids(&self) -> Vec<i64> {
        crate::sorted_list(self.resources.as_deref())
    }
    pub fn is_cancelled(&self) -> bool {
        self.status == "cancelled"
    }

    /// Its timing as the domain expands it (None if what is stored cannot be read).
    pub fn timing(&self) -> Option<gctcp_domain::calendar::Timing<'_>> {
        Some(gctcp_domain::calendar::Timing {
            start: parse_local(&self.local_start)?,
            tz: self.time_zone.parse().ok()?,
            all_day: self.all_day,
            duration: chrono::Duration::minutes(self.duration_minutes),
            rrule: self.rrule.as_deref(),
        })
    }
}

const COLUMNS: &str = "e.id, e.uid, e.title, e.description, e.time_zone, e.all_day,
    e.local_start, e.duration_minutes, e.rrule, e.starts_at, e.ends_at, e.location, e.online_url,
    e.organizer_org_id, e.space_id, e.members_only, e.capacity, e.status, e.sequence,
    e.created_by, e.created_at, e.updated_at";

/// One event with its links.
fn full() -> String {
    format!(
        "SELECT {COLUMNS},
    (SELECT STRING_AGG(CAST(x.pillar AS TEXT), ',') FROM event_pillars x WHERE x.event_id = e.id) AS pillars,
    (SELECT STRING_AGG(CAST(x.theme_id AS TEXT), ',') FROM event_themes x WHERE x.event_id = e.id) AS themes,
    (SELECT STRING_AGG(CAST(x.resource_id AS TEXT), ',') FROM event_resources x WHERE x.event_id = e.id) AS resources
    FROM events e"
    )
}

/// Events for lists and feeds: their links are not read (thousands of rows; a pillar
/// filter reads `pillars_of` for them at once).
fn bare() -> String {
    format!(
        "SELECT {COLUMNS}, CAST(NULL AS TEXT) AS pillars, CAST(NULL AS TEXT) AS themes,
    CAST(NULL AS TEXT) AS resources FROM events e"
    )
}

/// What an event is given (checked by the use case).
#[derive(Clone, Debug, Default)]
pub struct Fields {
    pub title: String,
    pub description: String,
    pub time_zone: String,
    pub all_day: bool,
    pub local_start: String,
    pub duration_minutes: i64,
    pub rrule: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub location: String,
    pub online_url: String,
    pub organizer_org_id: i64,
    pub space_id: Option<i64>,
    pub members_only: bool,
    pub capacity: Option<i64>,
    pub pillars: Vec<i64>,
    pub themes: Vec<i64>,
    pub resources: Vec<i64>,
}

async fn write_links(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    for (table, column, ids) in [
        ("event_pillars", "pillar", &f.pillars),
        ("event_themes", "theme_id", &f.themes),
        ("event_resources", "resource_id", &f.resources),
    ] {
        query(format!("DELETE FROM {table} WHERE event_id = $1"))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for x in ids {
            query(format!(
                "INSERT INTO {table} (event_id, {column}) VALUES ($1, $2)"
            ))
            .bind(id)
            .bind(*x)
            .execute(&mut *tx)
            .await?;
        }
    }
    Ok(())
}

/// Adds an event; `uid` is its stable iCalendar identity.
pub async fn insert(tx: &mut Tx, uid: &str, f: &Fields, by: AccountId) -> Result<i64> {
    let at = now();
    let id: i64 = query(
        "INSERT INTO events (uid, title, description, time_zone, all_day, local_start,
         duration_minutes, rrule, starts_at, ends_at, location, online_url, organizer_org_id,
         space_id, members_only, capacity, status, sequence, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
         'confirmed', 0, $17, $18, $18) RETURNING id",
    )
    .bind(uid)
    .bind(&f.title)
    .bind(&f.description)
    .bind(&f.time_zone)
    .bind(f.all_day)
    .bind(&f.local_start)
    .bind(f.duration_minutes)
    .bind(f.rrule.as_deref())
    .bind(f.starts_at)
    .bind(f.ends_at)
    .bind(&f.location)
    .bind(&f.online_url)
    .bind(f.organizer_org_id)
    .bind(f.space_id)
    .bind(f.members_only)
    .bind(f.capacity)
    .bind(by.0)
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    write_links(tx, id, f).await?;
    Ok(id)
}

/// Rewrites an event (the whole series) and bumps its SEQUENCE.
pub async fn update(tx: &mut Tx, id: i64, f: &Fields) -> Result<()> {
    query(
        "UPDATE events SET title = $2, description = $3, time_zone = $4, all_day = $5,
         local_start = $6, duration_minutes = $7, rrule = $8, starts_at = $9, ends_at = $10,
         location = $11, online_url = $12, organizer_org_id = $13, space_id = $14,
         members_only = $15, capacity = $16, sequence = sequence + 1, updated_at = $17
         WHERE id = $1",
    )
    .bind(id)
    .bind(&f.title)
    .bind(&f.description)
    .bind(&f.time_zone)
    .bind(f.all_day)
    .bind(&f.local_start)
    .bind(f.duration_minutes)
    .bind(f.rrule.as_deref())
    .bind(f.starts_at)
    .bind(f.ends_at)
    .bind(&f.location)
    .bind(&f.online_url)
    .bind(f.organizer_org_id)
    .bind(f.space_id)
    .bind(f.members_only)
    .bind(f.capacity)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    write_links(tx, id, f).await
}

/// Ends a series before one of its occurrences ("this and following" starts a new one):
/// its rule and last end change, its SEQUENCE is bumped; exceptions after the cut go.
pub async fn truncate(
    tx: &mut Tx,
    id: i64,
    rrule: &str,
    ends_at: DateTime<Utc>,
    cut_local: &str,
) -> Result<()> {
    query(
        "UPDATE events SET rrule = $2, ends_at = $3, sequence = sequence + 1, updated_at = $4
         WHERE id = $1",
    )
    .bind(id)
    .bind(rrule)
    .bind(ends_at)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    query("DELETE FROM event_exceptions WHERE event_id = $1 AND original_local >= $2")
        .bind(id)
        .bind(cut_local)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Widens the event's window to cover an occurrence moved outside it (so window queries
/// still find it).
pub async fn widen(tx: &mut Tx, id: i64, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<()> {
    query(
        "UPDATE events SET
         starts_at = CASE WHEN $2 < starts_at THEN $2 ELSE starts_at END,
         ends_at = CASE WHEN ends_at IS NOT NULL AND $3 > ends_at THEN $3 ELSE ends_at END
         WHERE id = $1",
    )
    .bind(id)
    .bind(start)
    .bind(end)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Forgets every moved or cancelled occurrence (the series' timing changed).
pub async fn clear_exceptions(tx: &mut Tx, id: i64) -> Result<()> {
    query("DELETE FROM event_exceptions WHERE event_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Holds the event's row until the transaction ends, so answers to it are taken one at a
/// time (SQLite transactions are already serial: BEGIN IMMEDIATE).
pub async fn lock(tx: &mut Tx, id: i64) -> Result<()> {
    if tx.backend() == crate::db::Backend::Postgres {
        query("SELECT id FROM events WHERE id = $1 FOR UPDATE")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Cancels (or restores) the whole event; it stays visible as cancelled.
pub async fn set_status(tx: &mut Tx, id: i64, status: &str) -> Result<()> {
    query("UPDATE events SET status = $2, sequence = sequence + 1, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Removes an event from every view and feed.
pub async fn delete(tx: &mut Tx, id: i64) -> Result<()> {
    query("UPDATE events SET deleted_at = $2, sequence = sequence + 1 WHERE id = $1")
        .bind(id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

pub async fn get<'c>(on: impl Executor<'c>, id: i64) -> Result<Option<Event>> {
    query(format!(
        "{} WHERE e.id = $1 AND e.deleted_at IS NULL",
        full()
    ))
    .bind(id)
    .fetch_optional(on)
    .await
}

/// The pillars of these events: (event, pillar).
pub async fn pillars_of(db: &Db, events: &[i64]) -> Result<Vec<(i64, i64)>> {
    if events.is_empty() {
        return Ok(vec![]);
    }
    let list = events
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    query(format!(
        "SELECT event_id, pillar FROM event_pillars WHERE event_id IN ({list})"
    ))
    .fetch_all(db)
    .await
}

/// A moved or cancelled occurrence.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Exception {
    pub event_id: i64,
    pub original_local: String,
    pub cancelled: bool,
    pub local_start: Option<String>,
    pub duration_minutes: Option<i64>,
    pub sequence: i64,
}

pub async fn exceptions(db: &Db, events: &[i64]) -> Result<Vec<Exception>> {
    if events.is_empty() {
        return Ok(vec![]);
    }
    let list = events
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    query(format!(
        "SELECT event_id, original_local, cancelled, local_start, duration_minutes, sequence
         FROM event_exceptions WHERE event_id IN ({list}) ORDER BY event_id, original_local"
    ))
    .fetch_all(db)
    .await
}

/// Moves or cancels one occurrence (a new change replaces an earlier one).
pub async fn set_exception(tx: &mut Tx, e: &Exception) -> Result<()> {
    query(
        "INSERT INTO event_exceptions (event_id, original_local, cancelled, local_start,
         duration_minutes, sequence) VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT (event_id, original_local) DO UPDATE SET cancelled = excluded.cancelled,
         local_start = excluded.local_start, duration_minutes = excluded.duration_minutes,
         sequence = event_exceptions.sequence + 1",
    )
    .bind(e.event_id)
    .bind(&e.original_local)
    .bind(e.cancelled)
    .bind(e.local_start.as_deref())
    .bind(e.duration_minutes)
    .execute(&mut *tx)
    .await?;
    query("UPDATE events SET updated_at = $2 WHERE id = $1")
        .bind(e.event_id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// One answer with who gave it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Rsvp {
    pub account_id: i64,
    pub display_name: String,
    pub email: String,
    pub org_code: String,
    pub answer: String,
    pub answered_at: DateTime<Utc>,
}

pub async fn rsvps<'c>(on: impl Executor<'c>, event: i64) -> Result<Vec<Rsvp>> {
    query(
        "SELECT r.account_id, a.display_name, a.email, o.code AS org_code,
         r.answer, r.answered_at
         FROM event_rsvps r JOIN accounts a ON a.id = r.account_id
         JOIN organizations o ON o.id = a.organization_id
         WHERE r.event_id = $1 ORDER BY o.code, a.display_name, r.account_id",
    )
    .bind(event)
    .fetch_all(on)
    .await
}

pub async fn answer_of<'c>(
    on: impl Executor<'c>,
    event: i64,
    who: AccountId,
) -> Result<Option<String>> {
    query("SELECT answer FROM event_rsvps WHERE event_id = $1 AND account_id = $2")
        .bind(event)
        .bind(who.0)
        .scalar_optional(on)
        .await
}

/// How many hold a place (attending).
pub async fn attending<'c>(on: impl Executor<'c>, event: i64) -> Result<i64> {
    query("SELECT COUNT(*) FROM event_rsvps WHERE event_id = $1 AND answer = 'attending'")
        .bind(event)
        .scalar(on)
        .await
}

pub async fn set_answer(tx: &mut Tx, event: i64, who: AccountId, answer: &str) -> Result<()> {
    query(
        "INSERT INTO event_rsvps (event_id, account_id, answer, answered_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, account_id) DO UPDATE SET answer = excluded.answer,
         answered_at = excluded.answered_at",
    )
    .bind(event)
    .bind(who.0)
    .bind(answer)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// The first on the waiting list (who answered earliest), if any.
pub async fn first_waiting(tx: &mut Tx, event: i64) -> Result<Option<i64>> {
    query(
        "SELECT account_id FROM event_rsvps WHERE event_id = $1 AND answer = 'waiting'
         ORDER BY answered_at, account_id LIMIT 1",
    )
    .bind(event)
    .scalar_optional(&mut *tx)
    .await
}

/// Events this person attends (or may attend), for the "events I attend" filter.
pub async fn answered_by(db: &Db, who: AccountId) -> Result<Vec<(i64, String)>> {
    query("SELECT event_id, answer FROM event_rsvps WHERE account_id = $1")
        .bind(who.0)
        .fetch_all(db)
        .await
}

/// A private feed: whose it is and its optional space.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Feed {
    pub account_id: i64,
    pub space_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

/// Creates or replaces a person's feed (the old URL stops working at once).
pub async fn set_feed<'c>(
    on: impl Executor<'c>,
    who: AccountId,
    token_hash: &str,
    space: Option<i64>,
) -> Result<()> {
    query(
        "INSERT INTO calendar_feeds (account_id, token_hash, space_id, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash,
         space_id = excluded.space_id, created_at = excluded.created_at",
    )
    .bind(who.0)
    .bind(token_hash)
    .bind(space)
    .bind(now())
    .execute(on)
    .await?;
    Ok(())
}

pub async fn revoke_feed<'c>(on: impl Executor<'c>, who: AccountId) -> Result<bool> {
    let n = query("DELETE FROM calendar_feeds WHERE account_id = $1")
        .bind(who.0)
        .execute(on)
        .await?;
    Ok(n > 0)
}

pub async fn feed_of(db: &Db, who: AccountId) -> Result<Option<Feed>> {
    query("SELECT account_id, space_id, created_at FROM calendar_feeds WHERE account_id = $1")
        .bind(who.0)
        .fetch_optional(db)
        .await
}

pub async fn feed_by_hash(db: &Db, token_hash: &str) -> Result<Option<Feed>> {
    query("SELECT account_id, space_id, created_at FROM calendar_feeds WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(db)
        .await
}

/// The time zones of a space's active members, with how many people are in each.
pub async fn member_zones(db: &Db, space: i64) -> Result<Vec<(String, i64)>> {
    query(
        "SELECT a.time_zone, COUNT(*) FROM space_members m JOIN accounts a ON a.id = m.account_id
         WHERE m.space_id = $1 AND a.status = 'active' GROUP BY a.time_zone ORDER BY a.time_zone",
    )
    .bind(space)
    .fetch_all(db)
    .await
}

/// The time zones of the active people of these organizations, with how many in each.
pub async fn org_zones(db: &Db, orgs: &[i64]) -> Result<Vec<(String, i64)>> {
    if orgs.is_empty() {
        return Ok(vec![]);
    }
    let list = orgs
        .iter()
        .map(|o| o.to_string())
        .collect::<Vec<_>>()
        .join(",");
    query(format!(
        "SELECT time_zone, COUNT(*) FROM accounts WHERE status = 'active'
         AND organization_id IN ({list}) GROUP BY time_zone ORDER BY time_zone"
    ))
    .fetch_all(db)
    .await
}

/// This node's copy of the calendar: every event (without its links) and every moved or
/// cancelled occurrence, for the views and feeds — which would otherwise read thousands
/// of rows per request. It follows the database through its counter (`known::Kind::Calendar`),
/// bumped by triggers on `events` and `event_exceptions`; a change reloads it whole.
pub struct Snapshot {
    generation: i64,
    /// Not deleted, by first start.
    pub events: Vec<std::sync::Arc<Event>>,
    /// By event.
    pub exceptions: std::collections::HashMap<i64, Vec<Exception>>,
    /// Each event's folded title, description and place (as `events`), made on the first
    /// search: the views, which reload the copy on every change, never pay for it.
    texts: std::sync::OnceLock<Vec<Box<str>>>,
}

impl Snapshot {
    /// The folded searchable text of each event, in the order of `events`.
    pub fn texts(&self) -> &[Box<str>] {
        self.texts.get_or_init(|| {
            self.events
                .iter()
                .map(|e| {
                    gctcp_domain::directory::fold(&format!(
                        "{}\n{}\n{}",
                        e.title, e.description, e.location
                    ))
                    .into()
                })
                .collect()
        })
    }

    /// Events whose occurrences may fall in [from, to) (as `overlapping`).
    pub fn overlapping(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        space: Option<i64>,
    ) -> impl Iterator<Item = &std::sync::Arc<Event>> {
        let end = self.events.partition_point(|e| e.starts_at < to);
        self.events[..end].iter().filter(move |e| {
            e.ends_at.is_none_or(|x| x > from) && space.is_none_or(|s| e.space_id == Some(s))
        })
    }
}

impl crate::follow::Followed for Snapshot {
    const KIND: crate::known::Kind = crate::known::Kind::Calendar;
    const CHANGES: Option<&'static str> = None;
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Snapshot> {
        let events: Vec<Event> = query(format!(
            "{} WHERE e.deleted_at IS NULL ORDER BY e.starts_at, e.id",
            bare()
        ))
        .fetch_all(db)
        .await?;
        let rows: Vec<Exception> = query(
            "SELECT event_id, original_local, cancelled, local_start, duration_minutes, sequence
             FROM event_exceptions ORDER BY event_id, original_local",
        )
        .fetch_all(db)
        .await?;
        let mut exceptions: std::collections::HashMap<i64, Vec<Exception>> = Default::default();
        for x in rows {
            exceptions.entry(x.event_id).or_default().push(x);
        }
        Ok(Snapshot {
            generation,
            events: events.into_iter().map(std::sync::Arc::new).collect(),
            exceptions,
            texts: Default::default(),
        })
    }
    async fn apply(db: &Db, _old: &Snapshot, generation: i64, _ids: &[i64]) -> Result<Snapshot> {
        Self::load(db, generation).await
    }
}

/// The node's calendar copy (see `Snapshot`).
pub type CalendarIndex = crate::follow::Follower<Snapshot>;
