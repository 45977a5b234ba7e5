//! Every table of the summary as a CSV download: UTF-8 (with the byte-order mark, so that a
//! spreadsheet shows Danish letters right), comma-separated as RFC 4180 says, a header row
//! in the reader's language, dates in ISO 8601, decimals with a point. Small counts of
//! people are "fewer than 5" here too.

use super::privacy::Count;
use super::{Figure, Summary};
use crate::i18n::{Arg, Lang, Msg};

/// The tables that can be downloaded, by the name in their address.
pub const TABLES: [&str; 8] = [
    "headline",
    "ladder",
    "goals",
    "neighbourhoods",
    "across",
    "meeting",
    "trend",
    "moderation",
];

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

/// The CSV text of `table`, or `None` for a name that is no table.
pub fn render(summary: &Summary, table: &str, lang: Lang) -> Option<String> {
    let t = |msg: Msg| lang.text(msg).to_owned();
    let count = |c: Count| c.text(lang);
    let span = [
        summary.span.first_day.clone(),
        summary.span.last_day.clone(),
    ];
    let previous = [
        summary.previous.first_day.clone(),
        summary.previous.last_day.clone(),
    ];
    let mut out = String::from("\u{feff}");
    match table {
        "headline" | "moderation" | "across" => {
            out.push_str(&line(&[
                t(Msg::SummaryCsvFigure),
                t(Msg::SummaryCsvFrom),
                t(Msg::SummaryCsvTo),
                t(Msg::SummaryCsvValue),
                t(Msg::SummaryCsvPreviousFrom),
                t(Msg::SummaryCsvPreviousTo),
                t(Msg::SummaryCsvPreviousValue),
            ]));
            let rows: Vec<(Msg, String, String)> = if table == "headline" {
                let h = &summary.headline;
                let people = |f: Figure<Count>| (count(f.current), count(f.previous));
                let number = |f: Figure<i64>| (f.current.to_string(), f.previous.to_string());
                [
                    (Msg::SummaryParticipants, people(h.participants)),
                    (Msg::SummaryNew, people(h.new_participants)),
                    (Msg::SummaryProposed, number(h.proposed)),
                    (Msg::SummaryPublished, number(h.published)),
                    (Msg::SummaryCarriedOut, number(h.carried_out)),
                    (Msg::SummaryComments, number(h.comments)),
                    (Msg::SummarySteppedUp, people(summary.stepped_up)),
                ]
                .into_iter()
                .map(|(msg, (now, before))| (msg, now, before))
                .collect()
            } else if table == "across" {
                let m = &summary.meeting;
                let number = |f: Figure<i64>| (f.current.to_string(), f.previous.to_string());
                [
                    (Msg::SummaryTakenPartIn, number(m.initiatives)),
                    (Msg::SummaryAcross, number(m.across)),
                    (
                        Msg::SummaryAcrossShare,
                        (decimal(m.share.current), decimal(m.share.previous)),
                    ),
                ]
                .into_iter()
                .map(|(msg, (now, before))| (msg, now, before))
                .collect()
            } else {
                let m = &summary.moderation;
                let number = |f: Figure<i64>| (f.current.to_string(), f.previous.to_string());
                let hours = |f: Figure<Option<f64>>| (decimal(f.current), decimal(f.previous));
                [
                    (Msg::SummaryDecisions, number(m.decisions)),
                    (Msg::SummaryMedianWait, hours(m.median_wait_hours)),
                    (Msg::SummaryLongestWait, hours(m.longest_wait_hours)),
                    (Msg::SummaryPublished, number(m.published)),
                    (Msg::SummarySentBack, number(m.sent_back)),
                    (Msg::SummaryRejected, number(m.rejected)),
                ]
                .into_iter()
                .map(|(msg, (now, before))| (msg, now, before))
                .collect()
            };
            for (msg, now, before) in rows {
                out.push_str(&line(&[
                    t(msg),
                    span[0].clone(),
                    span[1].clone(),
                    now,
                    previous[0].clone(),
                    previous[1].clone(),
                    before,
                ]));
            }
        }
        "ladder" => {
            out.push_str(&line(&[
                t(Msg::SummaryCsvFrom),
                t(Msg::SummaryCsvTo),
                t(Msg::SummaryLevel),
                t(Msg::SummaryPeople),
                t(Msg::SummaryCsvPreviousValue),
            ]));
            for row in &summary.ladder {
                out.push_str(&line(&[
                    span[0].clone(),
                    span[1].clone(),
                    t(row.level.name()),
                    count(row.people.current),
                    count(row.people.previous),
                ]));
            }
        }
        "goals" => {
            out.push_str(&line(&[
                t(Msg::SummaryCsvFrom),
                t(Msg::SummaryCsvTo),
                t(Msg::SummaryGoal),
                t(Msg::SummaryInitiatives),
                t(Msg::SummaryPeople),
                t(Msg::SummaryCsvPreviousInitiatives),
                t(Msg::SummaryCsvPreviousPeople),
            ]));
            for row in &summary.by_goal {
                let title = crate::i18n::stored_text(lang, &row.title_da, &row.title_en);
                out.push_str(&line(&[
                    span[0].clone(),
                    span[1].clone(),
                    format!("{}: {title}", row.position),
                    row.initiatives.current.to_string(),
                    count(row.participants.current),
                    row.initiatives.previous.to_string(),
                    count(row.participants.previous),
                ]));
            }
        }
        "neighbourhoods" => {
            out.push_str(&line(&[
                t(Msg::SummaryCsvFrom),
                t(Msg::SummaryCsvTo),
                t(Msg::SummaryNeighbourhood),
                t(Msg::SummaryResidents),
                t(Msg::SummaryPeople),
                t(Msg::SummaryPerThousand),
                t(Msg::SummaryInitiativesThere),
                t(Msg::SummaryCsvPreviousPeople),
                t(Msg::SummaryCsvPreviousPerThousand),
                t(Msg::SummaryCsvPreviousInitiatives),
            ]));
            for row in &summary.by_neighbourhood {
                out.push_str(&line(&[
                    span[0].clone(),
                    span[1].clone(),
                    row.name.clone().unwrap_or_else(|| t(Msg::SummaryNotStated)),
                    row.residents.map(|r| r.to_string()).unwrap_or_default(),
                    count(row.participants.current),
                    decimal(row.per_thousand.current),
                    row.initiatives.current.to_string(),
                    count(row.participants.previous),
                    decimal(row.per_thousand.previous),
                    row.initiatives.previous.to_string(),
                ]));
            }
        }
        "meeting" => {
            let mut header = vec![
                t(Msg::SummaryCsvFrom),
                t(Msg::SummaryCsvTo),
                t(Msg::SummaryLivesIn),
            ];
            // Each place's column for this period, then the same for the previous one.
            let names: Vec<String> = summary
                .meeting
                .places
                .iter()
                .map(|(_, name)| name.clone().unwrap_or_else(|| t(Msg::WholeTown)))
                .collect();
            header.extend(names.iter().cloned());
            header.extend(
                names.iter().map(|name| {
                    lang.format(Msg::SummaryCsvPreviousOf, &[("name", Arg::from(name))])
                }),
            );
            out.push_str(&line(&header));
            for row in &summary.meeting.rows {
                let mut fields = vec![
                    span[0].clone(),
                    span[1].clone(),
                    row.home
                        .clone()
                        .unwrap_or_else(|| t(Msg::SummaryHomeNotStated)),
                ];
                fields.extend(row.cells.iter().map(|c| count(c.current)));
                fields.extend(row.cells.iter().map(|c| count(c.previous)));
                out.push_str(&line(&fields));
            }
        }
        "trend" => {
            out.push_str(&line(&[
                t(Msg::SummaryMonth),
                t(Msg::SummaryParticipants),
                t(Msg::SummaryProposed),
                t(Msg::SummaryPublished),
                t(Msg::SummaryCarriedOut),
                t(Msg::SummaryComments),
            ]));
            for month in &summary.trend {
                out.push_str(&line(&[
                    format!("{:04}-{:02}", month.year, month.month),
                    count(month.participants),
                    month.proposed.to_string(),
                    month.published.to_string(),
                    month.carried_out.to_string(),
                    month.comments.to_string(),
                ]));
            }
        }
        _ => return None,
    }
    Some(out)
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
    if !TABLES.contains(&table.as_str()) {
        return refused(StatusCode::NOT_FOUND, &AppError::NotFound);
    }
    let account = match crate::accounts::auth::current_account(&state.db, &session).await {
        Ok(Some(account)) => account,
        Ok(None) => return refused(StatusCode::UNAUTHORIZED, &AppError::NotLoggedIn),
        Err(error) => return refused(StatusCode::INTERNAL_SERVER_ERROR, &error),
    };
    let summary = match super::page::load(&state.db, &account, &query).await {
        Ok(summary) => summary,
        Err(error @ AppError::Forbidden) => return refused(StatusCode::FORBIDDEN, &error),
        Err(error @ AppError::Invalid(_)) => return refused(StatusCode::BAD_REQUEST, &error),
        Err(error) => return refused(StatusCode::INTERNAL_SERVER_ERROR, &error),
    };
    let Some(body) = render(&summary, &table, lang) else {
        return refused(StatusCode::NOT_FOUND, &AppError::NotFound);
    };
    // The file says what it covers: a narrowed table must not pass for the whole town's.
    let mut filename = format!(
        "forsamling-{table}-{}-{}",
        summary.span.first_day, summary.span.last_day
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
