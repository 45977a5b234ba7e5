//! The comments' queries. A page of threads costs three queries, however many comments it
//! shows: the number of threads, the threads, and the shown replies of all of them.

use super::{CommentView, Place, REPLIES_COLLAPSED, THREADS_PER_PAGE, Thread, replies_to_show};
use crate::db::Db;
use crate::participation::level::Level;
use crate::time::LocalDateTime;

/// A thread is shown while its comment stands or any of its replies does; a deleted comment
/// with live replies stays as a placeholder they hang off.
const VISIBLE_THREAD: &str = "c.initiative_id = $1 AND c.parent_id IS NULL AND \
     (c.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments r \
     WHERE r.parent_id = c.id AND r.deleted_at IS NULL))";

/// A comment as stored, with what the page needs about its author.
type CommentRow = (
    i64,            // id
    Option<i64>,    // parent_id
    i64,            // author_id
    String,         // author's display name
    Option<String>, // author's level on the initiative
    String,         // body
    i64,            // created_at
    Option<i64>,    // edited_at
    Option<i64>,    // deleted_at
    Option<i64>,    // hidden_at
    Option<i64>,    // hidden_by
);

/// A comment with the number of its replies that are not deleted.
type ThreadRow = (
    i64,
    Option<i64>,
    i64,
    String,
    Option<String>,
    String,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
);

const COMMENT_COLUMNS: &str = "c.id, c.parent_id, c.author_id, a.display_name, p.level, c.body, \
     c.created_at, c.edited_at, c.deleted_at, c.hidden_at, c.hidden_by";

const COMMENT_JOINS: &str = "JOIN accounts a ON a.id = c.author_id \
     LEFT JOIN participations p ON p.initiative_id = c.initiative_id AND p.account_id = c.author_id";

fn view(row: CommentRow, viewer: Option<i64>) -> CommentView {
    let (
        id,
        _,
        author_id,
        author,
        level,
        body,
        created_at,
        edited_at,
        deleted_at,
        hidden_at,
        hidden_by,
    ) = row;
    let deleted = deleted_at.is_some();
    // A hidden comment shows that it was hidden, to everyone; moderators read it in the
    // report queue.
    let hidden = crate::moderation::Hidden::from_columns(hidden_at, hidden_by);
    let shown = !deleted && hidden.is_none();
    CommentView {
        id,
        author,
        author_level: level.as_deref().and_then(Level::parse),
        body: shown.then_some(body),
        created_at: LocalDateTime::from_utc_seconds(created_at),
        edited: edited_at.is_some() && shown,
        mine: shown && viewer == Some(author_id),
        hidden: hidden.filter(|_| !deleted),
    }
}

/// One page of threads, newest first, each with its latest replies: `REPLIES_COLLAPSED` of
/// them, or `expanded.1` for the thread `expanded.0`. Returns the threads and the number of
/// pages.
#[tracing::instrument(skip_all)]
pub async fn page(
    db: &Db,
    initiative_id: i64,
    page: i64,
    expanded: Option<(i64, i64)>,
    viewer: Option<i64>,
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
             WHERE r.parent_id = c.id AND r.deleted_at IS NULL) \
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
        .unwrap_or((0, REPLIES_COLLAPSED));
    let replies: Vec<CommentRow> = sqlx::query_as(&format!(
        "SELECT id, parent_id, author_id, display_name, level, body, created_at, edited_at, \
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
        .map(
            |(
                id,
                parent,
                author_id,
                name,
                level,
                body,
                created,
                edited,
                deleted,
                hidden_at,
                hidden_by,
                count,
            )| Thread {
                comment: view(
                    (
                        id, parent, author_id, name, level, body, created, edited, deleted,
                        hidden_at, hidden_by,
                    ),
                    viewer,
                ),
                replies: Vec::new(),
                reply_count: count,
            },
        )
        .collect();
    for reply in replies {
        if let Some(thread) = threads.iter_mut().find(|t| Some(t.comment.id) == reply.1) {
            thread.replies.push(view(reply, viewer));
        }
    }
    Ok((threads, pages))
}

/// Comments and replies on an initiative that are not deleted.
pub async fn count(db: &Db, initiative_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments WHERE initiative_id = $1 AND deleted_at IS NULL",
    )
    .bind(initiative_id)
    .fetch_one(db.pool())
    .await
}

/// A number that grows with every new, edited or deleted comment on the initiative: the
/// sum of the rows' revisions, each of which starts at 1 and grows with each change.
pub async fn activity(db: &Db, initiative_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(revision), 0) AS BIGINT) FROM comments WHERE initiative_id = $1",
    )
    .bind(initiative_id)
    .fetch_one(db.pool())
    .await
}

/// A stored comment, as the rules for changing it need it.
#[derive(Clone, Debug)]
pub struct Stored {
    pub id: i64,
    pub initiative_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub deleted: bool,
    pub hidden: bool,
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Stored>, sqlx::Error> {
    type StoredRow = (i64, i64, Option<i64>, i64, Option<i64>, Option<i64>);
    let row: Option<StoredRow> = sqlx::query_as(
        "SELECT id, initiative_id, parent_id, author_id, deleted_at, hidden_at \
         FROM comments WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(
        |(id, initiative_id, parent_id, author_id, deleted_at, hidden_at)| Stored {
            id,
            initiative_id,
            parent_id,
            author_id,
            deleted: deleted_at.is_some(),
            hidden: hidden_at.is_some(),
        },
    ))
}

/// Stores a comment, or a reply when `parent` is given, once per `submission_key`: posting
/// the same form again returns the comment it stored the first time. A reply is stored only
/// under a comment of the same initiative that is not itself a reply and is not deleted;
/// `None` when it is not.
pub async fn insert(
    db: &Db,
    initiative_id: i64,
    parent: Option<i64>,
    author: i64,
    body: &str,
    submission_key: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO comments (initiative_id, parent_id, author_id, body, created_at, submission_key) \
         SELECT $1, $2, $3, $4, $5, $6 \
         WHERE $2 IS NULL OR EXISTS (SELECT 1 FROM comments p WHERE p.id = $2 \
         AND p.initiative_id = $1 AND p.parent_id IS NULL AND p.deleted_at IS NULL) \
         ON CONFLICT (author_id, submission_key) DO NOTHING RETURNING id",
    )
    .bind(initiative_id)
    .bind(parent)
    .bind(author)
    .bind(body)
    .bind(now)
    .bind(submission_key)
    .fetch_optional(db.pool())
    .await?;
    if inserted.is_some() {
        return Ok(inserted);
    }
    // Either the same form was posted before (return what it stored) or the reply's comment
    // is gone.
    sqlx::query_scalar(
        "SELECT id FROM comments WHERE author_id = $1 AND submission_key = $2 \
         AND initiative_id = $3",
    )
    .bind(author)
    .bind(submission_key)
    .bind(initiative_id)
    .fetch_optional(db.pool())
    .await
}

pub async fn edit(db: &Db, id: i64, body: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE comments SET body = $1, edited_at = $2, revision = revision + 1 \
         WHERE id = $3 AND deleted_at IS NULL",
    )
    .bind(body)
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Deletes a comment's text; the row stays so that its replies keep their place.
pub async fn delete(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
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
