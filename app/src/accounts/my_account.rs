//! "My account": the details an account holds, changing name and neighbourhood, and
//! changing the password.

use super::Account;
use super::register::{ProfileFields, neighbourhood_options};
use super::role::Role;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::site::context::{refresh_site_after, use_site};
use crate::ui::form::{FormAlert, FormState, Saved, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "update_profile")]
pub async fn update_profile(display_name: String, neighbourhood: String) -> Result<(), AppError> {
    use super::{auth, service};
    // Only the logged-in person, and only their own account.
    let (state, _session, account) = auth::require_unsuspended_account().await?;
    service::update_profile(&state.db, &account, &display_name, &neighbourhood).await?;
    leptos_axum::redirect("/account?saved=profile");
    Ok(())
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_repeat: String,
) -> Result<(), AppError> {
    use super::{auth, service};
    // Only the logged-in person, who must also know the current password.
    let (state, session, account) = auth::require_account().await?;
    let from = crate::limits::client::current().await;
    let version = service::change_password(
        &state,
        from,
        &account,
        &current_password,
        &new_password,
        &new_password_repeat,
    )
    .await?;
    // This session continues under the new version and a new id; all others have ended.
    auth::log_in(&session, account.id, version).await?;
    tracing::info!(account = %account.id, "password changed");
    leptos_axum::redirect("/account?saved=password");
    Ok(())
}

fn role_name(role: Role) -> Msg {
    match role {
        Role::Moderator => Msg::RoleModerator,
        Role::Politician => Msg::RolePolitician,
        Role::Administrator => Msg::RoleAdministrator,
    }
}

#[component]
pub fn MyAccountPage() -> impl IntoView {
    let site = use_site();
    // Created here, not inside the details: resources must be created in the same order on
    // the server and in the browser, or hydration fails.
    let options = neighbourhood_options();
    let page = move || {
        site.context.get().map(|context| match context {
            Ok(context) => match context.account {
                Some(account) => view! { <AccountDetails account options /> }.into_any(),
                None => view! {
                    <p>{tr(Msg::MustLogIn)}</p>
                    <p><a class="button" href="/login?next=/account">{tr(Msg::MustLogInLink)}</a></p>
                }
                .into_any(),
            },
            Err(error) => {
                let i18n = use_i18n();
                view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }
                    .into_any()
            }
        })
    };
    view! {
        <PageTitle title=Msg::AccountTitle />
        <h1>{tr(Msg::AccountTitle)}</h1>
        <Transition fallback=|| ()>{page}</Transition>
    }
}

#[component]
fn AccountDetails(account: Account, options: Signal<Vec<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let email = account.email.clone();
    let query = use_query_map();
    let saved = move || match query.read().get("saved").as_deref() {
        Some("welcome") => Some(view! { <Saved message=Msg::AccountCreated /> }),
        Some("profile") => Some(view! { <Saved message=Msg::ProfileSaved /> }),
        Some("password") => Some(view! { <Saved message=Msg::PasswordChanged /> }),
        Some("confirmed") => Some(view! { <Saved message=Msg::AccountConfirmed /> }),
        Some("reset") => Some(view! { <Saved message=Msg::PasswordResetSaved /> }),
        Some("email_sent") => Some(view! { <Saved message=Msg::EmailChangeSent /> }),
        Some("emails") => Some(view! { <Saved message=Msg::EmailsSaved /> }),
        _ => None,
    };
    let roles = account.roles.clone();
    let role_names = move || {
        std::iter::once(Msg::RoleCitizen)
            .chain(roles.iter().copied().map(role_name))
            .map(|msg| i18n.t(msg))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let neighbourhood = account.neighbourhood_name.clone();
    let created = account.created_at;

    let profile = ServerAction::<UpdateProfile>::new();
    refresh_site_after(profile);
    let defaults = vec![
        ("display_name".to_owned(), account.display_name.clone()),
        (
            "neighbourhood".to_owned(),
            account
                .neighbourhood_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
        ),
    ];
    let profile_form = FormState::new(profile).with_defaults(Signal::stored(defaults));
    let password = ServerAction::<ChangePassword>::new();
    let password_form = FormState::new(password);

    view! {
        {saved}
        <section aria-labelledby="details-title">
            <h2 id="details-title">{tr(Msg::AccountDetailsTitle)}</h2>
            <dl class="details">
                <dt>{tr(Msg::FieldDisplayName)}</dt>
                <dd>{account.display_name.clone()}</dd>
                <dt>{tr(Msg::AccountEmail)}</dt>
                <dd>
                    {account.email.clone()}
                    {account.pending_email.clone().map(|pending| view! {
                        <br /><span class="hint">{move || i18n.f(Msg::AccountPendingEmail, &[("email", Arg::from(&pending))])}</span>
                    })}
                </dd>
                <dt>{tr(Msg::FieldNeighbourhood)}</dt>
                <dd>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::AccountNeighbourhoodNone).to_owned())}</dd>
                <dt>{tr(Msg::AccountRoles)}</dt>
                <dd>{role_names}</dd>
                <dt>{tr(Msg::AccountMemberSince)}</dt>
                <dd><time datetime=created.iso_date()>{move || created.date_text(i18n.lang())}</time></dd>
            </dl>
        </section>
        <section aria-labelledby="profile-title">
            <h2 id="profile-title">{tr(Msg::ProfileTitle)}</h2>
            <ActionForm action=profile attr:novalidate=true attr:class="form">
                <FormAlert form=profile_form labels=vec![("display_name", Msg::FieldDisplayName), ("neighbourhood", Msg::FieldNeighbourhood)] />
                <ProfileFields form=profile_form options />
                <button type="submit" class="button">{tr(Msg::ProfileSubmit)}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="password-title">
            <h2 id="password-title">{tr(Msg::PasswordTitle)}</h2>
            <ActionForm action=password attr:novalidate=true attr:class="form">
                <FormAlert
                    form=password_form
                    labels=vec![
                        ("current_password", Msg::FieldCurrentPassword),
                        ("new_password", Msg::FieldNewPassword),
                        ("new_password_repeat", Msg::FieldNewPasswordRepeat),
                    ]
                />
                <input type="text" name="username" autocomplete="username" value=account.email.clone() hidden />
                <TextField name="current_password" label=Msg::FieldCurrentPassword kind="password" autocomplete="current-password" form=password_form />
                <TextField name="new_password" label=Msg::FieldNewPassword hint=Msg::FieldPasswordHint kind="password" autocomplete="new-password" form=password_form />
                <TextField name="new_password_repeat" label=Msg::FieldNewPasswordRepeat kind="password" autocomplete="new-password" form=password_form />
                <button type="submit" class="button">{tr(Msg::PasswordSubmit)}</button>
            </ActionForm>
        </section>
        <super::email_settings::EmailChange email />
        <super::email_settings::EmailChoices digest=account.email_digest />
        <crate::calendar::MyCalendar />
        <super::personal_data::PersonalData />
    }
}
