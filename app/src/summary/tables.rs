//! Every table of the summary, described once: its caption, its columns and its rows of
//! typed cells. The page renders a description as an HTML table (`table_view`) and the
//! download as CSV (`csv`), so the two always hold the same figures under the same names.

use super::names::{place_name, trend_month_name};
use super::privacy::Count;
use super::{Figure, Summary};
use crate::i18n::{Arg, Lang, Msg, stored_text};
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// The tables, by the name in their download's address and file name.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum TableName {
        Headline = "headline",
        Ladder = "ladder",
        Goals = "goals",
        Neighbourhoods = "neighbourhoods",
        Across = "across",
        Meeting = "meeting",
        Trend = "trend",
        Moderation = "moderation",
    }
}

/// One value in a table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    /// A count of people, which may be hidden (rule 13).
    People(Count),
    /// A count of things (initiatives, comments, decisions), or a number of residents.
    Number(Option<i64>),
    /// One decimal: a rate, or hours (the row or column says which).
    Decimal(Option<f64>),
    /// A percentage with one decimal.
    Percent(Option<f64>),
    /// A count of people this period with the previous period's beside it, for the meeting
    /// table, where every pair of places has a cell: the CSV gives each its own column.
    WithPrevious(Figure<Count>),
    /// A figure that cannot be computed under the narrowing (rule 12): it says so.
    NotUnderGoal,
}

/// A row: its heading (what the row is about) and one cell per column.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub heading: String,
    pub cells: Vec<Cell>,
}

/// A table in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: TableName,
    pub caption: String,
    /// The heading of the column of row headings, then one per column of cells.
    pub corner: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Whether the figures are of the chosen period (and the previous one): the CSV then
    /// says which dates in columns of their own. The trend's months say it themselves.
    pub of_period: bool,
}

impl Table {
    fn new(name: TableName, caption: Msg, corner: Msg, columns: Vec<String>, lang: Lang) -> Table {
        Table {
            name,
            caption: lang.text(caption).to_owned(),
            corner: lang.text(corner).to_owned(),
            columns,
            rows: Vec::new(),
            of_period: true,
        }
    }

    fn row(&mut self, heading: impl Into<String>, cells: Vec<Cell>) {
        self.rows.push(Row {
            heading: heading.into(),
            cells,
        });
    }
}

fn people(f: Figure<Count>) -> [Cell; 2] {
    [Cell::People(f.current), Cell::People(f.previous)]
}

fn number(f: Figure<i64>) -> [Cell; 2] {
    [
        Cell::Number(Some(f.current)),
        Cell::Number(Some(f.previous)),
    ]
}

fn decimal(f: Figure<Option<f64>>) -> [Cell; 2] {
    [Cell::Decimal(f.current), Cell::Decimal(f.previous)]
}

/// A figure that narrowing to a goal leaves out (rule 12).
fn under_goal<T>(figure: Option<Figure<T>>, cells: impl Fn(Figure<T>) -> [Cell; 2]) -> [Cell; 2] {
    figure.map_or([Cell::NotUnderGoal, Cell::NotUnderGoal], cells)
}

/// A table of figures: what, this period, the previous period.
fn figures(name: TableName, caption: Msg, rows: Vec<(Msg, [Cell; 2])>, lang: Lang) -> Table {
    let columns = vec![
        lang.text(Msg::SummaryThisPeriod).to_owned(),
        lang.text(Msg::SummaryPreviousPeriod).to_owned(),
    ];
    let mut table = Table::new(name, caption, Msg::SummaryCsvFigure, columns, lang);
    for (msg, cells) in rows {
        table.row(lang.text(msg), cells.to_vec());
    }
    table
}

/// The table `name` of `summary`, in `lang`.
pub fn build(summary: &Summary, name: TableName, lang: Lang) -> Table {
    let t = |msg: Msg| lang.text(msg).to_owned();
    match name {
        TableName::Headline => {
            let h = &summary.headline;
            figures(
                name,
                Msg::SummaryHeadlineTitle,
                vec![
                    (Msg::SummaryParticipants, people(h.participants)),
                    (Msg::SummaryNew, people(h.new_participants)),
                    (
                        Msg::SummaryJoinedOrSteppedUp,
                        people(h.joined_or_stepped_up),
                    ),
                    (Msg::SummaryProposed, under_goal(h.proposed, number)),
                    (Msg::SummaryPublished, number(h.published)),
                    (Msg::SummaryCarriedOut, number(h.carried_out)),
                    (Msg::SummaryComments, number(h.comments)),
                ],
                lang,
            )
        }
        TableName::Ladder => {
            let columns = vec![t(Msg::SummaryThisPeriod), t(Msg::SummaryPreviousPeriod)];
            let mut table = Table::new(
                name,
                Msg::SummaryLadderTitle,
                Msg::SummaryLevel,
                columns,
                lang,
            );
            for row in &summary.ladder {
                table.row(t(row.level.name()), people(row.people).to_vec());
            }
            table.row(
                t(Msg::SummarySteppedUp),
                people(summary.stepped_up).to_vec(),
            );
            table
        }
        TableName::Goals => {
            let columns = vec![
                t(Msg::SummaryInitiatives),
                t(Msg::SummaryPeople),
                t(Msg::SummaryCsvPreviousInitiatives),
                t(Msg::SummaryCsvPreviousPeople),
            ];
            let mut table = Table::new(
                name,
                Msg::SummaryGoalsTitle,
                Msg::SummaryGoal,
                columns,
                lang,
            );
            for row in &summary.by_goal {
                let heading = lang.format(
                    Msg::GoalNumbered,
                    &[
                        ("number", Arg::from(row.position)),
                        (
                            "title",
                            Arg::from(stored_text(lang, &row.title_da, &row.title_en)),
                        ),
                    ],
                );
                table.row(
                    heading,
                    vec![
                        Cell::Number(Some(row.initiatives.current)),
                        Cell::People(row.participants.current),
                        Cell::Number(Some(row.initiatives.previous)),
                        Cell::People(row.participants.previous),
                    ],
                );
            }
            table
        }
        TableName::Neighbourhoods => {
            let columns = vec![
                t(Msg::SummaryResidents),
                t(Msg::SummaryPeople),
                t(Msg::SummaryPerThousand),
                t(Msg::SummaryInitiativesThere),
                t(Msg::SummaryCsvPreviousPeople),
                t(Msg::SummaryCsvPreviousPerThousand),
                t(Msg::SummaryCsvPreviousInitiatives),
            ];
            let mut table = Table::new(
                name,
                Msg::SummaryPlacesTitle,
                Msg::SummaryNeighbourhood,
                columns,
                lang,
            );
            for row in &summary.by_neighbourhood {
                if row.neighbourhood_id.is_some() {
                    table.row(
                        place_name(lang, &row.name),
                        vec![
                            Cell::Number(row.residents),
                            Cell::People(row.participants.current),
                            Cell::Decimal(row.per_thousand.current),
                            Cell::Number(Some(row.initiatives.current)),
                            Cell::People(row.participants.previous),
                            Cell::Decimal(row.per_thousand.previous),
                            Cell::Number(Some(row.initiatives.previous)),
                        ],
                    );
                    continue;
                }
                // The row without a neighbourhood holds two different things, each on a
                // row of its own: people who say nothing of where they live, and
                // initiatives for the whole town.
                table.row(
                    t(Msg::SummaryHomeNotStated),
                    vec![
                        Cell::Number(None),
                        Cell::People(row.participants.current),
                        Cell::Decimal(None),
                        Cell::Number(None),
                        Cell::People(row.participants.previous),
                        Cell::Decimal(None),
                        Cell::Number(None),
                    ],
                );
                table.row(
                    t(Msg::WholeTown),
                    vec![
                        Cell::Number(None),
                        Cell::Number(None),
                        Cell::Decimal(None),
                        Cell::Number(Some(row.initiatives.current)),
                        Cell::Number(None),
                        Cell::Decimal(None),
                        Cell::Number(Some(row.initiatives.previous)),
                    ],
                );
            }
            table
        }
        TableName::Across => {
            let m = &summary.meeting;
            let percent =
                |f: Figure<Option<f64>>| [Cell::Percent(f.current), Cell::Percent(f.previous)];
            let mut table = figures(
                name,
                Msg::SummaryMeetingTitle,
                vec![
                    (Msg::SummaryTakenPartIn, number(m.initiatives)),
                    (Msg::SummaryAcross, number(m.across)),
                    (Msg::SummaryAcrossShare, percent(m.share)),
                    (Msg::SummaryMixedInitiatives, number(m.mixed_initiatives)),
                    (Msg::SummaryMixing, percent(m.mixing)),
                ],
                lang,
            );
            for (position, median) in &m.mixing_by_goal {
                table.row(
                    lang.format(Msg::SummaryMixingGoal, &[("number", Arg::from(*position))]),
                    percent(*median).to_vec(),
                );
            }
            table.row(t(Msg::SummaryOutside), percent(m.outside).to_vec());
            table
        }
        TableName::Meeting => {
            let m = &summary.meeting;
            let columns = m
                .places
                .iter()
                .map(|(_, name)| name.clone().unwrap_or_else(|| t(Msg::WholeTown)))
                .collect();
            let mut table = Table::new(
                name,
                Msg::SummaryMatrixCaption,
                Msg::SummaryLivesIn,
                columns,
                lang,
            );
            for row in &m.rows {
                table.row(
                    row.home
                        .clone()
                        .unwrap_or_else(|| t(Msg::SummaryHomeNotStated)),
                    row.cells.iter().map(|c| Cell::WithPrevious(*c)).collect(),
                );
            }
            table
        }
        TableName::Trend => {
            let columns = vec![
                t(Msg::SummaryParticipants),
                t(Msg::SummaryProposed),
                t(Msg::SummaryPublished),
                t(Msg::SummaryCarriedOut),
                t(Msg::SummaryComments),
            ];
            let mut table = Table::new(
                name,
                Msg::SummaryTrendTitle,
                Msg::SummaryMonth,
                columns,
                lang,
            );
            table.of_period = false;
            for month in &summary.trend {
                table.row(
                    trend_month_name(lang, month),
                    vec![
                        Cell::People(month.participants),
                        month
                            .proposed
                            .map_or(Cell::NotUnderGoal, |n| Cell::Number(Some(n))),
                        Cell::Number(Some(month.published)),
                        Cell::Number(Some(month.carried_out)),
                        Cell::Number(Some(month.comments)),
                    ],
                );
            }
            table
        }
        TableName::Moderation => {
            let m = &summary.moderation;
            let review = |pick: fn(&super::Review) -> Figure<i64>| {
                under_goal(m.review.as_ref().map(pick), number)
            };
            let wait = |pick: fn(&super::Review) -> Figure<Option<f64>>| {
                under_goal(m.review.as_ref().map(pick), decimal)
            };
            figures(
                name,
                Msg::SummaryModerationTitle,
                vec![
                    (Msg::SummaryDecisions, review(|r| r.decisions)),
                    (Msg::SummaryMedianWait, wait(|r| r.median_wait_hours)),
                    (Msg::SummaryLongestWait, wait(|r| r.longest_wait_hours)),
                    (Msg::SummaryPublished, number(m.published)),
                    (Msg::SummarySentBack, review(|r| r.sent_back)),
                    (Msg::SummaryRejected, review(|r| r.rejected)),
                    (Msg::SummaryAnswered, number(m.answered)),
                    (Msg::SummaryMedianAnswerDays, decimal(m.median_answer_days)),
                ],
                lang,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::period::Span;
    use crate::summary::*;

    fn sample() -> Summary {
        crate::summary::sample::summary(Span {
            from: 0,
            to: 1,
            first_day: "2026-02-01".into(),
            last_day: "2026-02-28".into(),
        })
    }

    #[test]
    fn every_row_has_a_cell_under_every_column() {
        let summary = sample();
        for lang in Lang::ALL {
            for name in TableName::ALL {
                let table = build(&summary, name, lang);
                assert!(!table.rows.is_empty(), "{name:?} has rows");
                for row in &table.rows {
                    assert_eq!(
                        row.cells.len(),
                        table.columns.len(),
                        "{name:?}: {}",
                        row.heading
                    );
                }
            }
        }
    }

    #[test]
    fn under_a_goal_what_cannot_be_counted_says_so() {
        let mut summary = sample();
        summary.headline.proposed = None;
        summary.trend[0].proposed = None;
        summary.moderation.review = None;
        for lang in Lang::ALL {
            let headline = build(&summary, TableName::Headline, lang);
            let proposed = headline
                .rows
                .iter()
                .find(|r| r.heading == lang.text(Msg::SummaryProposed))
                .expect("a row for proposed");
            assert_eq!(proposed.cells, vec![Cell::NotUnderGoal; 2]);
            let moderation = build(&summary, TableName::Moderation, lang);
            let shown: Vec<_> = moderation
                .rows
                .iter()
                .filter(|r| r.cells[0] != Cell::NotUnderGoal)
                .map(|r| r.heading.clone())
                .collect();
            // Published proposals and their answers have goals; the rest cannot be counted.
            assert_eq!(
                shown,
                [
                    Msg::SummaryPublished,
                    Msg::SummaryAnswered,
                    Msg::SummaryMedianAnswerDays
                ]
                .map(|msg| lang.text(msg).to_owned())
            );
            let page = crate::summary::table_view::text(Cell::NotUnderGoal, lang);
            assert_eq!(page, lang.text(Msg::SummaryNotUnderGoal));
            let file = crate::summary::csv::render(&moderation, &summary, lang);
            assert!(file.contains(lang.text(Msg::SummaryNotUnderGoal)), "{file}");
        }
    }

    #[test]
    fn the_page_and_the_file_show_the_same_figures() {
        let summary = sample();
        let table = build(&summary, TableName::Headline, Lang::Da);
        assert_eq!(table.rows[0].heading, "Deltagere");
        assert_eq!(table.rows[0].cells[0], Cell::People(Count::Exact(7)));
        let file = crate::summary::csv::render(&table, &summary, Lang::Da);
        assert!(
            file.contains("2026-02-01,2026-02-28,Deltagere,7,7,"),
            "{file}"
        );
        // The meeting table gives this period and the previous one a column each in the file.
        let meeting = build(&summary, TableName::Meeting, Lang::En);
        let file = crate::summary::csv::render(&meeting, &summary, Lang::En);
        let header = file.lines().next().unwrap_or_default();
        assert_eq!(header.matches("Hedemarken").count(), 2, "{header}");
    }

    #[test]
    fn people_without_a_neighbourhood_and_whole_town_initiatives_have_a_row_each() {
        let table = build(&sample(), TableName::Neighbourhoods, Lang::En);
        let headings: Vec<&str> = table.rows.iter().map(|r| r.heading.as_str()).collect();
        assert_eq!(headings, ["Hedemarken", "Not stated", "The whole town"]);
        // People under "not stated", initiatives under "the whole town", nothing mixed.
        assert_eq!(table.rows[1].cells[1], Cell::People(Count::Exact(6)));
        assert_eq!(table.rows[1].cells[3], Cell::Number(None));
        assert_eq!(table.rows[2].cells[1], Cell::Number(None));
        assert_eq!(table.rows[2].cells[3], Cell::Number(Some(4)));
    }
}
