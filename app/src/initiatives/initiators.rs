//! Becoming a further initiator: a participant asks, and an existing initiator accepts or
//! declines. Accepting makes the asker an initiator in the same transaction.

use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::ids::{InitiativeId, InitiatorRequestId};
use crate::participation::requests::{InitiatorRequest, RequestState};
use leptos::prelude::*;

#[server(endpoint = "request_initiator")]
pub async fn request_initiator(initiative_id: InitiativeId) -> Result<(), AppError> {
    use crate::notifications::{
        Kind,
        store::{self as notifications, Notice},
    };
    use crate::participation::level::Level;
    use crate::participation::{requests, store as participation};
    // Logged-in citizens who are not initiators already, on an open initiative.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let row = super::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    let level = participation::level_of(state.db.pool(), initiative_id, account.id).await?;
    if !row.state.is_open_to_join() || level == Some(Level::Initiator) {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin_write().await?;
    super::store::hold_open(&state.db, &mut tx, initiative_id).await?;
    let now = crate::db::now();
    let emails = if requests::ask(&mut tx, initiative_id, account.id, now).await? {
        let notice = Notice {
            kind: Kind::InitiatorRequested,
            initiative: Some(initiative_id),
            actor: Some(account.id),
            comment: None,
            reason: None,
        };
        notifications::notify_initiators(&mut tx, initiative_id, notice, now).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    notifications::deliver(&state, emails);
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}"));
    Ok(())
}

#[server(endpoint = "decide_initiator_request")]
pub async fn decide_initiator_request(
    request_id: InitiatorRequestId,
    accept: bool,
) -> Result<(), AppError> {
    use crate::notifications::{
        Kind,
        store::{self as notifications, Notice},
    };
    use crate::participation::level::Level;
    use crate::participation::{requests, store as participation};
    // Only an initiator of the initiative the request is for.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let pending = requests::pending_by_id(&state.db, request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let initiative_id = pending.initiative_id;
    if participation::level_of(state.db.pool(), initiative_id, account.id).await?
        != Some(Level::Initiator)
    {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin_write().await?;
    if accept {
        // A further initiator joins only while the initiative takes part.
        super::store::hold_open(&state.db, &mut tx, initiative_id).await?;
    }
    let now = crate::db::now();
    if !requests::decide(&mut tx, request_id, accept, account.id, now).await? {
        return Err(AppError::NotFound);
    }
    let notice = Notice {
        kind: if accept {
            Kind::InitiatorAccepted
        } else {
            Kind::InitiatorDeclined
        },
        initiative: Some(initiative_id),
        actor: Some(account.id),
        comment: None,
        reason: None,
    };
    let mut emails = notifications::notify(&mut tx, &[pending.account_id], notice, now).await?;
    if accept {
        // An initiator takes no place: one they held goes to the first in line.
        let joined = crate::participation::waiting::join(
            &state.db,
            &mut tx,
            initiative_id,
            pending.account_id,
            Level::Initiator,
            now,
            // Held open above.
            None,
        )
        .await?;
        emails.extend(
            crate::participation::waiting::tell_moved_up(
                &mut tx,
                initiative_id,
                &joined.moved_up,
                now,
            )
            .await?,
        );
    }
    tx.commit().await?;
    notifications::deliver(&state, emails);
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}"));
    Ok(())
}

#[derive(Clone, Copy)]
pub struct InitiatorActions {
    pub ask: ServerAction<RequestInitiator>,
    pub decide: ServerAction<DecideInitiatorRequest>,
}

impl Default for InitiatorActions {
    fn default() -> Self {
        InitiatorActions {
            ask: ServerAction::new(),
            decide: ServerAction::new(),
        }
    }
}

impl InitiatorActions {
    pub fn version(&self) -> usize {
        self.ask.version().get() + self.decide.version().get()
    }
}

/// For a participant: ask to become an initiator, or see that the request waits.
#[component]
pub fn AskToBeInitiator(
    id: InitiativeId,
    request: Option<RequestState>,
    actions: InitiatorActions,
) -> impl IntoView {
    match request {
        Some(RequestState::Pending) => view! { <p class="saved">{tr(Msg::InitiatorRequestPending)}</p> }.into_any(),
        other => view! {
            <div class="ask-initiator">
                <h3>{tr(Msg::LevelInitiator)}</h3>
                {(other == Some(RequestState::Declined)).then(|| view! { <p>{tr(Msg::InitiatorRequestDeclined)}</p> })}
                <p class="hint">{tr(Msg::InitiatorRequestHint)}</p>
                <ActionForm action=actions.ask attr:class="inline-form">
                    <input type="hidden" name="initiative_id" value=id.0 />
                    <button type="submit" class="button button-secondary">{tr(Msg::InitiatorRequestSubmit)}</button>
                </ActionForm>
            </div>
        }
        .into_any(),
    }
}

/// For initiators: the pending requests, each to accept or decline.
#[component]
pub fn InitiatorRequests(
    requests: Vec<InitiatorRequest>,
    actions: InitiatorActions,
) -> impl IntoView {
    view! {
        <section aria-labelledby="initiator-requests">
            <h2 id="initiator-requests">{tr(Msg::InitiatorRequestsTitle)}</h2>
            <ul class="needs">
                {requests.into_iter().map(|InitiatorRequest { id, name }| view! {
                    <li>
                        <span>{name}</span>
                        <ActionForm action=actions.decide attr:class="inline-form">
                            <input type="hidden" name="request_id" value=id.0 />
                            <input type="hidden" name="accept" value="true" />
                            <button type="submit" class="button">{tr(Msg::InitiatorRequestAccept)}</button>
                        </ActionForm>
                        <ActionForm action=actions.decide attr:class="inline-form">
                            <input type="hidden" name="request_id" value=id.0 />
                            <input type="hidden" name="accept" value="false" />
                            <button type="submit" class="button button-secondary">{tr(Msg::InitiatorRequestDecline)}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
