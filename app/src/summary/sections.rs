//! The sections of the summary page: each has a heading, the rule its figures follow, a
//! sentence a screen reader can read, a chart where one helps, its table (see `tables`)
//! and the table's CSV download.

use super::Summary;
use super::chart::BarChart;
use super::names::{place_name, trend_month_name};
use super::privacy::Count;
use super::table_view::SummaryTable;
use super::tables::{Cell, TableName};
use crate::i18n::{Arg, Lang, Msg, tr, use_i18n};
use leptos::prelude::*;

fn people(lang: Lang, count: Count) -> String {
    count.text(lang)
}

fn hours(lang: Lang, value: Option<f64>) -> String {
    match value {
        Some(h) => lang.format(Msg::SummaryHours, &[("hours", Arg::Decimal(h, 1))]),
        None => "–".to_owned(),
    }
}

fn percent(lang: Lang, value: Option<f64>) -> String {
    super::table_view::text(Cell::Percent(value), lang)
}

fn decimal(lang: Lang, value: f64) -> String {
    super::table_view::text(Cell::Decimal(Some(value)), lang)
}

/// The address of a table's download, for the summary the page shows.
fn csv_href(table: TableName, query: &str) -> String {
    if query.is_empty() {
        format!("/summary/csv/{}", table.as_str())
    } else {
        format!("/summary/csv/{}?{query}", table.as_str())
    }
}

/// A section's heading, how its figures are counted, and its CSV link.
#[component]
fn Section(
    id: &'static str,
    title: Msg,
    rule: Msg,
    table: TableName,
    csv: String,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="summary-section" aria-labelledby=id>
            <h2 id=id>{tr(title)}</h2>
            <p class="hint">{tr(rule)}</p>
            {children()}
            <p class="no-print"><a href=csv_href(table, &csv) download="">{tr(Msg::SummaryDownload)}</a></p>
        </section>
    }
}

/// Every section, in the order a politician reads them.
#[component]
pub fn Sections(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    view! {
        <Section id="summary-headline" title=Msg::SummaryHeadlineTitle rule=Msg::SummaryHeadlineRule table=TableName::Headline csv=csv.clone()>
            <SummaryTable summary name=TableName::Headline />
        </Section>
        <LadderSection summary csv=csv.clone() />
        <Section id="summary-goals" title=Msg::SummaryGoalsTitle rule=Msg::SummaryGoalsRule table=TableName::Goals csv=csv.clone()>
            <SummaryTable summary name=TableName::Goals />
        </Section>
        <PlaceSection summary csv=csv.clone() />
        <MeetingSection summary csv=csv.clone() />
        <TrendSection summary csv=csv.clone() />
        <ModerationSection summary csv />
    }
}

#[component]
fn LadderSection(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            let parts: Vec<String> = s
                .ladder
                .iter()
                .map(|r| {
                    format!(
                        "{}: {}",
                        lang.text(r.level.name()),
                        people(lang, r.people.current)
                    )
                })
                .collect();
            lang.format(
                Msg::SummaryLadderText,
                &[
                    ("levels", Arg::from(&parts.join("; "))),
                    ("stepped", Arg::from(&people(lang, s.stepped_up.current))),
                ],
            )
        })
    };
    let chart_rows = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            s.ladder
                .iter()
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
        <Section id="summary-ladder" title=Msg::SummaryLadderTitle rule=Msg::SummaryLadderRule table=TableName::Ladder csv>
            <p id="summary-ladder-text">{text}</p>
            <BarChart described_by="summary-ladder-text" rows=Signal::derive(chart_rows) />
            <SummaryTable summary name=TableName::Ladder />
        </Section>
    }
}

#[component]
fn PlaceSection(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    // The lowest rates first in the sentence: who is missing.
    let text = move || {
        let lang = i18n.lang();
        let mut rated: Vec<(String, f64)> = summary.with_value(|s| {
            s.by_neighbourhood
                .iter()
                .filter_map(|r| {
                    r.per_thousand
                        .current
                        .map(|rate| (place_name(lang, &r.name), rate))
                })
                .collect()
        });
        rated.sort_by(|a, b| a.1.total_cmp(&b.1));
        if rated.is_empty() {
            return lang.text(Msg::SummaryPlacesNone).to_owned();
        }
        if let [(name, rate)] = rated.as_slice() {
            // One neighbourhood is both the fewest and the most: said once.
            return lang.format(
                Msg::SummaryPlacesOne,
                &[(
                    "place",
                    Arg::from(&format!("{name} ({})", decimal(lang, *rate))),
                )],
            );
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
        summary.with_value(|s| {
            s.by_neighbourhood
                .iter()
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
                    (place_name(lang, &r.name), r.per_thousand.current, label)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Section id="summary-places" title=Msg::SummaryPlacesTitle rule=Msg::SummaryPlacesRule table=TableName::Neighbourhoods csv>
            <p id="summary-places-text">{text}</p>
            <BarChart described_by="summary-places-text" rows=Signal::derive(chart_rows) />
            <SummaryTable summary name=TableName::Neighbourhoods />
        </Section>
    }
}

#[component]
fn MeetingSection(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            let m = &s.meeting;
            match m.share.current {
                Some(share) => lang.format(
                    Msg::SummaryMeetingText,
                    &[
                        ("across", Arg::from(m.across.current)),
                        ("initiatives", Arg::from(m.initiatives.current)),
                        ("share", Arg::from(&percent(lang, Some(share)))),
                        ("previous", Arg::from(&percent(lang, m.share.previous))),
                    ],
                ),
                None => lang.text(Msg::SummaryMeetingNone).to_owned(),
            }
        })
    };
    let mixing = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            let m = &s.meeting;
            m.mixing.current.map(|mixing| {
                lang.format(
                    Msg::SummaryMixingText,
                    &[
                        ("mixing", Arg::from(&percent(lang, Some(mixing)))),
                        ("previous", Arg::from(&percent(lang, m.mixing.previous))),
                    ],
                )
            })
        })
    };
    let across_csv = csv_href(TableName::Across, &csv);
    view! {
        <Section id="summary-meeting" title=Msg::SummaryMeetingTitle rule=Msg::SummaryMeetingRule table=TableName::Meeting csv>
            <p>{text}</p>
            {move || mixing().map(|text| view! { <p>{text}</p> })}
            <SummaryTable summary name=TableName::Across />
            <p class="no-print"><a href=across_csv download="">{tr(Msg::SummaryDownloadAcross)}</a></p>
            <p class="hint">{tr(Msg::SummaryMatrixPrevious)}</p>
            <SummaryTable summary name=TableName::Meeting />
        </Section>
    }
}

#[component]
fn TrendSection(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            let months = &s.trend;
            let name = |m: &super::Month| trend_month_name(lang, m);
            let first = months.first().map(name).unwrap_or_default();
            let last = months.last().map(name).unwrap_or_default();
            let busiest = months
                .iter()
                .filter_map(|m| m.participants.exact().map(|n| (n, name(m))))
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
        summary.with_value(|s| {
            s.trend
                .iter()
                .map(|m| {
                    (
                        trend_month_name(lang, m),
                        m.participants.exact().map(|n| n as f64),
                        people(lang, m.participants),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Section id="summary-trend" title=Msg::SummaryTrendTitle rule=Msg::SummaryTrendRule table=TableName::Trend csv>
            <p id="summary-trend-text">{text}</p>
            <BarChart described_by="summary-trend-text" rows=Signal::derive(chart_rows) />
            <SummaryTable summary name=TableName::Trend />
        </Section>
    }
}

#[component]
fn ModerationSection(summary: StoredValue<Summary>, csv: String) -> impl IntoView {
    let i18n = use_i18n();
    let waits = move || {
        let lang = i18n.lang();
        summary.with_value(|s| {
            let Some(m) = &s.moderation.review else {
                return lang.text(Msg::SummaryModerationUnderGoal).to_owned();
            };
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
        })
    };
    view! {
        <Section id="summary-moderation" title=Msg::SummaryModerationTitle rule=Msg::SummaryModerationRule table=TableName::Moderation csv>
            <p>{waits}</p>
            <SummaryTable summary name=TableName::Moderation />
        </Section>
    }
}
