//! forsamling: an online assembly house where citizens propose and join initiatives, and
//! municipal staff and politicians follow how the community policy is doing.
//!
//! This crate holds the pages, the server functions they call and the domain rules; the
//! `server` crate wires it to HTTP.

// The detail page's view is one deeply nested type; the optimised browser build (LTO,
// opt-level "z") computes its layout past rustc's default depth of 128.
#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod answers;
pub mod calendar;
pub mod comments;
pub mod error;
pub mod goals;
pub mod i18n;
pub mod ids;
pub mod initiatives;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod moderation;
pub mod neighbourhoods;
pub mod notifications;
pub mod participation;
#[cfg(feature = "ssr")]
pub mod reminders;
pub mod site;
pub mod stored;
pub mod summary;
pub mod text;
pub mod time;
pub mod timestamp;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod state;

use accounts::{login::LogInPage, my_account::MyAccountPage, register::RegisterPage};
use i18n::I18n;
use initiatives::{
    detail::DetailPage, edit::EditPage, list::ListPage, mine::MinePage,
    participating::ParticipatingPage, propose::ProposePage,
};
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};
use site::accessibility::AccessibilityPage;
use site::bundle::{BundleScript, stylesheet_href};
use site::context::Site;
use site::home::HomePage;
use site::language::request_lang;
use site::not_found::NotFoundPage;
use ui::layout::{Footer, Header};

/// The HTML document around the app, rendered on the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    #[cfg(feature = "ssr")]
    site::security::send_page_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <AutoReload options=options.clone() />
                <link rel="stylesheet" id="leptos" href=stylesheet_href(&options) />
                <BundleScript options />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n::new(request_lang());
    provide_context(i18n);
    // Keep <html lang> true after the language is switched without a reload.
    Effect::new(move |_| {
        let code = i18n.lang().code();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", code);
        }
    });

    // Every page is rendered whole before it is sent (SsrMode::Async): out-of-order
    // streaming would leave readers without JavaScript looking at loading placeholders.
    view! {
        <Router>
            <Frame>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=LogInPage ssr=SsrMode::Async />
                    <Route path=path!("/confirm/:token") view=accounts::confirm::ConfirmPage ssr=SsrMode::Async />
                    <Route path=path!("/password/forgot") view=accounts::password_reset::ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/password/reset/:token") view=accounts::password_reset::ResetPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=site::privacy::PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/unsubscribe/:account/:topic/:key") view=notifications::unsubscribe::UnsubscribePage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=MyAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives") view=ListPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/new") view=ProposePage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/:id") view=DetailPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/:id/edit") view=EditPage ssr=SsrMode::Async />
                    <Route path=path!("/my/initiatives") view=MinePage ssr=SsrMode::Async />
                    <Route path=path!("/my/participation") view=ParticipatingPage ssr=SsrMode::Async />
                    <Route path=path!("/notifications") view=crate::notifications::page::NotificationsPage ssr=SsrMode::Async />
                    <Route path=path!("/moderation") view=crate::moderation::review::QueuePage ssr=SsrMode::Async />
                    <Route path=path!("/moderation/initiatives/:id") view=crate::moderation::review::ReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/moderation/reports") view=crate::moderation::reports::queue::ReportsPage ssr=SsrMode::Async />
                    <Route path=path!("/moderation/accounts/:id") view=crate::moderation::suspensions::ModeratedAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/summary") view=crate::summary::page::SummaryPage ssr=SsrMode::Async />
                    <Route path=path!("/moderation/log") view=crate::moderation::audit::log::AuditLogPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=crate::admin::AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/accounts") view=crate::admin::roles::RolesPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/neighbourhoods") view=crate::admin::neighbourhoods::NeighbourhoodsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/goals") view=crate::admin::goals::GoalsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/settings") view=crate::admin::settings::SettingsPage ssr=SsrMode::Async />
                </Routes>
            </Frame>
        </Router>
    }
}

/// Header, main content and footer; the site context is loaded here, inside the router.
#[component]
fn Frame(children: Children) -> impl IntoView {
    Site::provide();
    view! {
        <Header />
        <main id="main" tabindex="-1">
            <ui::layout::SuspensionBanner />
            <accounts::confirm::UnconfirmedBanner />
            {children()}
        </main>
        <Footer />
    }
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // Lets the end-to-end tests (and stylesheets) tell a hydrated page from a plain one.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-hydrated", "true");
    }
}
