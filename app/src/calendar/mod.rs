//! Initiatives in people's own calendars: a file to add one initiative, a public feed of
//! what is coming up (for the town, a neighbourhood or a goal), and a private feed of what
//! a person takes part in, at an address with a secret key they can renew on "my account".

#[cfg(feature = "ssr")]
pub mod ics;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::ui::form::Saved;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The address of one's own feed (`None` until one was made).
#[server(endpoint = "my_calendar")]
pub async fn my_calendar() -> Result<Option<String>, AppError> {
    // Only the logged-in person, their own address.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    Ok(store::key_of(&state.db, account.id)
        .await?
        .map(|key| state.link(&mine_path(&key))))
}

/// Makes the account's feed address, or a new one in place of the old, which then stops
/// working (for an address that was shared by mistake).
#[server(endpoint = "renew_calendar")]
pub async fn renew_calendar() -> Result<(), AppError> {
    // Only the logged-in person, their own address; suspended people may still read.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    store::renew_key(&state.db, account.id, &crate::accounts::tokens::new_token()).await?;
    tracing::info!(account = %account.id, "calendar address renewed");
    leptos_axum::redirect("/account?saved=calendar#calendar");
    Ok(())
}

/// Where the feed of the account with `key` is.
pub fn mine_path(key: &str) -> String {
    format!("/calendar/mine/{key}.ics")
}

/// The file of one initiative, for "add to my calendar".
pub fn initiative_path(id: crate::ids::InitiativeId) -> String {
    format!("/calendar/initiative/{id}.ics")
}

/// "My account"'s calendar section: the private address to subscribe to, and the button
/// that makes (or renews) it.
#[component]
pub fn MyCalendar() -> impl IntoView {
    let renew = ServerAction::<RenewCalendar>::new();
    let address = Resource::new(move || renew.version().get(), |_| my_calendar());
    let query = use_query_map();
    let saved = move || {
        (query.read().get("saved").as_deref() == Some("calendar"))
            .then(|| view! { <Saved message=Msg::CalendarSaved /> })
    };
    view! {
        <section id="calendar" aria-labelledby="calendar-title">
            <h2 id="calendar-title">{tr(Msg::CalendarTitle)}</h2>
            <p>{tr(Msg::CalendarLead)}</p>
            {saved}
            <Transition fallback=|| ()>
                {move || address.get().and_then(Result::ok).map(|address| {
                    let made = address.is_some();
                    view! {
                        {address.map(|address| view! {
                            <div class="field">
                                <label for="field-calendar-address">{tr(Msg::CalendarAddress)}</label>
                                <p class="hint" id="field-calendar-address-hint">{tr(Msg::CalendarAddressHint)}</p>
                                <input id="field-calendar-address" type="text" readonly value=address aria-describedby="field-calendar-address-hint" />
                            </div>
                        })}
                        <ActionForm action=renew attr:class="form">
                            <button type="submit" class=if made { "button button-secondary" } else { "button" }>
                                {tr(if made { Msg::CalendarRenew } else { Msg::CalendarMake })}
                            </button>
                        </ActionForm>
                    }
                })}
            </Transition>
        </section>
    }
}
