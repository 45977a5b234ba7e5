//! The list of published initiatives.

use super::Summary;
use crate::error::AppError;
use crate::i18n::{Msg, fill, tr, use_i18n};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[server(endpoint = "published_initiatives")]
pub async fn published_initiatives(page: Option<i64>) -> Result<Vec<Summary>, AppError> {
    // Public: only published initiatives are listed.
    let state = crate::state::AppState::get()?;
    let page = page.unwrap_or(1).max(1);
    Ok(super::store::published(&state.db, 20, (page - 1) * 20).await?)
}

/// One initiative in a list: title, kind, where and when, how many take part.
#[component]
pub fn SummaryCard(item: Summary) -> impl IntoView {
    let i18n = use_i18n();
    let kind = item.kind;
    let when = item.starts_at;
    let neighbourhood = item.neighbourhood.clone();
    let participants = item.participants;
    view! {
        <li class="card">
            <h2><a href=format!("/initiatives/{}", item.id)>{item.title}</a></h2>
            <p class="meta">
                <span>{move || i18n.t(kind.name())}</span>
                " · "
                <span>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</span>
                {move || when.map(|w| view! { " · " <span>{w.date_time_text(i18n.lang())}</span> })}
            </p>
            <p>{move || fill(i18n.t(Msg::ListParticipants), &[("count", &participants.to_string())])}</p>
        </li>
    }
}

#[component]
pub fn ListPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| published_initiatives(None));
    view! {
        <PageTitle title=Msg::NavInitiatives />
        <h1>{tr(Msg::NavInitiatives)}</h1>
        <p><a class="button" href="/initiatives/new">{tr(Msg::NavPropose)}</a></p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Ok(items) if items.is_empty() => view! { <p>{tr(Msg::ListEmpty)}</p> }.into_any(),
                Ok(items) => view! {
                    <ul class="cards">
                        {items.into_iter().map(|item| view! { <SummaryCard item /> }).collect_view()}
                    </ul>
                }.into_any(),
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}
