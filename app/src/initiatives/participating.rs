//! "What I take part in": every initiative I have joined, at which level, next coming first.

use super::Summary;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::participation::level::Level;
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;

#[server(endpoint = "my_participation")]
pub async fn my_participation() -> Result<Vec<(Summary, Level)>, AppError> {
    // Only one's own, taken from the session.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    Ok(super::store::taken_part_in(&state.db, account.id, crate::db::now()).await?)
}

#[component]
pub fn ParticipatingPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| my_participation());
    view! {
        <PageTitle title=Msg::NavParticipation />
        <h1>{tr(Msg::NavParticipation)}</h1>
        <Loaded resource=list next="/my/participation" shown=move |loaded| match loaded {
            items if items.is_empty() => view! {
                <p>{tr(Msg::ParticipationEmpty)}</p>
                <p><a class="button" href="/initiatives">{tr(Msg::NavInitiatives)}</a></p>
            }.into_any(),
            items => view! {
                <ul class="cards">
                    {items.into_iter().map(|(item, level)| {
                        let when = item.starts_at;
                        let state = item.state;
                        view! {
                            <li class="card">
                                <h2><a href=format!("/initiatives/{}", item.id)>{item.title}</a></h2>
                                <p>{move || i18n.f(Msg::YouTakePart, &[("level", Arg::from(i18n.t(level.name())))])}</p>
                                <p class="meta">
                                    {move || when.map(|w| w.date_time_text(i18n.lang()))}
                                    {(state != crate::initiatives::kind::State::Published).then(|| view! { " (" {move || i18n.t(state.name())} ")" })}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        } />
    }
}
