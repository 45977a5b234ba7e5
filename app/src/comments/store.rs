//! The comments' queries. A page of threads costs three queries, however many comments it
//! shows: the number of threads, the threads, and the shown replies of all of them.

use super::{CommentView, Place, REPLIES_COLLAPSED, THREADS_PER_PAGE, Thread, replies_to_show};
use crate::db::Db;
use crate::ids::{AccountId, CommentId, InitiativeId};
use crate::initiatives::lifecycle::Transition;
use crate::moderation::Hidden;
use crate::participation::level::Level;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// A thread is shown while its comment stands or any of its replies does; a deleted comment
/// with live replies stays as a placeholder they hang off. The replies are looked for
/// among this initiative's comments only: PostgreSQL runs an `OR EXISTS` as a subplan, and
/// one over every comment of the platform made a long thread slow.
const VISIBLE_THREAD: &str = "c.initiative_id = $1 AND c.parent_id IS NULL AND \
     (c.deleted_at IS NULL OR c.id IN (SELECT r.parent_id FROM comments r \
     WHERE r.initiative_id = $1 AND r.parent_id IS NOT NULL AND r.deleted_at IS NULL))";

/// A comment as stored, with what the page needs about its author.
#[derive(sqlx::FromRow)]
struct CommentRow {
    id: CommentId,
    parent_id: Option<CommentId>,
    author_id: AccountId,
    /// `None` once the author deleted their account.
    author: Option<String>,
    /// The author's level on the initiative, if they take part.
    level: Option<Level>,
    body: String,
    created_at: Timestamp,
    edited_at: Option<Timestamp>,
    deleted_at: Option<Timestamp>,
    hidden_at: Option<Timestamp>,
    hidden_by: Option<AccountId>,
}

/// A comment with the number of its replies that are not deleted.
#[derive(sqlx::FromRow)]
struct ThreadRow {
    #[sqlx(flatten)]
    comment: CommentRow,
    reply_count: i64,
}

const COMMENT_COLUMNS: &str = "c.id, c.parent_id, c.author_id, \
     CASE WHEN a.deleted_at IS NULL THEN a.display_name END AS author, \
     p.level, c.body, c.created_at, c.edited_at, c.deleted_at, c.hidden_at, c.hidden_by";

const COMMENT_JOINS: &str = "JOIN accounts a ON a.id = c.author_id \
     LEFT JOIN participations p ON p.initiative_id = c.initiative_id AND p.account_id = c.author_id";

impl CommentRow {
    fn view(self, viewer: Option<AccountId>) -> CommentView {
        let deleted = self.deleted_at.is_some();
        // A hidden comment shows that it was hidden, to everyone; moderators read it in the
        // report queue. Its author may still delete it.
        let hidden = Hidden::from_columns(self.hidden_at, self.hidden_by);
        let shown = !deleted && hidden.is_none();
        CommentView {
            id: self.id,
            author: self.author,
            author_level: self.level,
            body: shown.then_some(self.body),
            created_at: self.created_at.local(),
            edited: self.edited_at.is_some() && shown,
            mine: !deleted && viewer == Some(self.author_id),
            hidden: hidden.filter(|_| !deleted),
        }
    }
}

/// One page of threads, newest first, each with its latest replies: `REPLIES_COLLAPSED` of
/// them, or `expanded.1` for the thread `expanded.0`. Returns the threads and the number of
/// pages.
#[tracing::instrument(skip_all)]
pub async fn page(
    db: &Db,
    initiative_id: InitiativeId,
    page: i64,
    expanded: Option<(CommentId, i64)>,
    viewer: Option<AccountId>,
) -> Result<(Vec<Thread>, i64), sqlx::Error> {
    let threads: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM comments c WHERE {VISIBLE_THREAD}"
    ))
    .bind(initiative_id)
    .fetch_one(db.pool())
    .await?;
    let pages = ((threads + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE).max(1);
    let offset = (page.clamp(1, pages) - 1) * THREADS_PER_PAGE;
    let page_of_threads = format!(
        "SELECT c.id FROM comments c WHERE {VISIBLE_THREAD} ORDER BY c.id DESC LIMIT $2 OFFSET $3"
    );

    let comments: Vec<ThreadRow> = sqlx::query_as(&format!(
        "SELECT {COMMENT_COLUMNS}, (SELECT COUNT(*) FROM comments r \
             WHERE r.parent_id = c.id AND r.deleted_at IS NULL) AS reply_count \
             FROM comments c {COMMENT_JOINS} \
             WHERE c.id IN ({page_of_threads}) ORDER BY c.id DESC"
    ))
    .bind(initiative_id)
    .bind(THREADS_PER_PAGE)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;

    // The latest replies of every thread on the page, numbered from the newest back.
    let (expanded_thread, expanded_count) = expanded
        .map(|(thread, wanted)| (thread, replies_to_show(wanted)))
        .unwrap_or((CommentId(0), REPLIES_COLLAPSED));
    let replies: Vec<CommentRow> = sqlx::query_as(&format!(
        "SELECT id, parent_id, author_id, author, level, body, created_at, edited_at, \
         deleted_at, hidden_at, hidden_by FROM (SELECT {COMMENT_COLUMNS}, \
         ROW_NUMBER() OVER (PARTITION BY c.parent_id ORDER BY c.id DESC) AS from_latest \
         FROM comments c {COMMENT_JOINS} \
         WHERE c.deleted_at IS NULL AND c.parent_id IN ({page_of_threads})) shown \
         WHERE from_latest <= CASE WHEN parent_id = $4 THEN $5 ELSE $6 END \
         ORDER BY parent_id, id"
    ))
    .bind(initiative_id)
    .bind(THREADS_PER_PAGE)
    .bind(offset)
    .bind(expanded_thread)
    .bind(expanded_count)
    .bind(REPLIES_COLLAPSED)
    .fetch_all(db.pool())
    .await?;

    let mut threads: Vec<Thread> = comments
        .into_iter()
        .map(|row| Thread {
            comment: row.comment.view(viewer),
            replies: Vec::new(),
            reply_count: row.reply_count,
        })
        .collect();
    for reply in replies {
        let parent = reply.parent_id;
        if let Some(thread) = threads.iter_mut().find(|t| Some(t.comment.id) == parent) {
            thread.replies.push(reply.view(viewer));
        }
    }
    Ok((threads, pages))
}

/// Comments and replies on an initiative that are not deleted.
pub async fn count(db: &Db, initiative_id: InitiativeId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments WHERE initiative_id = $1 AND deleted_at IS NULL",
    )
    .bind(initiative_id)
    .fetch_one(db.pool())
    .await
}

/// A number that grows with every new, edited or deleted comment on the initiative: the
/// sum of the rows' revisions, each of which starts at 1 and grows with each change.
pub async fn activity(db: &Db, initiative_id: InitiativeId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(revision), 0) AS BIGINT) FROM comments WHERE initiative_id = $1",
    )
    .bind(initiative_id)
    .fetch_one(db.pool())
    .await
}

/// A stored comment, as the rules for changing it need it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Stored {
    pub id: CommentId,
    pub initiative_id: InitiativeId,
    pub parent_id: Option<CommentId>,
    pub author_id: AccountId,
    pub body: String,
    deleted_at: Option<Timestamp>,
    hidden_at: Option<Timestamp>,
}

impl Stored {
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    pub fn is_hidden(&self) -> bool {
        self.hidden_at.is_some()
    }

    /// A comment just stored, as the rules for showing it need it.
    pub fn new(
        id: CommentId,
        initiative_id: InitiativeId,
        parent_id: Option<CommentId>,
        author_id: AccountId,
    ) -> Stored {
        Stored {
            id,
            initiative_id,
            parent_id,
            author_id,
            body: String::new(),
            deleted_at: None,
            hidden_at: None,
        }
    }
}

pub async fn by_id(db: &Db, id: CommentId) -> Result<Option<Stored>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, initiative_id, parent_id, author_id, body, deleted_at, hidden_at \
         FROM comments WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await
}

/// The condition, on a comment `c`, that its initiative takes comments now: published and
/// not hidden (see `Transition::Comment`).
fn initiative_takes_comments() -> String {
    format!(
        "EXISTS (SELECT 1 FROM initiatives i WHERE i.id = c.initiative_id AND {} \
         AND i.hidden_at IS NULL)",
        Transition::Comment.guard("i.state")
    )
}

/// Why a new comment or reply was not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum NotStored {
    /// The initiative stopped taking comments (withdrawn, decided, hidden) meanwhile.
    Closed,
    /// The comment being answered was deleted or hidden meanwhile.
    ParentGone,
}

/// A stored comment, and whether this call stored it (not an earlier post of the same form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posted {
    pub id: CommentId,
    pub new: bool,
}

/// Stores a comment, or a reply when `parent` is given, once per `submission_key`: posting
/// the same form again returns the comment it stored the first time. It is stored only while
/// the initiative takes comments, and a reply only under a comment of the same initiative
/// that is not itself a reply, not deleted and not hidden; all of that is checked in the
/// statement that inserts.
pub async fn insert(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
    parent: Option<CommentId>,
    author: AccountId,
    body: &str,
    submission_key: &str,
    now: Timestamp,
) -> Result<Result<Posted, NotStored>, sqlx::Error> {
    let open = initiative_takes_comments().replace("c.initiative_id", "$1");
    let inserted: Option<CommentId> = sqlx::query_scalar(&format!(
        "INSERT INTO comments (initiative_id, parent_id, author_id, body, created_at, submission_key) \
         SELECT $1, $2, $3, $4, $5, $6 WHERE {open} \
         AND ($2 IS NULL OR EXISTS (SELECT 1 FROM comments p WHERE p.id = $2 \
         AND p.initiative_id = $1 AND p.parent_id IS NULL AND p.deleted_at IS NULL \
         AND p.hidden_at IS NULL)) \
         ON CONFLICT (author_id, submission_key) DO NOTHING RETURNING id"
    ))
    .bind(initiative_id)
    .bind(parent)
    .bind(author)
    .bind(body)
    .bind(now)
    .bind(submission_key)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = inserted {
        return Ok(Ok(Posted { id, new: true }));
    }
    // The same form was posted before (answer what it stored), or something changed.
    let earlier: Option<CommentId> = sqlx::query_scalar(
        "SELECT id FROM comments WHERE author_id = $1 AND submission_key = $2 \
         AND initiative_id = $3",
    )
    .bind(author)
    .bind(submission_key)
    .bind(initiative_id)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = earlier {
        return Ok(Ok(Posted { id, new: false }));
    }
    let takes_comments: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT 1 FROM initiatives i WHERE i.id = $1 AND {} AND i.hidden_at IS NULL",
        Transition::Comment.guard("i.state")
    ))
    .bind(initiative_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(Err(if takes_comments.is_some() {
        NotStored::ParentGone
    } else {
        NotStored::Closed
    }))
}

/// Changes a comment's text while it stands as it was read: not deleted, not hidden, on an
/// initiative that takes comments. Answers false when any of that changed meanwhile (a
/// moderator or three reports hid it): the text the moderators read stays as reported.
pub async fn edit(db: &Db, id: CommentId, body: &str, now: Timestamp) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(&format!(
        "UPDATE comments SET body = $1, edited_at = $2, revision = revision + 1 \
         WHERE id = $3 AND deleted_at IS NULL AND hidden_at IS NULL AND {}",
        initiative_takes_comments().replace("c.initiative_id", "comments.initiative_id")
    ))
    .bind(body)
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Deletes a comment's text; the row stays so that its replies keep their place. Its author
/// may delete it hidden or not.
pub async fn delete(db: &Db, id: CommentId, now: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE comments SET body = '', deleted_at = $1, revision = revision + 1 \
         WHERE id = $2 AND deleted_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Where comment `id` is shown: the page of its thread (counted as the list counts, newest
/// first) and, for a reply, enough of the thread's latest replies to include it.
pub async fn place(db: &Db, comment: &Stored) -> Result<Place, sqlx::Error> {
    let thread = comment.parent_id.unwrap_or(comment.id);
    let newer_threads: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM comments c WHERE {VISIBLE_THREAD} AND c.id > $2"
    ))
    .bind(comment.initiative_id)
    .bind(thread)
    .fetch_one(db.pool())
    .await?;
    let page = newer_threads / THREADS_PER_PAGE + 1;
    let Some(parent) = comment.parent_id else {
        return Ok(Place { page, thread: None });
    };
    let from_latest: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments WHERE parent_id = $1 AND deleted_at IS NULL AND id >= $2",
    )
    .bind(parent)
    .bind(comment.id)
    .fetch_one(db.pool())
    .await?;
    Ok(Place {
        page,
        thread: Some((parent, replies_to_show(from_latest))),
    })
}
