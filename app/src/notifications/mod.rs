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
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Published => "published",
            Kind::SentBack => "sent_back",
            Kind::Rejected => "rejected",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        [Kind::Published, Kind::SentBack, Kind::Rejected]
            .into_iter()
            .find(|k| k.as_str() == text)
    }

    /// The sentence saying what happened, with `{title}` for the initiative.
    pub fn message(self) -> Msg {
        match self {
            Kind::Published => Msg::NoticePublished,
            Kind::SentBack => Msg::NoticeSentBack,
            Kind::Rejected => Msg::NoticeRejected,
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
