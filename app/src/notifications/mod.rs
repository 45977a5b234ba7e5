//! What people are told: decisions on their initiatives, listed on the platform with an
//! unread count, and sent by email (written to the server log where no mail server is set).

pub mod page;

#[cfg(feature = "ssr")]
pub mod store;

use crate::i18n::Msg;
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
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
    }
}

impl Kind {
    /// The sentence saying what happened, with `{title}` for the initiative (a hidden or
    /// restored comment names the initiative it was written on).
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
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: crate::ids::NotificationId,
    pub kind: Kind,
    pub initiative_id: Option<crate::ids::InitiativeId>,
    pub initiative_title: Option<String>,
    pub reason: Option<String>,
    pub at: LocalDateTime,
    pub unread: bool,
}
