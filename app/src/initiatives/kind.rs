//! What sort of initiative it is, and the states it passes through.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// Something that happens once, at a time and place.
    Event,
    /// Something that happens again and again.
    Activity,
    /// An idea for the town.
    Idea,
    /// A proposal to the city council.
    Proposal,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Event, Kind::Activity, Kind::Idea, Kind::Proposal];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Activity => "activity",
            Kind::Idea => "idea",
            Kind::Proposal => "proposal",
        }
    }

    pub fn parse(input: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == input.trim())
    }

    pub fn name(self) -> Msg {
        match self {
            Kind::Event => Msg::KindEvent,
            Kind::Activity => Msg::KindActivity,
            Kind::Idea => Msg::KindIdea,
            Kind::Proposal => Msg::KindProposal,
        }
    }
}

/// Where an initiative is in its life. Only published (and later carried out or archived)
/// initiatives are seen by others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum State {
    /// Waiting for a moderator.
    Pending,
    Published,
    /// Returned to the initiators with a reason; they edit and resubmit.
    SentBack,
    Rejected,
    /// Withdrawn by an initiator; still readable, nobody can join.
    Withdrawn,
    CarriedOut,
    Archived,
}

impl State {
    pub const ALL: [State; 7] = [
        State::Pending,
        State::Published,
        State::SentBack,
        State::Rejected,
        State::Withdrawn,
        State::CarriedOut,
        State::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Published => "published",
            State::SentBack => "sent_back",
            State::Rejected => "rejected",
            State::Withdrawn => "withdrawn",
            State::CarriedOut => "carried_out",
            State::Archived => "archived",
        }
    }

    pub fn parse(input: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == input)
    }

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

    /// Whether its author may still change it (before publication, or after it was sent back).
    pub fn is_editable(self) -> bool {
        matches!(self, State::Pending | State::SentBack)
    }

    /// Whether its initiators may still withdraw it.
    pub fn is_withdrawable(self) -> bool {
        matches!(self, State::Pending | State::SentBack | State::Published)
    }

    /// Whether citizens may join it now.
    pub fn is_open_to_join(self) -> bool {
        self == State::Published
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
