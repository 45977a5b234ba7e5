//! `/summary`: the engagement summary for politicians (and moderators and administrators).
//! A GET form chooses the period and narrowing, so every view has an address that can be
//! bookmarked, printed and downloaded from; each table has its chart drawn on the server as
//! SVG, a sentence a screen reader can read, and a CSV download.

use super::chart::BarChart;
use super::period::Choice;
use super::privacy::Count;
use super::{Figure, Summary};
use crate::error::AppError;
use crate::i18n::{Arg, Lang, Msg, tr, use_i18n};
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
    load(&state.db, &account, &query).await
}

/// The summary `query` asks for, if `account` may read it. Shared by the page and the CSV
/// downloads.
#[cfg(feature = "ssr")]
pub async fn load(
    db: &crate::db::Db,
    account: &crate::accounts::Account,
    query: &SummaryQuery,
) -> Result<Summary, AppError> {
    use crate::error::{FormCheck, Problem};
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
    let goals = super::store::goals(db).await?;
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
    let places = super::store::neighbourhoods(db).await?;
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
    Ok(super::compute::summary(db, span, narrowing).await?)
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
        goals: super::store::goals(&state.db).await?,
        neighbourhoods: super::store::neighbourhoods(&state.db)
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

/// A count of people as a cell's text.
fn people(lang: Lang, count: Count) -> String {
    count.text(lang)
}

fn hours(lang: Lang, value: Option<f64>) -> String {
    match value {
        Some(h) => lang.format(Msg::SummaryHours, &[("hours", Arg::Decimal(h, 1))]),
        None => "–".to_owned(),
    }
}

/// One decimal, with the decimal sign of the language.
fn decimal(lang: Lang, value: f64) -> String {
    crate::i18n::decimal(lang, value, 1)
}

/// A section's heading, how its figures are counted, and its CSV link.
#[component]
fn Section(
    id: &'static str,
    title: Msg,
    rule: Msg,
    table: &'static str,
    csv: String,
    children: Children,
) -> impl IntoView {
    let href = if csv.is_empty() {
        format!("/summary/csv/{table}")
    } else {
        format!("/summary/csv/{table}?{csv}")
    };
    view! {
        <section class="summary-section" aria-labelledby=id>
            <h2 id=id>{tr(title)}</h2>
            <p class="hint">{tr(rule)}</p>
            {children()}
            <p class="no-print"><a href=href download="">{tr(Msg::SummaryDownload)}</a></p>
        </section>
    }
}

#[component]
fn SummaryView(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let span = summary.span.clone();
    let previous = summary.previous.clone();
    let period_text = move || {
        i18n.f(
            Msg::SummaryPeriodText,
            &[
                ("from", Arg::from(&span.first_day)),
                ("to", Arg::from(&span.last_day)),
                ("previous_from", Arg::from(&previous.first_day)),
                ("previous_to", Arg::from(&previous.last_day)),
            ],
        )
    };
    let h = summary.headline.clone();
    let headline_rows = vec![
        (Msg::SummaryParticipants, people_figure(h.participants)),
        (Msg::SummaryNew, people_figure(h.new_participants)),
        (Msg::SummaryProposed, number_figure(h.proposed)),
        (Msg::SummaryPublished, number_figure(h.published)),
        (Msg::SummaryCarriedOut, number_figure(h.carried_out)),
        (Msg::SummaryComments, number_figure(h.comments)),
    ];
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
        <p class="summary-period"><strong>{period_text}</strong></p>
        <p class="summary-scope"><strong>{scope_text}</strong></p>
        <p class="hint">{tr(Msg::SummaryPrivacyRule)}</p>
        <Section id="summary-headline" title=Msg::SummaryHeadlineTitle rule=Msg::SummaryHeadlineRule table="headline" csv=csv.clone()>
            <FigureTable caption=Msg::SummaryHeadlineTitle rows=headline_rows />
        </Section>
        <LadderSection summary=summary.clone() csv=csv.clone() />
        <GoalSection summary=summary.clone() csv=csv.clone() />
        <PlaceSection summary=summary.clone() csv=csv.clone() />
        <MeetingSection summary=summary.clone() csv=csv.clone() />
        <TrendSection summary=summary.clone() csv=csv.clone() />
        <ModerationSection summary csv />
    }
}

/// A value in a table of figures: a count of people (which may be hidden) or a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shown {
    People(Count),
    Number(i64),
    Hours(Option<f64>),
    Percent(Option<f64>),
}

impl Shown {
    fn text(self, lang: Lang) -> String {
        match self {
            Shown::People(count) => people(lang, count),
            Shown::Number(n) => n.to_string(),
            // The row's label says "hours".
            Shown::Hours(value) => value
                .map(|h| decimal(lang, h))
                .unwrap_or_else(|| "–".to_owned()),
            Shown::Percent(Some(value)) => {
                lang.format(Msg::Percent, &[("value", Arg::Decimal(value, 1))])
            }
            Shown::Percent(None) => "–".to_owned(),
        }
    }
}

fn people_figure(f: Figure<Count>) -> Figure<Shown> {
    Figure {
        current: Shown::People(f.current),
        previous: Shown::People(f.previous),
    }
}

fn number_figure(f: Figure<i64>) -> Figure<Shown> {
    Figure {
        current: Shown::Number(f.current),
        previous: Shown::Number(f.previous),
    }
}

fn shown_figure<T>(f: Figure<T>, shown: fn(T) -> Shown) -> Figure<Shown> {
    Figure {
        current: shown(f.current),
        previous: shown(f.previous),
    }
}

/// A table of figures: what, this period, the previous period.
#[component]
fn FigureTable(caption: Msg, rows: Vec<(Msg, Figure<Shown>)>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr(caption)>
            <table class="table">
                <caption class="visually-hidden">{tr(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::SummaryCsvFigure)}</th>
                        <th scope="col">{tr(Msg::SummaryThisPeriod)}</th>
                        <th scope="col">{tr(Msg::SummaryPreviousPeriod)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(msg, figure)| view! {
                        <tr>
                            <th scope="row">{tr(msg)}</th>
                            <td class="number">{move || figure.current.text(i18n.lang())}</td>
                            <td class="number">{move || figure.previous.text(i18n.lang())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn LadderSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let ladder = summary.ladder.clone();
    let stepped = summary.stepped_up;
    let bars = StoredValue::new(ladder.clone());
    let text = move || {
        let lang = i18n.lang();
        let parts: Vec<String> = bars.with_value(|rows| {
            rows.iter()
                .map(|r| {
                    format!(
                        "{}: {}",
                        lang.text(r.level.name()),
                        people(lang, r.people.current)
                    )
                })
                .collect()
        });
        lang.format(
            Msg::SummaryLadderText,
            &[
                ("levels", Arg::from(&parts.join("; "))),
                ("stepped", Arg::from(&people(lang, stepped.current))),
            ],
        )
    };
    let chart_rows = move || {
        let lang = i18n.lang();
        bars.with_value(|rows| {
            rows.iter()
                .map(|r| {
                    (
                        lang.text(r.level.name()).to_owned(),
                        r.people.current.exact().map(|n| n as f64),
                        people(lang, r.people.current),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Section id="summary-ladder" title=Msg::SummaryLadderTitle rule=Msg::SummaryLadderRule table="ladder" csv>
            <p id="summary-ladder-text">{text}</p>
            <BarChart described_by="summary-ladder-text" rows=Signal::derive(chart_rows) />
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::SummaryLadderTitle)>
                <table class="table">
                    <caption class="visually-hidden">{tr(Msg::SummaryLadderTitle)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(Msg::SummaryLevel)}</th>
                        <th scope="col">{tr(Msg::SummaryThisPeriod)}</th>
                        <th scope="col">{tr(Msg::SummaryPreviousPeriod)}</th>
                    </tr></thead>
                    <tbody>
                        {ladder.into_iter().map(|row| view! {
                            <tr>
                                <th scope="row">{tr(row.level.name())}</th>
                                <td class="number">{move || people(i18n.lang(), row.people.current)}</td>
                                <td class="number">{move || people(i18n.lang(), row.people.previous)}</td>
                            </tr>
                        }).collect_view()}
                        <tr>
                            <th scope="row">{tr(Msg::SummarySteppedUp)}</th>
                            <td class="number">{move || people(i18n.lang(), stepped.current)}</td>
                            <td class="number">{move || people(i18n.lang(), stepped.previous)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
fn GoalSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Section id="summary-goals" title=Msg::SummaryGoalsTitle rule=Msg::SummaryGoalsRule table="goals" csv>
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::SummaryGoalsTitle)>
                <table class="table">
                    <caption class="visually-hidden">{tr(Msg::SummaryGoalsTitle)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(Msg::SummaryGoal)}</th>
                        <th scope="col">{tr(Msg::SummaryInitiatives)}</th>
                        <th scope="col">{tr(Msg::SummaryPeople)}</th>
                        <th scope="col">{tr(Msg::SummaryCsvPreviousInitiatives)}</th>
                        <th scope="col">{tr(Msg::SummaryCsvPreviousPeople)}</th>
                    </tr></thead>
                    <tbody>
                        {summary.by_goal.into_iter().map(|row| {
                            let (da, en, position) = (row.title_da.clone(), row.title_en.clone(), row.position);
                            view! {
                                <tr>
                                    <th scope="row">{move || i18n.f(Msg::GoalNumbered, &[("number", Arg::from(position)), ("title", Arg::from(crate::i18n::stored_text(i18n.lang(), &da, &en)))])}</th>
                                    <td class="number">{row.initiatives.current}</td>
                                    <td class="number">{move || people(i18n.lang(), row.participants.current)}</td>
                                    <td class="number">{row.initiatives.previous}</td>
                                    <td class="number">{move || people(i18n.lang(), row.participants.previous)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
fn PlaceSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let rows = StoredValue::new(summary.by_neighbourhood.clone());
    let name = move |lang: Lang, name: &Option<String>| {
        name.clone()
            .unwrap_or_else(|| lang.text(Msg::SummaryNotStated).to_owned())
    };
    // The lowest rates first in the sentence: who is missing.
    let text = move || {
        let lang = i18n.lang();
        let mut rated: Vec<(String, f64)> = rows.with_value(|rows| {
            rows.iter()
                .filter_map(|r| {
                    r.per_thousand
                        .current
                        .map(|rate| (name(lang, &r.name), rate))
                })
                .collect()
        });
        rated.sort_by(|a, b| a.1.total_cmp(&b.1));
        if rated.is_empty() {
            return lang.text(Msg::SummaryPlacesNone).to_owned();
        }
        let lowest: Vec<String> = rated
            .iter()
            .take(3)
            .map(|(n, rate)| format!("{n} ({})", decimal(lang, *rate)))
            .collect();
        let highest = rated
            .last()
            .map(|(n, rate)| format!("{n} ({})", decimal(lang, *rate)))
            .unwrap_or_default();
        lang.format(
            Msg::SummaryPlacesText,
            &[
                ("lowest", Arg::from(&lowest.join(", "))),
                ("highest", Arg::from(&highest)),
            ],
        )
    };
    let chart_rows = move || {
        let lang = i18n.lang();
        rows.with_value(|rows| {
            rows.iter()
                .filter(|r| r.neighbourhood_id.is_some())
                .map(|r| {
                    let label = r
                        .per_thousand
                        .current
                        .map(|v| decimal(lang, v))
                        .unwrap_or_else(|| match r.participants.current {
                            Count::Exact(_) => lang.text(Msg::SummaryNoResidents).to_owned(),
                            hidden => hidden.text(lang),
                        });
                    (name(lang, &r.name), r.per_thousand.current, label)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Section id="summary-places" title=Msg::SummaryPlacesTitle rule=Msg::SummaryPlacesRule table="neighbourhoods" csv>
            <p id="summary-places-text">{text}</p>
            <BarChart described_by="summary-places-text" rows=Signal::derive(chart_rows) />
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::SummaryPlacesTitle)>
                <table class="table">
                    <caption class="visually-hidden">{tr(Msg::SummaryPlacesTitle)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(Msg::SummaryNeighbourhood)}</th>
                        <th scope="col">{tr(Msg::SummaryResidents)}</th>
                        <th scope="col">{tr(Msg::SummaryPeople)}</th>
                        <th scope="col">{tr(Msg::SummaryPerThousand)}</th>
                        <th scope="col">{tr(Msg::SummaryInitiativesThere)}</th>
                        <th scope="col">{tr(Msg::SummaryCsvPreviousPeople)}</th>
                        <th scope="col">{tr(Msg::SummaryCsvPreviousPerThousand)}</th>
                        <th scope="col">{tr(Msg::SummaryCsvPreviousInitiatives)}</th>
                    </tr></thead>
                    <tbody>
                        {summary.by_neighbourhood.into_iter().map(|row| {
                            let row_name = row.name.clone();
                            view! {
                                <tr>
                                    <th scope="row">{move || name(i18n.lang(), &row_name)}</th>
                                    <td class="number">{row.residents.map(|r| r.to_string()).unwrap_or_else(|| "–".to_owned())}</td>
                                    <td class="number">{move || people(i18n.lang(), row.participants.current)}</td>
                                    <td class="number">{move || row.per_thousand.current.map(|v| decimal(i18n.lang(), v)).unwrap_or_else(|| "–".to_owned())}</td>
                                    <td class="number">{row.initiatives.current}</td>
                                    <td class="number">{move || people(i18n.lang(), row.participants.previous)}</td>
                                    <td class="number">{move || row.per_thousand.previous.map(|v| decimal(i18n.lang(), v)).unwrap_or_else(|| "–".to_owned())}</td>
                                    <td class="number">{row.initiatives.previous}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
fn MeetingSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let meeting = summary.meeting.clone();
    let m = meeting.clone();
    let text = move || {
        let lang = i18n.lang();
        match m.share.current {
            Some(share) => lang.format(
                Msg::SummaryMeetingText,
                &[
                    ("across", Arg::from(m.across.current)),
                    ("initiatives", Arg::from(m.initiatives.current)),
                    ("share", Arg::from(&Shown::Percent(Some(share)).text(lang))),
                    (
                        "previous",
                        Arg::from(&Shown::Percent(m.share.previous).text(lang)),
                    ),
                ],
            ),
            None => lang.text(Msg::SummaryMeetingNone).to_owned(),
        }
    };
    let figures = vec![
        (Msg::SummaryTakenPartIn, number_figure(meeting.initiatives)),
        (Msg::SummaryAcross, number_figure(meeting.across)),
        (
            Msg::SummaryAcrossShare,
            shown_figure(meeting.share, Shown::Percent),
        ),
    ];
    let across_csv = if csv.is_empty() {
        "/summary/csv/across".to_owned()
    } else {
        format!("/summary/csv/across?{csv}")
    };
    let places = meeting.places.clone();
    view! {
        <Section id="summary-meeting" title=Msg::SummaryMeetingTitle rule=Msg::SummaryMeetingRule table="meeting" csv>
            <p>{text}</p>
            <FigureTable caption=Msg::SummaryMeetingTitle rows=figures />
            <p class="no-print"><a href=across_csv download="">{tr(Msg::SummaryDownloadAcross)}</a></p>
            <p class="hint">{tr(Msg::SummaryMatrixPrevious)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::SummaryMatrixCaption)>
                <table class="table matrix">
                    <caption>{tr(Msg::SummaryMatrixCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(Msg::SummaryLivesIn)}</th>
                        {places.into_iter().map(|(_, name)| view! {
                            <th scope="col">{move || name.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</th>
                        }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {meeting.rows.into_iter().map(|row| {
                            let home = row.home.clone();
                            view! {
                                <tr>
                                    <th scope="row">{move || home.clone().unwrap_or_else(|| i18n.t(Msg::SummaryHomeNotStated).to_owned())}</th>
                                    {row.cells.into_iter().map(|cell| view! {
                                        <td class="number">
                                            <MatrixCount count=cell.current />
                                            <span class="previous">" (" <MatrixCount count=cell.previous /> ")"</span>
                                        </td>
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

/// A count in the meeting table, which has a cell for every pair of places and so many
/// small ones: "<5" on screen (the table's note says what it means), the words for screen
/// readers.
#[component]
fn MatrixCount(count: Count) -> impl IntoView {
    let i18n = use_i18n();
    match count {
        Count::Hidden => view! {
            <span aria-hidden="true">"<5"</span>
            <span class="visually-hidden">{move || people(i18n.lang(), count)}</span>
        }
        .into_any(),
        _ => view! { {move || people(i18n.lang(), count)} }.into_any(),
    }
}

#[component]
fn TrendSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let months = StoredValue::new(summary.trend.clone());
    let month_name = |lang: Lang, year: i32, month: i32| {
        let year = year.to_string();
        lang.format(
            Msg::SummaryMonthYear,
            &[
                ("month", Arg::from(month.clamp(1, 12))),
                ("year", Arg::from(&year)),
            ],
        )
    };
    let text = move || {
        let lang = i18n.lang();
        months.with_value(|months| {
            let first = months
                .first()
                .map(|m| month_name(lang, m.year, m.month))
                .unwrap_or_default();
            let last = months
                .last()
                .map(|m| month_name(lang, m.year, m.month))
                .unwrap_or_default();
            let busiest = months
                .iter()
                .filter_map(|m| {
                    m.participants
                        .exact()
                        .map(|n| (n, month_name(lang, m.year, m.month)))
                })
                .max_by_key(|(n, _)| *n);
            match busiest {
                Some((n, month)) => lang.format(
                    Msg::SummaryTrendText,
                    &[
                        ("first", Arg::from(&first)),
                        ("last", Arg::from(&last)),
                        ("month", Arg::from(&month)),
                        ("count", Arg::from(n)),
                    ],
                ),
                None => lang.format(
                    Msg::SummaryTrendQuiet,
                    &[("first", Arg::from(&first)), ("last", Arg::from(&last))],
                ),
            }
        })
    };
    let chart_rows = move || {
        let lang = i18n.lang();
        months.with_value(|months| {
            months
                .iter()
                .map(|m| {
                    (
                        month_name(lang, m.year, m.month),
                        m.participants.exact().map(|n| n as f64),
                        people(lang, m.participants),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Section id="summary-trend" title=Msg::SummaryTrendTitle rule=Msg::SummaryTrendRule table="trend" csv>
            <p id="summary-trend-text">{text}</p>
            <BarChart described_by="summary-trend-text" rows=Signal::derive(chart_rows) />
            <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::SummaryTrendTitle)>
                <table class="table">
                    <caption class="visually-hidden">{tr(Msg::SummaryTrendTitle)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(Msg::SummaryMonth)}</th>
                        <th scope="col">{tr(Msg::SummaryParticipants)}</th>
                        <th scope="col">{tr(Msg::SummaryProposed)}</th>
                        <th scope="col">{tr(Msg::SummaryPublished)}</th>
                        <th scope="col">{tr(Msg::SummaryCarriedOut)}</th>
                        <th scope="col">{tr(Msg::SummaryComments)}</th>
                    </tr></thead>
                    <tbody>
                        {summary.trend.into_iter().map(|m| view! {
                            <tr>
                                <th scope="row">{move || month_name(i18n.lang(), m.year, m.month)}</th>
                                <td class="number">{move || people(i18n.lang(), m.participants)}</td>
                                <td class="number">{m.proposed}</td>
                                <td class="number">{m.published}</td>
                                <td class="number">{m.carried_out}</td>
                                <td class="number">{m.comments}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Section>
    }
}

#[component]
fn ModerationSection(summary: Summary, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let m = summary.moderation;
    let rows = vec![
        (Msg::SummaryDecisions, number_figure(m.decisions)),
        (
            Msg::SummaryMedianWait,
            shown_figure(m.median_wait_hours, Shown::Hours),
        ),
        (
            Msg::SummaryLongestWait,
            shown_figure(m.longest_wait_hours, Shown::Hours),
        ),
        (Msg::SummaryPublished, number_figure(m.published)),
        (Msg::SummarySentBack, number_figure(m.sent_back)),
        (Msg::SummaryRejected, number_figure(m.rejected)),
    ];
    let waits = move || {
        let lang = i18n.lang();
        lang.format(
            Msg::SummaryWaitText,
            &[
                (
                    "median",
                    Arg::from(&hours(lang, m.median_wait_hours.current)),
                ),
                (
                    "longest",
                    Arg::from(&hours(lang, m.longest_wait_hours.current)),
                ),
                (
                    "previous_median",
                    Arg::from(&hours(lang, m.median_wait_hours.previous)),
                ),
                (
                    "previous_longest",
                    Arg::from(&hours(lang, m.longest_wait_hours.previous)),
                ),
            ],
        )
    };
    view! {
        <Section id="summary-moderation" title=Msg::SummaryModerationTitle rule=Msg::SummaryModerationRule table="moderation" csv>
            <p>{waits}</p>
            <FigureTable caption=Msg::SummaryModerationTitle rows />
        </Section>
    }
}
