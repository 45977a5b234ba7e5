//! The politicians' engagement summary: who takes part, how, where, under which goal, how it
//! changes, whether people meet across neighbourhoods, and who is missing. Aggregates only:
//! no names, emails or account ids leave the server, and counts of people below 5 are shown
//! as "fewer than 5".
//!
//! # The rules behind the figures
//!
//! Every figure is computed by the database from the stored events (`participation_events`,
//! `initiatives`, `comments`, `audit_log`). These are the choices made on purpose:
//!
//! 1. **Counted initiatives** are those that were published at some point (`published_at`
//!    set) and are not hidden. Pending, sent back and rejected proposals, and hidden
//!    initiatives, give no participation, comment or place figure; proposals count in
//!    "proposed" whatever became of them, and decisions count under moderation.
//! 2. **Taking part in a period**: a person held a participation in a counted initiative at
//!    some moment of the period while the initiative was **running**: they joined or
//!    changed level during it, or had joined before it and had not left by its start, and
//!    the initiative ran then. A dated event or activity runs from its start to its end; an
//!    event with only a start, at that moment; an activity with only a start, and an
//!    undated idea or proposal from its publication, run until withdrawn, carried out or
//!    archived (`initiatives.closed_at`), whichever comes first. Someone who left during the
//!    period took part in it; someone who left before it did not; someone signed up only to
//!    an event that is over, or not yet begun, does not take part (past events would
//!    otherwise count for ever).
//! 3. **Level**: the highest level a person held at any moment of the period, over all
//!    counted initiatives (observing < active < co-creating < initiator). A person is
//!    counted once, at that level.
//! 4. **New**: the person's first join on the platform, in any counted initiative, is in
//!    the period. Narrowed to a goal or a place, it is still the first join anywhere: new
//!    to the platform, not new to the goal.
//! 5. **Stepped up**: the person held a level before the period (even if they left since)
//!    and their highest level in the period is higher than the highest they held before.
//! 6. **Proposed**: proposals created in the period. **Published**: counted initiatives
//!    published in the period. **Carried out**: counted initiatives a moderator marked as
//!    carried out in the period. **Comments**: comments written in the period on counted
//!    initiatives that are neither deleted nor hidden.
//! 7. **By goal**: initiatives = counted initiatives tied to the goal and published in the
//!    period; participants = people taking part in the period in counted initiatives tied
//!    to the goal (an initiative under both goals counts under each).
//! 8. **By neighbourhood**: people taking part, by the neighbourhood they say they live in
//!    (as their account says now; "not stated" otherwise), per 1,000 residents where an
//!    administrator has entered the residents; initiatives = counted initiatives taking
//!    place there (or in the whole town) that someone took part in during the period.
//!    People who state no neighbourhood and initiatives for the whole town share the row
//!    without a neighbourhood in the data, and are shown on two rows.
//! 9. **Meeting across**: of the counted initiatives someone took part in during the
//!    period, the share whose participants live in at least two different neighbourhoods
//!    (people who state none are left out of this). The table counts people by where they
//!    live (rows) and where the initiative takes place (columns); a person taking part in
//!    several places counts in each. Every neighbourhood is a row and a column, empty or
//!    not, and each cell has the previous period beside it.
//! 10. **Trend**: calendar months in Copenhagen time, the twelve ending with the month the
//!     period ends in, with the figures of rules 2 and 6 for each month; the month that is
//!     not over yet is marked "so far". New participants
//!     (rule 4) are not shown by month: the months would add up to the headline's count.
//! 11. **Moderation**: review decisions (publish, send back, reject) taken in the period;
//!     waiting time is from the proposal's (re)submission to the decision, in hours; median
//!     (the mean of the middle two for an even number) and longest.
//!     Answers (rule 19) sit beside them.
//! 12. **Narrowing** to a goal keeps the initiatives tied to it; to a neighbourhood, the
//!     initiatives that take place there. It applies to every figure about initiatives,
//!     participation in them, their comments and their review. Goals are given when a
//!     proposal is published, so under a goal the figures that take in proposals never
//!     published (proposed; decisions, sent back, rejected and the waits) cannot be
//!     computed: the page says so instead of showing 0.
//! 13. **Small numbers**: a count of people from 0 to 4 that stands alone is shown as
//!     "fewer than 5". Where counts of people add up to a total shown in the same view (the
//!     four levels to the participants; the neighbourhoods to the participants; a column of
//!     the meeting table to the people taking part in initiatives held there), every count
//!     under 5 is hidden, one more when only one is, and more while the hidden ones add up
//!     to 0; all of them read "hidden", small or not (see `privacy.rs`), so that none can be
//!     worked out from the total and the shown counts. A rate per 1,000 residents is not shown when its
//!     count is hidden. Counts of initiatives, comments and decisions are not about people
//!     and are shown as they are.
//! 14. **Periods** are whole days in Copenhagen time: the rolling presets end with today
//!     (so far), the calendar ones are the last whole quarter or year, chosen dates include
//!     both days. The previous period meets it at midnight: the calendar quarter or year
//!     before when the period is exactly one, otherwise as many days just before.
//! 15. **Time of the figures**: a person's home is what their account says now; hiding or
//!     deleting a comment or hiding an initiative later takes it out of past periods too, so
//!     an earlier summary may show less when asked again.
//! 16. **Joined or stepped up**: people who, in the period, joined a counted initiative or
//!     changed to a higher level in one than they held in it just before, whether or not
//!     it was running then (signing up for next month's event counts now). Beside rule 2,
//!     it is the figure that moves with what people did in the period.
//! 17. **Mixing**: for each counted initiative someone took part in with at least two
//!     participants who state where they live, the chance that two of them, drawn at
//!     random, live in different neighbourhoods (Gini–Simpson without replacement:
//!     1 − Σ n(n − 1) / (N(N − 1)) over its N such participants, n of them in each
//!     neighbourhood); the page shows its median over those initiatives, for the town and
//!     per goal, when there are at least three. Unlike rule 9's "at least two
//!     neighbourhoods" it moves: one newcomer from elsewhere in a crowd from one
//!     neighbourhood barely raises it. Beside it, of the people taking part who state
//!     where they live, the share who took part in an initiative held in another
//!     neighbourhood (whole-town initiatives are nobody's other neighbourhood), shown only
//!     when at least 5 did and 5 did not.
//! 18. **Freshness**: a view once computed is served for up to 15 minutes, and the server
//!     computes the presets for the whole town again every 10 minutes (`fresh.rs`); the
//!     page says when its figures were computed.
//! 19. **Answers**: proposals and ideas the municipality answered in the period (a status
//!     other than "being dealt with", counted by the date the answer gives), and the median
//!     days from publishing to that answer (the mean of the middle two for an even number).
//!     An answer changed later counts once, by its present date and status.

pub mod chart;
pub mod csv;
pub mod names;
pub mod page;
pub mod period;
pub mod privacy;
#[cfg(test)]
pub(crate) mod sample;
pub mod sections;
pub mod table_view;
pub mod tables;

#[cfg(feature = "ssr")]
pub mod cache;
#[cfg(feature = "ssr")]
pub mod compute;
#[cfg(feature = "ssr")]
pub mod fresh;
#[cfg(feature = "ssr")]
pub mod held;
#[cfg(feature = "ssr")]
pub mod meeting;
#[cfg(feature = "ssr")]
pub mod participation;
#[cfg(feature = "ssr")]
pub mod reader;
#[cfg(feature = "ssr")]
pub mod store;

use crate::participation::level::Level;
use period::Span;
use privacy::Count;
use serde::{Deserialize, Serialize};

/// A figure for the period, with the previous period of the same length beside it.
/// Who may read the summary: politicians, moderators and administrators.
pub fn may_read(account: &crate::accounts::Account) -> bool {
    use crate::accounts::role::Role;
    [Role::Politician, Role::Moderator, Role::Administrator]
        .into_iter()
        .any(|role| account.has_role(role))
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure<T> {
    pub current: T,
    pub previous: T,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub participants: Figure<Count>,
    pub new_participants: Figure<Count>,
    /// Rule 16: people who joined or raised their level in the period.
    pub joined_or_stepped_up: Figure<Count>,
    /// `None` narrowed to a goal (rule 12).
    pub proposed: Option<Figure<i64>>,
    pub published: Figure<i64>,
    pub carried_out: Figure<i64>,
    pub comments: Figure<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LadderRow {
    pub level: Level,
    pub people: Figure<Count>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalRow {
    pub goal_id: i64,
    pub position: i64,
    pub title_da: String,
    pub title_en: String,
    pub initiatives: Figure<i64>,
    pub participants: Figure<Count>,
}

/// A neighbourhood's row. `neighbourhood_id` `None` is "not stated" for the people and
/// "the whole town" for the initiatives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceRow {
    pub neighbourhood_id: Option<i64>,
    pub name: Option<String>,
    pub residents: Option<i64>,
    pub participants: Figure<Count>,
    /// People taking part per 1,000 residents, one decimal; `None` when the residents are
    /// not known or the count is hidden.
    pub per_thousand: Figure<Option<f64>>,
    pub initiatives: Figure<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Counted initiatives someone took part in during the period.
    pub initiatives: Figure<i64>,
    /// Of those, the ones whose participants live in at least two neighbourhoods.
    pub across: Figure<i64>,
    /// `across` as a percentage of `initiatives`, one decimal; `None` when there are none.
    pub share: Figure<Option<f64>>,
    /// Rule 17: the initiatives with at least two participants who state where they live.
    pub mixed_initiatives: Figure<i64>,
    /// Rule 17: the median over those of the chance that two of an initiative's
    /// participants live in different neighbourhoods, in per cent; `None` for fewer than
    /// three initiatives.
    pub mixing: Figure<Option<f64>>,
    /// The same median per goal, by the goal's position (empty when narrowed to a goal).
    pub mixing_by_goal: Vec<(i64, Figure<Option<f64>>)>,
    /// Rule 17: of the people taking part who state where they live, the share (per cent)
    /// who took part in an initiative held in another neighbourhood; `None` unless at least
    /// 5 did and 5 did not.
    pub outside: Figure<Option<f64>>,
    /// The columns: every place initiatives take place (`None` = the whole town), with names.
    pub places: Vec<(Option<i64>, Option<String>)>,
    /// One row per home neighbourhood (`None` = not stated), a count per column.
    pub rows: Vec<MatrixRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub home_id: Option<i64>,
    pub home: Option<String>,
    pub cells: Vec<Figure<Count>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    pub month: i32,
    /// The month is not over: its figures are so far.
    pub partial: bool,
    pub participants: Count,
    /// `None` narrowed to a goal (rule 12).
    pub proposed: Option<i64>,
    pub published: i64,
    pub carried_out: i64,
    pub comments: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Moderation {
    /// Proposals published: they have goals, so this holds under a goal too.
    pub published: Figure<i64>,
    /// Proposals and ideas the municipality answered in the period (rule 19); published,
    /// so these hold under a goal too.
    pub answered: Figure<i64>,
    /// The median days from publishing to that answer.
    pub median_answer_days: Figure<Option<f64>>,
    /// Every decision and the waits; `None` narrowed to a goal (rule 12).
    pub review: Option<Review>,
}

/// Rule 11's figures that take in proposals sent back or rejected, which have no goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub decisions: Figure<i64>,
    pub median_wait_hours: Figure<Option<f64>>,
    pub longest_wait_hours: Figure<Option<f64>>,
    pub sent_back: Figure<i64>,
    pub rejected: Figure<i64>,
}

/// What the summary is narrowed to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Narrowing {
    pub goal: Option<i64>,
    pub neighbourhood: Option<i64>,
}

/// The narrowing in words, so that a printout or a page read later says what it covers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NarrowingNames {
    /// The goal's number and its Danish and English titles.
    pub goal: Option<(i64, String, String)>,
    pub neighbourhood: Option<String>,
}

/// The whole summary for one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// When the figures were computed (UTC seconds): a view is served from the cache for a
    /// while (`fresh.rs`), and the page says how fresh it is.
    pub computed_at: i64,
    /// The same moment in Copenhagen time, for the page to say.
    pub computed_local: crate::time::LocalDateTime,
    pub span: Span,
    pub previous: Span,
    pub narrowing: Narrowing,
    pub narrowing_names: NarrowingNames,
    pub headline: Headline,
    pub ladder: Vec<LadderRow>,
    pub stepped_up: Figure<Count>,
    pub by_goal: Vec<GoalRow>,
    pub by_neighbourhood: Vec<PlaceRow>,
    pub meeting: Meeting,
    pub trend: Vec<Month>,
    pub moderation: Moderation,
}
