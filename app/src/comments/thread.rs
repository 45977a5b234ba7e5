//! One thread of the comments section: a comment with the latest of its replies, and what
//! the reader may do with each (reply, edit, delete, report).

use super::write::{DeleteComment, EditComment, ReplyToComment};
use super::{CommentPage, CommentView, REPLIES_STEP, Thread};
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::CommentId;
use crate::moderation::reports::form::{ReportComment, ReportCommentForm};
use crate::ui::form::{FormState, OneTextFields};
use crate::ui::rich_text::RichText;
use leptos::prelude::*;

/// A comment, the link to its earlier replies, the replies shown, and the reply form.
/// The actions of the forms repeated under every comment of the page, one of each kind,
/// shared by all comments (each form shows only the errors returned for its own comment).
#[derive(Clone, Copy)]
pub struct ThreadActions {
    pub reply: ServerAction<ReplyToComment>,
    pub edit: ServerAction<EditComment>,
    pub delete: ServerAction<DeleteComment>,
    pub report: ServerAction<ReportComment>,
}

#[component]
pub fn ThreadView(thread: Thread, page: CommentPage, actions: ThreadActions) -> impl IntoView {
    let i18n = use_i18n();
    let id = thread.comment.id;
    let hidden = thread.reply_count - thread.replies.len() as i64;
    let shown = thread.replies.len() as i64;
    let earlier = format!(
        "/initiatives/{}?cpage={}&thread={id}&replies={}#comment-{id}",
        page.initiative_id,
        page.page,
        shown + REPLIES_STEP
    );
    let author = thread.comment.author.clone();
    let author = move || {
        author
            .clone()
            .unwrap_or_else(|| i18n.t(Msg::DeletedAccount).to_owned())
    };
    let can_reply = page.open && page.viewer_logged_in && thread.comment.body.is_some();
    let key = page.submission_key.clone();
    view! {
        <li class="thread">
            <CommentBlock comment=thread.comment.clone() page=page.clone() actions />
            {(hidden > 0).then(|| view! {
                <p class="earlier-replies">
                    <a href=earlier>{move || i18n.f(Msg::CommentEarlierReplies, &[("count", Arg::from(hidden))])}</a>
                </p>
            })}
            {(!thread.replies.is_empty()).then(|| view! {
                <ol class="replies" aria-label=move || i18n.f(Msg::CommentRepliesTo, &[("name", Arg::from(&author()))])>
                    {thread.replies.iter().cloned().map(|reply| view! {
                        <li><CommentBlock comment=reply page=page.clone() actions /></li>
                    }).collect_view()}
                </ol>
            })}
            {can_reply.then(|| view! { <ReplyForm id submission_key=key action=actions.reply /> })}
        </li>
    }
}

#[component]
fn ReplyForm(
    id: CommentId,
    submission_key: String,
    action: ServerAction<ReplyToComment>,
) -> impl IntoView {
    let form = FormState::new(action).for_item("reply", "comment_id", id.0);
    let open = move || form.problem("body").is_some();
    view! {
        <details class="comment-action reply" open=open>
            <summary>{tr(Msg::ReplyTitle)}</summary>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("comment_id", id.0.to_string()), ("submission_key", submission_key.to_string())] name="body" label=Msg::ReplyLabel hint=Msg::CommentHint rows=3 submit=Msg::ReplySubmit />
            </ActionForm>
        </details>
    }
}

/// One comment or reply: who wrote it (and at which level they take part), when, the text
/// or the deleted placeholder, and what the reader may do with it.
#[component]
fn CommentBlock(comment: CommentView, page: CommentPage, actions: ThreadActions) -> impl IntoView {
    let i18n = use_i18n();
    let id = comment.id;
    let created = comment.created_at;
    let level = comment.author_level;
    let controls = match (&comment.body, comment.mine, page.viewer_logged_in) {
        (Some(body), true, _) => Some(view! {
            <div class="comment-actions">
                {page.open.then(|| view! { <EditForm id body=body.clone() action=actions.edit /> })}
                <DeleteForm id action=actions.delete />
            </div>
        }.into_any()),
        // A hidden comment of one's own can be deleted, not edited.
        (None, true, _) => Some(view! {
            <div class="comment-actions"><DeleteForm id action=actions.delete /></div>
        }.into_any()),
        (Some(_), false, true) => Some(view! {
            <div class="comment-actions"><ReportCommentForm id action=actions.report /></div>
        }.into_any()),
        _ => None,
    };
    view! {
        <article class="comment" id=format!("comment-{id}")>
            <p class="comment-meta">
                <strong>{
                    let author = comment.author.clone();
                    move || author.clone().unwrap_or_else(|| i18n.t(Msg::DeletedAccount).to_owned())
                }</strong>
                {level.map(|level| view! { " · " <span class="level-badge">{move || i18n.t(level.name())}</span> })}
                " · "
                <time datetime=created.iso_date()>{move || created.date_time_text(i18n.lang())}</time>
                {comment.edited.then(|| view! { " · " <span class="edited">{tr(Msg::CommentEdited)}</span> })}
            </p>
            {match comment.body.clone() {
                Some(body) => view! { <div class="comment-body"><RichText text=body /></div> }.into_any(),
                None => match comment.hidden {
                    Some(hidden) => view! { <p class="comment-deleted">{tr(hidden.notice())}</p> }.into_any(),
                    None => view! { <p class="comment-deleted">{tr(Msg::CommentDeleted)}</p> }.into_any(),
                },
            }}
            {controls}
        </article>
    }
}

#[component]
fn EditForm(id: CommentId, body: String, action: ServerAction<EditComment>) -> impl IntoView {
    let form = FormState::new(action)
        .for_item("edit", "comment_id", id.0)
        .with_defaults(Signal::stored(vec![("body".to_owned(), body)]));
    let open = move || form.problem("body").is_some();
    view! {
        <details class="comment-action" open=open>
            <summary>{tr(Msg::CommentEditTitle)}</summary>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("comment_id", id.0.to_string())] name="body" label=Msg::CommentLabel hint=Msg::CommentHint rows=4 submit=Msg::CommentEditSubmit />
            </ActionForm>
        </details>
    }
}

#[component]
fn DeleteForm(id: CommentId, action: ServerAction<DeleteComment>) -> impl IntoView {
    view! {
        <details class="comment-action">
            <summary>{tr(Msg::CommentDeleteTitle)}</summary>
            <ActionForm action=action attr:class="form">
                <p>{tr(Msg::CommentDeleteConfirm)}</p>
                <input type="hidden" name="comment_id" value=id.0 />
                <button type="submit" class="button button-danger">{tr(Msg::CommentDeleteSubmit)}</button>
            </ActionForm>
        </details>
    }
}
