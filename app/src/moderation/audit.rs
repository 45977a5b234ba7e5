//! The audit log: every moderator and administrator action with who, when, what and why,
//! written in the same transaction as the action, so that no action happens without its row.

use serde::{Deserialize, Serialize};

/// What was done. The stored names are the CHECK list of the `audit_log` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    Publish,
    SendBack,
    Reject,
    ChangeGoals,
    CarryOut,
    Archive,
    Hide,
    Restore,
    Dismiss,
    Suspend,
    Lift,
    GrantRole,
    RevokeRole,
    AddNeighbourhood,
    EditNeighbourhood,
    RetireNeighbourhood,
    ReinstateNeighbourhood,
    AddGoal,
    EditGoal,
    RetireGoal,
    ReinstateGoal,
    EditSettings,
}

impl Action {
    pub const ALL: [Action; 22] = [
        Action::Publish,
        Action::SendBack,
        Action::Reject,
        Action::ChangeGoals,
        Action::CarryOut,
        Action::Archive,
        Action::Hide,
        Action::Restore,
        Action::Dismiss,
        Action::Suspend,
        Action::Lift,
        Action::GrantRole,
        Action::RevokeRole,
        Action::AddNeighbourhood,
        Action::EditNeighbourhood,
        Action::RetireNeighbourhood,
        Action::ReinstateNeighbourhood,
        Action::AddGoal,
        Action::EditGoal,
        Action::RetireGoal,
        Action::ReinstateGoal,
        Action::EditSettings,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Publish => "publish",
            Action::SendBack => "send_back",
            Action::Reject => "reject",
            Action::ChangeGoals => "change_goals",
            Action::CarryOut => "carry_out",
            Action::Archive => "archive",
            Action::Hide => "hide",
            Action::Restore => "restore",
            Action::Dismiss => "dismiss",
            Action::Suspend => "suspend",
            Action::Lift => "lift",
            Action::GrantRole => "grant_role",
            Action::RevokeRole => "revoke_role",
            Action::AddNeighbourhood => "add_neighbourhood",
            Action::EditNeighbourhood => "edit_neighbourhood",
            Action::RetireNeighbourhood => "retire_neighbourhood",
            Action::ReinstateNeighbourhood => "reinstate_neighbourhood",
            Action::AddGoal => "add_goal",
            Action::EditGoal => "edit_goal",
            Action::RetireGoal => "retire_goal",
            Action::ReinstateGoal => "reinstate_goal",
            Action::EditSettings => "edit_settings",
        }
    }

    pub fn parse(input: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == input)
    }

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
        }
    }
}

/// What an action was done to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetKind {
    Initiative,
    Comment,
    Account,
    Neighbourhood,
    Goal,
    Settings,
}

impl TargetKind {
    pub const ALL: [TargetKind; 6] = [
        TargetKind::Initiative,
        TargetKind::Comment,
        TargetKind::Account,
        TargetKind::Neighbourhood,
        TargetKind::Goal,
        TargetKind::Settings,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Initiative => "initiative",
            TargetKind::Comment => "comment",
            TargetKind::Account => "account",
            TargetKind::Neighbourhood => "neighbourhood",
            TargetKind::Goal => "goal",
            TargetKind::Settings => "settings",
        }
    }

    pub fn parse(input: &str) -> Option<TargetKind> {
        TargetKind::ALL.into_iter().find(|k| k.as_str() == input)
    }
}

/// One row of the log, to write.
#[cfg(feature = "ssr")]
pub struct Entry<'a> {
    pub actor: i64,
    pub action: Action,
    pub target_kind: TargetKind,
    pub target_id: i64,
    pub reason: Option<&'a str>,
    /// What the action set, where it set something (goal ids, a role, a period).
    pub details: Option<String>,
    /// For a review decision, the seconds the proposal waited in the queue.
    pub waited: Option<i64>,
    pub at: i64,
}

#[cfg(feature = "ssr")]
pub async fn record(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_kind, target_id, reason, details, \
         waited, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(entry.actor)
    .bind(entry.action.as_str())
    .bind(entry.target_kind.as_str())
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
