//! What moderators do with a published initiative: change the goals it is tied to (with a
//! reason), mark it carried out, or archive it. Each is audited and told to its initiators.

use crate::error::AppError;
use crate::goals::Goal;
use crate::i18n::{Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::initiatives::kind::State;
use crate::initiatives::lifecycle::Transition;
use crate::ui::form::{FormAlert, FormState, OneTextFields, TextArea};
use leptos::prelude::*;

/// Where a moderator goes after a change: back to the initiative's review page.
#[cfg(feature = "ssr")]
fn back_to_review(initiative_id: InitiativeId, done: Transition) {
    leptos_axum::redirect(&format!(
        "/moderation/initiatives/{initiative_id}?saved={}",
        done.as_str()
    ));
}

#[server(endpoint = "change_initiative_goals")]
pub async fn change_initiative_goals(
    initiative_id: InitiativeId,
    goals: Option<Vec<String>>,
    goals_reason: String,
) -> Result<(), AppError> {
    use super::rules::{self, Decision};
    use crate::error::FormCheck;
    // Moderators, on initiatives they are not initiators of.
    let (state, moderator) = rules::moderator_of(initiative_id).await?;
    let mut check = FormCheck::new();
    check.keep("goals_reason", &goals_reason);
    let goal_ids = rules::chosen_goals(
        &state.db,
        &mut check,
        "change_goals",
        goals.unwrap_or_default(),
    )
    .await?;
    let reason = check.check(
        "goals_reason",
        crate::text::multi_line(&goals_reason, crate::text::REASON_MAX),
    );
    let (Some(reason), true) = (reason, check.is_ok()) else {
        return Err(check.into_error());
    };
    let decision = Decision {
        initiative_id,
        transition: Transition::ChangeGoals,
        reason: Some(&reason),
        goals: Some(goal_ids),
        field: "goals_reason",
    };
    rules::decide(&state, &moderator, decision, check).await?;
    back_to_review(initiative_id, Transition::ChangeGoals);
    Ok(())
}

#[server(endpoint = "carry_out_initiative")]
pub async fn carry_out_initiative(
    initiative_id: InitiativeId,
    carried_out_note: String,
) -> Result<(), AppError> {
    // Moderators, on initiatives they are not initiators of; the note may be left empty.
    let (transition, field) = (Transition::CarryOut, "carried_out_note");
    super::rules::decide_with_text(initiative_id, transition, field, &carried_out_note, false)
        .await?;
    back_to_review(initiative_id, transition);
    Ok(())
}

#[server(endpoint = "archive_initiative")]
pub async fn archive_initiative(
    initiative_id: InitiativeId,
    archive_note: String,
) -> Result<(), AppError> {
    // Moderators, on initiatives they are not initiators of; the note may be left empty.
    let (transition, field) = (Transition::Archive, "archive_note");
    super::rules::decide_with_text(initiative_id, transition, field, &archive_note, false).await?;
    back_to_review(initiative_id, transition);
    Ok(())
}

/// The published initiative's forms on its review page.
#[component]
pub fn PublishedActions(
    id: InitiativeId,
    state: State,
    current_goals: Vec<Goal>,
    goals: Signal<Vec<Goal>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let change_goals = ServerAction::<ChangeInitiativeGoals>::new();
    let carry_out = ServerAction::<CarryOutInitiative>::new();
    let archive = ServerAction::<ArchiveInitiative>::new();
    let goals_form = FormState::new(change_goals);
    let carry_out_form = FormState::new(carry_out);
    let archive_form = FormState::new(archive);
    let goals_error = move || goals_form.problem("change_goals");
    let current: Vec<String> = current_goals.iter().map(|g| g.id.to_string()).collect();
    let can_change_goals = Transition::ChangeGoals.allows(state);
    let can_archive = Transition::Archive.allows(state);
    view! {
        {can_change_goals.then(|| view! {
            <section aria-labelledby="change-goals">
                <h2 id="change-goals">{tr(Msg::PublishedGoalsTitle)}</h2>
                <ActionForm action=change_goals attr:novalidate=true attr:class="form">
                    <FormAlert form=goals_form labels=vec![("change_goals", Msg::ReviewGoals), ("goals_reason", Msg::PublishedGoalsReason)] />
                    <input type="hidden" name="initiative_id" value=id.0 />
                    <fieldset
                        id="field-change_goals"
                        class="field"
                        class:field-invalid=move || goals_error().is_some()
                        aria-describedby=move || goals_error().map(|_| "field-change_goals-error")
                    >
                        <legend>{tr(Msg::ReviewGoals)}</legend>
                        {move || goals_error().map(|problem| view! {
                            <p class="field-error" id="field-change_goals-error">{crate::i18n::problem_message(i18n.lang(), problem)}</p>
                        })}
                        {move || {
                            let current = current.clone();
                            goals.get().into_iter().map(|goal| {
                                let input_id = format!("change-goal-{}", goal.id);
                                let value = goal.id.to_string();
                                let was = current.contains(&value);
                                let checked = move || {
                                    let kept = goals_form.values("change_goals");
                                    if goals_form.problem("change_goals").is_some() || !kept.is_empty() { kept.contains(&value) } else { was }
                                };
                                let label_goal = goal.clone();
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" name="goals[]" id=input_id.clone() value=goal.id.0 checked=checked />
                                        <label for=input_id>{move || crate::goals::numbered(i18n.lang(), &label_goal)}</label>
                                    </div>
                                }
                            }).collect_view()
                        }}
                    </fieldset>
                    <TextArea name="goals_reason" label=Msg::PublishedGoalsReason hint=Msg::PublishedGoalsHint form=goals_form rows=3 />
                    <button type="submit" class="button">{tr(Msg::PublishedGoalsSubmit)}</button>
                </ActionForm>
            </section>
        })}
        {Transition::CarryOut.allows(state).then(|| view! {
            <section aria-labelledby="carry-out">
                <h2 id="carry-out">{tr(Msg::PublishedCarryOutTitle)}</h2>
                <ActionForm action=carry_out attr:novalidate=true attr:class="form">
                    <OneTextFields form=carry_out_form hidden=vec![("initiative_id", id.0.to_string())] name="carried_out_note" label=Msg::ReviewNote hint=Msg::PublishedCarryOutHint rows=2 submit=Msg::PublishedCarryOutSubmit button="button button-secondary" />
                </ActionForm>
            </section>
        })}
        {can_archive.then(|| view! {
            <section aria-labelledby="archive">
                <h2 id="archive">{tr(Msg::PublishedArchiveTitle)}</h2>
                <ActionForm action=archive attr:novalidate=true attr:class="form">
                    <OneTextFields form=archive_form hidden=vec![("initiative_id", id.0.to_string())] name="archive_note" label=Msg::ReviewNote hint=Msg::PublishedArchiveHint rows=2 submit=Msg::PublishedArchiveSubmit button="button button-secondary" />
                </ActionForm>
            </section>
        })}
    }
}
