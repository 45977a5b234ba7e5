//! How many can come: an event's or activity's initiators set a number of places (or lift
//! it). When it is full, those who join wait in line (`participation::waiting`), and the
//! first in line moves up as soon as a place is free, a higher limit included.

use super::Detail;
use super::kind::Kind;
use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::participation::capacity::Capacity;
use crate::ui::form::{FormAlert, FormState, TextField};
use leptos::prelude::*;

/// Only what happens at a time and place has places to fill.
pub fn has_places(kind: Kind) -> bool {
    matches!(kind, Kind::Event | Kind::Activity)
}

#[server(endpoint = "set_places")]
pub async fn set_places(
    initiative_id: InitiativeId,
    capacity: String,
    // A checkbox: absent when not ticked.
    capacity_observing: Option<String>,
    // The limit the form showed ("" for none) and whether observing took a place then.
    shown_capacity: String,
    shown_observing: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::participation::waiting;
    // Its initiators, while it is waiting, published or being changed; events and
    // activities only; not while suspended.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let row = super::store::as_initiator(&state.db, initiative_id, account.id).await?;
    if !has_places(row.kind) || !(row.state.is_open_to_join() || row.state.is_editable()) {
        return Err(AppError::Forbidden);
    }
    let observing = capacity_observing.is_some();
    let shown = Capacity::parse(&shown_capacity, shown_observing == "1")
        .map_err(|_| AppError::BadRequest)?;
    let mut check = FormCheck::new();
    check.keep("capacity", &capacity);
    if observing {
        check.keep("capacity_observing", "1");
    }
    let Some(parsed) = check.check("capacity", Capacity::parse(&capacity, observing)) else {
        return Err(check.into_error());
    };
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let moved_up = waiting::set_capacity(&state.db, &mut tx, initiative_id, parsed, shown, now)
        .await
        .map_err(|refused| {
            let ticked = if observing { "1" } else { "" };
            refused.keeping(&[("capacity", &capacity), ("capacity_observing", ticked)])
        })?;
    let emails = waiting::tell_moved_up(&mut tx, initiative_id, &moved_up, now).await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    tracing::info!(initiative = %initiative_id, account = %account.id, "places set");
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=places"));
    Ok(())
}

/// For initiators: the number of places, filled in with what it is now.
#[component]
pub fn PlacesForm(detail: Detail, action: ServerAction<SetPlaces>) -> impl IntoView {
    let i18n = use_i18n();
    let capacity = detail.seats.map(|seats| seats.capacity);
    let shown = capacity.map(|c| c.places().to_string()).unwrap_or_default();
    let shown_observing = capacity.is_some_and(Capacity::observing_counts);
    let defaults = vec![
        ("capacity".to_owned(), shown.clone()),
        (
            "capacity_observing".to_owned(),
            if shown_observing { "1" } else { "" }.to_owned(),
        ),
    ];
    let form = FormState::new(action).with_defaults(Signal::stored(defaults));
    let observing_id = form.field_id("capacity_observing");
    view! {
        <section aria-labelledby="places">
            <h2 id="places">{tr(Msg::CapacityTitle)}</h2>
            <p>{tr(Msg::CapacityLead)}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <FormAlert form labels=vec![("capacity", Msg::CapacityPlaces)] />
                <input type="hidden" name="initiative_id" value=detail.id.0 />
                <input type="hidden" name="shown_capacity" value=shown />
                <input type="hidden" name="shown_observing" value=if shown_observing { "1" } else { "0" } />
                <TextField name="capacity" label=Msg::CapacityPlaces hint=Msg::CapacityPlacesHint form kind="number" optional=true />
                <div class="choice">
                    <input
                        type="checkbox"
                        name="capacity_observing"
                        id=observing_id.clone()
                        value="1"
                        checked=move || !form.value("capacity_observing").is_empty()
                    />
                    <label for=observing_id>{move || i18n.t(Msg::CapacityObserving)}</label>
                </div>
                <button type="submit" class="button button-secondary">{tr(Msg::CapacitySubmit)}</button>
            </ActionForm>
        </section>
    }
}
