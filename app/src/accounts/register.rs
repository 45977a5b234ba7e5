//! Creating an account. The new account is logged in straight away.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::neighbourhoods::list_neighbourhoods;
use crate::ui::form::{FormAlert, FormState, SelectField, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[server(endpoint = "register")]
pub async fn register(
    display_name: String,
    email: String,
    password: String,
    password_repeat: String,
    neighbourhood: String,
) -> Result<(), AppError> {
    use super::{auth, service};
    // Open to anyone who is not logged in; a logged-in person has an account already.
    let state = crate::state::AppState::get()?;
    let session = auth::session().await?;
    if auth::current_account(&state.db, &session).await?.is_some() {
        return Err(AppError::Forbidden);
    }
    let from = crate::limits::client::current().await;
    service::register(
        &state,
        from,
        service::Registration {
            display_name: &display_name,
            email: &email,
            password: &password,
            password_repeat: &password_repeat,
            neighbourhood: &neighbourhood,
            language: crate::site::language::request_lang(),
        },
    )
    .await?;
    // The same answer whether the address was new or had an account: check your email.
    leptos_axum::redirect("/register?saved=sent");
    Ok(())
}

/// The neighbourhoods as (value, label) options for a select.
pub fn neighbourhood_options() -> Signal<Vec<(String, String)>> {
    let neighbourhoods = Resource::new(|| (), |_| list_neighbourhoods());
    Signal::derive(move || {
        neighbourhoods
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|n| (n.id.to_string(), n.name))
            .collect()
    })
}

/// The name and neighbourhood fields, the same at registration and in "my account".
#[component]
pub fn ProfileFields(form: FormState, options: Signal<Vec<(String, String)>>) -> impl IntoView {
    view! {
        <TextField name="display_name" label=Msg::FieldDisplayName hint=Msg::FieldDisplayNameHint autocomplete="nickname" form />
        <Transition fallback=|| ()>
            <SelectField
                name="neighbourhood"
                label=Msg::FieldNeighbourhood
                hint=Msg::FieldNeighbourhoodHint
                none=Msg::NeighbourhoodNone
                optional=true
                options
                form
            />
        </Transition>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let action = ServerAction::<Register>::new();
    let form = FormState::new(action);
    let options = neighbourhood_options();
    let query = leptos_router::hooks::use_query_map();
    let sent = move || {
        action.value().get().is_some_and(|r| r.is_ok())
            || query.read().get("saved").is_some_and(|s| s == "sent")
    };
    view! {
        <PageTitle title=Msg::RegisterTitle />
        {move || if sent() {
            view! {
                <h1>{tr(Msg::RegisterSentTitle)}</h1>
                <div class="saved" role="status"><p>{tr(Msg::RegisterSent)}</p></div>
                <p>{tr(Msg::RegisterSentSpam)}</p>
                <p><a class="button" href="/login">{tr(Msg::NavLogIn)}</a></p>
            }.into_any()
        } else {
            view! { <RegisterForm action form options /> }.into_any()
        }}
    }
}

#[component]
fn RegisterForm(
    action: ServerAction<Register>,
    form: FormState,
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <h1>{tr(Msg::RegisterTitle)}</h1>
        <p class="lead">{tr(Msg::RegisterLead)} " " <a href="/privacy">{tr(Msg::RegisterPrivacy)}</a></p>
        <ActionForm action=action attr:novalidate=true attr:class="form">
            <FormAlert
                form
                labels=vec![
                    ("display_name", Msg::FieldDisplayName),
                    ("email", Msg::FieldEmail),
                    ("password", Msg::FieldPassword),
                    ("password_repeat", Msg::FieldPasswordRepeat),
                    ("neighbourhood", Msg::FieldNeighbourhood),
                ]
            />
            <TextField name="email" label=Msg::FieldEmail hint=Msg::FieldEmailHint kind="email" autocomplete="email" form />
            <TextField name="password" label=Msg::FieldPassword hint=Msg::FieldPasswordHint kind="password" autocomplete="new-password" form />
            <TextField name="password_repeat" label=Msg::FieldPasswordRepeat kind="password" autocomplete="new-password" form />
            <ProfileFields form options />
            <button type="submit" class="button">{tr(Msg::RegisterSubmit)}</button>
        </ActionForm>
        <p><a href="/login">{tr(Msg::RegisterHaveAccount)}</a></p>
    }
}
