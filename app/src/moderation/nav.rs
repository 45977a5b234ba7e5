//! The moderators' own navigation, shown at the top of each of their pages.

use crate::i18n::{Msg, tr};
use leptos::prelude::*;

/// The moderators' own navigation: the review queue, the reports, the audit log.
#[component]
pub fn ModerationNav() -> impl IntoView {
    let site = crate::site::context::use_site();
    let links = move || {
        let account = site.context.get().and_then(Result::ok)?.account?;
        let moderator = account.has_role(crate::accounts::role::Role::Moderator);
        let staff = moderator || account.has_role(crate::accounts::role::Role::Administrator);
        Some(view! {
            <nav class="subnav" aria-label=tr(Msg::ModerationNavLabel)>
                <ul>
                    {moderator.then(|| view! {
                        <li><a href="/moderation">{tr(Msg::ReviewTitle)}</a></li>
                        <li><a href="/moderation/reports">{tr(Msg::ReportsTitle)}</a></li>
                    })}
                    {staff.then(|| view! { <li><a href="/moderation/log">{tr(Msg::AuditTitle)}</a></li> })}
                </ul>
            </nav>
        })
    };
    view! { <Transition fallback=|| ()>{links}</Transition> }
}
