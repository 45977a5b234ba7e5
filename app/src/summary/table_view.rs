//! A table description (`tables`) as an HTML table: a scrollable region named by the
//! caption, a header row, a heading per row. Built again when the reader switches language.

use super::Summary;
use super::privacy::Count;
use super::tables::{Cell, Table, TableName, build};
use crate::i18n::{Arg, Lang, Msg, use_i18n};
use leptos::prelude::*;

/// A cell's text on the page: numbers in the reader's notation, "–" where there is none.
/// The sections' sentences use it too, so a figure reads the same in both.
pub(super) fn text(cell: Cell, lang: Lang) -> String {
    let none = || "–".to_owned();
    match cell {
        Cell::People(count) => count.text(lang),
        Cell::Number(n) => n.map(|n| n.to_string()).unwrap_or_else(none),
        Cell::Decimal(v) => v
            .map(|v| crate::i18n::decimal(lang, v, 1))
            .unwrap_or_else(none),
        Cell::Percent(v) => v
            .map(|v| lang.format(Msg::Percent, &[("value", Arg::Decimal(v, 1))]))
            .unwrap_or_else(none),
        Cell::WithPrevious(f) => format!("{} ({})", f.current.text(lang), f.previous.text(lang)),
        Cell::NotUnderGoal => lang.text(Msg::SummaryNotUnderGoal).to_owned(),
    }
}

/// A count in the meeting table, which has a cell for every pair of places and so many
/// hidden ones: "*" on screen (the table's note says what it means), the words for screen
/// readers.
fn compact(count: Count, lang: Lang) -> AnyView {
    match count {
        Count::Hidden | Count::Withheld => view! {
            <span aria-hidden="true">"*"</span>
            <span class="visually-hidden">{count.text(lang)}</span>
        }
        .into_any(),
        _ => count.text(lang).into_any(),
    }
}

fn cell_view(cell: Cell, lang: Lang) -> AnyView {
    match cell {
        Cell::WithPrevious(f) => view! {
            {compact(f.current, lang)}
            <span class="previous">" (" {compact(f.previous, lang)} ")"</span>
        }
        .into_any(),
        other => text(other, lang).into_any(),
    }
}

fn table_view(table: Table, lang: Lang) -> impl IntoView {
    // The meeting table's caption is seen: its cells need the note it gives.
    let (class, caption_class) = match table.name {
        TableName::Meeting => ("table matrix", ""),
        _ => ("table", "visually-hidden"),
    };
    let label = table.caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class=class>
                <caption class=caption_class>{table.caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{table.corner}</th>
                        {table.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.heading}</th>
                            {row.cells.into_iter().map(|cell| view! {
                                <td class="number">{cell_view(cell, lang)}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The table `name` of `summary`, in the page's language.
#[component]
pub fn SummaryTable(summary: StoredValue<Summary>, name: TableName) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        table_view(summary.with_value(|s| build(s, name, lang)), lang)
    }
}
