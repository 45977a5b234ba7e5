//! The four ways to take part (deltagelsesformer), from the community policy. Every level
//! is welcome; the order only says how much of the work a person takes on.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    Observing,
    Active,
    CoCreating,
    Initiator,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Observing,
        Level::Active,
        Level::CoCreating,
        Level::Initiator,
    ];

    /// The levels anyone may choose by themselves; becoming an initiator is asked for.
    pub const OPEN: [Level; 3] = [Level::Observing, Level::Active, Level::CoCreating];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Observing => "observing",
            Level::Active => "active",
            Level::CoCreating => "co_creating",
            Level::Initiator => "initiator",
        }
    }

    pub fn parse(input: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == input.trim())
    }

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
