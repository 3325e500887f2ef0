//! Discussions in a space: starting a thread, replying, editing (the author, within the
//! edit window), removing (the author or the space's leads), following and muting, and
//! the people a post mentions — each decided by the one policy, written in one
//! transaction with the notices it causes.

use crate::notify::{self, Notice};
use crate::problem::Outcome;
use crate::{spaces, Actor, App, Invalid, Problem};
use gctcp_domain::markdown;
use gctcp_domain::policy::{can_in_space, can_post, PostAction, PostInfo, SpaceAction, Viewer};
use gctcp_domain::{AccountId, SpaceId};
use gctcp_store::discussions::{self, Listed, Post, Thread};
use gctcp_store::library::Upload;
use gctcp_store::spaces::Space;
use gctcp_store::{accounts, audit, Tx};

const TITLE_MAX: usize = 200;
const BODY_MAX: usize = 20_000;

use crate::spaces::info;

fn viewer(actor: &Actor) -> Outcome<&Viewer> {
    actor.viewer.as_ref().ok_or(Problem::Forbidden)
}

fn check_body(body: &str) -> Result<String, Invalid> {
    let body = body.trim();
    if body.is_empty() {
        Err(Invalid::new("body", "discussion-body-required"))
    } else if body.chars().count() > BODY_MAX {
        Err(Invalid::new("body", "discussion-body-too-long"))
    } else {
        Ok(body.to_string())
    }
}

/// The space of a thread, if the viewer may read it (NotFound otherwise, as for none).
async fn readable_thread(
    app: &App,
    v: &Viewer,
    id: i64,
) -> Outcome<(Thread, gctcp_store::spaces::Space)> {
    let t = discussions::thread(&app.db, id)
        .await?
        .filter(|t| t.deleted_at.is_none())
        .ok_or(Problem::NotFound)?;
    let s = spaces::space(app, SpaceId(t.space_id)).await?;
    if !can_in_space(v, info(&s), SpaceAction::View) {
        return Err(Problem::NotFound);
    }
    Ok((t, s))
}

/// At most this many files attached to one post.
pub const FILES_MAX: usize = 10;

/// Files to attach to a post, already accepted through the library's one path
/// (`library::accept_upload`), and the language their author writes in.
#[derive(Clone, Copy, Default)]
pub struct Files<'a> {
    pub uploads: &'a [Upload],
    pub lang: &'a str,
}

/// Each file becomes a library resource readable by the thread's readers, listed under
/// the post.
async fn attach(tx: &mut Tx, v: &Viewer, s: &Space, post: i64, files: Files<'_>) -> Outcome<()> {
    if files.uploads.len() > FILES_MAX {
        return Err(Problem::invalid("file", "discussion-too-many-files"));
    }
    let mut ids = Vec::with_capacity(files.uploads.len());
    for u in files.uploads {
        ids.push(crate::library::insert_attachment(tx, v, s, files.lang, u).await?);
    }
    discussions::attach(tx, post, &ids).await?;
    Ok(())
}

/// Starts a thread in a space (its members); the author follows it, the people it
/// mentions are told, and so are the space's members (in the app). Attached files are
/// removed from storage again if the thread is refused.
pub async fn start(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    title: &str,
    body: &str,
    files: Files<'_>,
) -> Outcome<i64> {
    let written = start_thread(app, actor, space_id, title, body, files).await;
    crate::library::recorded(app, files.uploads, written).await
}

async fn start_thread(
    app: &App,
    actor: &Actor,
    space_id: SpaceId,
    title: &str,
    body: &str,
    files: Files<'_>,
) -> Outcome<i64> {
    let v = viewer(actor)?;
    let s = spaces::space(app, space_id).await?;
    if !can_in_space(v, info(&s), SpaceAction::Contribute) {
        return Err(Problem::Forbidden);
    }
    let title = title.trim();
    let mut invalid = Vec::new();
    if title.is_empty() {
        invalid.push(Invalid::new("title", "discussion-title-required"));
    } else if title.chars().count() > TITLE_MAX {
        invalid.push(Invalid::new("title", "discussion-title-too-long"));
    }
    let body = check_body(body).map_err(|e| invalid.push(e)).ok();
    if !invalid.is_empty() {
        return Err(Problem::Invalid(invalid));
    }
    let body = body.unwrap_or_default();
    let html = markdown::render(&body);
    let mut tx = app.db.begin().await?;
    let (thread, post) = discussions::start(&mut tx, space_id, title, v.id, &body, &html).await?;
    attach(&mut tx, v, &s, post, files).await?;
    discussions::follow_unless_muted(&mut tx, v.id, thread).await?;
    let link = format!("/discussions/{thread}#post-{post}");
    let mentioned = mention(app, &mut tx, &s, v.id, post, thread, &body, &link).await?;
    let members: Vec<AccountId> = gctcp_store::spaces::members(&mut tx, space_id)
        .await?
        .into_iter()
        .map(|m| AccountId(m.account_id))
        .filter(|m| !mentioned.contains(m))
        .collect();
    notify::tell_many(
        app,
        &mut tx,
        &members,
        &Notice {
            to: v.id,
            kind: "new_thread",
            actor: Some(v.id),
            space: Some(space_id),
            thread: Some(thread),
            excerpt: title,
            link: &link,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(thread)
}

/// Records and tells the people a post mentions for the first time, among those who may
/// read the thread; returns them.
#[allow(clippy::too_many_arguments)]
async fn mention(
    app: &App,
    tx: &mut Tx,
    s: &gctcp_store::spaces::Space,
    author: AccountId,
    post: i64,
    thread: i64,
    body: &str,
    link: &str,
) -> Outcome<Vec<AccountId>> {
    let mut readers = Vec::new();
    for id in markdown::mentions(body) {
        if id == author {
            continue;
        }
        let Some(a) = accounts::by_id(&mut *tx, id).await? else {
            continue;
        };
        if a.status() != gctcp_domain::AccountStatus::Active {
            continue;
        }
        let role = gctcp_store::spaces::role_of(tx, s.space_id(), id).await?;
        if s.is_open || role.is_some() || a.role() == gctcp_domain::PlatformRole::Admin {
            readers.push(id);
        }
    }
    let new = discussions::mention(tx, post, &readers).await?;
    let excerpt: String = body.chars().take(200).collect();
    for to in &new {
        notify::tell(
            app,
            tx,
            &Notice {
                to: *to,
                kind: "mention",
                actor: Some(author),
                space: Some(s.space_id()),
                thread: Some(thread),
                excerpt: &excerpt,
                link,
            },
        )
        .await?;
    }
    Ok(new)
}

/// Replies in a thread (the space's members); the replier follows it; its followers (not
/// those who muted it) and the people mentioned are told.
pub async fn reply(
    app: &App,
    actor: &Actor,
    thread: i64,
    body: &str,
    files: Files<'_>,
) -> Outcome<i64> {
    let written = reply_in(app, actor, thread, body, files).await;
    crate::library::recorded(app, files.uploads, written).await
}

async fn reply_in(
    app: &App,
    actor: &Actor,
    thread: i64,
    body: &str,
    files: Files<'_>,
) -> Outcome<i64> {
    let v = viewer(actor)?;
    let (t, s) = readable_thread(app, v, thread).await?;
    if !can_in_space(v, info(&s), SpaceAction::Contribute) {
        return Err(Problem::Forbidden);
    }
    let body = check_body(body).map_err(|e| Problem::Invalid(vec![e]))?;
    let html = markdown::render(&body);
    let mut tx = app.db.begin().await?;
    let post = discussions::reply(&mut tx, t.id, v.id, &body, &html).await?;
    attach(&mut tx, v, &s, post, files).await?;
    discussions::follow_unless_muted(&mut tx, v.id, t.id).await?;
    let link = format!("/discussions/{}#post-{post}", t.id);
    let mentioned = mention(app, &mut tx, &s, v.id, post, t.id, &body, &link).await?;
    let excerpt: String = body.chars().take(200).collect();
    for (who, mode) in discussions::follows(&mut tx, t.id).await? {
        let to = AccountId(who);
        if mode != "follow" || to == v.id || mentioned.contains(&to) {
            continue;
        }
        notify::tell(
            app,
            &mut tx,
            &Notice {
                to,
                kind: "thread_reply",
                actor: Some(v.id),
                space: Some(s.space_id()),
                thread: Some(t.id),
                excerpt: &excerpt,
                link: &link,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(post)
}

fn post_info(s: &gctcp_store::spaces::Space, p: &Post) -> PostInfo {
    PostInfo {
        space: info(s),
        author: AccountId(p.author_id),
        age_minutes: (gctcp_store::now() - p.created_at).num_minutes(),
    }
}

/// A post its viewer may act on in this way (NotFound if they may not even read it).
async fn post_for(
    app: &App,
    v: &Viewer,
    id: i64,
    action: PostAction,
) -> Outcome<(Post, gctcp_store::spaces::Space)> {
    let p = discussions::post(&app.db, id)
        .await?
        .filter(|p| p.deleted_at.is_none())
        .ok_or(Problem::NotFound)?;
    let (_, s) = readable_thread(app, v, p.thread_id).await?;
    if !can_post(v, post_info(&s, &p), action) {
        return Err(Problem::Forbidden);
    }
    Ok((p, s))
}

/// The post its author may still edit.
pub async fn editable(app: &App, actor: &Actor, id: i64) -> Outcome<Post> {
    let v = viewer(actor)?;
    Ok(post_for(app, v, id, PostAction::Edit).await?.0)
}

/// Edits a post (its author, within the edit window); it shows as edited. People newly
/// mentioned are told.
pub async fn edit(app: &App, actor: &Actor, id: i64, body: &str) -> Outcome<i64> {
    let v = viewer(actor)?;
    let (p, s) = post_for(app, v, id, PostAction::Edit).await?;
    let body = check_body(body).map_err(|e| Problem::Invalid(vec![e]))?;
    let html = markdown::render(&body);
    let mut tx = app.db.begin().await?;
    discussions::edit(&mut tx, id, &body, &html).await?;
    let link = format!("/discussions/{}#post-{id}", p.thread_id);
    mention(app, &mut tx, &s, v.id, id, p.thread_id, &body, &link).await?;
    tx.commit().await?;
    Ok(p.thread_id)
}

/// Removes a post (its author, the space's leads, an administrator); removing the
/// opening post removes the thread. Removal by someone else is audited. Returns the
/// thread, whether it is gone, and its space.
pub async fn delete(app: &App, actor: &Actor, id: i64) -> Outcome<(i64, bool, SpaceId)> {
    let v = viewer(actor)?;
    let (p, s) = post_for(app, v, id, PostAction::Delete).await?;
    let mut tx = app.db.begin().await?;
    discussions::delete(&mut tx, &p, Some(v.id)).await?;
    if p.author_id != v.id.0 {
        let detail = format!("space={} thread={} post={id}", s.id, p.thread_id);
        audit::append(
            &mut tx,
            actor.audit(
                "discussion.post_removed",
                Some(AccountId(p.author_id)),
                detail,
            ),
        )
        .await?;
    }
    let thread_gone = discussions::thread(&mut tx, p.thread_id)
        .await?
        .is_some_and(|t| t.deleted_at.is_some());
    tx.commit().await?;
    Ok((p.thread_id, thread_gone, s.space_id()))
}

/// Follows, mutes, or returns a thread to the default (followed once one writes in it).
pub async fn set_follow(app: &App, actor: &Actor, thread: i64, mode: Option<&str>) -> Outcome<()> {
    let v = viewer(actor)?;
    readable_thread(app, v, thread).await?;
    if mode.is_some_and(|m| m != "follow" && m != "mute") {
        return Err(Problem::BadRequest);
    }
    discussions::set_follow(&app.db, v.id, thread, mode).await?;
    Ok(())
}

/// A thread with its posts as its reader sees it, where they had read up to, and
/// whether they follow it; opening it marks it read (and its notices).
pub struct Opened {
    pub thread: Thread,
    pub space: gctcp_store::spaces::Space,
    pub posts: Vec<Post>,
    pub read_upto: Option<i64>,
    pub follow: Option<String>,
    pub can_reply: bool,
    /// The files under each post that the reader may read: (post, resource).
    pub attachments: Vec<(i64, gctcp_store::library::Full)>,
}

pub async fn open(app: &App, v: &Viewer, thread: i64) -> Outcome<Opened> {
    let (t, s) = readable_thread(app, v, thread).await?;
    let posts = discussions::posts(&app.db, t.id).await?;
    let read_upto = discussions::read_upto(&app.db, v.id, t.id).await?;
    if let Some(last) = posts.last() {
        discussions::mark_read(&app.db, v.id, t.id, last.id).await?;
    }
    gctcp_store::notifications::read_thread(&app.db, v.id, t.id).await?;
    let follow = discussions::follow_mode(&app.db, v.id, t.id).await?;
    // Judged one by one: a resource's owner may since have narrowed who reads it, or
    // removed it; what the reader may not read is not even named.
    let mut attachments = Vec::new();
    for (post, resource) in discussions::attachments(&app.db, t.id).await? {
        match crate::library::readable(app, v, resource).await {
            Ok(full) if full.r.deleted_at.is_none() => attachments.push((post, full)),
            Ok(_) | Err(Problem::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Opened {
        attachments,
        can_reply: can_in_space(v, info(&s), SpaceAction::Contribute),
        thread: t,
        space: s,
        posts,
        read_upto,
        follow,
    })
}

/// Whether the viewer may edit or remove this post (to show the buttons).
pub fn may(v: &Viewer, s: &gctcp_store::spaces::Space, p: &Post, action: PostAction) -> bool {
    p.deleted_at.is_none() && can_post(v, post_info(s, p), action)
}

/// A space's threads for a reader (NotFound if they may not read the space).
pub async fn list(
    app: &App,
    v: &Viewer,
    space_id: SpaceId,
    limit: i64,
    offset: i64,
) -> Outcome<(Vec<Listed>, i64)> {
    let s = spaces::space(app, space_id).await?;
    if !can_in_space(v, info(&s), SpaceAction::View) {
        return Err(Problem::NotFound);
    }
    Ok((
        discussions::list(&app.db, space_id, v.id, limit, offset).await?,
        discussions::count(&app.db, space_id).await?,
    ))
}

/// People a post in this space may mention (who may read it), matching what was typed:
/// (id, name, organization code), at most `limit`.
pub async fn mention_candidates(
    app: &App,
    v: &Viewer,
    space_id: SpaceId,
    typed: &str,
    limit: usize,
) -> Outcome<Vec<(i64, String, String)>> {
    let s = spaces::space(app, space_id).await?;
    if !can_in_space(v, info(&s), SpaceAction::Contribute) {
        return Err(Problem::NotFound);
    }
    let typed = gctcp_domain::directory::fold(typed.trim());
    if typed.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    if s.is_open {
        let q = gctcp_store::directory_index::Query {
            terms: gctcp_domain::directory::terms(&typed),
            ..Default::default()
        };
        for h in crate::directory::search(app, &q, limit, 0).await?.hits {
            out.push((h.id, h.display_name, h.org_code));
        }
    } else {
        for m in gctcp_store::spaces::members(&app.db, space_id).await? {
            if m.status == "active"
                && gctcp_domain::directory::fold(&m.display_name).contains(&typed)
            {
                out.push((m.account_id, m.display_name, m.org_code));
                if out.len() >= limit {
                    break;
                }
            }
        }
    }
    Ok(out)
}
