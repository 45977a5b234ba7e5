//! The four ways to take part (deltagelsesformer), from the community policy. Every level
//! is welcome; the order only says how much of the work a person takes on.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Level {
        Observing = "observing",
        Active = "active",
        CoCreating = "co_creating",
        Initiator = "initiator",
    }
}

impl Level {
    /// The levels anyone may choose by themselves; becoming an initiator is asked for.
    pub const OPEN: [Level; 3] = [Level::Observing, Level::Active, Level::CoCreating];

    /// The policy's name for the level.
    pub fn name(self) -> Msg {
        match self {
            Level::Observing => Msg::LevelObserving,
            Level::Active => Msg::LevelActive,
            Level::CoCreating => Msg::LevelCoCreating,
            Level::Initiator => Msg::LevelInitiator,
        }
    }

    /// The policy's plain-language meaning of the level.
    pub fn meaning(self) -> Msg {
        match self {
            Level::Observing => Msg::LevelObservingText,
            Level::Active => Msg::LevelActiveText,
            Level::CoCreating => Msg::LevelCoCreatingText,
            Level::Initiator => Msg::LevelInitiatorText,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_are_ordered_by_commitment() {
        for level in Level::ALL {
            assert_eq!(Level::parse(level.as_str()), Some(level));
        }
        assert!(Level::Observing < Level::Active);
        assert!(Level::CoCreating < Level::Initiator);
        assert_eq!(Level::parse("boss"), None);
        assert!(!Level::OPEN.contains(&Level::Initiator));
    }
}
