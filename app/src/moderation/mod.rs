//! What the moderators work from: the review queue and their decisions on proposals, the
//! audit log every decision is written to, and the reports citizens make.

pub mod report;
pub mod review;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod store;

use crate::initiatives::kind::Kind;
use serde::{Deserialize, Serialize};

/// A proposal in the review queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: i64,
    pub title: String,
    pub kind: Kind,
    pub neighbourhood: Option<String>,
    /// Who proposed it.
    pub author: String,
    /// How long it has waited since it was (re)submitted, in whole hours.
    pub waited_hours: i64,
}
