//! What people are told: decisions on their initiatives and content, requests and offers
//! concerning their initiatives, replies to their comments. Listed on the platform with an
//! unread count, and sent by email in the person's language unless they switched that kind
//! off or chose a weekly digest (written to the server log where no mail server is set).

pub mod page;
pub mod unsubscribe;

#[cfg(feature = "ssr")]
pub mod store;

use crate::i18n::Msg;
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// What a notification is about.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Kind {
        Published = "published",
        SentBack = "sent_back",
        Rejected = "rejected",
        GoalsChanged = "goals_changed",
        CarriedOut = "carried_out",
        Archived = "archived",
        Hidden = "hidden",
        Restored = "restored",
        Suspended = "suspended",
        /// Someone asks to become a further initiator (to the initiators).
        InitiatorRequested = "initiator_requested",
        /// The answer to one's own request.
        InitiatorAccepted = "initiator_accepted",
        InitiatorDeclined = "initiator_declined",
        /// Someone offers to take one of the initiative's needs (to the initiators).
        NeedOffered = "need_offered",
        /// Someone replied to one's comment.
        CommentReplied = "comment_replied",
        /// The municipality answered a proposal or idea one takes part in (to everyone
        /// taking part); `reason` holds the answer's status.
        Answered = "answered",
        /// Its initiators withdrew an initiative one takes part in, with their reason.
        Withdrawn = "withdrawn",
        /// Its initiators changed the time or place of one.
        Rescheduled = "rescheduled",
        /// A place opened up and one moved up from the waiting list (to them).
        MovedUp = "moved_up",
    }
}

crate::stored_enum! {
    /// The kinds of email a person can switch off, each covering some notification kinds.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Topic {
        Decisions = "decisions",
        InitiatorRequests = "initiator_requests",
        NeedOffers = "need_offers",
        Replies = "replies",
        /// News of what one takes part in: the municipality's answer, a new time or place,
        /// a withdrawal.
        Participation = "participation",
        /// The email the day before something one takes part in (see `reminders`).
        Reminders = "reminders",
    }
}

impl Topic {
    /// What the choice on "my account" says.
    pub fn label(self) -> Msg {
        match self {
            Topic::Decisions => Msg::EmailKindDecisions,
            Topic::InitiatorRequests => Msg::EmailKindInitiatorRequests,
            Topic::NeedOffers => Msg::EmailKindNeedOffers,
            Topic::Replies => Msg::EmailKindReplies,
            Topic::Participation => Msg::EmailKindParticipation,
            Topic::Reminders => Msg::EmailKindReminders,
        }
    }
}

impl Kind {
    /// The sentence saying what happened, with `{title}` for the initiative (a hidden or
    /// restored comment names the initiative it was written on), `{name}` for who did it
    /// and `{need}` for the need offered.
    pub fn message(self) -> Msg {
        match self {
            Kind::Published => Msg::NoticePublished,
            Kind::SentBack => Msg::NoticeSentBack,
            Kind::Rejected => Msg::NoticeRejected,
            Kind::GoalsChanged => Msg::NoticeGoalsChanged,
            Kind::CarriedOut => Msg::NoticeCarriedOut,
            Kind::Archived => Msg::NoticeArchived,
            Kind::Hidden => Msg::NoticeHidden,
            Kind::Restored => Msg::NoticeRestored,
            Kind::Suspended => Msg::NoticeSuspended,
            Kind::InitiatorRequested => Msg::NoticeInitiatorRequested,
            Kind::InitiatorAccepted => Msg::NoticeInitiatorAccepted,
            Kind::InitiatorDeclined => Msg::NoticeInitiatorDeclined,
            Kind::NeedOffered => Msg::NoticeNeedOffered,
            Kind::CommentReplied => Msg::NoticeCommentReplied,
            Kind::Answered => Msg::NoticeAnswered,
            Kind::Withdrawn => Msg::NoticeWithdrawn,
            Kind::Rescheduled => Msg::NoticeRescheduled,
            Kind::MovedUp => Msg::NoticeMovedUp,
        }
    }

    /// Which kind of email it is, for switching it off.
    pub fn topic(self) -> Topic {
        match self {
            Kind::InitiatorRequested | Kind::InitiatorAccepted | Kind::InitiatorDeclined => {
                Topic::InitiatorRequests
            }
            Kind::NeedOffered => Topic::NeedOffers,
            Kind::CommentReplied => Topic::Replies,
            Kind::Answered | Kind::Withdrawn | Kind::Rescheduled | Kind::MovedUp => {
                Topic::Participation
            }
            _ => Topic::Decisions,
        }
    }

    /// Whether `reason` holds the municipality's reason (shown as such), rather than a part
    /// of the sentence (the need offered).
    pub fn has_reason(self) -> bool {
        self.topic() == Topic::Decisions
    }

    /// Whether what it tells changes an entry people may have in their calendars: their
    /// email then links to the new calendar file.
    pub fn changes_calendar(self) -> bool {
        matches!(self, Kind::Withdrawn | Kind::Rescheduled)
    }
}

/// The text of a notification in `lang`. An answer's status (in `reason`) is named in the
/// reader's language as `{status}`; an initiator's reason for a withdrawal is `{reason}`.
pub fn text(
    lang: crate::i18n::Lang,
    kind: Kind,
    title: Option<&str>,
    actor: Option<&str>,
    reason: Option<&str>,
) -> String {
    use crate::i18n::Arg;
    let deleted = lang.text(Msg::DeletedAccount);
    let status = match kind {
        Kind::Answered => reason
            .and_then(crate::answers::Status::parse)
            .map(|status| lang.text(status.name())),
        _ => None,
    };
    lang.format(
        kind.message(),
        &[
            ("title", Arg::from(title.unwrap_or_default())),
            ("name", Arg::from(actor.unwrap_or(deleted))),
            ("need", Arg::from(reason.unwrap_or_default())),
            ("status", Arg::from(status.unwrap_or_default())),
            ("reason", Arg::from(reason.unwrap_or_default())),
        ],
    )
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: crate::ids::NotificationId,
    pub kind: Kind,
    pub initiative_id: Option<crate::ids::InitiativeId>,
    pub initiative_title: Option<String>,
    /// Who did it, for the kinds that say so; `None` for a deleted account.
    pub actor: Option<String>,
    /// The reply, for a reply to one's comment.
    pub comment_id: Option<crate::ids::CommentId>,
    pub reason: Option<String>,
    pub at: LocalDateTime,
    pub unread: bool,
}
