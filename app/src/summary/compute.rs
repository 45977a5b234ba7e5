//! Puts the summary together from the queries in `store.rs`: each figure for the span and
//! the previous span, the small counts of people hidden (see `privacy.rs`).

use super::period::Span;
use super::privacy::{Count, group, per_thousand};
use super::store::{self, Part, Participation, Reader, Scope};
use super::tables::TableName;
use super::{
    Figure, GoalRow, Headline, LadderRow, MatrixRow, Meeting, Moderation, Month, Narrowing,
    NarrowingNames, PlaceRow, Review, Summary,
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
        summary.meeting = meeting(&places, &goals, now, [&taken_now, &taken_before]);
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

fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1_000.0 / whole as f64).round() / 10.0)
}

/// Rule 17: the chance that two of an initiative's participants (who state where they
/// live) live in different neighbourhoods: 1 − Σ n(n − 1) / (N(N − 1)), Gini–Simpson without
/// replacement, for an initiative with at least two of them.
fn mixedness(mix: &store::Mix) -> Option<f64> {
    (mix.people >= 2)
        .then(|| 1.0 - mix.same as f64 / (mix.people as f64 * (mix.people as f64 - 1.0)))
}

/// Fewer initiatives than this give no median: one or two are not a town's figure.
pub const MEDIAN_FROM: usize = 3;

/// The median of `values` as a percentage with one decimal, `None` below `MEDIAN_FROM`.
fn median_percent(mut values: Vec<f64>) -> Option<f64> {
    if values.len() < MEDIAN_FROM {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    let median = if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    };
    Some((median * 1_000.0).round() / 10.0)
}

/// Rules 9 and 17 for one span: (initiatives taken part in, across, mixing medians for
/// all and per goal (goal id, median), initiatives in the medians).
fn mixing(
    rows: &[store::Mix],
    goals: &[store::Goal],
) -> (i64, i64, Option<f64>, Vec<Option<f64>>, i64) {
    let mut seen = std::collections::BTreeMap::new();
    for row in rows {
        seen.entry(row.initiative_id).or_insert(*row);
    }
    let initiatives = seen.len() as i64;
    let across = seen.values().filter(|m| m.homes >= 2).count() as i64;
    let all: Vec<f64> = seen.values().filter_map(mixedness).collect();
    let counted = all.len() as i64;
    let by_goal = goals
        .iter()
        .map(|goal| {
            median_percent(
                rows.iter()
                    .filter(|m| m.goal_id == Some(goal.0))
                    .filter_map(mixedness)
                    .collect(),
            )
        })
        .collect();
    (initiatives, across, median_percent(all), by_goal, counted)
}

/// Rule 17's share of people who took part outside their own neighbourhood, shown only
/// when at least 5 did and 5 did not, so that neither side is a small count.
fn outside_share((people, outside): (i64, i64)) -> Option<f64> {
    (outside >= 5 && people - outside >= 5)
        .then(|| share(outside, people))
        .flatten()
}

fn meeting(
    neighbourhoods: &[store::Place],
    goals: &[store::Goal],
    now: Scope,
    [taken_now, taken_before]: [&Participation; 2],
) -> Meeting {
    let (initiatives_now, across_now, mixing_now, by_goal_now, mixed_now) =
        mixing(&taken_now.mixing, goals);
    let (initiatives_before, across_before, mixing_before, by_goal_before, mixed_before) =
        mixing(&taken_before.mixing, goals);
    let outside = Figure {
        current: outside_share(taken_now.outside),
        previous: outside_share(taken_before.outside),
    };
    // Under a goal, the per-goal medians would repeat the town's or cover only what is
    // tied to both goals.
    let mixing_by_goal = if now.goal == 0 {
        goals
            .iter()
            .zip(by_goal_now.into_iter().zip(by_goal_before))
            .map(|(goal, (current, previous))| (goal.1, Figure { current, previous }))
            .collect()
    } else {
        Vec::new()
    };
    let mut places: Vec<(Option<i64>, Option<String>)> = neighbourhoods
        .iter()
        .map(|(id, name, _)| (Some(*id), Some(name.clone())))
        .collect();
    places.push((None, None));
    let ids: Vec<Option<i64>> = places.iter().map(|(id, _)| *id).collect();
    let current = matrix(&ids, &taken_now.home_by_place);
    let previous = matrix(&ids, &taken_before.home_by_place);
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
    Meeting {
        initiatives: figure(initiatives_now, initiatives_before),
        across: figure(across_now, across_before),
        share: Figure {
            current: share(across_now, initiatives_now),
            previous: share(across_before, initiatives_before),
        },
        mixed_initiatives: figure(mixed_now, mixed_before),
        mixing: Figure {
            current: mixing_now,
            previous: mixing_before,
        },
        mixing_by_goal,
        outside,
        places,
        rows,
    }
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
    if !review {
        return Ok(Moderation {
            published,
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
        review: Some(review),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mix(initiative_id: i64, goal_id: Option<i64>, homes: &[i64]) -> store::Mix {
        store::Mix {
            initiative_id,
            goal_id,
            homes: homes.iter().filter(|n| **n > 0).count() as i64,
            people: homes.iter().sum(),
            same: homes.iter().map(|n| n * (n - 1)).sum(),
        }
    }

    #[test]
    fn mixedness_is_the_chance_that_two_participants_live_apart() {
        // Two from one neighbourhood, one from another: of the three pairs, two are apart.
        let value = mixedness(&mix(1, None, &[2, 1])).unwrap();
        assert!((value - 2.0 / 3.0).abs() < 1e-9, "{value}");
        // Everyone from one place: 0; everyone from a different one: 1.
        assert_eq!(mixedness(&mix(1, None, &[6])), Some(0.0));
        assert_eq!(mixedness(&mix(1, None, &[1, 1, 1])), Some(1.0));
        // One newcomer among twenty neighbours moves it a little, not to "yes".
        let crowd = mixedness(&mix(1, None, &[20, 1])).unwrap();
        assert!((crowd - 40.0 / 420.0).abs() < 1e-9, "{crowd}");
        // Fewer than two who say where they live: no pair, no figure.
        assert_eq!(mixedness(&mix(1, None, &[1])), None);
        assert_eq!(mixedness(&mix(1, None, &[])), None);
    }

    #[test]
    fn the_median_needs_three_initiatives_and_counts_each_once_for_the_town() {
        assert_eq!(median_percent(vec![0.5, 1.0]), None);
        assert_eq!(median_percent(vec![1.0, 0.0, 0.5]), Some(50.0));
        assert_eq!(median_percent(vec![0.0, 0.5, 0.6, 1.0]), Some(55.0));
        let goals: Vec<store::Goal> = vec![
            (10, 1, "Et".into(), "One".into()),
            (20, 2, "To".into(), "Two".into()),
        ];
        // Initiative 1 is under both goals (two rows), 2 and 3 under goal 1, 4 under none.
        let rows = [
            mix(1, Some(10), &[1, 1]),
            mix(1, Some(20), &[1, 1]),
            mix(2, Some(10), &[2]),
            mix(3, Some(10), &[2, 1]),
            mix(4, None, &[3]),
            mix(5, None, &[0]),
        ];
        let (initiatives, across, town, by_goal, counted) = mixing(&rows, &goals);
        assert_eq!((initiatives, across, counted), (5, 2, 4));
        // The town: 1, 0, 2/3, 0 → (0 + 2/3) / 2.
        assert_eq!(town, Some(33.3));
        // Goal 1: 1, 0, 2/3 → 2/3; goal 2: one initiative, no median.
        assert_eq!(by_goal, vec![Some(66.7), None]);
    }

    #[test]
    fn the_share_outside_ones_neighbourhood_needs_five_on_each_side() {
        assert_eq!(outside_share((23, 7)), Some(30.4));
        assert_eq!(outside_share((23, 4)), None, "4 went elsewhere");
        assert_eq!(outside_share((9, 5)), None, "4 stayed home");
        assert_eq!(outside_share((0, 0)), None);
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
    fn the_meeting_table_has_every_place_and_hides_each_column_as_a_group() {
        use Count::{Exact, Withheld};
        let (a, b, town) = (Some(1), Some(2), None);
        // Column a: 9 from a, 3 from b, 6 not stated; column b: 5 from b only.
        let cells = [(a, a, 9), (b, a, 3), (town, a, 6), (b, b, 5)];
        let shown = matrix(&[a, b, town], &cells);
        assert_eq!(
            shown,
            [
                [Exact(9), Withheld, Withheld],
                // Column b's 5 would give its two zeros away: it is withheld with them.
                [Withheld, Withheld, Withheld],
                // The one small count of column a takes the next smallest with it.
                [Withheld, Withheld, Withheld],
            ]
        );
        assert_eq!(
            matrix(&[a, town], &[]),
            [[Withheld, Withheld], [Withheld, Withheld]]
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
