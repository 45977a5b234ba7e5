//! Rules 9 and 17 from who took part: how many initiatives brought people from two
//! neighbourhoods together, the chance that two participants live apart (its median, for
//! the town and per goal), who went outside their own neighbourhood, and the table of
//! homes by places, each column hidden as a group.

use super::privacy::{Count, group};
use super::store::{self, Participation, Scope};
use super::{Figure, MatrixRow, Meeting};

fn figure(current: i64, previous: i64) -> Figure<i64> {
    Figure { current, previous }
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

pub(super) fn meeting(
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
    fn shares_have_one_decimal() {
        assert_eq!(share(1, 3), Some(33.3));
        assert_eq!(share(0, 0), None);
    }
}
