//! Small numbers of people are not shown: a count below 5 could point at someone. Where
//! counts add up to a total shown in the same view, hiding the small ones is not enough:
//! the total and the shown counts give the sum of the hidden ones, and what the view says
//! of each hidden count narrows it further. So in such a group every hidden count reads the
//! same ("hidden", whether small or not, also in what the server sends), at least two are
//! hidden, and the hidden ones never add up to 0 (which would give each away as 0). The
//! tests play the reader who knows all this and the algorithm: no small count may come out
//! as a single value.

use serde::{Deserialize, Serialize};

/// Counts of people below this are shown as "fewer than 5".
pub const SMALLEST_SHOWN: i64 = 5;

/// A count of people as the summary may show it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Count {
    Exact(i64),
    /// Fewer than `SMALLEST_SHOWN`: a count that stands alone (no total in the same view
    /// is made of it).
    #[default]
    Hidden,
    /// Hidden in a group whose total is shown: fewer than 5, or hidden with one that is.
    /// The view does not say which, so neither can be worked out from the total.
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

/// The counts of a group whose total is shown elsewhere in the same view, as they may be
/// shown. Every count below 5 is withheld; then, while the withheld ones could be worked
/// out, the smallest shown count is withheld too, with any equal to it. They could be
/// worked out while there is only one (the total minus the rest gives it), while they add
/// up to less than 5 (then all of them are small, and a sum of 0 gives each away as 0), or
/// while they add up to 4 for each (then every one is 4).
pub fn group(counts: &[i64]) -> Vec<Count> {
    let mut withheld: Vec<bool> = counts.iter().map(|&n| n < SMALLEST_SHOWN).collect();
    loop {
        let (many, sum) = counts
            .iter()
            .zip(&withheld)
            .filter(|(_, w)| **w)
            .fold((0, 0), |(many, sum), (n, _)| (many + 1, sum + n));
        let safe =
            many == 0 || (many >= 2 && sum >= SMALLEST_SHOWN && sum != (SMALLEST_SHOWN - 1) * many);
        let smallest_shown = counts
            .iter()
            .zip(&withheld)
            .filter(|(_, w)| !**w)
            .map(|(n, _)| *n)
            .min();
        match smallest_shown {
            // Every shown count of that size: were one of equals left shown, the reader
            // would know the withheld one is no larger.
            Some(smallest) if !safe => {
                for (n, w) in counts.iter().zip(withheld.iter_mut()) {
                    if *n == smallest {
                        *w = true;
                    }
                }
            }
            _ => break,
        }
    }
    counts
        .iter()
        .zip(withheld)
        .map(|(&n, w)| if w { Count::Withheld } else { Count::Exact(n) })
        .collect()
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
    use std::collections::BTreeSet;

    #[test]
    fn fewer_than_five_people_are_never_shown() {
        for n in 0..5 {
            assert_eq!(Count::people(n), Hidden);
        }
        assert_eq!(Count::people(5), Exact(5));
    }

    #[test]
    fn a_group_withholds_at_least_two_and_never_only_zeros() {
        assert_eq!(
            group(&[10, 3, 7, 20]),
            [Exact(10), Withheld, Withheld, Exact(20)]
        );
        assert_eq!(
            group(&[10, 3, 2, 20]),
            [Exact(10), Withheld, Withheld, Exact(20)]
        );
        assert_eq!(
            group(&[10, 30, 7, 20]),
            [Exact(10), Exact(30), Exact(7), Exact(20)]
        );
        // Two zeros beside a total would be given away: the smallest shown goes with them.
        assert_eq!(
            group(&[0, 9, 0, 8]),
            [Withheld, Exact(9), Withheld, Withheld]
        );
        // One row holds everything.
        assert_eq!(group(&[0, 0, 17]), [Withheld, Withheld, Withheld]);
        assert_eq!(group(&[4]), [Withheld]);
        assert_eq!(group(&[]), Vec::<Count>::new());
    }

    /// What a reader who knows the rules and `group` itself can tell of each count from a
    /// view: the total and the shown counts, with every set of counts that `group` would
    /// show the same way. `None` where a count could have more than one value.
    fn worked_out(shown: &[Count], total: i64) -> Vec<Option<i64>> {
        let hidden: Vec<usize> = (0..shown.len()).filter(|i| shown[*i] == Withheld).collect();
        let known: i64 = shown.iter().filter_map(|c| c.exact()).sum();
        let rest = total - known;
        let mut values: Vec<BTreeSet<i64>> = vec![BTreeSet::new(); shown.len()];
        let mut candidate: Vec<i64> = shown.iter().map(|c| c.exact().unwrap_or(0)).collect();
        // Every way of sharing `rest` among the hidden counts.
        fn share(
            slot: usize,
            left: i64,
            hidden: &[usize],
            candidate: &mut Vec<i64>,
            shown: &[Count],
            values: &mut Vec<BTreeSet<i64>>,
        ) {
            if slot + 1 == hidden.len() {
                candidate[hidden[slot]] = left;
                if group(candidate) == shown {
                    for (i, n) in candidate.iter().enumerate() {
                        values[i].insert(*n);
                    }
                }
                return;
            }
            for n in 0..=left {
                candidate[hidden[slot]] = n;
                share(slot + 1, left - n, hidden, candidate, shown, values);
            }
        }
        if !hidden.is_empty() && rest >= 0 {
            share(0, rest, &hidden, &mut candidate, shown, &mut values);
        }
        values
            .into_iter()
            .enumerate()
            .map(|(i, v)| match shown[i] {
                Exact(n) => Some(n),
                _ => (v.len() == 1).then(|| *v.iter().next().unwrap_or(&0)),
            })
            .collect()
    }

    /// Every group of up to four counts from 0 to 10 and of five from 0 to 5 (ties, a
    /// hidden 5, one count holding the whole total, many zeros): no count below 5 can be
    /// worked out to one value from the view and its total.
    #[test]
    fn no_small_count_can_be_worked_out_from_a_group_and_its_total() {
        fn every(len: usize, most: i64, f: &mut dyn FnMut(&[i64])) {
            let mut counts = vec![0; len];
            loop {
                f(&counts);
                let mut i = 0;
                loop {
                    if i == len {
                        return;
                    }
                    if counts[i] < most {
                        counts[i] += 1;
                        break;
                    }
                    counts[i] = 0;
                    i += 1;
                }
            }
        }
        let mut checked = 0;
        let mut check = |counts: &[i64]| {
            let total: i64 = counts.iter().sum();
            let shown = group(counts);
            for (i, known) in worked_out(&shown, total).into_iter().enumerate() {
                if counts[i] < SMALLEST_SHOWN && total >= SMALLEST_SHOWN {
                    assert_eq!(
                        known, None,
                        "{counts:?} shown as {shown:?}: count {i} is known"
                    );
                }
            }
            checked += 1;
        };
        for len in 2..=4 {
            every(len, 10, &mut check);
        }
        every(5, 5, &mut check);
        assert!(checked > 20_000);
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
