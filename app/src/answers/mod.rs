//! The municipality's official answer to a proposal to the council or an idea for the town:
//! its status, text, date and link to the council's minutes, shown at the top of the
//! initiative. Moderators record it (`form`); everyone taking part is told.

pub mod form;
#[cfg(feature = "ssr")]
pub mod store;

use crate::i18n::{Msg, tr, use_i18n};
use crate::initiatives::kind::Kind;
use crate::time::LocalDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The longest answer text: room for a council's decision with its reasons.
pub const BODY_MAX: usize = 5_000;

crate::stored_enum! {
    /// Where the municipality stands on it ("under behandling", "vedtaget", "delvist
    /// vedtaget", "ikke vedtaget", "besvaret").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Status {
        /// Being dealt with: recorded so that people know it was received, not yet an answer.
        InProgress = "in_progress",
        Adopted = "adopted",
        PartlyAdopted = "partly_adopted",
        NotAdopted = "not_adopted",
        /// Answered without a decision to adopt or not (a question, an idea taken up).
        Answered = "answered",
    }
}

impl Status {
    pub fn name(self) -> Msg {
        match self {
            Status::InProgress => Msg::AnswerInProgress,
            Status::Adopted => Msg::AnswerAdopted,
            Status::PartlyAdopted => Msg::AnswerPartlyAdopted,
            Status::NotAdopted => Msg::AnswerNotAdopted,
            Status::Answered => Msg::AnswerAnswered,
        }
    }

    /// Whether it answers the proposal: every status but "being dealt with". The
    /// politicians' summary counts these as answered.
    pub fn is_answer(self) -> bool {
        self != Status::InProgress
    }
}

/// Whether initiatives of this kind get an official answer: proposals to the council and
/// ideas for the town. Events and activities are simply held.
pub fn is_answerable(kind: Kind) -> bool {
    matches!(kind, Kind::Proposal | Kind::Idea)
}

/// The answer as it stands now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CouncilAnswer {
    pub status: Status,
    pub body: String,
    /// The day it was decided or answered.
    pub decided_on: LocalDateTime,
    pub minutes_url: Option<String>,
    /// How many times it has been recorded: the moderators' form sends back the one it
    /// showed, so that a change made meanwhile by another moderator is not overwritten.
    pub revision: i64,
}

/// The answer at the top of the initiative's page, or, for a proposal or idea that has none
/// yet, a line saying it waits for one.
#[component]
pub fn AnswerNotice(answer: Option<CouncilAnswer>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(answer) = answer else {
        return view! { <p class="notice">{tr(Msg::AnswerAwaited)}</p> }.into_any();
    };
    let status = answer.status;
    let date = answer.decided_on;
    view! {
        <section class="notice notice-answer" aria-labelledby="council-answer">
            <h2 id="council-answer">{tr(Msg::AnswerTitle)}</h2>
            <p>
                <strong>{move || i18n.t(status.name())}</strong>
                " · "
                <time datetime=date.iso_date()>{move || date.date_text(i18n.lang())}</time>
            </p>
            <crate::ui::rich_text::RichText text=answer.body />
            {answer.minutes_url.map(|url| view! {
                <p><a href=url rel="external noopener noreferrer">{tr(Msg::AnswerMinutesLink)}</a></p>
            })}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_only_in_progress_is_not_an_answer() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            assert_eq!(status.is_answer(), status != Status::InProgress);
        }
        assert_eq!(Status::parse("vedtaget"), None);
    }

    #[test]
    fn only_proposals_and_ideas_are_answered() {
        assert!(is_answerable(Kind::Proposal));
        assert!(is_answerable(Kind::Idea));
        assert!(!is_answerable(Kind::Event));
        assert!(!is_answerable(Kind::Activity));
    }
}
