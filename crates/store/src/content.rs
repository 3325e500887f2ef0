//! This node's searchable copy of what people write in spaces: discussion threads (their
//! titles and every post not deleted) and work-plan items. Global search reads it for the
//! kinds that no other index holds. It follows the database through its counter
//! (`known::Kind::Content`), bumped by triggers on `threads`, `posts` and `plan_items` (no write path can
//! forget it); a change reloads it whole, which at the scale of a Compact's discussions
//! (thousands of posts) costs milliseconds and happens only when a search asks.

use crate::db::{query, Db, Result};
use chrono::{DateTime, Utc};
use gctcp_domain::directory::fold;

/// One post's text: as written (for an excerpt) and folded (for matching).
pub struct PostText {
    pub body: Box<str>,
    pub folded: Box<str>,
}

/// A thread not deleted, with its posts not deleted.
pub struct ThreadDoc {
    pub id: i64,
    pub space_id: i64,
    pub title: Box<str>,
    pub folded_title: Box<str>,
    pub last_post_at: DateTime<Utc>,
    pub replies: i64,
    pub posts: Vec<PostText>,
}

impl ThreadDoc {
    /// Whether every term is in the title or in some post (not necessarily the same).
    pub fn matches(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| {
            self.folded_title.contains(t.as_str())
                || self.posts.iter().any(|p| p.folded.contains(t.as_str()))
        })
    }

    /// The first post that holds a term (to show why the thread matched), if any.
    pub fn matching_post(&self, terms: &[String]) -> Option<&PostText> {
        self.posts
            .iter()
            .find(|p| terms.iter().any(|t| p.folded.contains(t.as_str())))
    }
}

/// A work-plan item.
pub struct PlanDoc {
    pub id: i64,
    pub space_id: i64,
    pub title: Box<str>,
    pub description: Box<str>,
    pub status: Box<str>,
    pub folded: Box<str>,
    pub updated_at: DateTime<Utc>,
}

impl PlanDoc {
    pub fn matches(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| self.folded.contains(t.as_str()))
    }
}

/// The copy at one generation: threads by latest post first, items by latest change.
pub struct Snapshot {
    generation: i64,
    pub threads: Vec<ThreadDoc>,
    pub plans: Vec<PlanDoc>,
}

#[derive(sqlx::FromRow)]
struct ThreadRow {
    id: i64,
    space_id: i64,
    title: String,
    last_post_at: DateTime<Utc>,
    replies: i64,
}

#[derive(sqlx::FromRow)]
struct PostRow {
    thread_id: i64,
    body: String,
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    space_id: i64,
    title: String,
    description: String,
    status: String,
    updated_at: DateTime<Utc>,
}

impl crate::follow::Followed for Snapshot {
    const KIND: crate::known::Kind = crate::known::Kind::Content;
    const CHANGES: Option<&'static str> = None;
    fn generation(&self) -> i64 {
        self.generation
    }
    async fn load(db: &Db, generation: i64) -> Result<Snapshot> {
        let threads: Vec<ThreadRow> = query(
            "SELECT id, space_id, title, last_post_at, replies FROM threads
             WHERE deleted_at IS NULL ORDER BY last_post_at DESC, id DESC",
        )
        .fetch_all(db)
        .await?;
        let posts: Vec<PostRow> = query(
            "SELECT p.thread_id, p.body FROM posts p JOIN threads t ON t.id = p.thread_id
             WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY p.thread_id, p.id",
        )
        .fetch_all(db)
        .await?;
        let mut by_thread: std::collections::HashMap<i64, Vec<PostText>> = Default::default();
        for p in posts {
            by_thread.entry(p.thread_id).or_default().push(PostText {
                folded: fold(&p.body).into(),
                body: p.body.into(),
            });
        }
        let threads = threads
            .into_iter()
            .map(|t| ThreadDoc {
                folded_title: fold(&t.title).into(),
                posts: by_thread.remove(&t.id).unwrap_or_default(),
                id: t.id,
                space_id: t.space_id,
                title: t.title.into(),
                last_post_at: t.last_post_at,
                replies: t.replies,
            })
            .collect();
        let plans: Vec<PlanRow> = query(
            "SELECT id, space_id, title, description, status, updated_at FROM plan_items
             ORDER BY updated_at DESC, id DESC",
        )
        .fetch_all(db)
        .await?;
        let plans = plans
            .into_iter()
            .map(|p| PlanDoc {
                folded: fold(&format!("{} {}", p.title, p.description)).into(),
                id: p.id,
                space_id: p.space_id,
                title: p.title.into(),
                description: p.description.into(),
                status: p.status.into(),
                updated_at: p.updated_at,
            })
            .collect();
        Ok(Snapshot {
            generation,
            threads,
            plans,
        })
    }
    async fn apply(db: &Db, _old: &Snapshot, generation: i64, _ids: &[i64]) -> Result<Snapshot> {
        Self::load(db, generation).await
    }
}

/// The node's copy (see the module's documentation).
pub type ContentIndex = crate::follow::Follower<Snapshot>;
