//! Every table of the summary as a CSV download: UTF-8 (with the byte-order mark, so that a
//! spreadsheet shows Danish letters right), comma-separated as RFC 4180 says, a header row
//! in the reader's language, dates in ISO 8601, decimals with a point. Small counts of
//! people are "fewer than 5" here too.

use super::Summary;
use super::tables::{Cell, Table};
use crate::i18n::{Arg, Lang, Msg};

/// One field, quoted when it must be; text that a spreadsheet would run as a formula is
/// kept as text.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn decimal(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.1}")).unwrap_or_default()
}

/// A cell's fields: one, or two for a count with the previous period's beside it.
fn fields(cell: &Cell, lang: Lang) -> Vec<String> {
    match cell {
        Cell::People(count) => vec![count.text(lang)],
        Cell::Number(n) => vec![n.map(|n| n.to_string()).unwrap_or_default()],
        Cell::Decimal(v) | Cell::Percent(v) => vec![decimal(*v)],
        Cell::WithPrevious(f) => vec![f.current.text(lang), f.previous.text(lang)],
        Cell::NotUnderGoal => vec![lang.text(Msg::SummaryNotUnderGoal).to_owned()],
    }
}

/// The CSV text of `table`, a table of `summary`: the period's dates first, then the row
/// heading and the same columns as on the page, then the previous period's dates.
pub fn render(table: &Table, summary: &Summary, lang: Lang) -> String {
    let t = |msg: Msg| lang.text(msg).to_owned();
    let mut header = Vec::new();
    if table.of_period {
        header.extend([t(Msg::SummaryCsvFrom), t(Msg::SummaryCsvTo)]);
    }
    header.push(table.corner.clone());
    for (i, column) in table.columns.iter().enumerate() {
        header.push(column.clone());
        let paired = table
            .rows
            .first()
            .is_some_and(|row| matches!(row.cells.get(i), Some(Cell::WithPrevious(_))));
        if paired {
            header.push(lang.format(Msg::SummaryCsvPreviousOf, &[("name", Arg::from(column))]));
        }
    }
    if table.of_period {
        header.extend([t(Msg::SummaryCsvPreviousFrom), t(Msg::SummaryCsvPreviousTo)]);
    }
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&header));
    for row in &table.rows {
        let mut values = Vec::new();
        if table.of_period {
            values.extend([
                summary.span.first_day.clone(),
                summary.span.last_day.clone(),
            ]);
        }
        values.push(row.heading.clone());
        values.extend(row.cells.iter().flat_map(|cell| fields(cell, lang)));
        if table.of_period {
            values.extend([
                summary.previous.first_day.clone(),
                summary.previous.last_day.clone(),
            ]);
        }
        out.push_str(&line(&values));
    }
    out
}

/// `GET /summary/csv/{table}?period=…`: the table as a file, for politicians, moderators and
/// administrators; the same query as the page.
#[cfg(feature = "ssr")]
pub async fn download(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    session: tower_sessions::Session,
    axum::extract::Path(table): axum::extract::Path<String>,
    axum::extract::Query(query): axum::extract::Query<super::page::SummaryQuery>,
    headers: http::HeaderMap,
) -> axum::response::Response {
    use crate::error::AppError;
    use axum::response::IntoResponse;
    use http::StatusCode;
    let lang = crate::site::language::lang_of_headers(&headers);
    let refused = |status: StatusCode, error: &AppError| {
        (status, crate::i18n::error_message(lang, error)).into_response()
    };
    let Some(table) = super::tables::TableName::parse(&table) else {
        return refused(StatusCode::NOT_FOUND, &AppError::NotFound);
    };
    let account = match crate::accounts::auth::current_account(&state.db, &session).await {
        Ok(Some(account)) => account,
        Ok(None) => return refused(StatusCode::UNAUTHORIZED, &AppError::NotLoggedIn),
        Err(error) => return refused(StatusCode::INTERNAL_SERVER_ERROR, &error),
    };
    let summary = match super::page::load(
        &state,
        &account,
        &query,
        super::compute::Wanted::Only(table),
    )
    .await
    {
        Ok(summary) => summary,
        Err(error @ AppError::Forbidden) => return refused(StatusCode::FORBIDDEN, &error),
        Err(error @ AppError::Invalid(_)) => return refused(StatusCode::BAD_REQUEST, &error),
        Err(error) => return refused(StatusCode::INTERNAL_SERVER_ERROR, &error),
    };
    let body = render(&super::tables::build(&summary, table, lang), &summary, lang);
    // The file says what it covers: a narrowed table must not pass for the whole town's.
    let mut filename = format!(
        "forsamling-{}-{}-{}",
        table.as_str(),
        summary.span.first_day,
        summary.span.last_day
    );
    if let Some((position, _, _)) = &summary.narrowing_names.goal {
        filename.push_str(&format!("-goal{position}"));
    }
    if let Some(place) = summary.narrowing.neighbourhood {
        filename.push_str(&format!("-neighbourhood{place}"));
    }
    filename.push_str(".csv");
    (
        [
            (
                http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (http::header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_kept_as_text() {
        assert_eq!(field("Bæk- og Fosgården"), "Bæk- og Fosgården");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("sagde \"hej\""), "\"sagde \"\"hej\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(line(&["a".into(), "b".into()]), "a,b\r\n");
    }
}
