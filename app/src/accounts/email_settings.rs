//! On my account: moving the account to a new address, and which emails to get.

use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::notifications::Topic;
use crate::ui::form::{FormAlert, FormState, TextField};
use leptos::prelude::*;

#[server(endpoint = "change_email")]
pub async fn change_email(email_password: String, new_email: String) -> Result<(), AppError> {
    use super::{auth, recovery};
    // Only the logged-in person, who must also know the password.
    let (state, _session, account) = auth::require_unsuspended_account().await?;
    let from = crate::limits::client::current().await;
    recovery::change_email(&state, from, &account, &email_password, &new_email).await?;
    leptos_axum::redirect("/account?saved=email_sent");
    Ok(())
}

/// What the account wants by email: the ticked topics, and the weekly digest or not.
#[server(endpoint = "save_email_choices")]
pub async fn save_email_choices(
    // Checkboxes: absent when none is ticked.
    topics: Option<Vec<String>>,
    digest: Option<String>,
) -> Result<(), AppError> {
    use crate::notifications::{Topic, store};
    // Only one's own choices.
    let (state, _session, account) = super::auth::require_account().await?;
    let wanted: Vec<Topic> = topics
        .unwrap_or_default()
        .iter()
        .filter_map(|t| Topic::parse(t))
        .collect();
    for topic in Topic::ALL {
        store::set_opt_out(&state.db, account.id, topic, !wanted.contains(&topic)).await?;
    }
    super::store::set_digest(&state.db, account.id, digest.is_some()).await?;
    leptos_axum::redirect("/account?saved=emails#emails");
    Ok(())
}

/// The topics the logged-in person gets no email about.
#[server(endpoint = "my_email_choices")]
pub async fn my_email_choices() -> Result<Vec<crate::notifications::Topic>, AppError> {
    // One's own only.
    let (state, _session, account) = super::auth::require_account().await?;
    Ok(crate::notifications::store::opted_out(&state.db, account.id).await?)
}

#[component]
pub fn EmailChange(email: String) -> impl IntoView {
    let action = ServerAction::<ChangeEmail>::new();
    crate::site::context::refresh_site_after(action);
    let form = FormState::new(action);
    view! {
        <section aria-labelledby="email-change-title">
            <h2 id="email-change-title">{tr(Msg::EmailChangeTitle)}</h2>
            <p>{tr(Msg::EmailChangeLead)}</p>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![("new_email", Msg::FieldNewEmail), ("email_password", Msg::FieldEmailPassword)] />
                <input type="text" name="username" autocomplete="username" value=email hidden />
                <TextField name="new_email" label=Msg::FieldNewEmail kind="email" autocomplete="email" form />
                <TextField name="email_password" label=Msg::FieldEmailPassword kind="password" autocomplete="current-password" form />
                <button type="submit" class="button">{tr(Msg::EmailChangeSubmit)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn EmailChoices(digest: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveEmailChoices>::new();
    let choices = Resource::new(move || action.version().get(), |_| my_email_choices());
    view! {
        <section id="emails" aria-labelledby="emails-title">
            <h2 id="emails-title">{tr(Msg::EmailsTitle)}</h2>
            <p>{tr(Msg::EmailsLead)}</p>
            <Transition fallback=|| ()>
                {move || choices.get().and_then(Result::ok).map(|off| view! {
                    <ActionForm action=action attr:class="form">
                        <fieldset class="field">
                            <legend>{tr(Msg::EmailsTopics)}</legend>
                            {Topic::ALL.into_iter().map(|topic| {
                                let id = format!("email-topic-{}", topic.as_str());
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" name="topics[]" id=id.clone() value=topic.as_str() checked=!off.contains(&topic) />
                                        <label for=id>{move || i18n.t(topic.label())}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <div class="choice">
                            <input type="checkbox" name="digest" id="field-digest" value="weekly" checked=digest />
                            <label for="field-digest">{tr(Msg::EmailsDigest)}</label>
                        </div>
                        <button type="submit" class="button">{tr(Msg::EmailsSubmit)}</button>
                    </ActionForm>
                })}
            </Transition>
        </section>
    }
}
