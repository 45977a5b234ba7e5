//! `/summary`: the engagement summary for politicians (and moderators and administrators).
//! A GET form chooses the period and narrowing, so every view has an address that can be
//! bookmarked, printed and downloaded from. The sections themselves are in `sections`.

use super::Summary;
use super::period::Choice;
use super::sections::Sections;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ui::filters::encode;
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The form's fields, as the page's address and the CSV addresses carry them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryQuery {
    pub period: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub goal: Option<String>,
    pub neighbourhood: Option<String>,
}

#[server(endpoint = "summary")]
pub async fn load_summary(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    goal: Option<String>,
    neighbourhood: Option<String>,
) -> Result<Summary, AppError> {
    // Politicians, moderators and administrators; aggregates only.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let query = SummaryQuery {
        period,
        from,
        to,
        goal,
        neighbourhood,
    };
    load(&state, &account, &query, super::compute::Wanted::All).await
}

/// The summary `query` asks for (the sections `wanted`), if `account` may read it. Shared
/// by the page and the CSV downloads.
#[cfg(feature = "ssr")]
pub async fn load(
    state: &crate::state::AppState,
    account: &crate::accounts::Account,
    query: &SummaryQuery,
    wanted: super::compute::Wanted,
) -> Result<Summary, AppError> {
    use crate::error::{FormCheck, Problem};
    let db = &state.db;
    if !super::may_read(account) {
        return Err(AppError::Forbidden);
    }
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let mut check = FormCheck::new();
    for (name, value) in [
        ("period", &query.period),
        ("from", &query.from),
        ("to", &query.to),
        ("goal", &query.goal),
        ("neighbourhood", &query.neighbourhood),
    ] {
        check.keep(name, &text(value));
    }
    let span = match super::period::parse(
        &text(&query.period),
        &text(&query.from),
        &text(&query.to),
        crate::db::now().seconds(),
    ) {
        Ok((_, span)) => Some(span),
        Err(problems) => {
            for (field, problem) in problems {
                check.fail(field, problem);
            }
            None
        }
    };
    let goals = super::store::goals(db.pool()).await?;
    let goal = match text(&query.goal).trim() {
        "" => None,
        id => match id
            .parse::<i64>()
            .ok()
            .filter(|id| goals.iter().any(|g| g.0 == *id))
        {
            Some(id) => Some(id),
            None => {
                check.fail("goal", Problem::UnknownGoal);
                None
            }
        },
    };
    let places = super::store::neighbourhoods(db.pool()).await?;
    let neighbourhood = match text(&query.neighbourhood).trim() {
        "" => None,
        id => match id
            .parse::<i64>()
            .ok()
            .filter(|id| places.iter().any(|n| n.0 == *id))
        {
            Some(id) => Some(id),
            None => {
                check.fail("neighbourhood", Problem::UnknownNeighbourhood);
                None
            }
        },
    };
    let Some(span) = span.filter(|_| check.is_ok()) else {
        return Err(check.into_error());
    };
    let narrowing = super::Narrowing {
        goal,
        neighbourhood,
    };
    Ok(super::fresh::summary(db, &state.summary_cache, span, narrowing, wanted).await?)
}

/// The choices of the form: the goals and neighbourhoods one may narrow to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryChoices {
    pub goals: Vec<(i64, i64, String, String)>,
    pub neighbourhoods: Vec<(i64, String)>,
}

#[server(endpoint = "summary_choices")]
pub async fn load_summary_choices() -> Result<SummaryChoices, AppError> {
    // Politicians, moderators and administrators.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    if !super::may_read(&account) {
        return Err(AppError::Forbidden);
    }
    Ok(SummaryChoices {
        goals: super::store::goals(state.db.pool()).await?,
        neighbourhoods: super::store::neighbourhoods(state.db.pool())
            .await?
            .into_iter()
            .map(|(id, name, _)| (id, name))
            .collect(),
    })
}

/// The query string of the current address's summary fields, for the CSV links.
fn query_string(query: &SummaryQuery) -> String {
    [
        ("period", &query.period),
        ("from", &query.from),
        ("to", &query.to),
        ("goal", &query.goal),
        ("neighbourhood", &query.neighbourhood),
    ]
    .into_iter()
    .filter_map(|(name, value)| {
        value
            .as_deref()
            .filter(|v| !v.is_empty())
            .map(|v| format!("{name}={}", encode(v)))
    })
    .collect::<Vec<_>>()
    .join("&")
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let current = move || {
        let map = query.read();
        SummaryQuery {
            period: map.get("period"),
            from: map.get("from"),
            to: map.get("to"),
            goal: map.get("goal"),
            neighbourhood: map.get("neighbourhood"),
        }
    };
    let data = Resource::new(current, |q| {
        load_summary(q.period, q.from, q.to, q.goal, q.neighbourhood)
    });
    let choices = Resource::new(|| (), |_| load_summary_choices());
    view! {
        <PageTitle title=Msg::SummaryTitle />
        <h1>{tr(Msg::SummaryTitle)}</h1>
        <p class="lead">{tr(Msg::SummaryLead)}</p>
        <Transition fallback=|| ()>
            {move || data.get().map(|result| {
                let q = current();
                match result {
                    Err(AppError::NotLoggedIn) => view! {
                        <p>{tr(Msg::MustLogIn)}</p>
                        <p><a class="button" href="/login?next=/summary">{tr(Msg::MustLogInLink)}</a></p>
                    }.into_any(),
                    Err(AppError::Invalid(invalid)) => view! {
                        <SummaryForm query=q choices invalid=Some(invalid) />
                    }.into_any(),
                    Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
                    Ok(summary) => view! {
                        <SummaryForm query=q.clone() choices invalid=None />
                        <SummaryView summary csv=query_string(&q) />
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The period and narrowing form, a GET form: the choice lives in the address.
#[component]
fn SummaryForm(
    query: SummaryQuery,
    choices: Resource<Result<SummaryChoices, AppError>>,
    invalid: Option<crate::error::Invalid>,
) -> impl IntoView {
    let i18n = use_i18n();
    let invalid = StoredValue::new(invalid);
    let problem =
        move |field: &str| invalid.with_value(|i| i.as_ref().and_then(|i| i.problem_for(field)));
    let error = move |field: &'static str| {
        problem(field).map(|p| view! {
            <p class="field-error" id=format!("summary-{field}-error")>{move || crate::i18n::problem_message(i18n.lang(), p)}</p>
        })
    };
    let described =
        move |field: &'static str| problem(field).map(|_| format!("summary-{field}-error"));
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let period = value(&query.period);
    let (from, to, goal, neighbourhood) = (
        value(&query.from),
        value(&query.to),
        value(&query.goal),
        value(&query.neighbourhood),
    );
    view! {
        {invalid.with_value(|i| i.is_some()).then(|| view! {
            <div class="form-alert" role="alert"><p>{tr(Msg::ErrorSummaryTitle)}</p></div>
        })}
        <Form method="GET" action="/summary" attr:class="filters no-print" attr:aria-label=tr(Msg::SummaryChoose)>
            <div class="field" class:field-invalid=move || problem("period").is_some()>
                <label for="summary-period">{tr(Msg::SummaryPeriod)}</label>
                {error("period")}
                <select id="summary-period" name="period" aria-describedby=described("period")>
                    {Choice::ALL.into_iter().map(|choice| {
                        let selected = period == choice.value() || (period.is_empty() && choice == Choice::Days30);
                        view! { <option value=choice.value() selected=selected>{tr(choice.label())}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field" class:field-invalid=move || problem("from").is_some()>
                <label for="summary-from">{tr(Msg::SummaryFrom)}</label>
                <p class="hint" id="summary-from-hint">{tr(Msg::SummaryDatesHint)}</p>
                {error("from")}
                <input id="summary-from" type="date" name="from" value=from
                    aria-describedby=move || described("from").map(|e| format!("summary-from-hint {e}")).unwrap_or_else(|| "summary-from-hint".to_owned()) />
            </div>
            <div class="field" class:field-invalid=move || problem("to").is_some()>
                <label for="summary-to">{tr(Msg::SummaryTo)}</label>
                {error("to")}
                <input id="summary-to" type="date" name="to" value=to aria-describedby=described("to") />
            </div>
            <Transition fallback=|| ()>
                {move || {
                    let choices = choices.get().and_then(Result::ok).unwrap_or(SummaryChoices { goals: Vec::new(), neighbourhoods: Vec::new() });
                    let (goal, neighbourhood) = (goal.clone(), neighbourhood.clone());
                    view! {
                        <div class="field" class:field-invalid=move || problem("goal").is_some()>
                            <label for="summary-goal">{tr(Msg::FilterGoal)}</label>
                            {error("goal")}
                            <select id="summary-goal" name="goal" aria-describedby=described("goal")>
                                <option value="" selected=goal.is_empty()>{tr(Msg::FilterAllGoals)}</option>
                                {choices.goals.into_iter().map(|(id, position, da, en)| {
                                    let selected = goal == id.to_string();
                                    view! { <option value=id selected=selected>{move || i18n.f(Msg::GoalNumbered, &[("number", Arg::from(position)), ("title", Arg::from(crate::i18n::stored_text(i18n.lang(), &da, &en)))])}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field" class:field-invalid=move || problem("neighbourhood").is_some()>
                            <label for="summary-neighbourhood">{tr(Msg::SummaryWhereHeld)}</label>
                            {error("neighbourhood")}
                            <select id="summary-neighbourhood" name="neighbourhood" aria-describedby=described("neighbourhood")>
                                <option value="" selected=neighbourhood.is_empty()>{tr(Msg::FilterAllNeighbourhoods)}</option>
                                {choices.neighbourhoods.into_iter().map(|(id, name)| {
                                    let selected = neighbourhood == id.to_string();
                                    view! { <option value=id selected=selected>{name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }}
            </Transition>
            <button type="submit" class="button">{tr(Msg::FilterSubmit)}</button>
        </Form>
    }
}

#[component]
fn SummaryView(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let span = summary.span.clone();
    let previous = summary.previous.clone();
    // Dates in words in the reader's language; the CSV keeps ISO dates.
    let period_text = move || {
        let lang = i18n.lang();
        let day = |iso: &str| day_text(iso, lang);
        lang.format(
            Msg::SummaryPeriodText,
            &[
                ("from", Arg::from(&day(&span.first_day))),
                ("to", Arg::from(&day(&span.last_day))),
                ("previous_from", Arg::from(&day(&previous.first_day))),
                ("previous_to", Arg::from(&day(&previous.last_day))),
            ],
        )
    };
    let site = crate::site::context::use_site();
    // The printout leaves the site's header out; it still says whose figures these are:
    // the municipality's name, or the site's while an administrator has given none.
    let municipality = move || {
        site.context.get().and_then(Result::ok).map(|c| {
            let name = c
                .municipality
                .unwrap_or_else(|| i18n.lang().text(Msg::SiteName).to_owned());
            view! { <p class="print-only summary-municipality">{name}</p> }
        })
    };
    // Printing needs the browser's print dialog: the button appears once the page runs
    // (without JavaScript the browser's own print command prints the same page).
    let (running, set_running) = signal(false);
    Effect::new(move |_| set_running.set(true));
    let computed = summary.computed_local;
    let computed_text = move || {
        let lang = i18n.lang();
        lang.format(
            Msg::SummaryComputedAt,
            &[("when", Arg::from(&computed.date_time_text(lang)))],
        )
    };
    let names = summary.narrowing_names.clone();
    let scope_text = move || {
        let lang = i18n.lang();
        let mut parts = Vec::new();
        if let Some((position, da, en)) = &names.goal {
            parts.push(lang.format(
                Msg::SummaryNarrowedGoal,
                &[
                    ("number", Arg::from(*position)),
                    ("title", Arg::from(crate::i18n::stored_text(lang, da, en))),
                ],
            ));
        }
        if let Some(place) = &names.neighbourhood {
            parts.push(lang.format(Msg::SummaryNarrowedPlace, &[("place", Arg::from(place))]));
        }
        if parts.is_empty() {
            lang.text(Msg::SummaryNarrowedNone).to_owned()
        } else {
            parts.join(" ")
        }
    };
    view! {
        <Transition fallback=|| ()>{municipality}</Transition>
        <p class="summary-period"><strong>{period_text}</strong></p>
        <p class="summary-scope"><strong>{scope_text}</strong></p>
        <p class="hint summary-computed">{computed_text}</p>
        <p class="hint">{tr(Msg::SummaryPrivacyRule)}</p>
        <Show when=move || running.get()>
            <p class="no-print">
                <button type="button" class="button button-secondary" on:click=|_| print()>
                    {tr(Msg::SummaryPrint)}
                </button>
            </p>
        </Show>
        <Sections summary=StoredValue::new(summary) csv />
    }
}

/// Opens the browser's print dialog.
fn print() {
    #[cfg(feature = "hydrate")]
    let _ = window().print();
}

/// "1. december 2025" for the ISO date "2025-12-01", in `lang`; the ISO text itself if it
/// is not one.
fn day_text(iso: &str, lang: crate::i18n::Lang) -> String {
    let mut parts = iso.splitn(3, '-').map(str::parse::<i32>);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) => crate::time::LocalDateTime {
            year: year as i16,
            month: month as i8,
            day: day as i8,
            hour: 0,
            minute: 0,
        }
        .date_text(lang),
        _ => iso.to_owned(),
    }
}
