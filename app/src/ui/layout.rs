//! The frame around every page: skip link, header with the site's name, navigation,
//! language switch and log-in state; the footer with the accessibility statement.

use crate::accounts::logout::LogOutButton;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::site::context::use_site;
use crate::site::language::LanguageSwitch;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title to "page – site", in the current language.
#[component]
pub fn PageTitle(title: Msg) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=document_title(move || i18n.t(title).to_owned()) /> }
}

/// "page – site" as the document title's text. On the server a plain text, made while the
/// page renders: leptos_axum reads the title after rendering, on whatever thread finishes
/// the response, where no reactive arena may be current, and reading a signal there
/// panicked the request (`sandboxed-arenas … no Arena is active`, under `make bench`'s
/// load), even through `try_get`. In the browser it follows a switch of language.
pub fn document_title(page: impl Fn() -> String + Send + Sync + 'static) -> TextProp {
    let i18n = use_i18n();
    let text = move || format!("{} – {}", page(), i18n.t(Msg::SiteName));
    #[cfg(feature = "ssr")]
    return text().into();
    #[cfg(not(feature = "ssr"))]
    text.into()
}

#[component]
pub fn Header() -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    let municipality = move || {
        site.context
            .get()
            .and_then(Result::ok)
            .and_then(|c| c.municipality)
            .map(|name| view! { <span class="municipality">{name}</span> })
    };
    let account_links = move || {
        site.context
            .get()
            .and_then(Result::ok)
            .map(|context| match context.account {
                Some(account) => view! {
                    {account.has_role(crate::accounts::role::Role::Moderator).then(|| view! {
                        <li><a href="/moderation">{tr(Msg::NavReview)}</a></li>
                    })}
                    {crate::summary::may_read(&account).then(|| view! {
                        <li><a href="/summary">{tr(Msg::NavSummary)}</a></li>
                    })}
                    {account.has_role(crate::accounts::role::Role::Administrator).then(|| view! {
                        <li><a href="/admin">{tr(Msg::AdminNav)}</a></li>
                    })}
                    <li><a href="/notifications">{move || i18n.f(Msg::NavNotices, &[("count", Arg::from(context.unread))])}</a></li>
                    <li><a href="/my/participation">{tr(Msg::NavParticipation)}</a></li>
                <li><a href="/my/initiatives">{tr(Msg::NavMine)}</a></li>
                <li><a href="/account">{tr(Msg::NavAccount)}</a></li>
                    <li><LogOutButton /></li>
                }
                .into_any(),
                None => view! {
                    <li><a href="/login">{tr(Msg::NavLogIn)}</a></li>
                    <li><a href="/register">{tr(Msg::NavRegister)}</a></li>
                }
                .into_any(),
            })
    };
    view! {
        <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="brand">
                <a href="/" class="site-name">{tr(Msg::SiteName)}</a>
                <Transition fallback=|| ()>{municipality}</Transition>
            </div>
            <nav aria-label=tr(Msg::MainNavigation)>
                <ul>
                    <li><a href="/">{tr(Msg::NavHome)}</a></li>
                    <li><a href="/initiatives">{tr(Msg::NavInitiatives)}</a></li>
                    <Transition fallback=|| ()>{account_links}</Transition>
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

/// Tells a suspended person, on every page, that they can read but not take part, until
/// when, and why.
#[component]
pub fn SuspensionBanner() -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    let banner = move || {
        let suspension = site.context.get().and_then(Result::ok)?.suspension?;
        let until = suspension.until;
        Some(view! {
            <div class="notice notice-warning" role="status">
                <p><strong>{tr(Msg::ErrSuspended)}</strong></p>
                <p>{move || match until {
                    Some(until) => i18n.f(Msg::SuspendedUntil, &[("until", Arg::from(&until.date_time_text(i18n.lang())))]),
                    None => i18n.t(Msg::SuspendedIndefinitely).to_owned(),
                }}</p>
                <p>{tr(Msg::NoticeReason)} ": " <span class="user-text">{suspension.reason}</span></p>
            </div>
        })
    };
    view! { <Transition fallback=|| ()>{banner}</Transition> }
}

#[component]
pub fn Footer() -> impl IntoView {
    let site = use_site();
    // The contact details an administrator set, each only when set.
    let contact = move || {
        let settings = site.context.get().and_then(Result::ok)?.settings;
        settings.has_contact().then(|| {
            let phone_link = settings
                .contact_phone
                .as_ref()
                .map(|phone| format!("tel:{}", phone.chars().filter(|c| !c.is_whitespace()).collect::<String>()));
            view! {
                <address class="site-contact">
                    <p><strong>{tr(Msg::AdminFooterContact)}</strong></p>
                    {settings.contact_address.map(|address| view! { <p class="user-text">{address}</p> })}
                    {settings.contact_email.map(|email| view! {
                        <p>{tr(Msg::AdminSettingEmail)} ": " <a href=format!("mailto:{email}")>{email.clone()}</a></p>
                    })}
                    {settings.contact_phone.zip(phone_link).map(|(phone, link)| view! {
                        <p>{tr(Msg::AdminSettingPhone)} ": " <a href=link>{phone}</a></p>
                    })}
                </address>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <p>{tr(Msg::FooterAbout)}</p>
            <Transition fallback=|| ()>{contact}</Transition>
            <p><a href="/accessibility">{tr(Msg::FooterAccessibility)}</a> " · " <a href="/privacy">{tr(Msg::FooterPrivacy)}</a></p>
        </footer>
    }
}
