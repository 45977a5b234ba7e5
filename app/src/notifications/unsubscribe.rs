//! The one-click stop in every notification email: the link opens a page with a button
//! (a GET changes nothing, and mail scanners open links), and mail programs that offer
//! "unsubscribe" themselves post to the same address (RFC 8058). No log-in is needed: the
//! link carries the account's secret key.

use super::Topic;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::AccountId;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[server(endpoint = "unsubscribe")]
pub async fn unsubscribe(account: AccountId, topic: String, key: String) -> Result<(), AppError> {
    // Whoever holds the link: the key is the account's own secret.
    let state = crate::state::AppState::get()?;
    let topic = Topic::parse(&topic).ok_or(AppError::NotFound)?;
    stop(&state, account, topic, &key).await?;
    if crate::site::redirect::is_plain_post() {
        leptos_axum::redirect(&format!(
            "{}?saved=done",
            super::store::unsubscribe_path(account, topic, &key)
        ));
    }
    Ok(())
}

/// Switches the topic off for the account the key belongs to.
#[cfg(feature = "ssr")]
pub async fn stop(
    state: &crate::state::AppState,
    account: AccountId,
    topic: Topic,
    key: &str,
) -> Result<(), AppError> {
    let account = super::store::unsubscribe_account(&state.db, account, key)
        .await?
        .ok_or(AppError::NotFound)?;
    super::store::set_opt_out(&state.db, account, topic, true).await?;
    tracing::info!(account = %account, topic = topic.as_str(), "unsubscribed by link");
    Ok(())
}

/// The one-click post of a mail program (`List-Unsubscribe-Post`), to the link itself.
#[cfg(feature = "ssr")]
pub async fn one_click(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Path((account, topic, key)): axum::extract::Path<(i64, String, String)>,
) -> axum::http::StatusCode {
    use axum::http::StatusCode;
    let Some(topic) = Topic::parse(&topic) else {
        return StatusCode::NOT_FOUND;
    };
    match stop(&state, AccountId(account), topic, &key).await {
        Ok(()) => StatusCode::OK,
        Err(AppError::NotFound) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    let action = ServerAction::<Unsubscribe>::new();
    let param = move |name: &str| params.read().get(name).unwrap_or_default();
    let topic = move || Topic::parse(&param("topic"));
    let done = move || {
        action.value().get().is_some_and(|r| r.is_ok())
            || query.read().get("saved").is_some_and(|s| s == "done")
    };
    view! {
        <PageTitle title=Msg::UnsubscribeTitle />
        <h1>{tr(Msg::UnsubscribeTitle)}</h1>
        {move || match (done(), topic()) {
            (true, _) => view! { <div class="saved" role="status"><p>{tr(Msg::UnsubscribeDone)}</p></div> }.into_any(),
            (false, Some(topic)) => view! {
                <p>{move || i18n.f(Msg::UnsubscribeLead, &[("topic", Arg::from(i18n.t(topic.label())))])}</p>
                {move || action.value().get().and_then(Result::err).map(|error| view! {
                    <p role="alert">{crate::i18n::error_message(i18n.lang(), &error)}</p>
                })}
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="account" value=param("account") />
                    <input type="hidden" name="topic" value=param("topic") />
                    <input type="hidden" name="key" value=param("key") />
                    <button type="submit" class="button">{tr(Msg::UnsubscribeSubmit)}</button>
                </ActionForm>
            }.into_any(),
            (false, None) => view! { <crate::site::not_found::NotFoundPage /> }.into_any(),
        }}
    }
}
