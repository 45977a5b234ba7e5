//! Editing a proposal: its initiators may change it while it waits for review or after a
//! moderator sent it back; saving a sent-back proposal returns it to the review queue.

// A server function's arguments are its form's fields, one each.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::initiatives::propose::InitiativeFields;
use crate::ui::form::FormState;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

/// The current values of an initiative's form fields, as the edit form shows them.
#[server(endpoint = "initiative_form")]
pub async fn initiative_form(id: InitiativeId) -> Result<Vec<(String, String)>, AppError> {
    use crate::timestamp::Timestamp;
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let row = editable(&state.db, id, account.id).await?;
    let needs = super::store::needs(&state.db, id, None, false).await?;
    let recurrence = row.recurrence();
    let time = |t: Option<Timestamp>| t.map(|t| t.local().input_value()).unwrap_or_default();
    Ok(vec![
        ("title".to_owned(), row.title),
        ("description".to_owned(), row.description),
        ("kind".to_owned(), row.kind.as_str().to_owned()),
        (
            "neighbourhood".to_owned(),
            row.neighbourhood_id
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        ("starts_at".to_owned(), time(row.starts_at)),
        ("ends_at".to_owned(), time(row.ends_at)),
        ("place".to_owned(), row.place.unwrap_or_default()),
        (
            "needs".to_owned(),
            needs
                .into_iter()
                .map(|n| n.description)
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (
            "repeats".to_owned(),
            recurrence
                .map(|r| r.frequency.as_str().to_owned())
                .unwrap_or_default(),
        ),
        (
            "repeats_until".to_owned(),
            recurrence
                .map(|r| r.until.local().iso_date())
                .unwrap_or_default(),
        ),
    ])
}

/// The initiative, if `account_id` is one of its initiators and it may still be changed.
#[cfg(feature = "ssr")]
async fn editable(
    db: &crate::db::Db,
    id: InitiativeId,
    account_id: crate::ids::AccountId,
) -> Result<super::store::Stored, AppError> {
    let row = super::store::as_initiator(db, id, account_id).await?;
    if !row.state.is_editable() {
        return Err(AppError::Forbidden);
    }
    Ok(row)
}

#[server(endpoint = "update_initiative")]
pub async fn update_initiative(
    initiative_id: InitiativeId,
    title: String,
    description: String,
    kind: String,
    neighbourhood: String,
    starts_at: String,
    ends_at: String,
    place: String,
    needs: String,
    repeats: String,
    repeats_until: String,
) -> Result<(), AppError> {
    use super::draft;
    // Only initiators, and only while the proposal waits for review or was sent back.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    editable(&state.db, initiative_id, account.id).await?;
    let form = draft::DraftForm {
        title: &title,
        description: &description,
        kind: &kind,
        neighbourhood: &neighbourhood,
        starts_at: &starts_at,
        ends_at: &ends_at,
        place: &place,
        needs: &needs,
        repeats: &repeats,
        repeats_until: &repeats_until,
    };
    let now = crate::db::now();
    let draft = draft::parse(&state.db, &form, now).await?;
    let mut tx = state.db.begin_write().await?;
    if !super::store::update(&mut tx, initiative_id, &draft, now).await? {
        // A moderator decided on it meanwhile: what they reviewed stays as it was.
        return Err(draft::changed_meanwhile(&form));
    }
    tx.commit().await?;
    tracing::info!(
        initiative = %initiative_id,
        account = %account.id,
        "initiative edited"
    );
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=updated"));
    Ok(())
}

#[component]
pub fn EditPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = super::route_id();
    let current = Resource::new(id, |id| async move {
        match id {
            Some(id) => initiative_form(id).await,
            None => Err(AppError::NotFound),
        }
    });
    let action = ServerAction::<UpdateInitiative>::new();
    view! {
        <PageTitle title=Msg::EditTitle />
        <h1>{tr(Msg::EditTitle)}</h1>
        <Transition fallback=|| ()>
            {move || current.get().map(|result| match result {
                Ok(values) => {
                    let form = FormState::new(action).with_defaults(Signal::stored(values));
                    view! {
                        <p class="lead">{tr(Msg::EditLead)}</p>
                        <ActionForm action=action attr:novalidate=true attr:class="form">
                            <input type="hidden" name="initiative_id" value=id().map(|id| id.0).unwrap_or_default() />
                            <InitiativeFields form />
                            <button type="submit" class="button">{tr(Msg::EditSubmit)}</button>
                        </ActionForm>
                    }
                    .into_any()
                }
                Err(AppError::NotFound) => view! { <crate::site::not_found::NotFoundPage /> }.into_any(),
                Err(AppError::NotLoggedIn) => view! {
                    <p>{tr(Msg::MustLogIn)}</p>
                    <p><a class="button" href="/login">{tr(Msg::MustLogInLink)}</a></p>
                }.into_any(),
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}
