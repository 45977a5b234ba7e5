//! What sort of initiative it is. (Its states are in `lifecycle`.)

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Kind {
        /// Something that happens once, at a time and place.
        Event = "event",
        /// Something that happens again and again.
        Activity = "activity",
        /// An idea for the town.
        Idea = "idea",
        /// A proposal to the city council.
        Proposal = "proposal",
    }
}

impl Kind {
    pub fn name(self) -> Msg {
        match self {
            Kind::Event => Msg::KindEvent,
            Kind::Activity => Msg::KindActivity,
            Kind::Idea => Msg::KindIdea,
            Kind::Proposal => Msg::KindProposal,
        }
    }
}

pub use super::lifecycle::State;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("party"), None);
    }
}
