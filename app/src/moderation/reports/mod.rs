//! Reports: citizens report an initiative or a comment with a reason (`form`); moderators
//! answer them from the queue (`queue`) by hiding, restoring or dismissing; `store` holds
//! the queries, including the automatic hide after three reports.

#[cfg(feature = "ssr")]
mod answering;
pub mod form;
pub mod queue;
#[cfg(feature = "ssr")]
pub mod store;
