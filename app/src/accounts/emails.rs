//! The emails about the account itself: confirming an address, a registration with an
//! address that has an account, a new password, a change of address. Each is written in
//! the account's language, with links built from the site's public address.

use crate::i18n::{Arg, Lang, Msg};
use crate::mail::Email;
use crate::state::AppState;

/// Who an email about their account goes to.
pub struct To<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub lang: Lang,
}

fn email(to: &To<'_>, subject: Msg, body: Msg, links: &[(&str, &str)]) -> Email {
    let lang = to.lang;
    let args: Vec<(&str, Arg<'_>)> = links
        .iter()
        .map(|(name, link)| (*name, Arg::from(*link)))
        .collect();
    let text = [
        lang.format(Msg::EmailGreeting, &[("name", Arg::from(to.name))]),
        lang.format(body, &args),
        lang.format(
            Msg::EmailSignature,
            &[("site", Arg::from(lang.text(Msg::SiteName)))],
        ),
    ];
    Email {
        to: to.email.to_owned(),
        subject: lang.text(subject).to_owned(),
        body: text.join("\n\n"),
        unsubscribe: None,
    }
}

/// The link that confirms the address of a new account.
pub fn confirm_registration(state: &AppState, to: &To<'_>, token: &str) -> Email {
    let link = state.link(&format!("/confirm/{token}"));
    email(
        to,
        Msg::EmailConfirmSubject,
        Msg::EmailConfirmBody,
        &[("link", &link)],
    )
}

/// Someone registered with an address that has an account: its owner is told, with the
/// ways back in, and the person registering learns nothing.
pub fn already_registered(state: &AppState, to: &To<'_>) -> Email {
    let (login, reset) = (state.link("/login"), state.link("/password/forgot"));
    email(
        to,
        Msg::EmailAlreadySubject,
        Msg::EmailAlreadyBody,
        &[("login", &login), ("reset", &reset)],
    )
}

pub fn reset_password(state: &AppState, to: &To<'_>, token: &str) -> Email {
    let link = state.link(&format!("/password/reset/{token}"));
    email(
        to,
        Msg::EmailResetSubject,
        Msg::EmailResetBody,
        &[("link", &link)],
    )
}

pub fn password_changed(state: &AppState, to: &To<'_>) -> Email {
    let reset = state.link("/password/forgot");
    email(
        to,
        Msg::EmailPasswordChangedSubject,
        Msg::EmailPasswordChangedBody,
        &[("reset", &reset)],
    )
}

/// To the new address: the link that moves the account to it.
pub fn confirm_new_address(state: &AppState, to: &To<'_>, token: &str) -> Email {
    let link = state.link(&format!("/confirm/{token}"));
    email(
        to,
        Msg::EmailChangeNewSubject,
        Msg::EmailChangeNewBody,
        &[("link", &link)],
    )
}

/// To the old address: a change was asked for.
pub fn address_changing(state: &AppState, to: &To<'_>) -> Email {
    let reset = state.link("/password/forgot");
    email(
        to,
        Msg::EmailChangeOldSubject,
        Msg::EmailChangeOldBody,
        &[("reset", &reset)],
    )
}

/// To an address that another account tried to move to: it stays where it is.
pub fn address_in_use(state: &AppState, to: &To<'_>) -> Email {
    let login = state.link("/login");
    email(
        to,
        Msg::EmailInUseSubject,
        Msg::EmailInUseBody,
        &[("login", &login)],
    )
}
