//! The front page: what the assembly house is, what is coming up this week, and the four
//! ways to take part.

use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::site::context::use_site;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

/// The four participation levels of the community policy, lowest first: every level is
/// presented as equally welcome.
const LEVELS: [(Msg, Msg); 4] = [
    (Msg::LevelObserving, Msg::LevelObservingText),
    (Msg::LevelActive, Msg::LevelActiveText),
    (Msg::LevelCoCreating, Msg::LevelCoCreatingText),
    (Msg::LevelInitiator, Msg::LevelInitiatorText),
];

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let greeting = move || {
        site.context.get().and_then(Result::ok).map(|context| match context.account {
            Some(account) => view! {
                <p class="lead">{i18n.f(Msg::HomeWelcomeBack, &[("name", Arg::from(&account.display_name))])}</p>
                <p><a class="button" href="/account">{tr(Msg::HomeGoToAccount)}</a></p>
            }
            .into_any(),
            None => view! {
                <p class="actions">
                    <a class="button" href="/register">{tr(Msg::HomeJoinCta)}</a>
                    <a class="button button-secondary" href="/login">{tr(Msg::HomeLogInCta)}</a>
                </p>
            }
            .into_any(),
        })
    };
    let query = leptos_router::hooks::use_query_map();
    // After deleting an account, the front page says it was done.
    let deleted = move || {
        (query.read().get("saved").as_deref() == Some("deleted"))
            .then(|| view! { <crate::ui::form::Saved message=Msg::AccountDeleted /> })
    };
    view! {
        <PageTitle title=Msg::HomeTitle />
        {deleted}
        <section class="hero">
            <h1>{tr(Msg::HomeTitle)}</h1>
            <p class="lead">{tr(Msg::HomeLead)}</p>
            <Transition fallback=|| ()>{greeting}</Transition>
        </section>
        <super::coming_up::ComingUpSection />
        <section aria-labelledby="levels-title">
            <h2 id="levels-title">{tr(Msg::HomeLevelsTitle)}</h2>
            <p>{tr(Msg::HomeLevelsIntro)}</p>
            <ul class="levels">
                {LEVELS
                    .into_iter()
                    .map(|(name, text)| {
                        view! {
                            <li class="level">
                                <h3>{tr(name)}</h3>
                                <p>{tr(text)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="how-title">
            <h2 id="how-title">{tr(Msg::HomeHowTitle)}</h2>
            <p>{tr(Msg::HomeHowText)}</p>
        </section>
    }
}
