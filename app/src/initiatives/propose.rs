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
use leptos_router::hooks::use_query_map;

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
    repeats: String,
    repeats_until: String,
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
        repeats: &repeats,
        repeats_until: &repeats_until,
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

/// The choices of how an initiative repeats, in the page's language.
pub fn repeat_options() -> Signal<Vec<(String, String)>> {
    use super::recurrence::Frequency;
    let i18n = use_i18n();
    Signal::derive(move || {
        Frequency::ALL
            .into_iter()
            .map(|f| (f.as_str().to_owned(), i18n.t(f.choice()).to_owned()))
            .collect()
    })
}

/// The fields of an initiative, the same when proposing and when editing; `after_title`
/// goes between the title and the description (the similar initiatives, when proposing).
#[component]
pub fn InitiativeFields(
    form: FormState,
    #[prop(optional)] after_title: Option<ViewFn>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = crate::accounts::register::neighbourhood_options();
    let kinds = Signal::derive(move || {
        Kind::ALL
            .into_iter()
            .map(|k| (k.as_str().to_owned(), i18n.t(k.name()).to_owned()))
            .collect::<Vec<_>>()
    });
    let repeats = repeat_options();
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
                ("repeats", Msg::FieldRepeats),
                ("repeats_until", Msg::FieldRepeatsUntil),
                ("place", Msg::FieldPlace),
                ("needs", Msg::FieldNeedsList),
            ]
        />
        <TextField name="title" label=Msg::FieldTitle hint=Msg::FieldTitleHint form />
        {after_title.map(|view| view.run())}
        <TextArea name="description" label=Msg::FieldDescription hint=Msg::FieldDescriptionHint form rows=8 />
        <SelectField name="kind" label=Msg::FieldKind form options=kinds none=Msg::FieldKind />
        <Transition fallback=|| ()>
            <SelectField name="neighbourhood" label=Msg::FieldInitiativeNeighbourhood form options none=Msg::WholeTown />
        </Transition>
        <TextField name="starts_at" label=Msg::FieldStartsAt hint=Msg::FieldTimeHint kind="datetime-local" optional=true form />
        <TextField name="ends_at" label=Msg::FieldEndsAt hint=Msg::FieldTimeHint kind="datetime-local" optional=true form />
        <SelectField name="repeats" label=Msg::FieldRepeats hint=Msg::FieldRepeatsHint form options=repeats none=Msg::FieldRepeatsNone />
        <TextField name="repeats_until" label=Msg::FieldRepeatsUntil hint=Msg::FieldRepeatsUntilHint kind="date" optional=true form />
        <TextField name="place" label=Msg::FieldPlace hint=Msg::FieldPlaceHint optional=true form />
        <TextArea name="needs" label=Msg::FieldNeedsList hint=Msg::FieldNeedsHint form rows=4 />
    }
}

/// The proposal form's fields, as the check step's address carries them back.
const FIELDS: [&str; 10] = [
    "title",
    "description",
    "kind",
    "neighbourhood",
    "starts_at",
    "ends_at",
    "place",
    "needs",
    "repeats",
    "repeats_until",
];

#[component]
pub fn ProposePage() -> impl IntoView {
    use super::similar::{SimilarHint, similar_initiatives};
    let site = use_site();
    let action = ServerAction::<Propose>::new();
    let query = use_query_map();
    // Without JavaScript, "check for similar" sends the form here by GET: it comes back
    // filled in as it was.
    let defaults = Signal::derive(move || {
        let query = query.read();
        FIELDS
            .iter()
            .filter_map(|field| query.get(field).map(|value| ((*field).to_owned(), value)))
            .collect::<Vec<_>>()
    });
    let form = FormState::new(action).with_defaults(defaults);
    let checked = move || query.read().get("title").is_some();
    // The title to liken: from the check step's address, then as it is typed (a pause of
    // 400 ms first, so that not every key asks the server).
    let title = RwSignal::new(query.read_untracked().get("title").unwrap_or_default());
    let typed = StoredValue::new(0u64);
    let on_input = move |ev: leptos::ev::Event| {
        let field = event_target::<leptos::web_sys::HtmlInputElement>(&ev);
        if field.name() != "title" {
            return;
        }
        let value = field.value();
        let n = typed.get_value() + 1;
        typed.set_value(n);
        set_timeout(
            move || {
                if typed.get_value() == n {
                    title.set(value);
                }
            },
            std::time::Duration::from_millis(400),
        );
    };
    let found = Resource::new(
        move || title.get(),
        |title| async move {
            if title.trim().is_empty() {
                Ok(Vec::new())
            } else {
                similar_initiatives(title).await
            }
        },
    );
    // The check button is for browsers without JavaScript; with it the list follows the
    // title, and the button (which the form's script would send as a proposal) goes.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let after_title = ViewFn::from(move || {
        view! {
            <div aria-live="polite">
                <Transition fallback=|| ()>
                    {move || found.get().map(|result| {
                        let found = result.unwrap_or_default();
                        let none = found.is_empty() && checked() && !hydrated.get();
                        view! {
                            <SimilarHint found />
                            {none.then(|| view! { <p class="hint">{tr(Msg::SimilarNone)}</p> })}
                        }
                    })}
                </Transition>
            </div>
            {move || (!hydrated.get()).then(|| view! {
                <p>
                    <button type="submit" class="button button-secondary" formaction="/initiatives/new" formmethod="get" formnovalidate=true>
                        {tr(Msg::SimilarCheck)}
                    </button>
                </p>
            })}
        }
    });
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
                _ => {
                    let after_title = after_title.clone();
                    view! {
                    <p class="lead">{tr(Msg::ProposeLead)}</p>
                    <div on:input=on_input>
                        <ActionForm action=action attr:novalidate=true attr:class="form">
                            <InitiativeFields form after_title />
                            <button type="submit" class="button">{tr(Msg::ProposeSubmit)}</button>
                        </ActionForm>
                    </div>
                }.into_any()
                }
            }}
        </Transition>
    }
}
