//! "Glemt adgangskode?": asking for a link by email, and choosing a new password from it.
//! The first answer is the same whether or not the address has an account.

use super::confirm::{LinkRefused, LinkState, check_link};
use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::site::context::refresh_site_after;
use crate::ui::form::{FormAlert, FormState, Saved, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    // Anyone: the link goes only to the address, if it has an account.
    let state = crate::state::AppState::get()?;
    let from = crate::limits::client::current().await;
    super::recovery::request_reset(&state, from, &email)?;
    leptos_axum::redirect("/password/forgot?saved=sent");
    Ok(())
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(
    token: String,
    new_password: String,
    new_password_repeat: String,
) -> Result<(), AppError> {
    use super::{auth, confirm, recovery};
    // Anyone holding the link: it was sent to the account's address.
    let state = crate::state::AppState::get()?;
    let session = auth::session().await?;
    match recovery::reset(&state, &token, &new_password, &new_password_repeat).await? {
        Ok(account) => {
            auth::log_in(&session, account.account_id, account.session_version).await?;
            leptos_axum::redirect("/account?saved=reset");
            Ok(())
        }
        Err(why) => Err(confirm::refused(why)),
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let form = FormState::new(action);
    let query = use_query_map();
    let sent = move || {
        action.value().get().is_some_and(|r| r.is_ok())
            || query.read().get("saved").is_some_and(|s| s == "sent")
    };
    view! {
        <PageTitle title=Msg::ForgotTitle />
        <h1>{tr(Msg::ForgotTitle)}</h1>
        {move || sent().then(|| view! { <Saved message=Msg::ForgotSent /> })}
        <p class="lead">{tr(Msg::ForgotLead)}</p>
        <ActionForm action=action attr:novalidate=true attr:class="form">
            <FormAlert form labels=vec![("email", Msg::FieldEmail)] />
            <TextField name="email" label=Msg::FieldEmail kind="email" autocomplete="username" form />
            <button type="submit" class="button">{tr(Msg::ForgotSubmit)}</button>
        </ActionForm>
        <p><a href="/login">{tr(Msg::NavLogIn)}</a></p>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let checked = Resource::new(token, |token| check_link("reset".to_owned(), token));
    let action = ServerAction::<ResetPassword>::new();
    refresh_site_after(action);
    let form = FormState::new(action);
    view! {
        <PageTitle title=Msg::ResetTitle />
        <h1>{tr(Msg::ResetTitle)}</h1>
        <Transition fallback=|| ()>
            {move || checked.get().map(|state| match state.ok().and_then(LinkState::problem) {
                None => view! {
                    <p class="lead">{tr(Msg::ResetLead)}</p>
                    <ActionForm action=action attr:novalidate=true attr:class="form">
                        <FormAlert
                            form
                            labels=vec![
                                ("token", Msg::ResetTitle),
                                ("new_password", Msg::FieldNewPassword),
                                ("new_password_repeat", Msg::FieldNewPasswordRepeat),
                            ]
                        />
                        <input type="hidden" name="token" value=token />
                        <TextField name="new_password" label=Msg::FieldNewPassword hint=Msg::FieldPasswordHint kind="password" autocomplete="new-password" form />
                        <TextField name="new_password_repeat" label=Msg::FieldNewPasswordRepeat kind="password" autocomplete="new-password" form />
                        <button type="submit" class="button">{tr(Msg::ResetSubmit)}</button>
                    </ActionForm>
                }.into_any(),
                Some(problem) => view! { <LinkRefused problem new_link=Msg::LinkNewReset href="/password/forgot" /> }.into_any(),
            })}
        </Transition>
    }
}
