//! What sort of initiative it is, and the states it passes through.

use super::lifecycle::Transition;
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

crate::stored_enum! {
    /// Where an initiative is in its life. Only published (and later carried out or
    /// archived) initiatives are seen by others. Which changes are allowed from which state
    /// is said once, in `lifecycle`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum State {
        /// Waiting for a moderator.
        Pending = "pending",
        Published = "published",
        /// Returned to the initiators with a reason; they edit and resubmit.
        SentBack = "sent_back",
        Rejected = "rejected",
        /// Withdrawn by an initiator; still readable, nobody can join.
        Withdrawn = "withdrawn",
        CarriedOut = "carried_out",
        Archived = "archived",
    }
}

impl State {
    pub fn name(self) -> Msg {
        match self {
            State::Pending => Msg::StatePending,
            State::Published => Msg::StatePublished,
            State::SentBack => Msg::StateSentBack,
            State::Rejected => Msg::StateRejected,
            State::Withdrawn => Msg::StateWithdrawn,
            State::CarriedOut => Msg::StateCarriedOut,
            State::Archived => Msg::StateArchived,
        }
    }

    /// Whether people other than its initiators may see it.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            State::Published | State::Withdrawn | State::CarriedOut | State::Archived
        )
    }

    /// Whether its initiators may still change it (before publication, or after it was
    /// sent back).
    pub fn is_editable(self) -> bool {
        super::lifecycle::edit_from(self).is_some()
    }

    /// Whether its initiators may still withdraw it.
    pub fn is_withdrawable(self) -> bool {
        Transition::Withdraw.allows(self)
    }

    /// Whether citizens may join it now.
    pub fn is_open_to_join(self) -> bool {
        Transition::TakePart.allows(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_states_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        for state in State::ALL {
            assert_eq!(State::parse(state.as_str()), Some(state));
        }
        assert_eq!(Kind::parse("party"), None);
    }

    #[test]
    fn only_published_initiatives_can_be_joined() {
        for state in State::ALL {
            assert_eq!(
                state.is_open_to_join(),
                state == State::Published,
                "{state:?}"
            );
        }
        assert!(State::Withdrawn.is_public());
        assert!(!State::Pending.is_public());
        assert!(State::SentBack.is_editable());
        assert!(!State::Published.is_editable());
    }
}
