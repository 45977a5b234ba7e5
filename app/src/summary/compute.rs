//! Puts the summary together from the queries in `store.rs`: each figure for the span and
//! the previous span, the small counts of people hidden (see `privacy.rs`).

use super::period::Span;
use super::privacy::{Count, group, per_thousand};
use super::store::{self, Scope};
use super::{
    Figure, GoalRow, Headline, LadderRow, MatrixRow, Meeting, Moderation, Month, Narrowing,
    NarrowingNames, PlaceRow, Summary,
};
use crate::db::Db;
use crate::participation::level::Level;

/// The whole summary for `span`, narrowed, with `previous` beside it.
#[tracing::instrument(skip_all)]
pub async fn summary(db: &Db, span: Span, narrowing: Narrowing) -> Result<Summary, sqlx::Error> {
    let previous = span.previous();
    let now = Scope::new(&span, narrowing);
    let before = Scope::new(&previous, narrowing);

    let headline = Headline {
        participants: people(
            store::participants(db, now).await?,
            store::participants(db, before).await?,
        ),
        new_participants: people(
            store::new_participants(db, now).await?,
            store::new_participants(db, before).await?,
        ),
        proposed: figure(
            store::proposed(db, now).await?,
            store::proposed(db, before).await?,
        ),
        published: figure(
            store::published(db, now).await?,
            store::published(db, before).await?,
        ),
        carried_out: figure(
            store::carried_out(db, now).await?,
            store::carried_out(db, before).await?,
        ),
        comments: figure(
            store::comments(db, now).await?,
            store::comments(db, before).await?,
        ),
    };

    // The four levels add up to the participants: hidden as a group.
    let (ladder_now, ladder_before) = (
        group(&store::ladder(db, now).await?),
        group(&store::ladder(db, before).await?),
    );
    let ladder = Level::ALL
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
    let stepped_up = people(
        store::stepped_up(db, now).await?,
        store::stepped_up(db, before).await?,
    );

    let by_goal = goal_rows(db, now, before).await?;
    let by_neighbourhood = place_rows(db, now, before).await?;
    let meeting = meeting(db, now, before).await?;
    let trend = trend(db, &span, narrowing).await?;
    let moderation = moderation(db, now, before).await?;
    let narrowing_names = NarrowingNames {
        goal: match narrowing.goal {
            Some(id) => store::goals(db)
                .await?
                .into_iter()
                .find(|g| g.0 == id)
                .map(|(_, position, da, en)| (position, da, en)),
            None => None,
        },
        neighbourhood: match narrowing.neighbourhood {
            Some(id) => store::neighbourhoods(db)
                .await?
                .into_iter()
                .find(|n| n.0 == id)
                .map(|(_, name, _)| name),
            None => None,
        },
    };
    Ok(Summary {
        span,
        previous,
        narrowing,
        narrowing_names,
        headline,
        ladder,
        stepped_up,
        by_goal,
        by_neighbourhood,
        meeting,
        trend,
        moderation,
    })
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

async fn goal_rows(db: &Db, now: Scope, before: Scope) -> Result<Vec<GoalRow>, sqlx::Error> {
    let (initiatives_now, initiatives_before) = (
        store::initiatives_by_goal(db, now).await?,
        store::initiatives_by_goal(db, before).await?,
    );
    let (people_now, people_before) = (
        store::participants_by_goal(db, now).await?,
        store::participants_by_goal(db, before).await?,
    );
    Ok(store::goals(db)
        .await?
        .into_iter()
        .map(|(id, position, title_da, title_en)| GoalRow {
            goal_id: id,
            position,
            title_da,
            title_en,
            initiatives: figure(
                lookup(&initiatives_now, Some(id)),
                lookup(&initiatives_before, Some(id)),
            ),
            participants: people(
                lookup(&people_now, Some(id)),
                lookup(&people_before, Some(id)),
            ),
        })
        .collect())
}

async fn place_rows(db: &Db, now: Scope, before: Scope) -> Result<Vec<PlaceRow>, sqlx::Error> {
    let mut places: Vec<(Option<i64>, Option<String>, Option<i64>)> = store::neighbourhoods(db)
        .await?
        .into_iter()
        .map(|(id, name, residents)| (Some(id), Some(name), residents))
        .collect();
    places.push((None, None, None));
    let (home_now, home_before) = (
        store::participants_by_home(db, now).await?,
        store::participants_by_home(db, before).await?,
    );
    let (place_now, place_before) = (
        store::initiatives_by_place(db, now).await?,
        store::initiatives_by_place(db, before).await?,
    );
    // Every person lives in one row, so the rows add up to the participants: hidden as a
    // group.
    let shown_now = group(
        &places
            .iter()
            .map(|(id, _, _)| lookup(&home_now, *id))
            .collect::<Vec<_>>(),
    );
    let shown_before = group(
        &places
            .iter()
            .map(|(id, _, _)| lookup(&home_before, *id))
            .collect::<Vec<_>>(),
    );
    Ok(places
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
            initiatives: figure(lookup(&place_now, id), lookup(&place_before, id)),
        })
        .collect())
}

fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1_000.0 / whole as f64).round() / 10.0)
}

async fn meeting(db: &Db, now: Scope, before: Scope) -> Result<Meeting, sqlx::Error> {
    let (initiatives_now, across_now) = store::meeting_across(db, now).await?;
    let (initiatives_before, across_before) = store::meeting_across(db, before).await?;
    let mut places: Vec<(Option<i64>, Option<String>)> = store::neighbourhoods(db)
        .await?
        .into_iter()
        .map(|(id, name, _)| (Some(id), Some(name)))
        .collect();
    places.push((None, None));
    let ids: Vec<Option<i64>> = places.iter().map(|(id, _)| *id).collect();
    let current = matrix(&ids, &store::home_by_place(db, now).await?);
    let previous = matrix(&ids, &store::home_by_place(db, before).await?);
    let rows = places
        .iter()
        .enumerate()
        .map(|(r, (home_id, home))| MatrixRow {
            home_id: *home_id,
            home: home.clone(),
            cells: (0..ids.len())
                .map(|c| Figure {
                    current: current[r][c],
                    previous: previous[r][c],
                })
                .collect(),
        })
        .collect();
    Ok(Meeting {
        initiatives: figure(initiatives_now, initiatives_before),
        across: figure(across_now, across_before),
        share: Figure {
            current: share(across_now, initiatives_now),
            previous: share(across_before, initiatives_before),
        },
        places,
        rows,
    })
}

/// The meeting table as it may be shown: every neighbourhood (and "not stated" / "the
/// whole town", `None`) as a row and as a column, whether anyone is in it or not, so that
/// a row's presence says nothing. A person lives in one place, so a column adds up to the
/// people taking part in initiatives held there, a total the view shows when narrowed to
/// that place: each column is hidden as a group, like the neighbourhood table.
fn matrix(ids: &[Option<i64>], cells: &[(Option<i64>, Option<i64>, i64)]) -> Vec<Vec<Count>> {
    let columns: Vec<Vec<Count>> = ids
        .iter()
        .map(|place| {
            group(
                &ids.iter()
                    .map(|home| {
                        cells
                            .iter()
                            .find(|(h, p, _)| h == home && p == place)
                            .map(|(_, _, n)| *n)
                            .unwrap_or(0)
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    (0..ids.len())
        .map(|row| columns.iter().map(|column| column[row]).collect())
        .collect()
}

/// Rule 10: the twelve calendar months (Copenhagen time) ending with the span's last month.
/// New participants are left out: a person is new in one month only, so the months would
/// add up to the headline's count and give away a month's small one.
async fn trend(db: &Db, span: &Span, narrowing: Narrowing) -> Result<Vec<Month>, sqlx::Error> {
    let mut months = Vec::with_capacity(12);
    for (year, month, from, to) in twelve_months(span.to - 1) {
        let scope = Scope::new(&Span::new(from, to), narrowing);
        months.push(Month {
            year,
            month,
            participants: Count::people(store::participants(db, scope).await?),
            proposed: store::proposed(db, scope).await?,
            published: store::published(db, scope).await?,
            carried_out: store::carried_out(db, scope).await?,
            comments: store::comments(db, scope).await?,
        });
    }
    Ok(months)
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

async fn moderation(db: &Db, now: Scope, before: Scope) -> Result<Moderation, sqlx::Error> {
    let (rows_now, rows_before) = (
        store::decisions(db, now).await?,
        store::decisions(db, before).await?,
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
    let (decided_now, decided_before): (i64, i64) = (total(&rows_now), total(&rows_before));
    Ok(Moderation {
        decisions: figure(decided_now, decided_before),
        median_wait_hours: Figure {
            current: hours(store::median_wait(db, now, decided_now).await?),
            previous: hours(store::median_wait(db, before, decided_before).await?),
        },
        longest_wait_hours: Figure {
            current: hours(longest(&rows_now)),
            previous: hours(longest(&rows_before)),
        },
        published: figure(count(&rows_now, "publish"), count(&rows_before, "publish")),
        sent_back: figure(
            count(&rows_now, "send_back"),
            count(&rows_before, "send_back"),
        ),
        rejected: figure(count(&rows_now, "reject"), count(&rows_before, "reject")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_meeting_table_has_every_place_and_hides_each_column_as_a_group() {
        use Count::{Exact, Hidden, Withheld};
        let (a, b, town) = (Some(1), Some(2), None);
        // Column a: 9 from a, 3 from b, 6 not stated; column b: 5 from b only.
        let cells = [(a, a, 9), (b, a, 3), (town, a, 6), (b, b, 5)];
        let shown = matrix(&[a, b, town], &cells);
        assert_eq!(
            shown,
            [
                [Exact(9), Hidden, Hidden],
                [Hidden, Exact(5), Hidden],
                // The one small count of column a takes the next smallest with it.
                [Withheld, Hidden, Hidden],
            ]
        );
        assert_eq!(
            matrix(&[a, town], &[]),
            [[Hidden, Hidden], [Hidden, Hidden]]
        );
    }

    #[test]
    fn shares_and_hours_have_one_decimal() {
        assert_eq!(share(1, 3), Some(33.3));
        assert_eq!(share(0, 0), None);
        assert_eq!(hours(Some(5_400.0)), Some(1.5));
        assert_eq!(hours(None), None);
    }
}
