//! Puts the summary together from the queries in `store.rs`: each figure for the span and
//! the previous span, the small counts of people hidden (see `privacy.rs`).

use super::period::Span;
use super::privacy::{Count, group, per_thousand};
use super::store::{self, Part, Participation, Reader, Scope};
use super::tables::TableName;
use super::{
    Figure, GoalRow, Headline, LadderRow, Meeting, Moderation, Month, Narrowing, NarrowingNames,
    PlaceRow, Review, Summary,
};
use crate::db::Db;
use crate::participation::level::Level;

/// What a view needs: the whole summary for the page, one table for its CSV download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    All,
    Only(TableName),
}

impl Wanted {
    fn wants(self, table: TableName) -> bool {
        match self {
            Wanted::All => true,
            Wanted::Only(only) => only == table,
        }
    }
}

/// The whole summary for `span`, narrowed, with `previous` beside it; the sections `wanted`
/// leaves out stay empty. Read in one snapshot.
#[tracing::instrument(skip_all)]
pub async fn summary(
    db: &Db,
    span: Span,
    narrowing: Narrowing,
    wanted: Wanted,
) -> Result<Summary, sqlx::Error> {
    let mut reader = Reader::begin(db).await?;
    let summary = read(&mut reader, span, narrowing, wanted).await?;
    reader.finish().await?;
    Ok(summary)
}

/// `summary`, on an open reader (a test counts its queries).
pub async fn read(
    reader: &mut Reader,
    span: Span,
    narrowing: Narrowing,
    wanted: Wanted,
) -> Result<Summary, sqlx::Error> {
    let previous = span.previous();
    let now = Scope::new(&span, narrowing);
    let before = Scope::new(&previous, narrowing);
    let computed_at = crate::db::now();
    let mut summary = Summary {
        computed_at: computed_at.seconds(),
        computed_local: computed_at.local(),
        span,
        previous,
        narrowing,
        narrowing_names: NarrowingNames::default(),
        headline: Headline::default(),
        ladder: Vec::new(),
        stepped_up: Figure::default(),
        by_goal: Vec::new(),
        by_neighbourhood: Vec::new(),
        meeting: Meeting::default(),
        trend: Vec::new(),
        moderation: Moderation::default(),
    };
    let goals = reader.goals().await?;
    let places = reader.neighbourhoods().await?;
    summary.narrowing_names = NarrowingNames {
        goal: narrowing.goal.and_then(|id| {
            goals
                .iter()
                .find(|g| g.0 == id)
                .map(|(_, position, da, en)| (*position, da.clone(), en.clone()))
        }),
        neighbourhood: narrowing.neighbourhood.and_then(|id| {
            places
                .iter()
                .find(|n| n.0 == id)
                .map(|(_, name, _)| name.clone())
        }),
    };

    // Who took part, each period read once for every table that wants it.
    let parts: Vec<Part> = [
        (TableName::Headline, &[Part::People, Part::Moved][..]),
        (TableName::Ladder, &[Part::People]),
        (TableName::Goals, &[Part::Goals]),
        (TableName::Neighbourhoods, &[Part::Homes, Part::Places]),
        (TableName::Across, &[Part::Mixing, Part::Outside]),
        (
            TableName::Meeting,
            &[Part::Mixing, Part::Outside, Part::HomePlaces],
        ),
    ]
    .into_iter()
    .filter(|(table, _)| wanted.wants(*table))
    .flat_map(|(_, parts)| parts.iter().copied())
    .fold(Vec::new(), |mut all, part| {
        if !all.contains(&part) {
            all.push(part);
        }
        all
    });
    let (taken_now, taken_before) = (
        store::participation(reader, now, &parts).await?,
        store::participation(reader, before, &parts).await?,
    );
    if wanted.wants(TableName::Headline) || wanted.wants(TableName::Ladder) {
        let (people_now, people_before) = (taken_now.people, taken_before.people);
        if wanted.wants(TableName::Headline) {
            let (activity_now, activity_before) = (
                store::activity(reader, now).await?,
                store::activity(reader, before).await?,
            );
            summary.headline = Headline {
                participants: people(people_now.participants(), people_before.participants()),
                new_participants: people(people_now.new, people_before.new),
                joined_or_stepped_up: people(
                    people_now.joined_or_stepped_up,
                    people_before.joined_or_stepped_up,
                ),
                proposed: (narrowing.goal.is_none())
                    .then(|| figure(activity_now.proposed, activity_before.proposed)),
                published: figure(activity_now.published, activity_before.published),
                carried_out: figure(activity_now.carried_out, activity_before.carried_out),
                comments: figure(activity_now.comments, activity_before.comments),
            };
        }
        // The four levels add up to the participants: hidden as a group.
        let (ladder_now, ladder_before) = (group(&people_now.ladder), group(&people_before.ladder));
        summary.ladder = Level::ALL
            .into_iter()
            .enumerate()
            .map(|(i, level)| LadderRow {
                level,
                people: Figure {
                    current: ladder_now[i],
                    previous: ladder_before[i],
                },
            })
            .collect();
        summary.stepped_up = people(people_now.stepped_up, people_before.stepped_up);
    }
    if wanted.wants(TableName::Goals) {
        summary.by_goal =
            goal_rows(reader, &goals, now, before, [&taken_now, &taken_before]).await?;
    }
    if wanted.wants(TableName::Neighbourhoods) {
        summary.by_neighbourhood = place_rows(&places, [&taken_now, &taken_before]);
    }
    if wanted.wants(TableName::Across) || wanted.wants(TableName::Meeting) {
        summary.meeting =
            super::meeting::meeting(&places, &goals, now, [&taken_now, &taken_before]);
    }
    if wanted.wants(TableName::Trend) {
        summary.trend = trend(reader, &summary.span, narrowing).await?;
        if narrowing.goal.is_some() {
            for month in &mut summary.trend {
                month.proposed = None;
            }
        }
    }
    if wanted.wants(TableName::Moderation) {
        summary.moderation = moderation(reader, now, before, narrowing.goal.is_none()).await?;
    }
    Ok(summary)
}

fn figure(current: i64, previous: i64) -> Figure<i64> {
    Figure { current, previous }
}

fn people(current: i64, previous: i64) -> Figure<Count> {
    Figure {
        current: Count::people(current),
        previous: Count::people(previous),
    }
}

/// The count for `key` in grouped rows, 0 when it has none.
fn lookup(rows: &[(Option<i64>, i64)], key: Option<i64>) -> i64 {
    rows.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, n)| *n)
        .unwrap_or(0)
}

async fn goal_rows(
    reader: &mut Reader,
    goals: &[store::Goal],
    now: Scope,
    before: Scope,
    [taken_now, taken_before]: [&Participation; 2],
) -> Result<Vec<GoalRow>, sqlx::Error> {
    let (initiatives_now, initiatives_before) = (
        store::initiatives_by_goal(reader, now).await?,
        store::initiatives_by_goal(reader, before).await?,
    );
    let (people_now, people_before) = (&taken_now.by_goal, &taken_before.by_goal);
    Ok(goals
        .iter()
        .map(|(id, position, title_da, title_en)| (*id, *position, title_da, title_en))
        .map(|(id, position, title_da, title_en)| GoalRow {
            goal_id: id,
            position,
            title_da: title_da.clone(),
            title_en: title_en.clone(),
            initiatives: figure(
                lookup(&initiatives_now, Some(id)),
                lookup(&initiatives_before, Some(id)),
            ),
            participants: people(
                lookup(people_now, Some(id)),
                lookup(people_before, Some(id)),
            ),
        })
        .collect())
}

fn place_rows(
    neighbourhoods: &[store::Place],
    [taken_now, taken_before]: [&Participation; 2],
) -> Vec<PlaceRow> {
    let mut places: Vec<(Option<i64>, Option<String>, Option<i64>)> = neighbourhoods
        .iter()
        .map(|(id, name, residents)| (Some(*id), Some(name.clone()), *residents))
        .collect();
    places.push((None, None, None));
    let (home_now, home_before) = (&taken_now.by_home, &taken_before.by_home);
    let (place_now, place_before) = (&taken_now.by_place, &taken_before.by_place);
    // Every person lives in one row, so the rows add up to the participants: hidden as a
    // group.
    let shown_now = group(
        &places
            .iter()
            .map(|(id, _, _)| lookup(home_now, *id))
            .collect::<Vec<_>>(),
    );
    let shown_before = group(
        &places
            .iter()
            .map(|(id, _, _)| lookup(home_before, *id))
            .collect::<Vec<_>>(),
    );
    places
        .into_iter()
        .enumerate()
        .map(|(i, (id, name, residents))| PlaceRow {
            neighbourhood_id: id,
            name,
            residents,
            participants: Figure {
                current: shown_now[i],
                previous: shown_before[i],
            },
            per_thousand: Figure {
                current: per_thousand(shown_now[i], residents),
                previous: per_thousand(shown_before[i], residents),
            },
            initiatives: figure(lookup(place_now, id), lookup(place_before, id)),
        })
        .collect()
}

/// Rule 10: the twelve calendar months (Copenhagen time) ending with the span's last month.
/// New participants are left out: a person is new in one month only, so the months would
/// add up to the headline's count and give away a month's small one.
async fn trend(
    reader: &mut Reader,
    span: &Span,
    narrowing: Narrowing,
) -> Result<Vec<Month>, sqlx::Error> {
    let months = twelve_months(span.to - 1);
    let spans: Vec<store::MonthSpan> = months.iter().map(|m| (m.2, m.3)).collect();
    let figures = store::trend(reader, Scope::new(span, narrowing), &spans).await?;
    let now = crate::db::now().seconds();
    Ok(months
        .into_iter()
        .zip(figures)
        .map(|((year, month, _, to), (participants, activity))| Month {
            year,
            month,
            partial: to > now,
            participants: Count::people(participants),
            proposed: Some(activity.proposed),
            published: activity.published,
            carried_out: activity.carried_out,
            comments: activity.comments,
        })
        .collect())
}

/// The twelve months up to and including the one `moment` falls in: (year, month, first
/// second, first second of the next month), oldest first.
fn twelve_months(moment: i64) -> Vec<(i32, i32, i64, i64)> {
    use jiff::civil::Date;
    let zone = crate::time::LocalDateTime::ZONE;
    let Ok(here) = jiff::Timestamp::from_second(moment).and_then(|t| t.in_tz(zone)) else {
        return Vec::new();
    };
    let start_of = |date: Date| -> Option<i64> {
        date.to_datetime(jiff::civil::Time::midnight())
            .in_tz(zone)
            .ok()
            .map(|z| z.timestamp().as_second())
    };
    let mut first = here.date().first_of_month();
    let mut months = Vec::with_capacity(12);
    for _ in 0..12 {
        let next = first.last_of_month().tomorrow().unwrap_or(first);
        if let (Some(from), Some(to)) = (start_of(first), start_of(next)) {
            months.push((first.year() as i32, first.month() as i32, from, to));
        }
        first = first
            .yesterday()
            .map(|d| d.first_of_month())
            .unwrap_or(first);
    }
    months.reverse();
    months
}

fn hours(seconds: Option<f64>) -> Option<f64> {
    seconds.map(|s| (s / 360.0).round() / 10.0)
}

/// Rule 11; `review` false leaves out what takes in proposals with no goal (rule 12).
async fn moderation(
    reader: &mut Reader,
    now: Scope,
    before: Scope,
    review: bool,
) -> Result<Moderation, sqlx::Error> {
    let (rows_now, rows_before) = (
        store::decisions(reader, now).await?,
        store::decisions(reader, before).await?,
    );
    let count = |rows: &[(String, i64, Option<i64>)], action: &str| {
        rows.iter()
            .filter(|(a, _, _)| a == action)
            .map(|(_, n, _)| *n)
            .sum::<i64>()
    };
    let total = |rows: &[(String, i64, Option<i64>)]| rows.iter().map(|(_, n, _)| *n).sum();
    let longest = |rows: &[(String, i64, Option<i64>)]| {
        rows.iter()
            .filter_map(|(_, _, w)| *w)
            .max()
            .map(|w| w as f64)
    };
    let published = figure(count(&rows_now, "publish"), count(&rows_before, "publish"));
    // Both periods in one query: the previous one ends where this one begins (rule 14).
    let answers = store::answers(
        reader,
        Scope {
            from: before.from,
            ..now
        },
    )
    .await?;
    let (mut days_now, mut days_before): (Vec<i64>, Vec<i64>) = (Vec::new(), Vec::new());
    for (decided_on, seconds) in answers {
        // An answer dated the day it was published is 0 days, not less.
        let waited = seconds.max(0);
        if decided_on >= now.from {
            days_now.push(waited);
        } else {
            days_before.push(waited);
        }
    }
    let days = |seconds: Option<f64>| seconds.map(|s| (s / 8_640.0).round() / 10.0);
    let answered = figure(days_now.len() as i64, days_before.len() as i64);
    let median_answer_days = Figure {
        current: days(median(&mut days_now)),
        previous: days(median(&mut days_before)),
    };
    if !review {
        return Ok(Moderation {
            published,
            answered,
            median_answer_days,
            review: None,
        });
    }
    let (decided_now, decided_before): (i64, i64) = (total(&rows_now), total(&rows_before));
    let review = Review {
        decisions: figure(decided_now, decided_before),
        median_wait_hours: Figure {
            current: hours(store::median_wait(reader, now, decided_now).await?),
            previous: hours(store::median_wait(reader, before, decided_before).await?),
        },
        longest_wait_hours: Figure {
            current: hours(longest(&rows_now)),
            previous: hours(longest(&rows_before)),
        },
        sent_back: figure(
            count(&rows_now, "send_back"),
            count(&rows_before, "send_back"),
        ),
        rejected: figure(count(&rows_now, "reject"), count(&rows_before, "reject")),
    };
    Ok(Moderation {
        published,
        answered,
        median_answer_days,
        review: Some(review),
    })
}

/// The middle value, or the mean of the middle two for an even number; `None` for none.
fn median(values: &mut [i64]) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2] as f64),
        _ => Some((values[n / 2 - 1] as f64 + values[n / 2] as f64) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7]), Some(7.0));
        assert_eq!(median(&mut [9, 1, 4]), Some(4.0));
        assert_eq!(median(&mut [10, 1, 4, 3]), Some(3.5));
    }

    #[test]
    fn twelve_months_end_with_the_month_of_the_moment() {
        // 15 March 2026, noon UTC.
        let months = twelve_months(1_773_576_000);
        assert_eq!(months.len(), 12);
        assert_eq!((months[0].0, months[0].1), (2025, 4));
        assert_eq!((months[11].0, months[11].1), (2026, 3));
        // March 2026 starts at midnight Copenhagen time (23:00 UTC the day before) and
        // ends when April does (22:00 UTC: summer time).
        assert_eq!(months[11].2, 1_772_319_600);
        assert_eq!(months[11].3, 1_774_994_400);
        for pair in months.windows(2) {
            assert_eq!(pair[0].3, pair[1].2, "the months follow each other");
        }
    }

    #[test]
    fn hours_have_one_decimal() {
        assert_eq!(hours(Some(5_400.0)), Some(1.5));
        assert_eq!(hours(None), None);
    }
}
