//! What moderators do with a published initiative: change the goals it is tied to (with a
//! reason), mark it carried out, or archive it. Each is audited and told to its initiators.

use crate::error::AppError;
use crate::goals::Goal;
use crate::i18n::{Msg, tr, use_i18n};
use crate::initiatives::kind::State;
use crate::ui::form::{FormAlert, FormState, TextArea};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
struct Change<'a> {
    initiative_id: i64,
    /// The states it may be changed from; `None` keeps the state (goals only).
    from: &'a [State],
    to: Option<State>,
    action: super::audit::Action,
    notice: crate::notifications::Kind,
    reason: Option<&'a str>,
    goals: Option<Vec<i64>>,
    /// The form's field that is told when another moderator changed it first.
    field: &'a str,
}

/// Changes the initiative (state, goals) if it is still in one of `from`, writes the audit
/// row and tells the initiators, in one transaction; then emails them.
#[cfg(feature = "ssr")]
async fn change(
    state: &crate::state::AppState,
    moderator: i64,
    change: Change<'_>,
    mut check: crate::error::FormCheck,
) -> Result<(), AppError> {
    use crate::error::Problem;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let Some(title) = super::store::change_state(
        &mut tx,
        change.initiative_id,
        change.from,
        change.to,
        change.reason,
        now,
    )
    .await?
    else {
        check.fail(change.field, Problem::AlreadyHandled);
        return Err(check.into_error());
    };
    if let Some(goals) = &change.goals {
        crate::goals::store::set_for_initiative(&mut tx, change.initiative_id, goals).await?;
    }
    super::audit::record(
        &mut tx,
        super::audit::Entry {
            actor: moderator,
            action: change.action,
            target_kind: super::audit::TargetKind::Initiative,
            target_id: change.initiative_id,
            reason: change.reason,
            details: change.goals.as_ref().map(|goals| {
                goals
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            }),
            waited: None,
            at: now,
        },
    )
    .await?;
    let recipients = crate::notifications::store::tell_initiators(
        &mut tx,
        change.initiative_id,
        change.notice,
        change.reason,
        now,
    )
    .await?;
    tx.commit().await?;
    crate::notifications::store::email(
        &state.mail,
        &recipients,
        change.notice,
        &title,
        change.reason,
    );
    tracing::info!(
        initiative = change.initiative_id,
        moderator,
        action = change.action.as_str(),
        "published initiative changed"
    );
    leptos_axum::redirect(&format!(
        "/moderation/initiatives/{}?saved={}",
        change.initiative_id,
        change.action.as_str()
    ));
    Ok(())
}

#[server(endpoint = "change_initiative_goals")]
pub async fn change_initiative_goals(
    initiative_id: i64,
    goals: Option<Vec<String>>,
    goals_reason: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Moderators, on initiatives they are not initiators of.
    let (state, account) = super::review::rules::moderator_of(initiative_id).await?;
    let mut check = FormCheck::new();
    check.keep("goals_reason", &goals_reason);
    let goal_ids = super::review::chosen_goals(
        &state.db,
        &mut check,
        "change_goals",
        goals.unwrap_or_default(),
    )
    .await?;
    let reason = check.check(
        "goals_reason",
        crate::text::multi_line(&goals_reason, super::review::REASON_MAX),
    );
    let (Some(reason), true) = (reason, check.is_ok()) else {
        return Err(check.into_error());
    };
    let change_goals = Change {
        initiative_id,
        from: &[State::Published, State::CarriedOut],
        to: None,
        action: super::audit::Action::ChangeGoals,
        notice: crate::notifications::Kind::GoalsChanged,
        reason: Some(&reason),
        goals: Some(goal_ids),
        field: "goals_reason",
    };
    change(&state, account.id, change_goals, check).await
}

#[server(endpoint = "carry_out_initiative")]
pub async fn carry_out_initiative(
    initiative_id: i64,
    carried_out_note: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Moderators, on initiatives they are not initiators of.
    let (state, account) = super::review::rules::moderator_of(initiative_id).await?;
    let mut check = FormCheck::new();
    check.keep("carried_out_note", &carried_out_note);
    let Some(note) = check.check(
        "carried_out_note",
        crate::text::optional_multi_line(&carried_out_note, super::review::REASON_MAX),
    ) else {
        return Err(check.into_error());
    };
    let carry_out = Change {
        initiative_id,
        from: &[State::Published],
        to: Some(State::CarriedOut),
        action: super::audit::Action::CarryOut,
        notice: crate::notifications::Kind::CarriedOut,
        reason: note.as_deref(),
        goals: None,
        field: "carried_out_note",
    };
    change(&state, account.id, carry_out, check).await
}

#[server(endpoint = "archive_initiative")]
pub async fn archive_initiative(initiative_id: i64, archive_note: String) -> Result<(), AppError> {
    use crate::error::FormCheck;
    // Moderators, on initiatives they are not initiators of.
    let (state, account) = super::review::rules::moderator_of(initiative_id).await?;
    let mut check = FormCheck::new();
    check.keep("archive_note", &archive_note);
    let Some(note) = check.check(
        "archive_note",
        crate::text::optional_multi_line(&archive_note, super::review::REASON_MAX),
    ) else {
        return Err(check.into_error());
    };
    let archive = Change {
        initiative_id,
        from: &[State::Published, State::CarriedOut, State::Withdrawn],
        to: Some(State::Archived),
        action: super::audit::Action::Archive,
        notice: crate::notifications::Kind::Archived,
        reason: note.as_deref(),
        goals: None,
        field: "archive_note",
    };
    change(&state, account.id, archive, check).await
}

/// The published initiative's forms on its review page.
#[component]
pub fn PublishedActions(
    id: i64,
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
    let can_change_goals = matches!(state, State::Published | State::CarriedOut);
    let can_archive = matches!(
        state,
        State::Published | State::CarriedOut | State::Withdrawn
    );
    view! {
        {can_change_goals.then(|| view! {
            <section aria-labelledby="change-goals">
                <h2 id="change-goals">{tr(Msg::PublishedGoalsTitle)}</h2>
                <ActionForm action=change_goals attr:novalidate=true attr:class="form">
                    <FormAlert form=goals_form labels=vec![("change_goals", Msg::ReviewGoals), ("goals_reason", Msg::PublishedGoalsReason)] />
                    <input type="hidden" name="initiative_id" value=id />
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
                                        <input type="checkbox" name="goals[]" id=input_id.clone() value=goal.id checked=checked />
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
        {(state == State::Published).then(|| view! {
            <section aria-labelledby="carry-out">
                <h2 id="carry-out">{tr(Msg::PublishedCarryOutTitle)}</h2>
                <ActionForm action=carry_out attr:novalidate=true attr:class="form">
                    <FormAlert form=carry_out_form labels=vec![("carried_out_note", Msg::ReviewNote)] />
                    <input type="hidden" name="initiative_id" value=id />
                    <TextArea name="carried_out_note" label=Msg::ReviewNote hint=Msg::PublishedCarryOutHint form=carry_out_form rows=2 />
                    <button type="submit" class="button button-secondary">{tr(Msg::PublishedCarryOutSubmit)}</button>
                </ActionForm>
            </section>
        })}
        {can_archive.then(|| view! {
            <section aria-labelledby="archive">
                <h2 id="archive">{tr(Msg::PublishedArchiveTitle)}</h2>
                <ActionForm action=archive attr:novalidate=true attr:class="form">
                    <FormAlert form=archive_form labels=vec![("archive_note", Msg::ReviewNote)] />
                    <input type="hidden" name="initiative_id" value=id />
                    <TextArea name="archive_note" label=Msg::ReviewNote hint=Msg::PublishedArchiveHint form=archive_form rows=2 />
                    <button type="submit" class="button button-secondary">{tr(Msg::PublishedArchiveSubmit)}</button>
                </ActionForm>
            </section>
        })}
    }
}
