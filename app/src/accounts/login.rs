//! Logging in with email and password.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::site::context::refresh_site_after;
use crate::ui::form::{FormAlert, FormState, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "login")]
pub async fn log_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use super::{auth, service};
    use crate::error::Problem;
    // Open to anyone: this is how one becomes someone.
    let state = crate::state::AppState::get()?;
    let session = auth::session().await?;
    let from = crate::limits::client::current().await;
    // The form comes back with the email kept (never the password) and one message.
    let authenticated = match service::authenticate(&state, from, &email, &password)
        .await
        .map_err(|error| error.keeping(&[("email", &email)]))?
    {
        Ok(authenticated) => authenticated,
        Err(service::LogInRefused::WrongCredentials) => {
            let mut check = crate::error::FormCheck::new();
            check.keep("email", &email);
            check.fail("password", Problem::WrongCredentials);
            return Err(check.into_error());
        }
    };
    auth::log_in(
        &session,
        authenticated.account_id,
        authenticated.session_version,
    )
    .await?;
    // The pages come in the account's own language from now on.
    if let Some(account) = super::store::account_by_id(&state.db, authenticated.account_id).await? {
        crate::site::language::remember(&state, account.language)?;
    }
    tracing::info!(account = %authenticated.account_id, "logged in");
    leptos_axum::redirect(super::safe_next(next.as_deref().unwrap_or("/")));
    Ok(())
}

#[component]
pub fn LogInPage() -> impl IntoView {
    let action = ServerAction::<LogIn>::new();
    refresh_site_after(action);
    let form = FormState::new(action);
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_else(|| "/".to_owned());
    view! {
        <PageTitle title=Msg::LogInTitle />
        <h1>{tr(Msg::LogInTitle)}</h1>
        <ActionForm action=action attr:novalidate=true attr:class="form">
            <FormAlert form labels=vec![("email", Msg::FieldEmail), ("password", Msg::LogInPassword)] />
            <input type="hidden" name="next" value=next />
            <TextField name="email" label=Msg::FieldEmail kind="email" autocomplete="username" form />
            <TextField name="password" label=Msg::LogInPassword kind="password" autocomplete="current-password" form />
            <button type="submit" class="button">{tr(Msg::LogInSubmit)}</button>
        </ActionForm>
        <p><a href="/password/forgot">{tr(Msg::ForgotLink)}</a></p>
        <p><a href="/register">{tr(Msg::LogInNoAccount)}</a></p>
    }
}
