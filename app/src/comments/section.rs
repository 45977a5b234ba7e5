//! The comments section of an initiative's page: a page of threads, the forms to comment,
//! reply, edit, delete and report, and (with JavaScript) a check for new activity.

use super::CommentPage;
use super::thread::{ThreadActions, ThreadView};
use super::write::{DeleteComment, EditComment, PostComment, ReplyToComment};
use crate::error::AppError;
use crate::i18n::{Arg, Msg, error_message, tr, use_i18n};
use crate::ids::{CommentId, InitiativeId};
use crate::moderation::reports::form::ReportComment;
use crate::ui::form::{FormState, OneTextFields, Saved};
use crate::ui::pager::Pager;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How often an open page asks whether the comments changed.
const POLL_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

#[server(endpoint = "load_comments")]
pub async fn load_comments(
    initiative_id: InitiativeId,
    page: Option<i64>,
    thread: Option<CommentId>,
    replies: Option<i64>,
) -> Result<CommentPage, AppError> {
    use super::store;
    use crate::initiatives::kind::State;
    // Everyone, on initiatives everyone may see.
    let state = crate::state::AppState::get()?;
    let session = crate::accounts::auth::session().await?;
    let viewer = crate::accounts::auth::current_account(&state.db, &session).await?;
    let row = crate::initiatives::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    let expanded = thread.map(|thread| (thread, super::replies_to_show(replies.unwrap_or(0))));
    let page = page.unwrap_or(1).max(1);
    let viewer_id = viewer.as_ref().map(|a| a.id);
    let (threads, pages) = store::page(&state.db, initiative_id, page, expanded, viewer_id).await?;
    Ok(CommentPage {
        initiative_id,
        threads,
        page: page.min(pages),
        pages,
        total: store::count(&state.db, initiative_id).await?,
        expanded,
        open: row.state == State::Published,
        viewer_logged_in: viewer.is_some(),
        activity: store::activity(&state.db, initiative_id).await?,
        submission_key: new_submission_key(),
    })
}

#[cfg(feature = "ssr")]
fn new_submission_key() -> String {
    use rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the page compares with its own `CommentPage::activity` to see if anything changed.
#[server(endpoint = "comments_activity")]
pub async fn comments_activity(initiative_id: InitiativeId) -> Result<i64, AppError> {
    // Everyone, on initiatives everyone may see.
    let state = crate::state::AppState::get()?;
    crate::initiatives::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    Ok(super::store::activity(&state.db, initiative_id).await?)
}

/// The comments of the initiative in the route, and the actions that change them. Made at
/// the top of the page, so that the data loads with the page and hydrates.
#[derive(Clone, Copy)]
pub struct Comments {
    page: Resource<Result<CommentPage, AppError>>,
    post: ServerAction<PostComment>,
    /// The actions of the forms repeated under each comment.
    actions: ThreadActions,
    /// Bumped to load the page again: after the reader's own action succeeded, or when new
    /// activity is shown. A refused form does not reload, so nothing typed is replaced.
    reload: RwSignal<u32>,
    /// Someone typed in a comment form since the page last loaded: new activity then waits
    /// for a click instead of replacing the forms.
    typing: RwSignal<bool>,
    /// New activity is waiting to be shown, or was just shown (for the announcement).
    news: RwSignal<News>,
    /// What the reader's last action did, to confirm it (with JavaScript; without it, the
    /// address says so after the redirect).
    done: RwSignal<Option<Msg>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum News {
    None,
    Waiting,
    Shown,
}

impl Comments {
    pub fn new() -> Self {
        let id = crate::initiatives::route_id();
        let query = use_query_map();
        let param = move |name: &str| {
            query
                .read()
                .get(name)
                .and_then(|value| value.parse::<i64>().ok())
        };
        let thread = move || query.read().get("thread").and_then(|v| v.parse().ok());
        let post = ServerAction::<PostComment>::new();
        let reply = ServerAction::<ReplyToComment>::new();
        let edit = ServerAction::<EditComment>::new();
        let delete = ServerAction::<DeleteComment>::new();
        let report = ServerAction::<ReportComment>::new();
        let reload = RwSignal::new(0u32);
        let page = Resource::new(
            move || {
                (
                    id(),
                    param("cpage"),
                    thread(),
                    param("replies"),
                    reload.get(),
                )
            },
            |(id, page, thread, replies, _)| async move {
                match id {
                    Some(id) => load_comments(id, page, thread, replies).await,
                    None => Err(AppError::NotFound),
                }
            },
        );
        let done = RwSignal::new(None);
        confirm(post, done, reload, Msg::CommentSaved);
        confirm(reply, done, reload, Msg::CommentSaved);
        confirm(edit, done, reload, Msg::CommentEditSaved);
        confirm(delete, done, reload, Msg::CommentDeleteSaved);
        confirm(report, done, reload, Msg::ReportSaved);
        Comments {
            page,
            post,
            actions: ThreadActions {
                reply,
                edit,
                delete,
                report,
            },
            reload,
            typing: RwSignal::new(false),
            news: RwSignal::new(News::None),
            done,
        }
    }

    /// Every little while, asks whether the comments changed; if so, shows them, unless the
    /// reader is typing, in which case a button offers them.
    fn watch(self) {
        // Whatever was typed went away with the forms when the page last loaded.
        Effect::new(move |_| {
            self.page.track();
            self.typing.set(false);
        });
        Effect::new(move |_| {
            let check = move || {
                let Some(Ok(shown)) = self.page.get_untracked() else {
                    return;
                };
                leptos::task::spawn_local(async move {
                    let Ok(now) = comments_activity(shown.initiative_id).await else {
                        return;
                    };
                    if now == shown.activity || self.news.get_untracked() == News::Waiting {
                        return;
                    }
                    if self.typing.get_untracked() {
                        self.news.set(News::Waiting);
                    } else {
                        self.show_news();
                    }
                });
            };
            let handle = set_interval_with_handle(check, POLL_EVERY).ok();
            on_cleanup(move || {
                if let Some(handle) = handle {
                    handle.clear();
                }
            });
        });
    }

    fn show_news(self) {
        self.typing.set(false);
        self.news.set(News::Shown);
        self.reload.update(|n| *n += 1);
    }
}

/// After each of `action`'s submissions, confirms it with `message` and reloads the page if
/// it succeeded, and clears the last confirmation if it did not.
fn confirm<S>(
    action: ServerAction<S>,
    done: RwSignal<Option<Msg>>,
    reload: RwSignal<u32>,
    message: Msg,
) where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |seen: Option<usize>| {
        let now = action.version().get();
        if seen.is_some_and(|seen| seen != now) {
            let ok = matches!(action.value().get_untracked(), Some(Ok(_)));
            done.set(ok.then_some(message));
            if ok {
                reload.update(|n| *n += 1);
            }
        }
        now
    });
}

impl Default for Comments {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn CommentsSection(comments: Comments) -> impl IntoView {
    let i18n = use_i18n();
    comments.watch();
    let query = use_query_map();
    let saved = move || {
        let from_address = match query.read().get("saved").as_deref() {
            Some("commented") => Some(Msg::CommentSaved),
            Some("comment_edited") => Some(Msg::CommentEditSaved),
            Some("comment_deleted") => Some(Msg::CommentDeleteSaved),
            Some("comment_reported") => Some(Msg::ReportSaved),
            _ => None,
        };
        comments
            .done
            .get()
            .or(from_address)
            .map(|message| view! { <Saved message /> })
    };
    view! {
        <Transition fallback=|| ()>
            {move || comments.page.get().map(|result| match result {
                Ok(page) => view! {
                    <section
                        id="comments"
                        class="comments"
                        aria-labelledby="comments-title"
                        on:input=move |_| comments.typing.set(true)
                    >
                        <h2 id="comments-title">{move || i18n.f(Msg::CommentsTitle, &[("count", Arg::from(page.total))])}</h2>
                        {saved}
                        <ActionErrors comments />
                        <NewsNotice comments />
                        <NewComment page=page.clone() action=comments.post />
                        <Threads page=page.clone() comments />
                    </section>
                }.into_any(),
                // Unpublished initiatives have no comments section.
                Err(AppError::NotFound) => ().into_any(),
                Err(error) => view! { <p role="alert">{move || error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}

/// Errors that concern no field (the comment was deleted meanwhile, the session ended) of
/// the forms that are one of many (reply, edit, delete, report): shown once for the
/// section, whichever form they came from.
#[component]
fn ActionErrors(comments: Comments) -> impl IntoView {
    let i18n = use_i18n();
    let not_about_a_field =
        |error: Option<AppError>| error.filter(|e| !matches!(e, AppError::Invalid(_)));
    let error = move || {
        // The new-comment form shows its own errors (it is the only one of its kind).
        not_about_a_field(comments.actions.reply.value().get().and_then(Result::err))
            .or_else(|| {
                not_about_a_field(comments.actions.edit.value().get().and_then(Result::err))
            })
            .or_else(|| {
                not_about_a_field(comments.actions.delete.value().get().and_then(Result::err))
            })
            .or_else(|| {
                not_about_a_field(comments.actions.report.value().get().and_then(Result::err))
            })
    };
    move || {
        error().map(|error| view! {
            <div class="form-alert" role="alert"><p>{error_message(i18n.lang(), &error)}</p></div>
        })
    }
}

/// Tells screen readers that new comments arrived, and offers them to someone typing.
#[component]
fn NewsNotice(comments: Comments) -> impl IntoView {
    view! {
        <div class="news" aria-live="polite">
            {move || match comments.news.get() {
                News::Waiting => view! {
                    <p>
                        {tr(Msg::CommentsNew)} " "
                        <button type="button" class="button button-secondary" on:click=move |_| comments.show_news()>
                            {tr(Msg::CommentsShowNew)}
                        </button>
                    </p>
                }.into_any(),
                News::Shown => view! { <p class="visually-hidden">{tr(Msg::CommentsNew)}</p> }.into_any(),
                News::None => ().into_any(),
            }}
        </div>
    }
}

/// The form for a new comment, or why there is none.
#[component]
fn NewComment(page: CommentPage, action: ServerAction<PostComment>) -> impl IntoView {
    let form = FormState::new(action);
    let id = page.initiative_id;
    if !page.open {
        return view! { <p class="notice">{tr(Msg::CommentsClosed)}</p> }.into_any();
    }
    if !page.viewer_logged_in {
        return view! {
            <p><a class="button" href=format!("/login?next=/initiatives/{id}%23comments")>{tr(Msg::CommentsLogIn)}</a></p>
        }
        .into_any();
    }
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="form comment-form">
            <h3>{tr(Msg::CommentsNewTitle)}</h3>
            <OneTextFields form hidden=vec![("initiative_id", id.0.to_string()), ("submission_key", page.submission_key.clone())] name="body" label=Msg::CommentLabel hint=Msg::CommentHint rows=4 submit=Msg::CommentSubmit />
        </ActionForm>
    }
    .into_any()
}

/// The page of threads and the links to other pages.
#[component]
fn Threads(page: CommentPage, comments: Comments) -> impl IntoView {
    if page.threads.is_empty() {
        return view! { <p>{tr(Msg::CommentsEmpty)}</p> }.into_any();
    }
    let (current, pages, id) = (page.page, page.pages, page.initiative_id);
    let page_link = move |n: i64| format!("/initiatives/{id}?cpage={n}#comments");
    let threads = page
        .threads
        .iter()
        .cloned()
        .map(|thread| view! { <ThreadView thread page=page.clone() actions=comments.actions /> })
        .collect_view();
    view! {
        <ol class="threads">{threads}</ol>
        <Pager label=Msg::CommentsPagination current pages link=page_link />
    }
    .into_any()
}
