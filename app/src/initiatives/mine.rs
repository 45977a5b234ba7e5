//! "My initiatives": what I have proposed or am an initiator of, with where each stands.

use super::Summary;
use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ui::form::Saved;
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "my_initiatives")]
pub async fn my_initiatives() -> Result<Vec<Summary>, AppError> {
    // Only one's own: the list is built from the session's account, never from a parameter.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    Ok(super::store::initiated_by(&state.db, account.id).await?)
}

#[component]
pub fn MinePage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| my_initiatives());
    let query = use_query_map();
    let saved = move || {
        (query.read().get("saved").as_deref() == Some("proposed"))
            .then(|| view! { <Saved message=Msg::ProposeSent /> })
    };
    view! {
        <PageTitle title=Msg::MineTitle />
        <h1>{tr(Msg::MineTitle)}</h1>
        {saved}
        <Loaded resource=list next="/my/initiatives" shown=move |loaded| match loaded {
            items if items.is_empty() => view! {
                <p>{tr(Msg::MineEmpty)}</p>
                <p><a class="button" href="/initiatives/new">{tr(Msg::NavPropose)}</a></p>
            }.into_any(),
            items => view! {
                <p>{tr(Msg::MineLead)}</p>
                <ul class="cards">
                    {items.into_iter().map(|item| {
                        let state = item.state;
                        view! {
                            <li class="card">
                                <h2><a href=format!("/initiatives/{}", item.id)>{item.title}</a></h2>
                                <p class="state">{move || i18n.t(state.name())}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        } />
    }
}
