//! Initiatives: what citizens propose (events, activities, ideas, proposals to the council),
//! from the proposal through review to publication, and the pages that show them.

pub mod actions;
pub mod detail;
pub mod edit;
pub mod initiators;
pub mod kind;
pub mod lifecycle;
pub mod list;
pub mod mine;
pub mod needs;
pub mod participating;
pub mod places;
pub mod propose;
pub mod recurrence;
pub mod reschedule;
#[cfg(feature = "ssr")]
pub mod search;
pub mod similar;

#[cfg(feature = "ssr")]
pub mod draft;
#[cfg(feature = "ssr")]
pub mod store;

use crate::ids::{InitiativeId, NeedId};
use crate::participation::level::Level;
use crate::participation::requests::{InitiatorRequest, RequestState};
use crate::time::LocalDateTime;
use kind::{Kind, State};
use serde::{Deserialize, Serialize};

/// How many initiators an initiative's page names; the rest are a number ("and 1,131
/// others"): the generated set's most joined initiative has 1,141.
pub const INITIATORS_NAMED: i64 = 10;

/// The initiative id in the current route (`/initiatives/:id…`), if it is a number.
pub fn route_id() -> impl Fn() -> Option<InitiativeId> + Copy + Send + Sync + 'static {
    use leptos::prelude::Read;
    let params = leptos_router::hooks::use_params_map();
    move || params.read().get("id").and_then(|id| id.parse().ok())
}

/// An initiative as a list shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: InitiativeId,
    pub title: String,
    pub kind: Kind,
    pub state: State,
    pub neighbourhood: Option<String>,
    pub starts_at: Option<LocalDateTime>,
    pub participants: i64,
    /// The status of the municipality's answer, for a proposal or idea that has one.
    pub answer: Option<crate::answers::Status>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Need {
    pub id: NeedId,
    pub description: String,
    pub covered: bool,
    /// Whether the person looking has offered to take it.
    pub offered_by_me: bool,
    /// Who offered to take it; filled in for initiators only.
    pub offered_by: Vec<String>,
}

/// Everything the detail page shows, for the person looking at it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    pub id: InitiativeId,
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub state: State,
    pub state_reason: Option<String>,
    pub neighbourhood: Option<String>,
    pub starts_at: Option<LocalDateTime>,
    pub ends_at: Option<LocalDateTime>,
    pub place: Option<String>,
    /// The first `INITIATORS_NAMED` initiators' names; `counts` says how many there are.
    pub initiators: Vec<String>,
    /// The policy goals a moderator tied it to.
    pub goals: Vec<crate::goals::Goal>,
    /// How many take part at each level, in the order of `Level::ALL`.
    pub counts: Vec<(Level, i64)>,
    pub needs: Vec<Need>,
    /// The viewer's own level, if they take part.
    pub my_level: Option<Level>,
    /// The state of the viewer's request to become an initiator, if they made one.
    pub my_initiator_request: Option<RequestState>,
    /// Pending requests to become an initiator; for initiators only.
    pub initiator_requests: Vec<InitiatorRequest>,
    pub viewer_logged_in: bool,
    /// Hidden by a moderator, or by reports until a moderator looks at it.
    pub hidden: Option<crate::moderation::Hidden>,
    /// The moderator's reason, for its initiators and for staff.
    pub hidden_reason: Option<String>,
    /// Its text is left out because it is hidden and the viewer is neither staff nor one of
    /// its initiators: the page says that it was hidden, not what it said.
    pub content_withheld: bool,
    /// The municipality's answer, for a proposal or idea that has one.
    pub answer: Option<crate::answers::CouncilAnswer>,
    /// How many times its time, place or state changed: the form that moves it sends back
    /// the one it showed.
    pub calendar_sequence: i64,
    /// How it repeats, with its next time, if it does.
    pub rule: Option<recurrence::Rule>,
    /// Its places, where its initiators limited them.
    pub seats: Option<crate::participation::capacity::Seats>,
    /// The viewer's place in its waiting list, if they wait.
    pub my_place_in_line: Option<crate::participation::capacity::InLine>,
}

impl Detail {
    pub fn participants(&self) -> i64 {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    /// What everyone but staff and its initiators learns of a hidden initiative: that it is
    /// hidden, and nothing of what it said.
    pub fn withheld(
        id: InitiativeId,
        kind: Kind,
        state: State,
        hidden: Option<crate::moderation::Hidden>,
        viewer_logged_in: bool,
    ) -> Detail {
        Detail {
            id,
            title: String::new(),
            description: String::new(),
            kind,
            state,
            state_reason: None,
            neighbourhood: None,
            starts_at: None,
            ends_at: None,
            place: None,
            initiators: Vec::new(),
            goals: Vec::new(),
            counts: Vec::new(),
            needs: Vec::new(),
            my_level: None,
            my_initiator_request: None,
            initiator_requests: Vec::new(),
            viewer_logged_in,
            hidden,
            hidden_reason: None,
            content_withheld: true,
            answer: None,
            calendar_sequence: 0,
            rule: None,
            seats: None,
            my_place_in_line: None,
        }
    }

    /// How many take part at `level`.
    pub fn level_count(&self, level: Level) -> i64 {
        self.counts
            .iter()
            .find(|(counted, _)| *counted == level)
            .map_or(0, |(_, n)| *n)
    }
}
