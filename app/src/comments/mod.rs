//! Comments on published initiatives: threads with one level of replies, a page of threads
//! at a time, with long reply lists collapsed; editing, deleting and reporting them.

pub mod section;
pub mod thread;
pub mod write;

#[cfg(feature = "ssr")]
pub mod store;

use crate::ids::{CommentId, InitiativeId};
use crate::participation::level::Level;
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

/// The longest comment or reply, in characters.
pub const BODY_MAX: usize = 4_000;
/// Threads (a comment with its replies) per page, newest first.
pub const THREADS_PER_PAGE: i64 = 20;
/// Replies shown under a collapsed thread: its latest ones.
pub const REPLIES_COLLAPSED: i64 = 3;
/// How many more replies each "show earlier replies" brings.
pub const REPLIES_STEP: i64 = 50;

/// One comment or reply as the page shows it to the person looking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: CommentId,
    /// `None` once the author deleted their account: shown as "deleted account".
    pub author: Option<String>,
    /// The author's level on this initiative, if they take part.
    pub author_level: Option<Level>,
    /// `None` once the author deleted it: the page shows a placeholder.
    pub body: Option<String>,
    pub created_at: LocalDateTime,
    pub edited: bool,
    /// Written by the person looking, who may edit and delete it.
    pub mine: bool,
    /// Hidden by a moderator or by reports: the page says so instead of showing it.
    pub hidden: Option<crate::moderation::Hidden>,
}

/// A comment with the replies shown under it (the latest ones, oldest of those first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub comment: CommentView,
    pub replies: Vec<CommentView>,
    /// All replies that are not deleted, shown or not.
    pub reply_count: i64,
}

/// One page of an initiative's comments, for the person looking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentPage {
    pub initiative_id: InitiativeId,
    pub threads: Vec<Thread>,
    pub page: i64,
    pub pages: i64,
    /// Comments and replies that are not deleted.
    pub total: i64,
    /// The thread whose replies are expanded, and how many of its latest replies are shown.
    pub expanded: Option<(CommentId, i64)>,
    /// Whether new comments are taken (the initiative is published).
    pub open: bool,
    pub viewer_logged_in: bool,
    /// Changes whenever anything in the initiative's comments changes (see `store::activity`).
    pub activity: i64,
    /// Sent back with each new comment or reply: posting the same form twice stores it once.
    pub submission_key: String,
}

/// Where a comment is shown: its page, and for a reply the thread to expand and how far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub page: i64,
    /// The thread to expand, and how many of its latest replies to show.
    pub thread: Option<(CommentId, i64)>,
}

impl Place {
    /// The detail page's address that shows comment `id` in place.
    pub fn href(&self, initiative_id: InitiativeId, id: CommentId, saved: &str) -> String {
        let thread = match self.thread {
            Some((thread, replies)) => format!("&thread={thread}&replies={replies}"),
            None => String::new(),
        };
        format!(
            "/initiatives/{initiative_id}?saved={saved}&cpage={}{thread}#comment-{id}",
            self.page
        )
    }
}

/// How many of a thread's latest replies to show when `wanted` are asked for: never fewer
/// than the collapsed view, rounded up to whole steps beyond it, and capped so that a
/// crafted address cannot ask for everything at once.
pub fn replies_to_show(wanted: i64) -> i64 {
    const MOST: i64 = 20 * REPLIES_STEP;
    if wanted <= REPLIES_COLLAPSED {
        return REPLIES_COLLAPSED;
    }
    let steps = (wanted - REPLIES_COLLAPSED + REPLIES_STEP - 1) / REPLIES_STEP;
    (REPLIES_COLLAPSED + steps * REPLIES_STEP).min(MOST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_shown_grow_in_whole_steps_and_stop_at_a_ceiling() {
        assert_eq!(replies_to_show(-5), 3);
        assert_eq!(replies_to_show(3), 3);
        assert_eq!(replies_to_show(4), 53);
        assert_eq!(replies_to_show(53), 53);
        assert_eq!(replies_to_show(54), 103);
        assert_eq!(replies_to_show(i64::MAX / 2), 1_000);
    }

    #[test]
    fn a_place_links_to_the_comment_on_its_page() {
        let place = Place {
            page: 2,
            thread: Some((CommentId(7), 53)),
        };
        assert_eq!(
            place.href(InitiativeId(4), CommentId(9), "edited"),
            "/initiatives/4?saved=edited&cpage=2&thread=7&replies=53#comment-9"
        );
        let top = Place {
            page: 1,
            thread: None,
        };
        assert_eq!(
            top.href(InitiativeId(4), CommentId(9), "commented"),
            "/initiatives/4?saved=commented&cpage=1#comment-9"
        );
    }
}
