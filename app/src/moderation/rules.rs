//! What every moderator action on an initiative shares: who may act on it, which goals a
//! form chose, and the decision itself (state, goals, audit row and notifications in one
//! transaction, then the emails).

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::accounts::staff::Moderator;
    use crate::error::AppError;
    use crate::error::{FormCheck, Problem};
    use crate::ids::{GoalId, InitiativeId};
    use crate::initiatives::kind::State;
    use crate::initiatives::lifecycle::Transition;
    use crate::moderation::audit;
    use crate::notifications::Kind;
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

    /// What a decision is audited as and what its initiators are told; `None` for the
    /// changes that are not a moderator's to make.
    fn recorded(transition: Transition) -> Option<(audit::Action, Kind)> {
        Some(match transition {
            Transition::Publish => (audit::Action::Publish, Kind::Published),
            Transition::SendBack => (audit::Action::SendBack, Kind::SentBack),
            Transition::Reject => (audit::Action::Reject, Kind::Rejected),
            Transition::ChangeGoals => (audit::Action::ChangeGoals, Kind::GoalsChanged),
            Transition::CarryOut => (audit::Action::CarryOut, Kind::CarriedOut),
            Transition::Archive => (audit::Action::Archive, Kind::Archived),
            Transition::Edit
            | Transition::Resubmit
            | Transition::Withdraw
            | Transition::Hide
            | Transition::Restore
            | Transition::TakePart
            | Transition::Comment
            // Recorded by `answers::form`, which writes its own audit row.
            | Transition::Answer
            | Transition::Reschedule => return None,
        })
    }

    /// Whether it decides a proposal waiting for review.
    fn is_review(transition: Transition) -> bool {
        matches!(
            transition,
            Transition::Publish | Transition::SendBack | Transition::Reject
        )
    }

    /// A decision whose form holds one text besides the initiative: a reason that must be
    /// given (`required`) or a note that may be left empty, in `field`. The moderator is
    /// checked first; a decision that lost a race is told on `field`.
    pub async fn decide_with_text(
        initiative_id: InitiativeId,
        transition: Transition,
        field: &str,
        input: &str,
        required: bool,
    ) -> Result<(), AppError> {
        let (state, moderator) = moderator_of(initiative_id).await?;
        let mut check = FormCheck::new();
        let text = if required {
            Some(crate::text::reason(&mut check, field, input)?)
        } else {
            crate::text::note(&mut check, field, input)?
        };
        let decision = Decision {
            initiative_id,
            transition,
            reason: text.as_deref(),
            goals: None,
            // Another moderator's decision on a waiting proposal concerns the whole form;
            // a change to a published one is told next to its text.
            field: if is_review(transition) {
                "decision"
            } else {
                field
            },
        };
        decide(&state, &moderator, decision, check).await
    }

    /// A moderator's decision on an initiative.
    pub struct Decision<'a> {
        pub initiative_id: InitiativeId,
        pub transition: Transition,
        pub reason: Option<&'a str>,
        /// The goals to tie it to, where the decision sets them.
        pub goals: Option<Vec<GoalId>>,
        /// The form's field that is told when another moderator changed it first.
        pub field: &'a str,
    }

    /// Makes the decision if the initiative is still in a state it is allowed from: state,
    /// goals, audit row and notifications in one transaction; then emails the initiators.
    pub async fn decide(
        state: &AppState,
        moderator: &Moderator,
        decision: Decision<'_>,
        mut check: FormCheck,
    ) -> Result<(), AppError> {
        let (action, notice) = recorded(decision.transition).ok_or(AppError::Forbidden)?;
        // A decision on a waiting proposal records how long it waited, and one that lost
        // the race was already decided; a later change was already handled.
        let reviewed = is_review(decision.transition);
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
            let lost_race = if reviewed {
                Problem::AlreadyDecided
            } else {
                Problem::AlreadyHandled
            };
            check.fail(decision.field, lost_race);
            return Err(check.into_error());
        };
        if let Some(goals) = &decision.goals {
            crate::goals::store::set_for_initiative(&mut tx, decision.initiative_id, goals).await?;
        }
        audit::record(
            &mut tx,
            moderator,
            audit::Entry {
                action,
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
        let told = crate::notifications::store::Notice::decision(
            notice,
            Some(decision.initiative_id),
            decision.reason,
        );
        // An initiative that stops running concerns everyone taking part; the others
        // (review, goals) its initiators.
        let emails = if decision.transition.to().is_some_and(State::is_closed) {
            crate::notifications::store::notify_participants(
                &mut tx,
                decision.initiative_id,
                told,
                moderator.id(),
                now,
            )
            .await?
        } else {
            crate::notifications::store::notify_initiators(
                &mut tx,
                decision.initiative_id,
                told,
                now,
            )
            .await?
        };
        tx.commit().await?;
        crate::notifications::store::deliver(state, emails);
        tracing::info!(
            initiative = %decision.initiative_id,
            moderator = %moderator.id(),
            action = action.as_str(),
            "initiative decided"
        );
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_moderator_decision_is_audited_and_told_and_no_other_change_is() {
            for transition in Transition::ALL {
                let decided = recorded(transition);
                match transition {
                    Transition::Publish
                    | Transition::SendBack
                    | Transition::Reject
                    | Transition::ChangeGoals
                    | Transition::CarryOut
                    | Transition::Archive => {
                        let (action, _) = decided.expect("a moderator's decision");
                        // The audit log and the page's confirmation use the same name.
                        assert_eq!(action.as_str(), transition.as_str());
                    }
                    _ => assert!(decided.is_none(), "{transition:?}"),
                }
            }
            assert!(is_review(Transition::Reject) && !is_review(Transition::Archive));
        }
    }
}
