//! The audit log: every moderator action with who, when, what and why, written in the same
//! transaction as the action, so that no action happens without its row.

use sqlx::{Any, Transaction};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Publish,
    SendBack,
    Reject,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Publish => "publish",
            Action::SendBack => "send_back",
            Action::Reject => "reject",
        }
    }
}

/// One row of the log.
pub struct Entry<'a> {
    pub actor: i64,
    pub action: Action,
    pub target_kind: &'static str,
    pub target_id: i64,
    pub reason: Option<&'a str>,
    pub details: Option<String>,
    /// For a review decision, the seconds the proposal waited in the queue.
    pub waited: Option<i64>,
    pub at: i64,
}

pub async fn record(
    tx: &mut Transaction<'static, Any>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_kind, target_id, reason, details, \
         waited, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(entry.actor)
    .bind(entry.action.as_str())
    .bind(entry.target_kind)
    .bind(entry.target_id)
    .bind(entry.reason)
    .bind(entry.details)
    .bind(entry.waited)
    .bind(entry.at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
