//! Form fields that keep what the user typed and put each error next to its field, tied to
//! it with `aria-describedby`, plus a summary at the top that links to every wrong field.
//! Forms are plain HTML posts to server functions, so they work without JavaScript.

use crate::error::{AppError, Invalid};
use crate::i18n::{Msg, error_message, problem_message, tr, use_i18n};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The outcome of a form's last submission, as its fields need it.
#[derive(Clone, Copy)]
pub struct FormState {
    error: Signal<Option<AppError>>,
    /// What to show in a field before anything was submitted (an account's current name).
    defaults: Signal<Vec<(String, String)>>,
    /// For one of many forms of the same kind on a page (a reply form under each comment):
    /// its purpose, and the kept field and value that say which item a returned error is
    /// about. It also keeps the fields' ids unique on the page.
    item: Option<(&'static str, &'static str, i64)>,
}

impl FormState {
    pub fn new<S>(action: ServerAction<S>) -> Self
    where
        S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Clone + Send + Sync + 'static,
    {
        FormState {
            error: Signal::derive(move || action.value().get().and_then(Result::err)),
            defaults: Signal::stored(Vec::new()),
            item: None,
        }
    }

    /// This form is the `purpose` form of the item whose `key` field is `id`. It shows only
    /// the field errors returned for that item; other errors are for the page to show once.
    pub fn for_item(self, purpose: &'static str, key: &'static str, id: i64) -> Self {
        let error = self.error;
        let wanted = id.to_string();
        FormState {
            error: Signal::derive(move || {
                error.get().filter(|error| {
                    error
                        .kept()
                        .is_some_and(|kept| kept.value_of(key) == Some(wanted.as_str()))
                })
            }),
            item: Some((purpose, key, id)),
            ..self
        }
    }

    /// Like `for_item`, for a form about one reported item (`target_kind` and `target_id`
    /// are kept by the server function). `purpose` names the form and the item's kind, so
    /// that a comment and an initiative with the same id get different field ids.
    pub fn for_target(self, purpose: &'static str, kind: &'static str, id: i64) -> Self {
        let error = self.error;
        let wanted = id.to_string();
        FormState {
            error: Signal::derive(move || {
                error.get().filter(|error| {
                    error.kept().is_some_and(|kept| {
                        kept.value_of("target_kind") == Some(kind)
                            && kept.value_of("target_id") == Some(wanted.as_str())
                    })
                })
            }),
            item: Some((purpose, "target_id", id)),
            ..self
        }
    }

    /// The id of the element for field `name` of this form.
    pub fn field_id(&self, name: &str) -> String {
        match self.item {
            Some((purpose, _, id)) => format!("field-{purpose}-{id}-{name}"),
            None => field_id(name),
        }
    }

    fn described_by(&self, name: &str, has_hint: bool, has_error: bool) -> Option<String> {
        let id = self.field_id(name);
        let ids: Vec<String> = [
            has_hint.then(|| format!("{id}-hint")),
            has_error.then(|| format!("{id}-error")),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    pub fn with_defaults(mut self, defaults: Signal<Vec<(String, String)>>) -> Self {
        self.defaults = defaults;
        self
    }

    /// What the form held when it came back (refused as invalid, for a limit or busy).
    fn invalid(&self) -> Option<Invalid> {
        self.error.get().as_ref().and_then(AppError::kept).cloned()
    }

    /// What the field shows: what was submitted if the form came back, else its default.
    pub fn value(&self, field: &str) -> String {
        if let Some(value) = self
            .invalid()
            .and_then(|i| i.value_of(field).map(str::to_owned))
        {
            return value;
        }
        self.defaults
            .get()
            .into_iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value)
            .unwrap_or_default()
    }

    /// Every value submitted under `field` (checkboxes of one group), if the form came back.
    pub fn values(&self, field: &str) -> Vec<String> {
        self.invalid()
            .map(|invalid| {
                invalid
                    .values
                    .into_iter()
                    .filter(|(name, _)| name == field)
                    .map(|(_, value)| value)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn problem(&self, field: &str) -> Option<crate::error::Problem> {
        self.invalid().and_then(|i| i.problem_for(field))
    }
}

pub fn field_id(name: &str) -> String {
    format!("field-{name}")
}

/// The label line, with "(optional)" where the field may be left empty.
#[component]
fn FieldLabel(name: &'static str, label: Msg, optional: bool, form: FormState) -> impl IntoView {
    view! {
        <label for=form.field_id(name)>
            {tr(label)}
            {optional.then(|| view! { " " <span class="optional">{tr(Msg::Optional)}</span> })}
        </label>
    }
}

/// The hint and error lines under a label.
#[component]
fn FieldNotes(name: &'static str, hint: Option<Msg>, form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {hint.map(|hint| view! { <p class="hint" id=format!("{}-hint", form.field_id(name))>{tr(hint)}</p> })}
        {move || {
            form.problem(name)
                .map(|problem| {
                    view! {
                        <p class="field-error" id=format!("{}-error", form.field_id(name))>
                            {problem_message(i18n.lang(), problem)}
                        </p>
                    }
                })
        }}
    }
}

/// A labelled text input. Passwords (`kind = "password"`) are never filled back in.
#[component]
pub fn TextField(
    name: &'static str,
    label: Msg,
    form: FormState,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let keeps_value = kind != "password";
    view! {
        <div class="field" class:field-invalid=move || form.problem(name).is_some()>
            <FieldLabel name label optional form />
            <FieldNotes name hint form />
            <input
                id=form.field_id(name)
                name=name
                type=kind
                autocomplete=autocomplete
                value=move || keeps_value.then(|| form.value(name))
                aria-invalid=move || form.problem(name).map(|_| "true")
                aria-describedby=move || form.described_by(name, hint.is_some(), form.problem(name).is_some())
            />
        </div>
    }
}

/// A labelled multi-line text field, for descriptions and reasons.
#[component]
pub fn TextArea(
    name: &'static str,
    label: Msg,
    hint: Msg,
    form: FormState,
    #[prop(default = 6)] rows: u32,
) -> impl IntoView {
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    // The text the server rendered is already in the field. Writing the value again when
    // the page hydrates would wipe out what someone typed while the page was loading, so
    // only later changes are written: the field emptied after a comment is sent, or the
    // text kept when the form comes back with a problem.
    Effect::new(move |ran: Option<()>| {
        let value = form.value(name);
        if ran.is_some()
            && let Some(field) = textarea.get_untracked()
        {
            field.set_value(&value);
        }
    });
    view! {
        <div class="field" class:field-invalid=move || form.problem(name).is_some()>
            <FieldLabel name label optional=false form />
            <FieldNotes name hint=Some(hint) form />
            <textarea
                id=form.field_id(name)
                name=name
                rows=rows
                aria-invalid=move || form.problem(name).map(|_| "true")
                aria-describedby=move || form.described_by(name, true, form.problem(name).is_some())
                node_ref=textarea
            >
                {move || form.value(name)}
            </textarea>
        </div>
    }
}

/// What most forms about one item hold: the summary of problems, hidden fields that say
/// which item (and where to return), one text field and the submit button. It goes inside
/// an `ActionForm`.
#[component]
pub fn OneTextFields(
    form: FormState,
    /// The hidden fields, by name.
    hidden: Vec<(&'static str, String)>,
    name: &'static str,
    label: Msg,
    hint: Msg,
    #[prop(default = 3)] rows: u32,
    submit: Msg,
    /// The button's classes: the main action by default, or a secondary or dangerous one.
    #[prop(default = "button")]
    button: &'static str,
    /// A further field the summary may name, such as the decision a moderator lost.
    #[prop(optional)]
    also: Option<(&'static str, Msg)>,
) -> impl IntoView {
    let labels: Vec<(&'static str, Msg)> = std::iter::once((name, label)).chain(also).collect();
    view! {
        <FormAlert form labels />
        {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
        <TextArea name label hint form rows />
        <button type="submit" class=button>{tr(submit)}</button>
    }
}

/// A labelled choice from a list; `none` is the first option, for "rather not say".
#[component]
pub fn SelectField(
    name: &'static str,
    label: Msg,
    form: FormState,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    none: Msg,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    view! {
        <div class="field" class:field-invalid=move || form.problem(name).is_some()>
            <FieldLabel name label optional form />
            <FieldNotes name hint form />
            <select
                id=form.field_id(name)
                name=name
                aria-invalid=move || form.problem(name).map(|_| "true")
                aria-describedby=move || form.described_by(name, hint.is_some(), form.problem(name).is_some())
            >
                <option value="" selected=move || form.value(name).is_empty()>{tr(none)}</option>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let chosen = value.clone();
                            view! {
                                <option value=value selected=move || form.value(name) == chosen>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// The form's error message at its top: a summary linking to each wrong field, or the one
/// message for an error that concerns the whole form (such as a wrong password at log-in).
#[component]
pub fn FormAlert(form: FormState, #[prop(into)] labels: Vec<(&'static str, Msg)>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let error = form.error.get()?;
        let lang = i18n.lang();
        let items = match &error {
            AppError::Invalid(invalid) => invalid
                .problems
                .iter()
                .map(|p| {
                    let label = labels
                        .iter()
                        .find(|(name, _)| *name == p.field)
                        .map(|(_, msg)| lang.text(*msg))
                        .unwrap_or_default();
                    let href = format!("#{}", form.field_id(&p.field));
                    let text = format!("{label}: {}", problem_message(lang, p.problem));
                    view! { <li><a href=href>{text}</a></li> }
                })
                .collect_view(),
            _ => Vec::new(),
        };
        Some(view! {
            <div class="form-alert" role="alert">
                <p>{error_message(lang, &error)}</p>
                <ul>{items}</ul>
            </div>
        })
    }
}

/// A confirmation shown after a form succeeded (the page was reached with `?saved=…`).
#[component]
pub fn Saved(message: Msg) -> impl IntoView {
    view! { <p class="saved" role="status">{tr(message)}</p> }
}

/// A count of the times `action` succeeded, for resources that must load again after a
/// success but not after a refusal (reloading would replace what the reader typed).
pub fn successes<S>(action: ServerAction<S>) -> Successes
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let count = RwSignal::new(0_usize);
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            count.update(|n| *n += 1);
        }
    });
    Successes(count.read_only())
}

/// See `successes`.
#[derive(Clone, Copy)]
pub struct Successes(ReadSignal<usize>);

impl Successes {
    pub fn get(&self) -> usize {
        self.0.get()
    }
}
