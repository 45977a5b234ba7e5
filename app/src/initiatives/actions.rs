//! What one can do on an initiative's page: take part at a level, change level or leave,
//! answer initiator requests, report it, move it to a new time or place, or withdraw it.

use super::Detail;
use super::initiators::{AskToBeInitiator, InitiatorActions, InitiatorRequests};
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::participation::level::Level;
use crate::ui::form::{FormAlert, FormState, OneTextFields};
use leptos::prelude::*;

#[server(endpoint = "join")]
pub async fn join(initiative_id: InitiativeId, level: String) -> Result<(), AppError> {
    use crate::participation::waiting;
    // Logged-in citizens, on published initiatives, at a level open to all.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let row = super::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    if !row.state.is_open_to_join() {
        return Err(AppError::Forbidden);
    }
    let Some(level) = Level::parse(&level).filter(|l| Level::OPEN.contains(l)) else {
        // Becoming a further initiator is a request an initiator accepts, not a choice.
        return Err(AppError::Forbidden);
    };
    // Checked again in the transaction: it may be withdrawn or hidden meanwhile.
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let open = super::store::open_to_join();
    let joined = waiting::join(
        &state.db,
        &mut tx,
        initiative_id,
        account.id,
        level,
        now,
        Some(&open),
    )
    .await?;
    let emails = waiting::tell_moved_up(&mut tx, initiative_id, &joined.moved_up, now).await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    let saved = if joined.waiting { "waiting" } else { "joined" };
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved={saved}"));
    Ok(())
}

#[server(endpoint = "leave")]
pub async fn leave(initiative_id: InitiativeId) -> Result<(), AppError> {
    use crate::participation::waiting;
    // Only one's own participation or place in line; leaving is allowed whatever the
    // initiative's state. The first in line takes a freed place in the same transaction.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    super::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.state.is_public())
        .ok_or(AppError::NotFound)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let moved_up = waiting::leave(&state.db, &mut tx, initiative_id, account.id, now).await?;
    let emails = waiting::tell_moved_up(&mut tx, initiative_id, &moved_up, now).await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=left"));
    Ok(())
}

#[server(endpoint = "withdraw")]
pub async fn withdraw(initiative_id: InitiativeId, reason: String) -> Result<(), AppError> {
    use super::lifecycle::Transition;
    use crate::error::{FormCheck, Problem};
    // Only the initiative's initiators, and only while it is not decided or finished.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let row = super::store::as_initiator(&state.db, initiative_id, account.id).await?;
    if !row.state.is_withdrawable() {
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    let reason = crate::text::reason(&mut check, "reason", &reason)?;
    let mut tx = state.db.begin_write().await?;
    let applied = super::store::apply(
        &mut tx,
        initiative_id,
        Transition::Withdraw,
        Some(&reason),
        crate::db::now(),
    )
    .await?;
    if applied.is_none() {
        // A moderator rejected or archived it meanwhile: their decision stands.
        check.fail("reason", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    // Everyone taking part is told (nobody takes part in a proposal not yet published but
    // its initiators).
    let emails = crate::notifications::store::notify_participants(
        &mut tx,
        initiative_id,
        crate::notifications::store::Notice::decision(
            crate::notifications::Kind::Withdrawn,
            Some(initiative_id),
            Some(&reason),
        ),
        account.id,
        crate::db::now(),
    )
    .await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    tracing::info!(
        initiative = %initiative_id,
        account = %account.id,
        "initiative withdrawn"
    );
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}"));
    Ok(())
}

/// What one can do on the page: take part, answer requests, report, move or withdraw it.
/// A component of its own, type-erased: rendered inline, the page's view type grew deep
/// enough to overflow a 2 MiB thread's stack in a debug build.
#[component]
pub fn DetailForms(
    detail: Detail,
    join_action: ServerAction<Join>,
    leave_action: ServerAction<Leave>,
    withdraw_action: ServerAction<Withdraw>,
    reschedule_action: ServerAction<super::reschedule::Reschedule>,
    places_action: ServerAction<super::places::SetPlaces>,
    initiator_actions: InitiatorActions,
) -> impl IntoView {
    let state = detail.state;
    let initiator = detail.my_level == Some(Level::Initiator);
    view! {
        <TakePart detail=detail.clone() join_action leave_action initiator_actions />
        {(!detail.initiator_requests.is_empty()).then(|| view! {
            <InitiatorRequests requests=detail.initiator_requests.clone() actions=initiator_actions />
        }.into_any())}
        {(detail.viewer_logged_in && state.is_public() && detail.hidden.is_none() && !initiator).then(|| view! {
            <crate::moderation::reports::form::ReportInitiative id=detail.id />
        }.into_any())}
        {(initiator && super::lifecycle::Transition::Reschedule.allows(state)).then(|| view! {
            <super::reschedule::RescheduleForm detail=detail.clone() action=reschedule_action />
        }.into_any())}
        {(initiator && super::places::has_places(detail.kind) && (state.is_open_to_join() || state.is_editable())).then(|| view! {
            <super::places::PlacesForm detail=detail.clone() action=places_action />
        }.into_any())}
        {(initiator && state.is_withdrawable()).then(|| view! {
            <WithdrawForm id=detail.id action=withdraw_action />
        }.into_any())}
    }
    .into_any()
}

/// The form to take part at a level, change level, or leave.
#[component]
fn TakePart(
    detail: Detail,
    join_action: ServerAction<Join>,
    leave_action: ServerAction<Leave>,
    initiator_actions: InitiatorActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new(join_action);
    let leave_form = FormState::new(leave_action);
    let id = detail.id;
    if !detail.state.is_open_to_join() {
        return ().into_any();
    }
    if !detail.viewer_logged_in {
        return view! {
            <section aria-labelledby="take-part">
                <h2 id="take-part">{tr(Msg::JoinTitle)}</h2>
                <p><a class="button" href=format!("/login?next=/initiatives/{id}")>{tr(Msg::JoinLogIn)}</a></p>
            </section>
        }
        .into_any();
    }
    let current = detail.my_level;
    let choosable: Vec<Level> = if current == Some(Level::Initiator) {
        Level::ALL.to_vec()
    } else {
        Level::OPEN.to_vec()
    };
    let in_line = detail.my_place_in_line;
    // Someone who waits sees where they stand; others are told before they join that a
    // full initiative puts them in line.
    let full = detail
        .seats
        .filter(|seats| seats.is_full() && in_line.is_none())
        .map(|seats| {
            if seats.capacity.observing_counts() {
                Msg::SeatsFullObserving
            } else {
                Msg::SeatsFull
            }
        });
    view! {
        <section aria-labelledby="take-part">
            <h2 id="take-part">{tr(Msg::JoinTitle)}</h2>
            {current.map(|level| view! { <p class="saved">{move || i18n.f(Msg::YouTakePart, &[("level", Arg::from(i18n.t(level.name())))])}</p> })}
            {in_line.map(|line| view! {
                <p class="notice">{move || i18n.f(Msg::InLine, &[("position", Arg::from(line.position)), ("level", Arg::from(i18n.t(line.level.name())))])}</p>
            })}
            {full.map(|message| view! { <p class="notice">{tr(message)}</p> })}
            <ActionForm action=join_action attr:class="form">
                <FormAlert form labels=vec![("level", Msg::DetailYourWay)] />
                <input type="hidden" name="initiative_id" value=id.0 />
                <fieldset class="levels-choice">
                    <legend>{tr(Msg::JoinIntro)}</legend>
                    {choosable.into_iter().map(|level| {
                        let input_id = format!("level-{}", level.as_str());
                        let hint_id = format!("{input_id}-hint");
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    name="level"
                                    id=input_id.clone()
                                    value=level.as_str()
                                    checked=current.map_or(level == Level::Observing, |c| c == level)
                                    aria-describedby=hint_id.clone()
                                />
                                <label for=input_id>{move || i18n.t(level.name())}</label>
                                <p class="hint" id=hint_id>{move || i18n.t(level.meaning())}</p>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">
                    {move || i18n.t(if current.is_some() { Msg::ChangeLevelSubmit } else { Msg::JoinSubmit })}
                </button>
            </ActionForm>
            {(current.is_some() || in_line.is_some()).then(|| view! {
                <ActionForm action=leave_action attr:class="form">
                    <FormAlert form=leave_form labels=vec![("level", Msg::DetailYourWay)] />
                    <input type="hidden" name="initiative_id" value=id.0 />
                    <button type="submit" class="button button-secondary">
                        {tr(if current.is_some() { Msg::LeaveSubmit } else { Msg::LeaveLineSubmit })}
                    </button>
                </ActionForm>
            })}
            {(current != Some(Level::Initiator)).then(|| view! {
                <AskToBeInitiator id request=detail.my_initiator_request actions=initiator_actions />
            })}
        </section>
    }
    .into_any()
}

/// For initiators: withdraw the initiative, saying why. It stays readable.
#[component]
fn WithdrawForm(id: InitiativeId, action: ServerAction<Withdraw>) -> impl IntoView {
    let form = FormState::new(action);
    view! {
        <section aria-labelledby="withdraw">
            <h2 id="withdraw">{tr(Msg::WithdrawTitle)}</h2>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("initiative_id", id.0.to_string())] name="reason" label=Msg::WithdrawReason hint=Msg::WithdrawHint rows=3 submit=Msg::WithdrawSubmit button="button button-secondary" />
            </ActionForm>
        </section>
    }
}
