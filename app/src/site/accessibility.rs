//! The accessibility statement the footer links to.

use crate::i18n::{Msg, tr};
use crate::site::context::use_site;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let site = use_site();
    // The address an administrator set for accessibility questions, when set.
    let contact = move || {
        let email = site
            .context
            .get()
            .and_then(Result::ok)?
            .settings
            .accessibility_contact?;
        Some(view! {
            <p>{tr(Msg::AdminAccessibilityWriteTo)} " " <a href=format!("mailto:{email}")>{email.clone()}</a></p>
        })
    };
    // The municipality's official statement, when an administrator has given its address.
    let statement = move || {
        let address = site
            .context
            .get()
            .and_then(Result::ok)?
            .settings
            .accessibility_statement?;
        Some(view! {
            <p><a href=address>{tr(Msg::AccessibilityOfficialStatement)}</a></p>
        })
    };
    view! {
        <PageTitle title=Msg::AccessibilityTitle />
        <h1>{tr(Msg::AccessibilityTitle)}</h1>
        <Transition fallback=|| ()>{statement}</Transition>
        <p>{tr(Msg::AccessibilityStandard)}</p>
        <p>{tr(Msg::AccessibilityHow)}</p>
        <p>{tr(Msg::AccessibilityKnownIssues)}</p>
        <h2>{tr(Msg::AccessibilityContactTitle)}</h2>
        <p>{tr(Msg::AccessibilityContact)}</p>
        <Transition fallback=|| ()>{contact}</Transition>
    }
}
