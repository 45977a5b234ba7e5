//! "Messages": what the platform has told me, newest first, with the unread ones marked.

use super::Notification;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::NotificationId;
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;

#[server(endpoint = "my_notifications")]
pub async fn my_notifications() -> Result<Vec<Notification>, AppError> {
    // Only one's own, from the session's account.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    Ok(super::store::of_account(&state.db, account.id).await?)
}

#[server(endpoint = "mark_notifications_read")]
pub async fn mark_notifications_read() -> Result<(), AppError> {
    // Only one's own.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    super::store::mark_all_read(&state.db, account.id, crate::db::now()).await?;
    leptos_axum::redirect("/notifications");
    Ok(())
}

/// Opens one of one's notifications: it is marked read, and the page it is about shown.
#[server(endpoint = "open_notification")]
pub async fn open_notification(id: NotificationId) -> Result<Option<String>, AppError> {
    // One's own notifications only; another person's is not found.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let target = super::store::open(&state.db, account.id, id, crate::db::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(target.as_deref().unwrap_or("/notifications"));
    Ok(target)
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let mark = ServerAction::<MarkNotificationsRead>::new();
    crate::site::context::refresh_site_after(mark);
    let open = ServerAction::<OpenNotification>::new();
    crate::site::context::refresh_site_after(open);
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(target)) = open.value().get() {
            navigate(
                target.as_deref().unwrap_or("/notifications"),
                Default::default(),
            );
        }
    });
    let list = Resource::new(
        move || (mark.version().get(), open.version().get()),
        |_| my_notifications(),
    );
    view! {
        <PageTitle title=Msg::NoticesTitle />
        <h1>{tr(Msg::NoticesTitle)}</h1>
        <Loaded resource=list next="/notifications" shown=move |loaded| match loaded {
            items if items.is_empty() => view! { <p>{tr(Msg::NoticesEmpty)}</p> }.into_any(),
            items => {
                let any_unread = items.iter().any(|n| n.unread);
                view! {
                    {any_unread.then(|| view! {
                        <ActionForm action=mark attr:class="form">
                            <button type="submit" class="button button-secondary">{tr(Msg::NoticesMarkRead)}</button>
                        </ActionForm>
                    })}
                    <ul class="cards">
                        {items.into_iter().map(|item| view! { <NotificationItem item open /> }).collect_view()}
                    </ul>
                }.into_any()
            }
        } />
    }
}

#[component]
fn NotificationItem(item: Notification, open: ServerAction<OpenNotification>) -> impl IntoView {
    let i18n = use_i18n();
    let at = item.at;
    let (kind, title, actor, reason) = (
        item.kind,
        item.initiative_title.clone(),
        item.actor.clone(),
        item.reason.clone(),
    );
    let text = move || {
        super::text(
            i18n.lang(),
            kind,
            title.as_deref(),
            actor.as_deref(),
            reason.as_deref(),
        )
    };
    let label = {
        let text = text.clone();
        move || i18n.f(Msg::NoticeOpenLabel, &[("text", Arg::from(&text()))])
    };
    view! {
        <li class="card" class:unread=item.unread>
            {item.unread.then(|| view! { <p class="badge">{tr(Msg::NoticesUnread)}</p> })}
            <p>{text}</p>
            {item.reason.clone().filter(|_| kind.has_reason()).map(|reason| view! {
                <p><strong>{tr(Msg::NoticeReason)} ": "</strong><span class="user-text">{reason}</span></p>
            })}
            <p class="meta"><time datetime=at.iso_date()>{move || at.date_time_text(i18n.lang())}</time></p>
            {item.initiative_id.is_some().then(|| view! {
                <ActionForm action=open attr:class="inline-form">
                    <input type="hidden" name="id" value=item.id.0 />
                    <button type="submit" class="button button-secondary" aria-label=label>{tr(Msg::NoticeOpen)}</button>
                </ActionForm>
            })}
        </li>
    }
}
