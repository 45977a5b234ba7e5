//! Writing comments: a new comment, a reply, editing and deleting one's own. Each checks
//! on the server who may do it, and comes back with the text kept when it is refused.

use crate::error::AppError;
use crate::ids::{CommentId, InitiativeId};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod rules {
    use super::super::store::{self, Stored};
    use crate::db::Db;
    use crate::error::{AppError, FormCheck, Problem};
    use crate::ids::{CommentId, InitiativeId};
    use crate::initiatives::kind::State;

    /// The initiative's state, if everyone may see it; comments on others do not exist.
    pub async fn public_state(db: &Db, initiative_id: InitiativeId) -> Result<State, AppError> {
        crate::initiatives::store::by_id(db, initiative_id)
            .await?
            .filter(|row| row.is_public())
            .map(|row| row.state)
            .ok_or(AppError::NotFound)
    }

    /// A comment that is not deleted nor hidden, on an initiative everyone may see.
    pub async fn live_comment(db: &Db, id: CommentId) -> Result<(Stored, State), AppError> {
        let comment = store::by_id(db, id)
            .await?
            .filter(|c| !c.is_deleted() && !c.is_hidden())
            .ok_or(AppError::NotFound)?;
        let state = public_state(db, comment.initiative_id).await?;
        Ok((comment, state))
    }

    /// The body, checked, with the open-for-comments rule on the same field so that the
    /// message stands next to the text it concerns.
    pub fn body(check: &mut FormCheck, body: &str, state: State) -> Option<String> {
        check.keep("body", body);
        let body = check.check(
            "body",
            crate::text::multi_line(body, super::super::BODY_MAX),
        );
        if state != State::Published {
            check.fail("body", Problem::CommentsClosed);
        }
        body.filter(|_| check.is_ok())
    }

    /// The form's answer when the initiative stopped taking comments, or the comment being
    /// answered or edited went, between reading and writing.
    pub fn refused(mut check: FormCheck, why: store::NotStored) -> AppError {
        check.fail(
            "body",
            match why {
                store::NotStored::Closed => Problem::CommentsClosed,
                store::NotStored::ParentGone => Problem::CommentGone,
            },
        );
        check.into_error()
    }

    /// The key a comment form carries (see `CommentPage::submission_key`); anything else
    /// did not come from our form.
    pub fn submission_key(key: &str) -> Result<&str, AppError> {
        let fits = (16..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_hexdigit());
        fits.then_some(key).ok_or(AppError::BadRequest)
    }
}

#[server(endpoint = "post_comment")]
pub async fn post_comment(
    initiative_id: InitiativeId,
    body: String,
    submission_key: String,
) -> Result<(), AppError> {
    use super::store;
    use crate::error::FormCheck;
    // Logged-in people, on published initiatives.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let initiative_state = rules::public_state(&state.db, initiative_id).await?;
    let key = rules::submission_key(&submission_key)?;
    let mut check = FormCheck::new();
    let Some(body) = rules::body(&mut check, &body, initiative_state) else {
        return Err(check.into_error());
    };
    let from = crate::limits::client::current().await;
    state
        .limits
        .comment(from, account.id)
        .map_err(|refused| AppError::from(refused).keeping(&[("body", &body)]))?;
    let mut tx = state.db.begin_write().await?;
    let id = match store::insert(
        &mut tx,
        initiative_id,
        None,
        account.id,
        &body,
        key,
        crate::db::now(),
    )
    .await?
    {
        Ok(posted) => posted.id,
        Err(why) => return Err(rules::refused(check, why)),
    };
    tx.commit().await?;
    let comment = store::Stored::new(id, initiative_id, None, account.id);
    show_in_place(&state.db, &comment, "commented").await
}

#[server(endpoint = "reply_to_comment")]
pub async fn reply_to_comment(
    comment_id: CommentId,
    body: String,
    submission_key: String,
) -> Result<(), AppError> {
    use super::store;
    use crate::error::{FormCheck, Problem};
    // Logged-in people, under a comment (not a reply) that stands, on a published initiative.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let key = rules::submission_key(&submission_key)?;
    let parent = store::by_id(&state.db, comment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let initiative_state = rules::public_state(&state.db, parent.initiative_id).await?;
    if parent.parent_id.is_some() {
        // Replies go one level deep; the page never offers this.
        return Err(AppError::BadRequest);
    }
    let mut check = FormCheck::new();
    check.keep("comment_id", &comment_id.to_string());
    if parent.is_deleted() || parent.is_hidden() {
        // A hidden comment takes no replies: answering what readers cannot see would
        // carry its content on.
        check.fail("body", Problem::CommentGone);
    }
    let Some(body) = rules::body(&mut check, &body, initiative_state) else {
        return Err(check.into_error());
    };
    let from = crate::limits::client::current().await;
    state.limits.comment(from, account.id).map_err(|refused| {
        AppError::from(refused).keeping(&[("comment_id", &comment_id.to_string()), ("body", &body)])
    })?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let posted = match store::insert(
        &mut tx,
        parent.initiative_id,
        Some(parent.id),
        account.id,
        &body,
        key,
        now,
    )
    .await?
    {
        Ok(posted) => posted,
        Err(why) => return Err(rules::refused(check, why)),
    };
    // The comment's author is told of a new reply (not of a form posted twice, and not of
    // their own answer: `notify` skips the actor).
    let emails = if posted.new {
        use crate::notifications::{Kind, store::Notice};
        let notice = Notice {
            kind: Kind::CommentReplied,
            initiative: Some(parent.initiative_id),
            actor: Some(account.id),
            comment: Some(posted.id),
            reason: None,
        };
        crate::notifications::store::notify(&mut tx, &[parent.author_id], notice, now).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    let id = posted.id;
    let reply = store::Stored::new(id, parent.initiative_id, Some(parent.id), account.id);
    show_in_place(&state.db, &reply, "commented").await
}

#[server(endpoint = "edit_comment")]
pub async fn edit_comment(comment_id: CommentId, body: String) -> Result<(), AppError> {
    use super::store;
    use crate::error::{FormCheck, Problem};
    // Only the author, while the initiative takes comments and the comment is not hidden.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let (comment, initiative_state) = rules::live_comment(&state.db, comment_id).await?;
    if comment.author_id != account.id {
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    check.keep("comment_id", &comment_id.to_string());
    let Some(body) = rules::body(&mut check, &body, initiative_state) else {
        return Err(check.into_error());
    };
    if !store::edit(&state.db, comment_id, &body, crate::db::now()).await? {
        // Hidden, deleted or closed meanwhile: the reported text stays as it was.
        check.fail("body", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    show_in_place(&state.db, &comment, "comment_edited").await
}

#[server(endpoint = "delete_comment")]
pub async fn delete_comment(comment_id: CommentId) -> Result<(), AppError> {
    use super::store;
    // Only the author; one may always take back one's own words, hidden or not.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let comment = store::by_id(&state.db, comment_id)
        .await?
        .filter(|c| !c.is_deleted())
        .ok_or(AppError::NotFound)?;
    rules::public_state(&state.db, comment.initiative_id).await?;
    if comment.author_id != account.id {
        return Err(AppError::Forbidden);
    }
    store::delete(&state.db, comment_id, crate::db::now()).await?;
    tracing::info!(
        comment = %comment_id,
        account = %account.id,
        "comment deleted"
    );
    show_in_place(&state.db, &comment, "comment_deleted").await
}

/// After a plain form post (no JavaScript), sends the browser to the page that shows
/// `comment`, confirming with `saved`. The app stays where it is instead, so its calls skip
/// working out where that is.
#[cfg(feature = "ssr")]
pub async fn show_in_place(
    db: &crate::db::Db,
    comment: &super::store::Stored,
    saved: &str,
) -> Result<(), AppError> {
    if crate::site::redirect::is_plain_post() {
        let place = super::store::place(db, comment).await?;
        leptos_axum::redirect(&place.href(comment.initiative_id, comment.id, saved));
    }
    Ok(())
}

/// Re-exported for the report form, which lives with the moderation code.
#[cfg(feature = "ssr")]
pub use rules::live_comment;
