//! The audit log: every moderator and administrator action with who, when, what and why,
//! written in the same transaction as the action, so that no action happens without its row.

pub mod log;
#[cfg(feature = "ssr")]
pub mod store;

use crate::ids::{AccountId, AuditId, InitiativeId};
use crate::time::LocalDateTime;
use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// What was done. The stored names are the CHECK list of the `audit_log` table.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Action {
        Publish = "publish",
        SendBack = "send_back",
        Reject = "reject",
        ChangeGoals = "change_goals",
        CarryOut = "carry_out",
        Archive = "archive",
        Hide = "hide",
        Restore = "restore",
        Dismiss = "dismiss",
        Suspend = "suspend",
        Lift = "lift",
        GrantRole = "grant_role",
        RevokeRole = "revoke_role",
        AddNeighbourhood = "add_neighbourhood",
        EditNeighbourhood = "edit_neighbourhood",
        RetireNeighbourhood = "retire_neighbourhood",
        ReinstateNeighbourhood = "reinstate_neighbourhood",
        AddGoal = "add_goal",
        EditGoal = "edit_goal",
        RetireGoal = "retire_goal",
        ReinstateGoal = "reinstate_goal",
        EditSettings = "edit_settings",
        /// The municipality's answer to a proposal or idea, recorded or changed.
        Answer = "answer",
    }
}

impl Action {
    pub fn name(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Action::Publish => Msg::AuditPublish,
            Action::SendBack => Msg::AuditSendBack,
            Action::Reject => Msg::AuditReject,
            Action::ChangeGoals => Msg::AuditChangeGoals,
            Action::CarryOut => Msg::AuditCarryOut,
            Action::Archive => Msg::AuditArchive,
            Action::Hide => Msg::AuditHide,
            Action::Restore => Msg::AuditRestore,
            Action::Dismiss => Msg::AuditDismiss,
            Action::Suspend => Msg::AuditSuspend,
            Action::Lift => Msg::AuditLift,
            Action::GrantRole => Msg::AuditGrantRole,
            Action::RevokeRole => Msg::AuditRevokeRole,
            Action::AddNeighbourhood => Msg::AuditAddNeighbourhood,
            Action::EditNeighbourhood => Msg::AuditEditNeighbourhood,
            Action::RetireNeighbourhood => Msg::AuditRetireNeighbourhood,
            Action::ReinstateNeighbourhood => Msg::AuditReinstateNeighbourhood,
            Action::AddGoal => Msg::AuditAddGoal,
            Action::EditGoal => Msg::AuditEditGoal,
            Action::RetireGoal => Msg::AuditRetireGoal,
            Action::ReinstateGoal => Msg::AuditReinstateGoal,
            Action::EditSettings => Msg::AuditEditSettings,
            Action::Answer => Msg::AuditAnswer,
        }
    }
}

crate::stored_enum! {
    /// What an action was done to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum TargetKind {
        Initiative = "initiative",
        Comment = "comment",
        Account = "account",
        Neighbourhood = "neighbourhood",
        Goal = "goal",
        Settings = "settings",
    }
}

/// Rows per page of the log.
pub const PER_PAGE: i64 = 50;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: AuditId,
    pub at: LocalDateTime,
    pub actor: String,
    pub action: Action,
    pub target_kind: TargetKind,
    pub target_id: i64,
    /// What the target is called: an initiative's title (a comment's initiative), a
    /// person's name, a neighbourhood's name, a goal's title.
    pub target_label: Option<String>,
    /// For a comment, the initiative it is on (for the link).
    pub initiative_id: Option<InitiativeId>,
    pub reason: Option<String>,
    pub details: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogPage {
    pub entries: Vec<LogEntry>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Everyone who has done something in the log, for the "who" filter.
    pub actors: Vec<Actor>,
}

/// Someone who has done something in the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Actor {
    pub id: AccountId,
    pub display_name: String,
}

/// One row of the log, to write. Who acted is not a field: `record` takes it from the
/// capability the action's check returned.
#[cfg(feature = "ssr")]
pub struct Entry<'a> {
    pub action: Action,
    pub target_kind: TargetKind,
    pub target_id: i64,
    pub reason: Option<&'a str>,
    /// What the action set, where it set something (goal ids, a role, a period).
    pub details: Option<String>,
    /// For a review decision, the seconds the proposal waited in the queue.
    pub waited: Option<i64>,
    pub at: crate::timestamp::Timestamp,
}

#[cfg(feature = "ssr")]
pub async fn record(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    by: &impl crate::accounts::staff::Staff,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_kind, target_id, reason, details, \
         waited, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(by.id())
    .bind(entry.action)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_and_targets_round_trip_through_their_stored_names() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        for kind in TargetKind::ALL {
            assert_eq!(TargetKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Action::parse("delete"), None);
    }
}
