//! Proposing an initiative. It waits for a moderator before anyone else can see it.

// A server function's arguments are its form's fields, one each; the proposal form has eight.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::i18n::{Msg, tr, use_i18n};
use crate::initiatives::kind::Kind;
use crate::site::context::use_site;
use crate::ui::form::{FormAlert, FormState, SelectField, TextArea, TextField};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;

#[server(endpoint = "propose")]
pub async fn propose(
    title: String,
    description: String,
    kind: String,
    neighbourhood: String,
    starts_at: String,
    ends_at: String,
    place: String,
    needs: String,
) -> Result<(), AppError> {
    use super::{draft, store};
    // Any logged-in citizen may propose.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let form = draft::DraftForm {
        title: &title,
        description: &description,
        kind: &kind,
        neighbourhood: &neighbourhood,
        starts_at: &starts_at,
        ends_at: &ends_at,
        place: &place,
        needs: &needs,
    };
    let now = crate::db::now();
    let draft = draft::parse(&state.db, &form, now).await?;
    // Counted once the proposal is right: a mistake does not use up the quota.
    let from = crate::limits::client::current().await;
    state
        .limits
        .propose(from, account.id)
        .map_err(|refused| AppError::from(refused).keeping(&form.fields()))?;
    let mut tx = state.db.begin_write().await?;
    let id = store::insert(&mut tx, account.id, &draft, now).await?;
    tx.commit().await?;
    tracing::info!(initiative = %id, account = %account.id, "initiative proposed");
    leptos_axum::redirect("/my/initiatives?saved=proposed");
    Ok(())
}

/// The fields of an initiative, the same when proposing and when editing.
#[component]
pub fn InitiativeFields(form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let options = crate::accounts::register::neighbourhood_options();
    let kinds = Signal::derive(move || {
        Kind::ALL
            .into_iter()
            .map(|k| (k.as_str().to_owned(), i18n.t(k.name()).to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <FormAlert
            form
            labels=vec![
                ("title", Msg::FieldTitle),
                ("description", Msg::FieldDescription),
                ("kind", Msg::FieldKind),
                ("neighbourhood", Msg::FieldInitiativeNeighbourhood),
                ("starts_at", Msg::FieldStartsAt),
                ("ends_at", Msg::FieldEndsAt),
                ("place", Msg::FieldPlace),
                ("needs", Msg::FieldNeedsList),
            ]
        />
        <TextField name="title" label=Msg::FieldTitle hint=Msg::FieldTitleHint form />
        <TextArea name="description" label=Msg::FieldDescription hint=Msg::FieldDescriptionHint form rows=8 />
        <SelectField name="kind" label=Msg::FieldKind form options=kinds none=Msg::FieldKind />
        <Transition fallback=|| ()>
            <SelectField name="neighbourhood" label=Msg::FieldInitiativeNeighbourhood form options none=Msg::WholeTown />
        </Transition>
        <TextField name="starts_at" label=Msg::FieldStartsAt hint=Msg::FieldTimeHint kind="datetime-local" optional=true form />
        <TextField name="ends_at" label=Msg::FieldEndsAt hint=Msg::FieldTimeHint kind="datetime-local" optional=true form />
        <TextField name="place" label=Msg::FieldPlace hint=Msg::FieldPlaceHint optional=true form />
        <TextArea name="needs" label=Msg::FieldNeedsList hint=Msg::FieldNeedsHint form rows=4 />
    }
}

#[component]
pub fn ProposePage() -> impl IntoView {
    let site = use_site();
    let action = ServerAction::<Propose>::new();
    let form = FormState::new(action);
    let logged_in = move || {
        site.context
            .get()
            .and_then(Result::ok)
            .map(|c| c.account.is_some())
    };
    view! {
        <PageTitle title=Msg::ProposeTitle />
        <h1>{tr(Msg::ProposeTitle)}</h1>
        <Transition fallback=|| ()>
            {move || match logged_in() {
                Some(false) => view! {
                    <p>{tr(Msg::MustLogIn)}</p>
                    <p><a class="button" href="/login?next=/initiatives/new">{tr(Msg::MustLogInLink)}</a></p>
                }.into_any(),
                _ => view! {
                    <p class="lead">{tr(Msg::ProposeLead)}</p>
                    <ActionForm action=action attr:novalidate=true attr:class="form">
                        <InitiativeFields form />
                        <button type="submit" class="button">{tr(Msg::ProposeSubmit)}</button>
                    </ActionForm>
                }.into_any(),
            }}
        </Transition>
    }
}
