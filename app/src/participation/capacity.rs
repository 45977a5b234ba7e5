//! How many can take part: an initiator's limit on the places at the levels that come to
//! something (active and co-creating, and observing if they choose), and what a full
//! initiative's page says. Initiators organise it and never take a place.

use super::level::Level;
use crate::error::Problem;
use serde::{Deserialize, Serialize};

/// A limit on the places, validated: at least one, at most `Capacity::MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capacity {
    places: i64,
    observing_counts: bool,
}

impl Capacity {
    /// More than a town hall holds; a larger number is a typing mistake.
    pub const MAX: i64 = 100_000;

    pub fn new(places: i64, observing_counts: bool) -> Result<Self, Problem> {
        if !(1..=Self::MAX).contains(&places) {
            return Err(Problem::InvalidPlaces);
        }
        Ok(Capacity {
            places,
            observing_counts,
        })
    }

    /// The form's field: empty means no limit.
    pub fn parse(places: &str, observing_counts: bool) -> Result<Option<Self>, Problem> {
        let places = places.trim();
        if places.is_empty() {
            return Ok(None);
        }
        let places: i64 = places.parse().map_err(|_| Problem::InvalidPlaces)?;
        Capacity::new(places, observing_counts).map(Some)
    }

    pub fn places(self) -> i64 {
        self.places
    }

    pub fn observing_counts(self) -> bool {
        self.observing_counts
    }

    /// Whether taking part at `level` takes one of the places.
    pub fn counts(self, level: Level) -> bool {
        match level {
            Level::Active | Level::CoCreating => true,
            Level::Observing => self.observing_counts,
            Level::Initiator => false,
        }
    }

    /// Whether moving from `from` (not taking part: `None`) to `to` needs a free place:
    /// only when `to` takes one and `from` did not.
    pub fn needs_place(self, from: Option<Level>, to: Level) -> bool {
        self.counts(to) && !from.is_some_and(|level| self.counts(level))
    }

    /// The places taken, from how many take part at each level.
    pub fn taken(self, counts: &[(Level, i64)]) -> i64 {
        counts
            .iter()
            .filter(|(level, _)| self.counts(*level))
            .map(|(_, n)| n)
            .sum()
    }
}

/// An initiative's places as its page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seats {
    pub capacity: Capacity,
    pub taken: i64,
    /// How many wait for a place.
    pub waiting: i64,
}

impl Seats {
    pub fn free(self) -> i64 {
        (self.capacity.places() - self.taken).max(0)
    }

    pub fn is_full(self) -> bool {
        self.free() == 0
    }
}

/// The viewer's own place in line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InLine {
    pub level: Level,
    /// 1 for the first in line.
    pub position: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_is_a_number_of_places_or_empty() {
        assert_eq!(Capacity::parse("", false), Ok(None));
        assert_eq!(Capacity::parse("  ", true), Ok(None));
        assert_eq!(
            Capacity::parse(" 20 ", false).map(|c| c.map(Capacity::places)),
            Ok(Some(20))
        );
        for wrong in ["0", "-3", "2.5", "tyve", "100001"] {
            assert_eq!(
                Capacity::parse(wrong, false),
                Err(Problem::InvalidPlaces),
                "{wrong}"
            );
        }
    }

    #[test]
    fn active_and_co_creating_take_places_observing_only_if_chosen_initiators_never() {
        let without = Capacity::new(10, false).unwrap();
        let with = Capacity::new(10, true).unwrap();
        assert!(without.counts(Level::Active) && without.counts(Level::CoCreating));
        assert!(!without.counts(Level::Observing) && with.counts(Level::Observing));
        assert!(!without.counts(Level::Initiator) && !with.counts(Level::Initiator));
        let counts = [
            (Level::Observing, 5),
            (Level::Active, 3),
            (Level::CoCreating, 2),
            (Level::Initiator, 1),
        ];
        assert_eq!(without.taken(&counts), 5);
        assert_eq!(with.taken(&counts), 10);
    }

    #[test]
    fn only_a_move_onto_a_place_needs_a_free_one() {
        let capacity = Capacity::new(1, false).unwrap();
        assert!(capacity.needs_place(None, Level::Active));
        assert!(capacity.needs_place(Some(Level::Observing), Level::CoCreating));
        assert!(capacity.needs_place(Some(Level::Initiator), Level::Active));
        assert!(!capacity.needs_place(Some(Level::Active), Level::CoCreating));
        assert!(!capacity.needs_place(None, Level::Observing));
    }

    #[test]
    fn a_full_initiative_has_no_free_place() {
        let capacity = Capacity::new(2, false).unwrap();
        let seats = Seats {
            capacity,
            taken: 2,
            waiting: 1,
        };
        assert!(seats.is_full());
        assert_eq!(Seats { taken: 1, ..seats }.free(), 1);
    }
}
