//! Confirming an email address: the page a link by email opens (a button posts the
//! confirmation, because a GET changes nothing and mail scanners open links), the banner
//! every page shows an unconfirmed account, and sending the link again.

use crate::error::{AppError, Problem};
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::site::context::{refresh_site_after, use_site};
use crate::ui::form::{FormAlert, FormState};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether a link by email works, as the page it opens says before anything is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkState {
    Valid,
    Unknown,
    Used,
    Expired,
}

impl LinkState {
    pub fn problem(self) -> Option<Problem> {
        match self {
            LinkState::Valid => None,
            LinkState::Unknown => Some(Problem::LinkUnknown),
            LinkState::Used => Some(Problem::LinkUsed),
            LinkState::Expired => Some(Problem::LinkExpired),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<Result<(), super::tokens::Refused>> for LinkState {
    fn from(checked: Result<(), super::tokens::Refused>) -> Self {
        use super::tokens::Refused;
        match checked {
            Ok(()) => LinkState::Valid,
            Err(Refused::Unknown) => LinkState::Unknown,
            Err(Refused::Used) => LinkState::Used,
            Err(Refused::Expired) => LinkState::Expired,
        }
    }
}

/// The form's answer to a link that does not work, on its `token` field.
#[cfg(feature = "ssr")]
pub fn refused(why: super::tokens::Refused) -> AppError {
    let mut check = crate::error::FormCheck::new();
    if let Some(problem) = LinkState::from(Err(why)).problem() {
        check.fail("token", problem);
    }
    check.into_error()
}

/// Whether a confirmation (`purpose` "confirm") or reset ("reset") link works now.
#[server(endpoint = "link_state")]
pub async fn check_link(purpose: String, token: String) -> Result<LinkState, AppError> {
    use super::tokens::{self, Purpose};
    // Public: the link is the only key, and this uses nothing up.
    let state = crate::state::AppState::get()?;
    let purpose = match purpose.as_str() {
        "confirm" => Purpose::ConfirmEmail,
        "reset" => Purpose::ResetPassword,
        _ => return Err(AppError::BadRequest),
    };
    Ok(tokens::check(&state.db, purpose, &token, crate::db::now())
        .await?
        .into())
}

#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    use super::{auth, recovery};
    // Anyone holding the link: it was sent to the address it confirms.
    let state = crate::state::AppState::get()?;
    let session = auth::session().await?;
    match recovery::confirm(&state, &token).await? {
        Ok(confirmed) => {
            auth::log_in(&session, confirmed.account_id, confirmed.session_version).await?;
            leptos_axum::redirect("/account?saved=confirmed");
            Ok(())
        }
        Err(why) => Err(refused(why)),
    }
}

#[server(endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    // The logged-in person, for their own address.
    let (state, _session, account) = super::auth::require_account().await?;
    let from = crate::limits::client::current().await;
    super::recovery::resend(&state, from, &account).await?;
    if crate::site::redirect::is_plain_post() {
        leptos_axum::redirect("/account?saved=resent");
    }
    Ok(())
}

/// The page a confirmation link opens.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let checked = Resource::new(token, |token| check_link("confirm".to_owned(), token));
    let action = ServerAction::<ConfirmEmail>::new();
    refresh_site_after(action);
    let form = FormState::new(action);
    view! {
        <PageTitle title=Msg::ConfirmTitle />
        <h1>{tr(Msg::ConfirmTitle)}</h1>
        <Transition fallback=|| ()>
            {move || checked.get().map(|state| match state.ok().and_then(LinkState::problem) {
                None => view! {
                    <p>{tr(Msg::ConfirmLead)}</p>
                    <ActionForm action=action attr:class="form">
                        <FormAlert form labels=vec![("token", Msg::ConfirmTitle)] />
                        <input type="hidden" name="token" value=token />
                        <button type="submit" class="button">{tr(Msg::ConfirmSubmit)}</button>
                    </ActionForm>
                }.into_any(),
                Some(problem) => view! { <LinkRefused problem new_link=Msg::LinkNewConfirmation href="/login" /> }.into_any(),
            })}
        </Transition>
    }
}

/// Why a link does not work, and where to get a new one.
#[component]
pub fn LinkRefused(problem: Problem, new_link: Msg, href: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice-warning" role="alert">
            <p><strong>{move || crate::i18n::problem_message(i18n.lang(), problem)}</strong></p>
            <p><a href=href>{tr(new_link)}</a></p>
        </div>
    }
}

/// Tells a person whose address is not confirmed, on every page, what that means, with the
/// button that sends the link again.
#[component]
pub fn UnconfirmedBanner() -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    let resend = ServerAction::<ResendConfirmation>::new();
    let query = leptos_router::hooks::use_query_map();
    let resent = move || {
        resend.value().get().is_some_and(|r| r.is_ok())
            || query.read().get("saved").is_some_and(|s| s == "resent")
    };
    let banner = move || {
        let account = site.context.get().and_then(Result::ok)?.account?;
        let waiting = match (&account.pending_email, account.confirmed) {
            (Some(pending), _) => pending.clone(),
            (None, false) => account.email.clone(),
            (None, true) => return None,
        };
        Some(view! {
            <div class="notice notice-warning">
                <p>{move || i18n.f(Msg::UnconfirmedBanner, &[("email", Arg::from(&waiting))])}</p>
                <ActionForm action=resend attr:class="inline-form">
                    <button type="submit" class="button button-secondary">{tr(Msg::UnconfirmedResend)}</button>
                </ActionForm>
                <div role="status">{move || resent().then(|| view! { <p>{tr(Msg::UnconfirmedResent)}</p> })}</div>
            </div>
        })
    };
    view! { <Transition fallback=|| ()>{banner}</Transition> }
}
