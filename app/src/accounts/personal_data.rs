//! "Hent mine data" and "Slet min konto" on my account: the download of everything held
//! about me (a JSON file; its fields are listed on the privacy page), and deleting the
//! account, confirmed with the password.

use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ui::form::{FormAlert, FormState, TextField};
use leptos::prelude::*;

/// The download of one's own data: a GET that changes nothing, for the logged-in person
/// only, never kept by a cache.
#[cfg(feature = "ssr")]
pub async fn download(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    session: tower_sessions::Session,
) -> axum::response::Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    let account = match super::auth::current_account(&state.db, &session).await {
        Ok(Some(account)) => account,
        Ok(None) => return StatusCode::UNAUTHORIZED.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let now = crate::db::now();
    let exported = async {
        let mut tx = state.db.pool().begin().await?;
        let data = super::store::personal_data::export(&mut tx, account.id, now).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(data)
    }
    .await;
    match exported {
        Ok(data) => {
            tracing::info!(account = %account.id, "personal data downloaded");
            let body = serde_json::to_string_pretty(&data).unwrap_or_default();
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/json; charset=utf-8".to_owned(),
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        format!(
                            "attachment; filename=\"forsamling-mine-data-{}.json\"",
                            now.local().iso_date()
                        ),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_owned()),
                ],
                body,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "personal data could not be exported");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The initiatives that keep the account from being deleted: it is their only initiator.
#[server(endpoint = "sole_initiator_of")]
pub async fn sole_initiator_of() -> Result<Vec<super::InitiativeName>, AppError> {
    // One's own only.
    let (state, _session, account) = super::auth::require_account().await?;
    Ok(super::store::personal_data::sole_initiator_of(state.db.pool(), account.id).await?)
}

#[server(endpoint = "delete_account")]
pub async fn delete_account(
    delete_password: String,
    // A checkbox: absent when not ticked.
    delete_comments: Option<String>,
) -> Result<(), AppError> {
    use super::{auth, service, store};
    use crate::error::{FormCheck, Problem};
    // Only the logged-in person, who must also know the password.
    let (state, session, account) = auth::require_account().await?;
    let mut check = FormCheck::new();
    if let Some(ticked) = &delete_comments {
        check.keep("delete_comments", ticked);
    }
    let from = crate::limits::client::current().await;
    if !service::check_current_password(&state, from, &account, &delete_password).await? {
        check.fail("delete_password", Problem::WrongCurrentPassword);
        return Err(check.into_error());
    }
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let sole = store::personal_data::sole_initiator_of(&mut *tx, account.id).await?;
    if !sole.is_empty() {
        check.fail(
            "delete_password",
            Problem::SoleInitiator {
                initiatives: sole.len(),
            },
        );
        return Err(check.into_error());
    }
    // The places it held go to the first in line of each initiative, who are told.
    use crate::participation::waiting;
    let limited = waiting::limited_of(&mut tx, account.id).await?;
    store::personal_data::erase(&mut tx, account.id, delete_comments.is_some(), now).await?;
    let mut emails = Vec::new();
    for initiative in limited {
        let moved_up = waiting::move_up(&state.db, &mut tx, initiative, now).await?;
        emails.extend(waiting::tell_moved_up(&mut tx, initiative, &moved_up, now).await?);
    }
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    auth::log_out(&session).await?;
    tracing::info!(account = %account.id, "account deleted by its owner");
    leptos_axum::redirect("/?saved=deleted");
    Ok(())
}

/// The two sections on my account.
#[component]
pub fn PersonalData() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteAccount>::new();
    crate::site::context::refresh_site_after(action);
    let form = FormState::new(action);
    let sole = Resource::new(move || action.version().get(), |_| sole_initiator_of());
    view! {
        <section aria-labelledby="data-title">
            <h2 id="data-title">{tr(Msg::DataTitle)}</h2>
            <p>{tr(Msg::DataLead)}</p>
            <p><a class="button button-secondary" href="/account/data" download="">{tr(Msg::DataDownload)}</a></p>
        </section>
        <section aria-labelledby="delete-title">
            <h2 id="delete-title">{tr(Msg::DeleteTitle)}</h2>
            <p>{tr(Msg::DeleteLead)}</p>
            <Transition fallback=|| ()>
                {move || sole.get().and_then(Result::ok).filter(|s| !s.is_empty()).map(|sole| {
                    let count = sole.len();
                    view! {
                    <div class="notice notice-warning">
                        <p>{move || i18n.f(Msg::DeleteSoleInitiator, &[("count", Arg::from(count))])}</p>
                        <ul>
                            {sole.into_iter().map(|initiative| view! {
                                <li><a href=format!("/initiatives/{}", initiative.id)>{initiative.title}</a></li>
                            }).collect_view()}
                        </ul>
                    </div>
                    }
                })}
            </Transition>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![("delete_password", Msg::FieldDeletePassword)] />
                <TextField name="delete_password" label=Msg::FieldDeletePassword kind="password" autocomplete="current-password" form />
                <div class="choice">
                    <input type="checkbox" name="delete_comments" id="field-delete_comments" value="yes"
                        checked=move || form.value("delete_comments") == "yes" />
                    <label for="field-delete_comments">{tr(Msg::DeleteComments)}</label>
                </div>
                <button type="submit" class="button button-danger">{tr(Msg::DeleteSubmit)}</button>
            </ActionForm>
        </section>
    }
}
