//! Administration: who holds which role, the neighbourhoods, the policy's goals and the
//! site's settings. Administrators only; every change is written to the audit log.

mod catalogue;
pub mod goals;
pub mod model;
pub mod neighbourhoods;
pub mod roles;
pub mod settings;

#[cfg(feature = "ssr")]
pub mod store;

use crate::accounts::role::Role;
use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::site::context::use_site;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

/// The longest note an administrator may give with a change.
pub const NOTE_MAX: usize = 1_000;

/// The administration pages, each with what it is for.
const PAGES: [(&str, Msg, Msg); 4] = [
    (
        "/admin/accounts",
        Msg::AdminAccountsTitle,
        Msg::AdminAccountsLead,
    ),
    (
        "/admin/neighbourhoods",
        Msg::AdminNeighbourhoodsTitle,
        Msg::AdminNeighbourhoodsLead,
    ),
    ("/admin/goals", Msg::AdminGoalsTitle, Msg::AdminGoalsLead),
    (
        "/admin/settings",
        Msg::AdminSettingsTitle,
        Msg::AdminSettingsLead,
    ),
];

#[component]
pub fn AdminPage() -> impl IntoView {
    view! {
        <PageTitle title=Msg::AdminTitle />
        <h1>{tr(Msg::AdminTitle)}</h1>
        <AdminGate>
            <p>{tr(Msg::AdminLead)}</p>
            <ul class="cards">
                {PAGES.into_iter().map(|(href, title, lead)| view! {
                    <li class="card">
                        <h2><a href=href>{tr(title)}</a></h2>
                        <p>{tr(lead)}</p>
                    </li>
                }).collect_view()}
                <li class="card">
                    <h2><a href="/moderation/log">{tr(Msg::AuditTitle)}</a></h2>
                    <p>{tr(Msg::AdminLogLead)}</p>
                </li>
            </ul>
        </AdminGate>
    }
}

/// The links between the administration pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    let site = use_site();
    let links = move || {
        let account = site.context.get().and_then(Result::ok)?.account?;
        account.has_role(Role::Administrator).then(|| {
            view! {
                <nav class="subnav" aria-label=tr(Msg::AdminNavLabel)>
                    <ul>
                        <li><a href="/admin">{tr(Msg::AdminTitle)}</a></li>
                        {PAGES.into_iter().map(|(href, title, _)| view! {
                            <li><a href=href>{tr(title)}</a></li>
                        }).collect_view()}
                        <li><a href="/moderation/log">{tr(Msg::AuditTitle)}</a></li>
                    </ul>
                </nav>
            }
        })
    };
    view! { <Transition fallback=|| ()>{links}</Transition> }
}

/// Shows its content to administrators; others are told to log in, or that the page is not
/// for them. The server functions refuse them regardless: this only spares them an empty page.
#[component]
pub fn AdminGate(children: ChildrenFn) -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    let path = leptos_router::hooks::use_location().pathname;
    let content = move || {
        site.context.get().map(|context| {
            let account = context.ok().and_then(|c| c.account);
            match account {
                Some(account) if account.has_role(Role::Administrator) => children().into_any(),
                Some(_) => view! {
                    <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &AppError::Forbidden)}</p>
                }
                .into_any(),
                None => view! {
                    <p>{tr(Msg::MustLogIn)}</p>
                    <p><a class="button" href=move || format!("/login?next={}", path.get())>{tr(Msg::MustLogInLink)}</a></p>
                }
                .into_any(),
            }
        })
    };
    view! { <Transition fallback=|| ()>{content}</Transition> }
}

/// The error of an action's last call when it concerns no field (the session ended, the
/// item is gone): forms repeated per item show only their own field errors, so these are
/// shown once at the top of the page.
pub fn page_error<S>(action: ServerAction<S>) -> Option<AppError>
where
    S: server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    action
        .value()
        .get()
        .and_then(Result::err)
        .filter(|error| !matches!(error, AppError::Invalid(_)))
}

/// Shows the first of the page's errors that concern no field.
#[component]
pub fn PageErrors(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|error| view! {
            <div class="form-alert" role="alert"><p>{crate::i18n::error_message(i18n.lang(), &error)}</p></div>
        })
    }
}

/// A role's name in the reader's language.
pub fn role_name(role: Role) -> Msg {
    match role {
        Role::Moderator => Msg::RoleModerator,
        Role::Politician => Msg::RolePolitician,
        Role::Administrator => Msg::RoleAdministrator,
    }
}
