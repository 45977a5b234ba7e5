//! Small numbers of people are not shown: a count below 5 could point at someone. Where
//! counts add up to a total shown beside them, a second count is hidden when only one is, so
//! that the hidden one cannot be found by subtraction.

use serde::{Deserialize, Serialize};

/// Counts of people below this are shown as "fewer than 5".
pub const SMALLEST_SHOWN: i64 = 5;

/// A count of people as the summary may show it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Count {
    Exact(i64),
    /// Fewer than `SMALLEST_SHOWN`.
    #[default]
    Hidden,
    /// 5 or more, hidden all the same so that a small count beside it cannot be worked out
    /// from a total. Said as "hidden", not "fewer than 5", which would be untrue.
    Withheld,
}

impl Count {
    /// A count of people, hidden when it is small.
    pub fn people(n: i64) -> Count {
        if n < SMALLEST_SHOWN {
            Count::Hidden
        } else {
            Count::Exact(n)
        }
    }

    pub fn exact(self) -> Option<i64> {
        match self {
            Count::Exact(n) => Some(n),
            Count::Hidden | Count::Withheld => None,
        }
    }

    /// The text for a table cell or CSV: the number, or "fewer than 5" or "hidden" in the
    /// reader's words.
    pub fn text(self, lang: crate::i18n::Lang) -> String {
        match self {
            Count::Exact(n) => n.to_string(),
            Count::Hidden => lang.text(crate::i18n::Msg::SummaryFewerThan5).to_owned(),
            Count::Withheld => lang.text(crate::i18n::Msg::SummaryWithheld).to_owned(),
        }
    }
}

/// The counts of a group whose total is shown elsewhere in the same view: each small count
/// is hidden, and if exactly one is, the smallest of the others is hidden too.
pub fn group(counts: &[i64]) -> Vec<Count> {
    let mut shown: Vec<Count> = counts.iter().map(|&n| Count::people(n)).collect();
    let hidden = shown.iter().filter(|c| **c == Count::Hidden).count();
    if hidden == 1 {
        let smallest_shown = counts
            .iter()
            .enumerate()
            .filter(|(i, _)| shown[*i] != Count::Hidden)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = smallest_shown {
            shown[i] = Count::Withheld;
        }
    }
    shown
}

/// People per 1,000 residents, one decimal, where both are known and the count is shown.
pub fn per_thousand(count: Count, residents: Option<i64>) -> Option<f64> {
    let (Some(n), Some(residents)) = (count.exact(), residents.filter(|r| *r > 0)) else {
        return None;
    };
    Some((n as f64 * 10_000.0 / residents as f64).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Count::{Exact, Hidden, Withheld};

    #[test]
    fn fewer_than_five_people_are_never_shown() {
        for n in 0..5 {
            assert_eq!(Count::people(n), Hidden);
        }
        assert_eq!(Count::people(5), Exact(5));
    }

    #[test]
    fn a_single_small_count_in_a_group_takes_the_next_smallest_with_it() {
        assert_eq!(
            group(&[10, 3, 7, 20]),
            [Exact(10), Hidden, Withheld, Exact(20)]
        );
        // Two already hidden: neither can be worked out alone.
        assert_eq!(
            group(&[10, 3, 2, 20]),
            [Exact(10), Hidden, Hidden, Exact(20)]
        );
        assert_eq!(
            group(&[10, 30, 7, 20]),
            [Exact(10), Exact(30), Exact(7), Exact(20)]
        );
        assert_eq!(group(&[4]), [Hidden]);
        assert_eq!(group(&[]), Vec::<Count>::new());
    }

    #[test]
    fn rates_need_a_shown_count_and_known_residents() {
        assert_eq!(per_thousand(Exact(12), Some(2_300)), Some(5.2));
        assert_eq!(per_thousand(Hidden, Some(2_300)), None);
        assert_eq!(per_thousand(Withheld, Some(2_300)), None);
        assert_eq!(per_thousand(Exact(12), None), None);
        assert_eq!(per_thousand(Exact(12), Some(0)), None);
    }
}
