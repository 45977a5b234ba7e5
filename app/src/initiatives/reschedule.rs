//! Moving a published initiative: its initiators change its time or place, and everyone
//! taking part, at every level, is told by notification and by email with the new calendar
//! entry. A form read before another initiator moved it is refused, not written over.

use super::Detail;
use crate::error::AppError;
use crate::i18n::{Msg, tr};
use crate::ids::InitiativeId;
use crate::ui::form::{FormAlert, FormState, TextField};
use leptos::prelude::*;

#[server(endpoint = "reschedule")]
pub async fn reschedule(
    initiative_id: InitiativeId,
    calendar_sequence: i64,
    starts_at: String,
    ends_at: String,
    place: String,
    repeats: String,
    repeats_until: String,
) -> Result<(), AppError> {
    use super::lifecycle::Transition;
    use crate::error::{FormCheck, Problem};
    use crate::notifications::{Kind, store as notifications};
    // Its initiators, while it is published; not while suspended.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let row = super::store::as_initiator(&state.db, initiative_id, account.id).await?;
    if !Transition::Reschedule.allows(row.state) {
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    for (field, value) in [
        ("starts_at", &starts_at),
        ("ends_at", &ends_at),
        ("place", &place),
        ("repeats", &repeats),
        ("repeats_until", &repeats_until),
    ] {
        check.keep(field, value);
    }
    let now = crate::db::now();
    let (starts, ends) = super::draft::check_times(&mut check, &starts_at, &ends_at, now);
    if starts_at.trim().is_empty() {
        check.fail("starts_at", Problem::Required);
    }
    let place = check
        .check(
            "place",
            crate::text::optional_line(&place, super::draft::PLACE_MAX),
        )
        .flatten();
    let recurrence =
        super::recurrence::Recurrence::parse(&mut check, &repeats, &repeats_until, starts);
    if !check.is_ok() {
        return Err(check.into_error());
    }
    if (starts, ends, &place, recurrence)
        == (row.starts_at, row.ends_at, &row.place, row.recurrence())
    {
        // Nothing moved: nobody is told.
        leptos_axum::redirect(&format!("/initiatives/{initiative_id}"));
        return Ok(());
    }
    let mut tx = state.db.begin_write().await?;
    if !super::store::reschedule(
        &mut tx,
        initiative_id,
        calendar_sequence,
        super::store::Schedule {
            starts_at: starts,
            ends_at: ends,
            place: place.as_deref(),
            recurrence,
        },
        now,
    )
    .await?
    {
        // Another initiator moved it, or it was withdrawn or decided, since the form was read.
        check.fail("starts_at", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    let emails = notifications::notify_participants(
        &mut tx,
        initiative_id,
        notifications::Notice::decision(Kind::Rescheduled, Some(initiative_id), None),
        account.id,
        now,
    )
    .await?;
    tx.commit().await?;
    notifications::deliver(&state, emails);
    tracing::info!(initiative = %initiative_id, account = %account.id, "initiative moved");
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=rescheduled"));
    Ok(())
}

/// For initiators of a published initiative: the form to change its time or place, filled
/// in with what it has now.
#[component]
pub fn RescheduleForm(detail: Detail, action: ServerAction<Reschedule>) -> impl IntoView {
    let defaults = vec![
        (
            "starts_at".to_owned(),
            detail
                .starts_at
                .map(|t| t.input_value())
                .unwrap_or_default(),
        ),
        (
            "ends_at".to_owned(),
            detail.ends_at.map(|t| t.input_value()).unwrap_or_default(),
        ),
        ("place".to_owned(), detail.place.clone().unwrap_or_default()),
        (
            "repeats".to_owned(),
            detail
                .rule
                .map(|r| r.frequency.as_str().to_owned())
                .unwrap_or_default(),
        ),
        (
            "repeats_until".to_owned(),
            detail.rule.map(|r| r.until.iso_date()).unwrap_or_default(),
        ),
    ];
    let repeats = super::propose::repeat_options();
    let form = FormState::new(action).with_defaults(Signal::stored(defaults));
    view! {
        <section aria-labelledby="reschedule">
            <h2 id="reschedule">{tr(Msg::RescheduleTitle)}</h2>
            <p>{tr(Msg::RescheduleLead)}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![("starts_at", Msg::FieldStartsAt), ("ends_at", Msg::FieldEndsAt), ("repeats", Msg::FieldRepeats), ("repeats_until", Msg::FieldRepeatsUntil), ("place", Msg::FieldPlace)] />
                <input type="hidden" name="initiative_id" value=detail.id.0 />
                <input type="hidden" name="calendar_sequence" value=detail.calendar_sequence />
                <TextField name="starts_at" label=Msg::FieldStartsAt form kind="datetime-local" />
                <TextField name="ends_at" label=Msg::FieldEndsAt form kind="datetime-local" optional=true />
                <crate::ui::form::SelectField name="repeats" label=Msg::FieldRepeats hint=Msg::FieldRepeatsHint form options=repeats none=Msg::FieldRepeatsNone />
                <TextField name="repeats_until" label=Msg::FieldRepeatsUntil hint=Msg::FieldRepeatsUntilHint kind="date" optional=true form />
                <TextField name="place" label=Msg::FieldPlace form optional=true />
                <button type="submit" class="button button-secondary">{tr(Msg::RescheduleSubmit)}</button>
            </ActionForm>
        </section>
    }
}
