//! What people are told: decisions on their initiatives, listed on the platform with an
//! unread count, and sent by email (written to the server log where no mail server is set).

pub mod page;

#[cfg(feature = "ssr")]
pub mod store;

use crate::i18n::Msg;
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Published,
    SentBack,
    Rejected,
    GoalsChanged,
    CarriedOut,
    Archived,
    Hidden,
    Restored,
    Suspended,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Published,
        Kind::SentBack,
        Kind::Rejected,
        Kind::GoalsChanged,
        Kind::CarriedOut,
        Kind::Archived,
        Kind::Hidden,
        Kind::Restored,
        Kind::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Published => "published",
            Kind::SentBack => "sent_back",
            Kind::Rejected => "rejected",
            Kind::GoalsChanged => "goals_changed",
            Kind::CarriedOut => "carried_out",
            Kind::Archived => "archived",
            Kind::Hidden => "hidden",
            Kind::Restored => "restored",
            Kind::Suspended => "suspended",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }

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
    pub id: i64,
    pub kind: Kind,
    pub initiative_id: Option<i64>,
    pub initiative_title: Option<String>,
    pub reason: Option<String>,
    pub at: LocalDateTime,
    pub unread: bool,
}
