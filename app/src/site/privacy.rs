//! The privacy notice (privatlivspolitik), linked in the footer and at registration: who is
//! responsible (the municipality, from the site's settings), what is stored and why, for how
//! long (the limits the code keeps), the person's rights, and the fields of "my data".

use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::site::context::use_site;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    let controller = move || {
        let context = site.context.get().and_then(Result::ok)?;
        let settings = context.settings;
        let who = match context.municipality {
            Some(name) => i18n.f(
                Msg::PrivacyController,
                &[("municipality", Arg::from(&name))],
            ),
            None => i18n.t(Msg::PrivacyControllerUnknown).to_owned(),
        };
        Some(view! {
            <p>{who}</p>
            {settings.contact_email.map(|email| view! {
                <p>{tr(Msg::PrivacyContact)} " " <a href=format!("mailto:{email}")>{email.clone()}</a></p>
            })}
            {settings.contact_address.map(|address| view! { <p class="user-text">{address}</p> })}
        })
    };
    view! {
        <PageTitle title=Msg::PrivacyTitle />
        <h1>{tr(Msg::PrivacyTitle)}</h1>
        <p class="lead">{tr(Msg::PrivacyLead)}</p>
        <h2>{tr(Msg::PrivacyControllerTitle)}</h2>
        <Transition fallback=|| ()>{controller}</Transition>
        <h2>{tr(Msg::PrivacyStoredTitle)}</h2>
        <p>{tr(Msg::PrivacyStored)}</p>
        <h2>{tr(Msg::PrivacyWhyTitle)}</h2>
        <p>{tr(Msg::PrivacyWhy)}</p>
        <h2>{tr(Msg::PrivacyHowLongTitle)}</h2>
        <p>{tr(Msg::PrivacyHowLong)}</p>
        <h2>{tr(Msg::PrivacyRightsTitle)}</h2>
        <p>{tr(Msg::PrivacyRights)}</p>
        <h2>{tr(Msg::PrivacyFileTitle)}</h2>
        <p>{tr(Msg::PrivacyFile)}</p>
    }
}
