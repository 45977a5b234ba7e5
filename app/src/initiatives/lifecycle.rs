//! The states an initiative passes through, every change to its state or content, and the
//! states each change may happen from: the one place that says so. Server functions ask
//! `allows` to refuse early with a clear answer; the store's writes put `guard` in their
//! `WHERE`, so that a change racing another person's decision finds no row and reports
//! "changed meanwhile" instead of overwriting it.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// Where an initiative is in its life. Only published (and later carried out or
    /// archived) initiatives are seen by others.
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
        edit_from(self).is_some()
    }

    /// Whether its initiators may still withdraw it.
    pub fn is_withdrawable(self) -> bool {
        Transition::Withdraw.allows(self)
    }

    /// Whether citizens may join it now.
    pub fn is_open_to_join(self) -> bool {
        Transition::TakePart.allows(self)
    }

    /// Whether it has stopped running: carried out, archived or withdrawn.
    pub fn is_closed(self) -> bool {
        matches!(self, State::CarriedOut | State::Archived | State::Withdrawn)
    }
}

crate::stored_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Transition {
        /// A moderator publishes a waiting proposal under one or more goals.
        Publish = "publish",
        /// A moderator returns a waiting proposal to its initiators with a reason.
        SendBack = "send_back",
        Reject = "reject",
        /// Its initiators change a proposal that waits for review.
        Edit = "edit",
        /// Its initiators change a sent-back proposal, which returns it to the queue.
        Resubmit = "resubmit",
        /// Its initiators withdraw it; it stays readable.
        Withdraw = "withdraw",
        CarryOut = "carry_out",
        Archive = "archive",
        /// A moderator changes the goals of a published initiative.
        ChangeGoals = "change_goals",
        /// A moderator hides it (or reports hide it until one looks).
        Hide = "hide",
        Restore = "restore",
        /// Someone joins, changes level or offers to take a need.
        TakePart = "take_part",
        /// Someone comments, replies or edits a comment.
        Comment = "comment",
        /// A moderator records the municipality's answer to a proposal or idea (see
        /// `answers`); the initiative keeps its state.
        Answer = "answer",
        /// Its initiators change the time or place of a published initiative; everyone
        /// taking part is told.
        Reschedule = "reschedule",
    }
}

use State::*;

/// The states people other than its initiators see (and from which it can be hidden).
const PUBLIC: &[State] = &[Published, Withdrawn, CarriedOut, Archived];

impl Transition {
    /// The states this change may happen from.
    pub const fn allowed_from(self) -> &'static [State] {
        match self {
            Transition::Publish | Transition::SendBack | Transition::Reject => &[Pending],
            Transition::Edit => &[Pending],
            Transition::Resubmit => &[SentBack],
            Transition::Withdraw => &[Pending, SentBack, Published],
            Transition::CarryOut => &[Published],
            Transition::Archive => &[Published, CarriedOut, Withdrawn],
            Transition::ChangeGoals => &[Published, CarriedOut],
            Transition::Hide | Transition::Restore => PUBLIC,
            Transition::TakePart | Transition::Comment | Transition::Reschedule => &[Published],
            // A council may answer after the initiative was carried out or archived, not
            // after its initiators withdrew it.
            Transition::Answer => &[Published, CarriedOut, Archived],
        }
    }

    /// The state it leaves the initiative in; `None` keeps the state it had.
    pub const fn to(self) -> Option<State> {
        match self {
            Transition::Publish => Some(Published),
            Transition::SendBack => Some(SentBack),
            Transition::Reject => Some(Rejected),
            Transition::Edit | Transition::Resubmit => Some(Pending),
            Transition::Withdraw => Some(Withdrawn),
            Transition::CarryOut => Some(CarriedOut),
            Transition::Archive => Some(Archived),
            Transition::ChangeGoals
            | Transition::Hide
            | Transition::Restore
            | Transition::TakePart
            | Transition::Comment
            | Transition::Answer
            | Transition::Reschedule => None,
        }
    }

    pub fn allows(self, from: State) -> bool {
        self.allowed_from().contains(&from)
    }

    /// `column IN ('…', …)` for the `WHERE` of the write that makes this change. The names
    /// are the enum's own stored names, never input.
    pub fn guard(self, column: &str) -> String {
        let states: Vec<String> = self
            .allowed_from()
            .iter()
            .map(|state| format!("'{}'", state.as_str()))
            .collect();
        format!("{column} IN ({})", states.join(", "))
    }
}

/// What editing does from `state`: a waiting proposal stays waiting, a sent-back one is
/// resubmitted. `None` when it may not be edited.
pub fn edit_from(state: State) -> Option<Transition> {
    [Transition::Edit, Transition::Resubmit]
        .into_iter()
        .find(|t| t.allows(state))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole table, written out: which change is allowed from which state. A change to
    /// the rules shows up here as a changed row.
    #[test]
    fn the_lifecycle_table() {
        let columns = [
            Pending, Published, SentBack, Rejected, Withdrawn, CarriedOut, Archived,
        ];
        #[rustfmt::skip]
        let table: [(Transition, [u8; 7]); 15] = [
            //                         pend pub  back rej  with done arch
            (Transition::Publish,     [1,   0,   0,   0,   0,   0,   0]),
            (Transition::SendBack,    [1,   0,   0,   0,   0,   0,   0]),
            (Transition::Reject,      [1,   0,   0,   0,   0,   0,   0]),
            (Transition::Edit,        [1,   0,   0,   0,   0,   0,   0]),
            (Transition::Resubmit,    [0,   0,   1,   0,   0,   0,   0]),
            (Transition::Withdraw,    [1,   1,   1,   0,   0,   0,   0]),
            (Transition::CarryOut,    [0,   1,   0,   0,   0,   0,   0]),
            (Transition::Archive,     [0,   1,   0,   0,   1,   1,   0]),
            (Transition::ChangeGoals, [0,   1,   0,   0,   0,   1,   0]),
            (Transition::Hide,        [0,   1,   0,   0,   1,   1,   1]),
            (Transition::Restore,     [0,   1,   0,   0,   1,   1,   1]),
            (Transition::TakePart,    [0,   1,   0,   0,   0,   0,   0]),
            (Transition::Comment,     [0,   1,   0,   0,   0,   0,   0]),
            (Transition::Answer,      [0,   1,   0,   0,   0,   1,   1]),
            (Transition::Reschedule,  [0,   1,   0,   0,   0,   0,   0]),
        ];
        assert_eq!(
            table.len(),
            Transition::ALL.len(),
            "every transition has a row"
        );
        for (transition, allowed) in table {
            for (state, expected) in columns.iter().zip(allowed) {
                assert_eq!(
                    transition.allows(*state),
                    expected == 1,
                    "{transition:?} from {state:?}"
                );
            }
        }
    }

    #[test]
    fn decisions_lead_where_their_names_say() {
        assert_eq!(Transition::Publish.to(), Some(Published));
        assert_eq!(Transition::Resubmit.to(), Some(Pending));
        assert_eq!(Transition::Withdraw.to(), Some(Withdrawn));
        assert_eq!(Transition::Hide.to(), None);
    }

    #[test]
    fn editing_a_sent_back_proposal_resubmits_it() {
        assert_eq!(edit_from(Pending), Some(Transition::Edit));
        assert_eq!(edit_from(SentBack), Some(Transition::Resubmit));
        assert_eq!(edit_from(Published), None);
        assert_eq!(edit_from(Rejected), None);
    }

    #[test]
    fn states_round_trip_and_only_published_ones_take_part() {
        for state in State::ALL {
            assert_eq!(State::parse(state.as_str()), Some(state));
            assert_eq!(state.is_open_to_join(), state == Published, "{state:?}");
        }
        assert!(Withdrawn.is_public());
        assert!(!Pending.is_public());
        assert!(SentBack.is_editable());
        assert!(!Published.is_editable());
    }

    #[test]
    fn the_guard_lists_the_allowed_states() {
        assert_eq!(
            Transition::Withdraw.guard("i.state"),
            "i.state IN ('pending', 'sent_back', 'published')"
        );
    }
}
