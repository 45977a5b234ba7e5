//! The policy's goals: every one, retired ones included, with its texts in both languages;
//! editing them, adding a goal after the last, retiring and reinstating. A goal is never
//! deleted: initiatives stay tied to it, and the database refuses the delete while they do.

use super::PageErrors;
use super::model::AdminGoal;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n, whole_number};
use crate::ids::GoalId;
use crate::ui::form::{FormAlert, FormState, Saved, TextArea, TextField};
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 1_000;

/// The four texts of a goal, in the order of the form and of the table's columns.
const FIELDS: [(&str, Msg); 4] = [
    ("title_da", Msg::AdminGoalTitleDa),
    ("title_en", Msg::AdminGoalTitleEn),
    ("summary_da", Msg::AdminGoalSummaryDa),
    ("summary_en", Msg::AdminGoalSummaryEn),
];

#[server(endpoint = "admin_goals")]
pub async fn admin_goals() -> Result<Vec<AdminGoal>, AppError> {
    // Administrators only.
    let (state, _session, _admin) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Administrator).await?;
    Ok(super::store::goals(&state.db).await?)
}

#[cfg(feature = "ssr")]
mod rules {
    use crate::error::FormCheck;

    /// The four texts, checked; `None` when any was refused.
    pub fn read(check: &mut FormCheck, texts: [&str; 4]) -> Option<[String; 4]> {
        let mut read = Vec::new();
        for ((field, _), text) in super::FIELDS.into_iter().zip(texts) {
            check.keep(field, text);
            let parsed = if field.starts_with("title") {
                crate::text::single_line(text, super::TITLE_MAX)
            } else {
                crate::text::multi_line(text, super::SUMMARY_MAX)
            };
            read.push(check.check(field, parsed));
        }
        let read: Option<Vec<String>> = read.into_iter().collect();
        read.and_then(|texts| texts.try_into().ok())
    }

    pub async fn audit(
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        admin: &crate::accounts::staff::Administrator,
        action: crate::moderation::audit::Action,
        id: crate::ids::GoalId,
        details: Option<String>,
    ) -> Result<(), sqlx::Error> {
        use crate::moderation::audit::{self, Entry, TargetKind};
        audit::record(
            tx,
            admin,
            Entry {
                action,
                target_kind: TargetKind::Goal,
                target_id: id.0,
                reason: None,
                details,
                waited: None,
                at: crate::db::now(),
            },
        )
        .await
    }
}

#[server(endpoint = "add_goal")]
pub async fn add_goal(
    title_da: String,
    title_en: String,
    summary_da: String,
    summary_en: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::moderation::audit::Action;
    // Administrators only.
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let mut check = FormCheck::new();
    let Some(texts) = rules::read(&mut check, [&title_da, &title_en, &summary_da, &summary_en])
    else {
        return Err(check.into_error());
    };
    // The new goal takes the next number. On PostgreSQL two administrators adding at the
    // same moment may pick the same one: the second is refused by the UNIQUE position and
    // tries again with the number after.
    let mut attempts = 0;
    let (id, position) = loop {
        attempts += 1;
        let mut tx = state.db.begin_write().await?;
        match super::store::add_goal(&mut tx, &texts).await {
            Ok((id, position)) => {
                rules::audit(
                    &mut tx,
                    &admin,
                    Action::AddGoal,
                    id,
                    Some(format!("position={position}")),
                )
                .await?;
                tx.commit().await?;
                break (id, position);
            }
            Err(error) if crate::db::is_unique_violation(&error) && attempts < 3 => continue,
            Err(error) => return Err(error.into()),
        }
    };
    tracing::info!(goal = %id, position, admin = %admin.id(), "goal added");
    leptos_axum::redirect("/admin/goals?saved=added");
    Ok(())
}

#[server(endpoint = "update_goal")]
pub async fn update_goal(
    goal_id: GoalId,
    title_da: String,
    title_en: String,
    summary_da: String,
    summary_en: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::moderation::audit::Action;
    // Administrators only.
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let mut check = FormCheck::new();
    check.keep("goal_id", &goal_id.to_string());
    let Some(texts) = rules::read(&mut check, [&title_da, &title_en, &summary_da, &summary_en])
    else {
        return Err(check.into_error());
    };
    let mut tx = state.db.begin_write().await?;
    let old = super::store::goal_texts(&mut tx, goal_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The log names the texts that changed; the texts themselves are on the goal.
    let changed: Vec<&str> = FIELDS
        .iter()
        .zip(old.iter().zip(texts.iter()))
        .filter(|(_, (old, new))| old != new)
        .map(|((field, _), _)| *field)
        .collect();
    if !changed.is_empty() {
        super::store::update_goal(&mut tx, goal_id, &texts).await?;
        let details = format!("changed={}", changed.join(","));
        rules::audit(&mut tx, &admin, Action::EditGoal, goal_id, Some(details)).await?;
    }
    tx.commit().await?;
    tracing::info!(
        goal = %goal_id,
        admin = %admin.id(),
        changed = changed.len(),
        "goal updated"
    );
    leptos_axum::redirect("/admin/goals?saved=updated");
    Ok(())
}

/// Retires or reinstates a goal. Doing what is already done changes nothing and logs
/// nothing.
#[cfg(feature = "ssr")]
async fn set_retired(goal_id: GoalId, retire: bool) -> Result<(), AppError> {
    use crate::moderation::audit::Action;
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    if !super::store::goal_exists(&state.db, goal_id).await? {
        return Err(AppError::NotFound);
    }
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    let changed = super::store::set_goal_retired(&mut tx, goal_id, retire.then_some(now)).await?;
    let (action, saved) = if retire {
        (Action::RetireGoal, "retired")
    } else {
        (Action::ReinstateGoal, "reinstated")
    };
    if changed {
        rules::audit(&mut tx, &admin, action, goal_id, None).await?;
    }
    tx.commit().await?;
    tracing::info!(
        goal = %goal_id,
        admin = %admin.id(),
        retire,
        changed,
        "goal retired or reinstated"
    );
    leptos_axum::redirect(&format!("/admin/goals?saved={saved}"));
    Ok(())
}

#[server(endpoint = "retire_goal")]
pub async fn retire_goal(goal_id: GoalId) -> Result<(), AppError> {
    // Administrators only. Moderators can no longer choose a retired goal; the initiatives
    // tied to it keep the tie.
    set_retired(goal_id, true).await
}

#[server(endpoint = "reinstate_goal")]
pub async fn reinstate_goal(goal_id: GoalId) -> Result<(), AppError> {
    // Administrators only.
    set_retired(goal_id, false).await
}

/// The page's actions, shared by every goal on it.
type Actions = super::catalogue::Actions<UpdateGoal, RetireGoal, ReinstateGoal>;

#[component]
pub fn GoalsPage() -> impl IntoView {
    let query = use_query_map();
    let add = ServerAction::<AddGoal>::new();
    let actions = Actions::new();
    let list = Resource::new(actions.reload_on(query, add), |_| admin_goals());
    let saved = move || {
        super::catalogue::saved(
            query,
            [
                Msg::AdminGoalAdded,
                Msg::AdminGoalUpdated,
                Msg::AdminGoalRetired,
                Msg::AdminGoalReinstated,
            ],
        )
        .map(|message| view! { <Saved message /> })
    };
    let error = actions.error();
    let add_form = FormState::new(add);
    view! {
        <PageTitle title=Msg::AdminGoalsTitle />
        <super::AdminNav />
        <h1>{tr(Msg::AdminGoalsTitle)}</h1>
        <super::AdminGate>
            <p>{tr(Msg::AdminGoalsLead)}</p>
            {saved}
            <PageErrors error />
            <section aria-labelledby="all-goals">
                <h2 id="all-goals">{tr(Msg::AdminGoalsAll)}</h2>
                <Loaded resource=list shown=move |loaded| match loaded {
                    all if all.is_empty() => view! { <p>{tr(Msg::AdminGoalsEmpty)}</p> }.into_any(),
                    all => view! {
                        <ul class="cards">
                            {all.into_iter().map(|goal| view! { <GoalCard goal actions /> }).collect_view()}
                        </ul>
                    }.into_any(),
                } />
            </section>
            <section aria-labelledby="add-goal">
                <h2 id="add-goal">{tr(Msg::AdminGoalAddTitle)}</h2>
                <p>{tr(Msg::AdminGoalAddLead)}</p>
                <ActionForm action=add attr:novalidate=true attr:class="form">
                    <FormAlert form=add_form labels=FIELDS.to_vec() />
                    <GoalFields form=add_form />
                    <button type="submit" class="button">{tr(Msg::AdminGoalAddSubmit)}</button>
                </ActionForm>
            </section>
        </super::AdminGate>
    }
}

#[component]
fn GoalFields(form: FormState) -> impl IntoView {
    view! {
        <TextField name="title_da" label=Msg::AdminGoalTitleDa form />
        <TextField name="title_en" label=Msg::AdminGoalTitleEn form />
        <TextArea name="summary_da" label=Msg::AdminGoalSummaryDa hint=Msg::AdminGoalSummaryHint form rows=3 />
        <TextArea name="summary_en" label=Msg::AdminGoalSummaryEn hint=Msg::AdminGoalSummaryHint form rows=3 />
    }
}

#[component]
fn GoalCard(goal: AdminGoal, actions: Actions) -> impl IntoView {
    let i18n = use_i18n();
    let initiatives = goal.initiatives;
    let goal = goal.goal;
    let id = goal.id;
    let heading = format!("goal-{id}");
    let labelled_by = heading.clone();
    let defaults = vec![
        ("title_da".to_owned(), goal.title_da.clone()),
        ("title_en".to_owned(), goal.title_en.clone()),
        ("summary_da".to_owned(), goal.summary_da.clone()),
        ("summary_en".to_owned(), goal.summary_en.clone()),
    ];
    let form = FormState::new(actions.update)
        .for_item("goal", "goal_id", id.0)
        .with_defaults(Signal::stored(defaults));
    let returned = move || {
        FIELDS
            .iter()
            .any(|(field, _)| form.problem(field).is_some())
    };
    let retired = goal.retired;
    let number = goal.position.to_string();
    let title = {
        let goal = goal.clone();
        move || crate::goals::numbered(i18n.lang(), &goal)
    };
    let (edit_number, button_number) = (number.clone(), number);
    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            {retired.then(|| view! { <p class="badge">{tr(Msg::AdminRetired)}</p> })}
            <dl class="details">
                <dt>{tr(Msg::AdminGoalTitleDa)}</dt>
                <dd lang="da">{goal.title_da.clone()}</dd>
                <dt>{tr(Msg::AdminGoalTitleEn)}</dt>
                <dd lang="en">{goal.title_en.clone()}</dd>
                <dt>{tr(Msg::AdminGoalSummaryDa)}</dt>
                <dd lang="da" class="user-text">{goal.summary_da.clone()}</dd>
                <dt>{tr(Msg::AdminGoalSummaryEn)}</dt>
                <dd lang="en" class="user-text">{goal.summary_en.clone()}</dd>
                <dt>{tr(Msg::AdminGoalInitiatives)}</dt>
                <dd>{move || whole_number(i18n.lang(), initiatives)}</dd>
            </dl>
            <details class="answer" open=returned>
                <summary>{move || i18n.f(Msg::AdminGoalEdit, &[("number", Arg::from(&edit_number))])}</summary>
                <ActionForm action=actions.update attr:novalidate=true attr:class="form">
                    <FormAlert form labels=FIELDS.to_vec() />
                    <input type="hidden" name="goal_id" value=id.0 />
                    <GoalFields form />
                    <button type="submit" class="button">{tr(Msg::AdminSave)}</button>
                </ActionForm>
            </details>
            {if retired {
                view! {
                    <ActionForm action=actions.reinstate attr:class="inline-form">
                        <input type="hidden" name="goal_id" value=id.0 />
                        <button type="submit" class="button button-secondary">
                            {move || i18n.f(Msg::AdminGoalReinstate, &[("number", Arg::from(&button_number))])}
                        </button>
                    </ActionForm>
                }.into_any()
            } else {
                view! {
                    <p class="hint">{tr(Msg::AdminGoalRetireHint)}</p>
                    <ActionForm action=actions.retire attr:class="inline-form">
                        <input type="hidden" name="goal_id" value=id.0 />
                        <button type="submit" class="button button-secondary">
                            {move || i18n.f(Msg::AdminGoalRetire, &[("number", Arg::from(&button_number))])}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
        </li>
    }
}
