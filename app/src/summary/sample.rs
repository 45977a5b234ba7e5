//! A summary with a figure in every table, for the unit tests of what renders and keeps one.

use super::period::Span;
use super::privacy::Count;
use super::*;
use crate::participation::level::Level;

fn both<T: Copy>(value: T) -> Figure<T> {
    Figure {
        current: value,
        previous: value,
    }
}

/// A summary with a figure in every table, for `span`.
pub(crate) fn summary(span: Span) -> Summary {
    let count = both(Count::Exact(7));
    Summary {
        computed_at: 0,
        computed_local: crate::time::LocalDateTime {
            year: 2026,
            month: 3,
            day: 1,
            hour: 6,
            minute: 0,
        },
        span: span.clone(),
        previous: span,
        narrowing: Narrowing::default(),
        narrowing_names: NarrowingNames::default(),
        headline: Headline {
            participants: count,
            new_participants: both(Count::Hidden),
            joined_or_stepped_up: count,
            proposed: Some(both(3)),
            published: both(2),
            carried_out: both(1),
            comments: both(9),
        },
        ladder: Level::ALL
            .into_iter()
            .map(|level| LadderRow {
                level,
                people: count,
            })
            .collect(),
        stepped_up: count,
        by_goal: vec![GoalRow {
            goal_id: 1,
            position: 1,
            title_da: "Fællesskab".into(),
            title_en: "Community".into(),
            initiatives: both(2),
            participants: count,
        }],
        by_neighbourhood: vec![
            PlaceRow {
                neighbourhood_id: Some(1),
                name: Some("Hedemarken".into()),
                residents: Some(1000),
                participants: count,
                per_thousand: both(Some(7.0)),
                initiatives: both(1),
            },
            PlaceRow {
                neighbourhood_id: None,
                name: None,
                residents: None,
                participants: both(Count::Exact(6)),
                per_thousand: both(None),
                initiatives: both(4),
            },
        ],
        meeting: Meeting {
            initiatives: both(2),
            across: both(1),
            share: both(Some(50.0)),
            mixed_initiatives: both(2),
            mixing: both(None),
            mixing_by_goal: vec![(1, both(Some(40.0)))],
            outside: both(None),
            places: vec![(Some(1), Some("Hedemarken".into())), (None, None)],
            rows: vec![MatrixRow {
                home_id: Some(1),
                home: Some("Hedemarken".into()),
                cells: vec![count, both(Count::Hidden)],
            }],
        },
        trend: vec![Month {
            year: 2026,
            month: 2,
            partial: false,
            participants: Count::Exact(7),
            proposed: Some(3),
            published: 2,
            carried_out: 1,
            comments: 9,
        }],
        moderation: Moderation {
            published: both(2),
            answered: both(1),
            median_answer_days: both(Some(12.5)),
            review: Some(Review {
                decisions: both(3),
                median_wait_hours: both(Some(4.5)),
                longest_wait_hours: both(None),
                sent_back: both(1),
                rejected: both(0),
            }),
        },
    }
}
