//! What the moderators work from. For now: reports of initiatives, made by citizens and
//! stored for the moderators' queue (built in a later issue).

pub mod report;
