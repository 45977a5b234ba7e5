//! What the moderators work from: the review queue and their decisions on proposals and
//! published initiatives, the reports citizens make and the hiding of content, suspensions,
//! and the audit log every action is written to.

pub mod audit;
pub mod nav;
pub mod published;
pub mod reports;
pub mod review;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod suspensions;

use crate::ids::{AccountId, CommentId, InitiativeId};
use crate::initiatives::kind::Kind;
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

/// A proposal in the review queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: InitiativeId,
    pub title: String,
    pub kind: Kind,
    pub neighbourhood: Option<String>,
    /// Who proposed it.
    pub author: String,
    /// How long it has waited since it was (re)submitted, in whole hours.
    pub waited_hours: i64,
}

/// Why content is hidden: a moderator hid it, or three different people reported it and it
/// waits for a moderator to look at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hidden {
    ByModerator,
    PendingReview,
}

impl Hidden {
    /// From the stored `hidden_at` and `hidden_by` columns.
    pub fn from_columns<T, B>(hidden_at: Option<T>, hidden_by: Option<B>) -> Option<Hidden> {
        match (hidden_at, hidden_by) {
            (None, _) => None,
            (Some(_), Some(_)) => Some(Hidden::ByModerator),
            (Some(_), None) => Some(Hidden::PendingReview),
        }
    }

    /// What readers are told in place of the content.
    pub fn notice(self) -> crate::i18n::Msg {
        match self {
            Hidden::ByModerator => crate::i18n::Msg::HiddenByModerator,
            Hidden::PendingReview => crate::i18n::Msg::HiddenPendingReview,
        }
    }
}

/// What can be reported and hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Initiative(InitiativeId),
    Comment(CommentId),
}

impl Target {
    /// From a form's `target_kind` and `target_id`.
    pub fn parse(kind: &str, id: i64) -> Option<Target> {
        match kind {
            "initiative" => Some(Target::Initiative(InitiativeId(id))),
            "comment" => Some(Target::Comment(CommentId(id))),
            _ => None,
        }
    }

    /// The stored name of its kind, as in `reports.target_kind`.
    pub fn kind(self) -> &'static str {
        match self {
            Target::Initiative(_) => "initiative",
            Target::Comment(_) => "comment",
        }
    }

    /// The id in `reports.target_id`, whose kind `kind` names.
    pub fn id(self) -> i64 {
        match self {
            Target::Initiative(InitiativeId(id)) | Target::Comment(CommentId(id)) => id,
        }
    }

    pub fn audit_kind(self) -> audit::TargetKind {
        match self {
            Target::Initiative(_) => audit::TargetKind::Initiative,
            Target::Comment(_) => audit::TargetKind::Comment,
        }
    }
}

/// One report's reason, as the moderators read it (who made it is not shown).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportReason {
    pub reason: String,
    pub at: LocalDateTime,
    /// From an account younger than a day or not confirmed when it reported: it does not
    /// count towards hiding the item automatically.
    pub from_new_account: bool,
}

/// A reported item with its open reports, as the report queue shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportedItem {
    pub target: Target,
    /// The initiative's title, or for a comment the title of the initiative it is on.
    pub initiative_id: InitiativeId,
    pub initiative_title: String,
    /// The text as it stands now: the initiative's description or the comment.
    pub text: String,
    /// The text as it stood when it was first reported (of the open reports), when it has
    /// been changed since: the moderator reads both.
    pub reported_text: Option<String>,
    /// Who wrote it (the comment's author, or the initiative's proposer), and their id for
    /// the link to suspend them.
    pub author: String,
    pub author_id: AccountId,
    pub hidden: Option<Hidden>,
    /// Different people who reported it and are not yet answered.
    pub reporters: i64,
    /// Of those, how many reported from a new account (see `ReportReason`).
    pub new_reporters: i64,
    pub reasons: Vec<ReportReason>,
    /// The moderator looking wrote it (or is an initiator of it): they may not act on it.
    pub own: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_hidden_by_a_moderator_or_pending_review() {
        assert_eq!(Hidden::from_columns::<i64, i64>(None, None), None);
        assert_eq!(Hidden::from_columns(None::<i64>, Some(3)), None);
        assert_eq!(
            Hidden::from_columns(Some(1), Some(3)),
            Some(Hidden::ByModerator)
        );
        assert_eq!(
            Hidden::from_columns(Some(1), None::<i64>),
            Some(Hidden::PendingReview)
        );
    }

    #[test]
    fn targets_parse_from_their_form_fields() {
        assert_eq!(
            Target::parse("comment", 4),
            Some(Target::Comment(CommentId(4)))
        );
        assert_eq!(
            Target::parse("initiative", 4).map(Target::kind),
            Some("initiative")
        );
        assert_eq!(Target::parse("account", 4), None);
    }
}
