//! Discussions: threads of posts in a space, read markers, follows and mutes, mentions.

use crate::db::{query, Db, Executor, Result, Tx};
use crate::now;
use chrono::{DateTime, Utc};
use gctcp_domain::{AccountId, SpaceId};

/// A thread as its pages show it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Thread {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub author_id: i64,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub last_post_at: DateTime<Utc>,
    pub last_post_id: i64,
    pub replies: i64,
    pub deleted_at: Option<DateTime<Utc>>,
}

const THREAD: &str = "SELECT t.id, t.space_id, t.title, t.author_id, a.display_name AS author_name,
    t.created_at, t.last_post_at, t.last_post_id, t.replies, t.deleted_at
    FROM threads t JOIN accounts a ON a.id = t.author_id";

/// A post as its thread shows it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub space_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub org_code: String,
    pub body: String,
    pub html: String,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    pub deleted_at: Option<DateTime<Utc>>,
}

const POST: &str =
    "SELECT p.id, p.thread_id, t.space_id, p.author_id, a.display_name AS author_name,
    o.code AS org_code, p.body, p.html, p.created_at, p.edited_at, p.deleted_at
    FROM posts p JOIN threads t ON t.id = p.thread_id JOIN accounts a ON a.id = p.author_id
    JOIN organizations o ON o.id = a.organization_id";

/// Starts a thread with its opening post; (thread, post).
pub async fn start(
    tx: &mut Tx,
    space: SpaceId,
    title: &str,
    author: AccountId,
    body: &str,
    html: &str,
) -> Result<(i64, i64)> {
    let at = now();
    let thread: i64 = query(
        "INSERT INTO threads (space_id, title, author_id, created_at, last_post_at)
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(space.0)
    .bind(title)
    .bind(author.0)
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    let post = insert_post(tx, thread, author, body, html, at).await?;
    Ok((thread, post))
}

async fn insert_post(
    tx: &mut Tx,
    thread: i64,
    author: AccountId,
    body: &str,
    html: &str,
    at: DateTime<Utc>,
) -> Result<i64> {
    let post: i64 = query(
        "INSERT INTO posts (thread_id, author_id, body, html, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(thread)
    .bind(author.0)
    .bind(body)
    .bind(html)
    .bind(at)
    .scalar(&mut *tx)
    .await?;
    query("UPDATE threads SET last_post_at = $2, last_post_id = $3 WHERE id = $1")
        .bind(thread)
        .bind(at)
        .bind(post)
        .execute(&mut *tx)
        .await?;
    Ok(post)
}

/// Adds a reply.
pub async fn reply(
    tx: &mut Tx,
    thread: i64,
    author: AccountId,
    body: &str,
    html: &str,
) -> Result<i64> {
    let post = insert_post(tx, thread, author, body, html, now()).await?;
    query("UPDATE threads SET replies = replies + 1 WHERE id = $1")
        .bind(thread)
        .execute(&mut *tx)
        .await?;
    Ok(post)
}

pub async fn edit(tx: &mut Tx, post: i64, body: &str, html: &str) -> Result<()> {
    query("UPDATE posts SET body = $2, html = $3, edited_at = $4 WHERE id = $1")
        .bind(post)
        .bind(body)
        .bind(html)
        .bind(now())
        .execute(tx)
        .await?;
    Ok(())
}

/// Removes a post (its text is kept for the record, never shown); removing a thread's
/// opening post removes the thread.
pub async fn delete(tx: &mut Tx, post: &Post, by: Option<AccountId>) -> Result<()> {
    let at = now();
    query("UPDATE posts SET deleted_at = $2, deleted_by = $3 WHERE id = $1 AND deleted_at IS NULL")
        .bind(post.id)
        .bind(at)
        .bind(by.map(|a| a.0))
        .execute(&mut *tx)
        .await?;
    let first: i64 = query("SELECT MIN(id) FROM posts WHERE thread_id = $1")
        .bind(post.thread_id)
        .scalar(&mut *tx)
        .await?;
    if first == post.id {
        query("UPDATE threads SET deleted_at = $2, deleted_by = $3 WHERE id = $1")
            .bind(post.thread_id)
            .bind(at)
            .bind(by.map(|a| a.0))
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

pub async fn thread<'c>(on: impl Executor<'c>, id: i64) -> Result<Option<Thread>> {
    query(format!("{THREAD} WHERE t.id = $1"))
        .bind(id)
        .fetch_optional(on)
        .await
}

pub async fn post<'c>(on: impl Executor<'c>, id: i64) -> Result<Option<Post>> {
    query(format!("{POST} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(on)
        .await
}

/// A thread's posts, oldest first.
pub async fn posts(db: &Db, thread: i64) -> Result<Vec<Post>> {
    query(format!("{POST} WHERE p.thread_id = $1 ORDER BY p.id"))
        .bind(thread)
        .fetch_all(db)
        .await
}

/// A thread in a space's list, with how far the reader read it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Listed {
    #[sqlx(flatten)]
    pub thread: Thread,
    pub read_upto: Option<i64>,
}

impl Listed {
    /// Something was posted since the reader last opened it.
    pub fn unread(&self) -> bool {
        self.read_upto.is_none_or(|r| r < self.thread.last_post_id)
    }
}

/// A space's threads, most recently active first.
pub async fn list(
    db: &Db,
    space: SpaceId,
    reader: AccountId,
    limit: i64,
    offset: i64,
) -> Result<Vec<Listed>> {
    query(format!(
        "SELECT x.*, r.last_post_id AS read_upto FROM ({THREAD} WHERE t.space_id = $1 AND t.deleted_at IS NULL) x
         LEFT JOIN thread_reads r ON r.thread_id = x.id AND r.account_id = $2
         ORDER BY x.last_post_at DESC, x.id DESC LIMIT $3 OFFSET $4"
    ))
    .bind(space.0)
    .bind(reader.0)
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await
}

pub async fn count(db: &Db, space: SpaceId) -> Result<i64> {
    query("SELECT COUNT(*) FROM threads WHERE space_id = $1 AND deleted_at IS NULL")
        .bind(space.0)
        .scalar(db)
        .await
}

/// How far a person has read a thread (the last post they saw); never moves back.
pub async fn read_upto(db: &Db, reader: AccountId, thread: i64) -> Result<Option<i64>> {
    query("SELECT last_post_id FROM thread_reads WHERE account_id = $1 AND thread_id = $2")
        .bind(reader.0)
        .bind(thread)
        .scalar_optional(db)
        .await
}

pub async fn mark_read(db: &Db, reader: AccountId, thread: i64, post: i64) -> Result<()> {
    query(
        "INSERT INTO thread_reads (account_id, thread_id, last_post_id) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, thread_id) DO UPDATE SET last_post_id = excluded.last_post_id
         WHERE thread_reads.last_post_id < excluded.last_post_id",
    )
    .bind(reader.0)
    .bind(thread)
    .bind(post)
    .execute(db)
    .await?;
    Ok(())
}

/// Follows (`Some("follow")`), mutes (`Some("mute")`) or returns to the default (`None`).
pub async fn set_follow<'c>(
    on: impl Executor<'c>,
    who: AccountId,
    thread: i64,
    mode: Option<&str>,
) -> Result<()> {
    match mode {
        Some(m) => {
            query(
                "INSERT INTO thread_follows (account_id, thread_id, mode) VALUES ($1, $2, $3)
                 ON CONFLICT (account_id, thread_id) DO UPDATE SET mode = excluded.mode",
            )
            .bind(who.0)
            .bind(thread)
            .bind(m)
            .execute(on)
            .await?
        }
        None => {
            query("DELETE FROM thread_follows WHERE account_id = $1 AND thread_id = $2")
                .bind(who.0)
                .bind(thread)
                .execute(on)
                .await?
        }
    };
    Ok(())
}

/// Follows a thread unless the person muted it (writing in a thread follows it).
pub async fn follow_unless_muted(tx: &mut Tx, who: AccountId, thread: i64) -> Result<()> {
    query(
        "INSERT INTO thread_follows (account_id, thread_id, mode) VALUES ($1, $2, 'follow')
         ON CONFLICT (account_id, thread_id) DO NOTHING",
    )
    .bind(who.0)
    .bind(thread)
    .execute(tx)
    .await?;
    Ok(())
}

pub async fn follow_mode(db: &Db, who: AccountId, thread: i64) -> Result<Option<String>> {
    query("SELECT mode FROM thread_follows WHERE account_id = $1 AND thread_id = $2")
        .bind(who.0)
        .bind(thread)
        .scalar_optional(db)
        .await
}

/// Who follows or muted a thread: (account, mode).
pub async fn follows(tx: &mut Tx, thread: i64) -> Result<Vec<(i64, String)>> {
    query("SELECT account_id, mode FROM thread_follows WHERE thread_id = $1 ORDER BY account_id")
        .bind(thread)
        .fetch_all(tx)
        .await
}

/// Records who a post mentions; returns those not mentioned in it before.
pub async fn mention(tx: &mut Tx, post: i64, people: &[AccountId]) -> Result<Vec<AccountId>> {
    let mut new = Vec::new();
    for p in people {
        let n = query(
            "INSERT INTO post_mentions (post_id, account_id) VALUES ($1, $2)
             ON CONFLICT (post_id, account_id) DO NOTHING",
        )
        .bind(post)
        .bind(p.0)
        .execute(&mut *tx)
        .await?;
        if n > 0 {
            new.push(*p);
        }
    }
    Ok(new)
}

/// Lists library resources under a post, in the order given.
pub async fn attach(tx: &mut Tx, post: i64, resources: &[i64]) -> Result<()> {
    for (i, r) in resources.iter().enumerate() {
        query("INSERT INTO post_attachments (post_id, resource_id, position) VALUES ($1, $2, $3)")
            .bind(post)
            .bind(*r)
            .bind(i as i64)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// The resources attached to a thread's posts: (post, resource), in each post's order.
pub async fn attachments(db: &Db, thread: i64) -> Result<Vec<(i64, i64)>> {
    query(
        "SELECT a.post_id, a.resource_id FROM post_attachments a
         JOIN posts p ON p.id = a.post_id
         WHERE p.thread_id = $1 ORDER BY a.post_id, a.position",
    )
    .bind(thread)
    .fetch_all(db)
    .await
}
