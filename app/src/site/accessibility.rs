//! The accessibility statement the footer links to.

use crate::i18n::{Msg, tr};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageTitle title=Msg::AccessibilityTitle />
        <h1>{tr(Msg::AccessibilityTitle)}</h1>
        <p>{tr(Msg::AccessibilityStandard)}</p>
        <p>{tr(Msg::AccessibilityHow)}</p>
        <p>{tr(Msg::AccessibilityKnownIssues)}</p>
        <h2>{tr(Msg::AccessibilityContactTitle)}</h2>
        <p>{tr(Msg::AccessibilityContact)}</p>
    }
}
