//! What every moderator action on an initiative shares: who may act on it, which goals a
//! form chose, and the decision itself (state, goals, audit row and notifications in one
//! transaction, then the emails).

/// The longest reason or note a moderator may give.
pub const REASON_MAX: usize = 1_000;

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::accounts::staff::Moderator;
    use crate::error::AppError;
    use crate::error::{FormCheck, Problem};
    use crate::ids::{GoalId, InitiativeId};
    use crate::initiatives::lifecycle::Transition;
    use crate::moderation::audit;
    use crate::participation::level::Level;
    use crate::state::AppState;

    /// A moderator, acting on someone else's initiative.
    pub async fn moderator_of(
        initiative_id: InitiativeId,
    ) -> Result<(AppState, Moderator), AppError> {
        let (state, moderator) = crate::accounts::auth::require_moderator().await?;
        let initiative = crate::initiatives::store::by_id(&state.db, initiative_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let level =
            crate::participation::store::level_of(state.db.pool(), initiative_id, moderator.id())
                .await?;
        // Nobody reviews their own proposal: neither an initiator nor the person who
        // proposed it, even after they stepped down to another level.
        if level == Some(Level::Initiator) || initiative.author_id == moderator.id() {
            return Err(AppError::Forbidden);
        }
        Ok((state, moderator))
    }

    /// The goals ticked in a form's `field`: active goals only, at least one. Problems go
    /// on `field`; what was ticked is kept for the form.
    pub async fn chosen_goals(
        db: &crate::db::Db,
        check: &mut FormCheck,
        field: &str,
        chosen: Vec<String>,
    ) -> Result<Vec<GoalId>, AppError> {
        for goal in &chosen {
            check.keep(field, goal);
        }
        let active: Vec<GoalId> = crate::goals::store::active(db)
            .await?
            .into_iter()
            .map(|g| g.id)
            .collect();
        let mut goal_ids: Vec<GoalId> = Vec::new();
        for goal in &chosen {
            match goal.parse::<GoalId>().ok().filter(|id| active.contains(id)) {
                Some(id) if !goal_ids.contains(&id) => goal_ids.push(id),
                Some(_) => {}
                None => check.fail(field, Problem::UnknownGoal),
            }
        }
        if goal_ids.is_empty() {
            check.fail(field, Problem::NoGoal);
        }
        Ok(goal_ids)
    }

    /// A moderator's decision on an initiative.
    pub struct Decision<'a> {
        pub initiative_id: InitiativeId,
        pub transition: Transition,
        pub action: audit::Action,
        pub notice: crate::notifications::Kind,
        pub reason: Option<&'a str>,
        /// The goals to tie it to, where the decision sets them.
        pub goals: Option<Vec<GoalId>>,
        /// The form's field that is told when another moderator changed it first.
        pub field: &'a str,
        /// What that field is told.
        pub lost_race: Problem,
    }

    /// Makes the decision if the initiative is still in a state it is allowed from: state,
    /// goals, audit row and notifications in one transaction; then emails the initiators.
    pub async fn decide(
        state: &AppState,
        moderator: &Moderator,
        decision: Decision<'_>,
        mut check: FormCheck,
    ) -> Result<(), AppError> {
        let now = crate::db::now();
        let mut tx = state.db.begin_write().await?;
        let Some(applied) = crate::initiatives::store::apply(
            &mut tx,
            decision.initiative_id,
            decision.transition,
            decision.reason,
            now,
        )
        .await?
        else {
            check.fail(decision.field, decision.lost_race);
            return Err(check.into_error());
        };
        if let Some(goals) = &decision.goals {
            crate::goals::store::set_for_initiative(&mut tx, decision.initiative_id, goals).await?;
        }
        // A decision on a waiting proposal records how long it waited.
        let reviewed = matches!(
            decision.transition,
            Transition::Publish | Transition::SendBack | Transition::Reject
        );
        audit::record(
            &mut tx,
            moderator,
            audit::Entry {
                action: decision.action,
                target_kind: audit::TargetKind::Initiative,
                target_id: decision.initiative_id.0,
                reason: decision.reason,
                details: decision.goals.as_ref().map(|goals| {
                    goals
                        .iter()
                        .map(GoalId::to_string)
                        .collect::<Vec<_>>()
                        .join(",")
                }),
                waited: reviewed.then(|| now.seconds_since(applied.submitted_at)),
                at: now,
            },
        )
        .await?;
        let emails = crate::notifications::store::notify_initiators(
            &mut tx,
            decision.initiative_id,
            crate::notifications::store::Notice::decision(
                decision.notice,
                Some(decision.initiative_id),
                decision.reason,
            ),
            now,
        )
        .await?;
        tx.commit().await?;
        crate::notifications::store::deliver(state, emails);
        tracing::info!(
            initiative = %decision.initiative_id,
            moderator = %moderator.id(),
            action = decision.action.as_str(),
            "initiative decided"
        );
        Ok(())
    }
}
