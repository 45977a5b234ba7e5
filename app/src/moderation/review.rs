//! Reviewing proposals: the queue, oldest first, and the decision on each: publish it under
//! one or both of the policy's goals, send it back to its initiators with a reason, or
//! reject it with a reason. Each decision is audited and told to the initiators.

use super::QueueItem;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::ui::form::{FormAlert, FormState, OneTextFields, Saved, TextArea};
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "review_queue")]
pub async fn review_queue() -> Result<Vec<QueueItem>, AppError> {
    // Moderators only.
    let (state, _session, _account) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Moderator).await?;
    Ok(super::store::queue(&state.db, crate::db::now()).await?)
}

#[server(endpoint = "publish_initiative")]
pub async fn publish_initiative(
    initiative_id: InitiativeId,
    goals: Option<Vec<String>>,
    note: String,
) -> Result<(), AppError> {
    use super::rules::{self, Decision};
    use crate::error::FormCheck;
    use crate::initiatives::lifecycle::Transition;
    // Moderators, on proposals they are not initiators of.
    let (state, moderator) = rules::moderator_of(initiative_id).await?;
    let mut check = FormCheck::new();
    check.keep("note", &note);
    let goal_ids =
        rules::chosen_goals(&state.db, &mut check, "goals", goals.unwrap_or_default()).await?;
    let note = check.check(
        "note",
        crate::text::optional_multi_line(&note, crate::text::REASON_MAX),
    );
    let (Some(note), true) = (note, check.is_ok()) else {
        return Err(check.into_error());
    };
    let decision = Decision {
        initiative_id,
        transition: Transition::Publish,
        reason: note.as_deref(),
        goals: Some(goal_ids),
        field: "decision",
    };
    rules::decide(&state, &moderator, decision, check).await?;
    leptos_axum::redirect("/moderation?saved=publish");
    Ok(())
}

#[server(endpoint = "send_back_initiative")]
pub async fn send_back_initiative(
    initiative_id: InitiativeId,
    reason: String,
) -> Result<(), AppError> {
    use crate::initiatives::lifecycle::Transition;
    // Moderators, on proposals they are not initiators of; the reason is required.
    super::rules::decide_with_text(initiative_id, Transition::SendBack, "reason", &reason, true)
        .await?;
    leptos_axum::redirect("/moderation?saved=send_back");
    Ok(())
}

#[server(endpoint = "reject_initiative")]
pub async fn reject_initiative(
    initiative_id: InitiativeId,
    reject_reason: String,
) -> Result<(), AppError> {
    use crate::initiatives::lifecycle::Transition;
    // Moderators, on proposals they are not initiators of; the reason is required.
    let field = "reject_reason";
    super::rules::decide_with_text(
        initiative_id,
        Transition::Reject,
        field,
        &reject_reason,
        true,
    )
    .await?;
    leptos_axum::redirect("/moderation?saved=reject");
    Ok(())
}

/// "Has waited 5 h" below two days, "has waited 3 days" from then on.
fn waited_text(lang: crate::i18n::Lang, hours: i64) -> String {
    if hours < 48 {
        lang.format(Msg::ReviewWaitedHours, &[("hours", Arg::from(hours))])
    } else {
        lang.format(Msg::ReviewWaitedDays, &[("days", Arg::from(hours / 24))])
    }
}

#[component]
pub fn QueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // Loaded again when the address changes, as after a decision redirects here.
    let queue = Resource::new(move || query.read().get("saved"), |_| review_queue());
    let saved = move || match query.read().get("saved").as_deref() {
        Some("publish") => Some(view! { <Saved message=Msg::ReviewPublished /> }),
        Some("send_back") => Some(view! { <Saved message=Msg::ReviewSentBack /> }),
        Some("reject") => Some(view! { <Saved message=Msg::ReviewRejected /> }),
        _ => None,
    };
    view! {
        <PageTitle title=Msg::ReviewTitle />
        <super::nav::ModerationNav />
        <h1>{tr(Msg::ReviewTitle)}</h1>
        {saved}
        <Loaded resource=queue next="/moderation" shown=move |loaded| match loaded {
            items if items.is_empty() => view! { <p>{tr(Msg::ReviewEmpty)}</p> }.into_any(),
            items => view! {
                <p>{tr(Msg::ReviewLead)}</p>
                <ol class="cards">
                    {items.into_iter().map(|item| {
                        let (kind, hours) = (item.kind, item.waited_hours);
                        let neighbourhood = item.neighbourhood.clone();
                        view! {
                            <li class="card">
                                <h2><a href=format!("/moderation/initiatives/{}", item.id)>{item.title}</a></h2>
                                <p class="meta">
                                    <span>{move || i18n.t(kind.name())}</span>
                                    " · "
                                    <span>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</span>
                                    " · "
                                    <span>{move || i18n.f(Msg::ReviewProposedBy, &[("name", Arg::from(&item.author))])}</span>
                                </p>
                                <p><strong>{move || waited_text(i18n.lang(), hours)}</strong></p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }.into_any(),
        } />
    }
}

/// One proposal as the moderator reads it, with the three decisions.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::initiatives::route_id();
    let publish = ServerAction::<PublishInitiative>::new();
    let send_back = ServerAction::<SendBackInitiative>::new();
    let reject = ServerAction::<RejectInitiative>::new();
    let query = use_query_map();
    let answers = super::reports::queue::Answers::new();
    // Loaded again when an action on a published initiative redirects back here.
    let succeeded = answers.succeeded();
    let detail = Resource::new(
        move || (id(), query.read().get("saved"), succeeded.get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => crate::initiatives::detail::initiative(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let saved = move || {
        let message = match query.read().get("saved").as_deref() {
            Some("change_goals") => Msg::PublishedGoalsSaved,
            Some("carry_out") => Msg::PublishedCarryOutSaved,
            Some("archive") => Msg::PublishedArchiveSaved,
            Some("answer") => Msg::AnswerSaved,
            Some("hidden") => Msg::ReportsHidden,
            Some("restored") => Msg::ReportsRestored,
            _ => return None,
        };
        Some(view! { <Saved message /> })
    };
    let goals = Resource::new(|| (), |_| crate::goals::list_goals());
    view! {
        <PageTitle title=Msg::ReviewOneTitle />
        <super::nav::ModerationNav />
        {saved}
        <super::reports::queue::AnswerErrors answers />
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Ok(detail) => {
                    let own = detail.my_level == Some(crate::participation::level::Level::Initiator);
                    let waiting = detail.state == crate::initiatives::kind::State::Pending;
                    let state = detail.state;
                    let hidden = detail.hidden;
                    view! {
                        <h1>{detail.title.clone()}</h1>
                        <p class="notice">{tr(Msg::ReviewState)} ": " {move || i18n.t(state.name())}</p>
                        {hidden.map(|hidden| view! { <crate::initiatives::detail::HiddenNotice hidden reason=detail.hidden_reason.clone() /> })}
                        <dl class="details">
                            <dt>{tr(Msg::DetailInitiators)}</dt>
                            <dd>{detail.initiators.join(", ")}</dd>
                            <dt>{tr(Msg::DetailKind)}</dt>
                            <dd>{move || i18n.t(detail.kind.name())}</dd>
                        </dl>
                        <crate::ui::rich_text::RichText text=detail.description.clone() />
                        <p><a href=format!("/initiatives/{}", detail.id)>{tr(Msg::ReviewSeeAll)}</a></p>
                        {match (own, waiting) {
                            (true, _) => view! { <p class="notice">{tr(Msg::ReviewOwn)}</p> }.into_any(),
                            (false, false) => view! {
                                <super::published::PublishedActions
                                    id=detail.id
                                    state
                                    current_goals=detail.goals.clone()
                                    goals=Signal::derive(move || goals.get().and_then(Result::ok).unwrap_or_default())
                                />
                                {(crate::answers::is_answerable(detail.kind)
                                    && crate::initiatives::lifecycle::Transition::Answer.allows(state)).then(|| view! {
                                    <crate::answers::form::AnswerForm id=detail.id current=detail.answer.clone() />
                                })}
                                {state.is_public().then(|| view! {
                                    <section aria-labelledby="hide-initiative">
                                        <h2 id="hide-initiative">{tr(Msg::ReviewVisibilityTitle)}</h2>
                                        <super::reports::queue::Answer target=super::Target::Initiative(detail.id) hidden answers back=Some("review") />
                                    </section>
                                })}
                            }.into_any(),
                            (false, true) => view! {
                                <Decisions id=detail.id publish send_back reject goals=Signal::derive(move || goals.get().and_then(Result::ok).unwrap_or_default()) />
                            }.into_any(),
                        }}
                    }.into_any()
                }
                Err(AppError::NotFound) => view! { <crate::site::not_found::NotFoundPage /> }.into_any(),
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Decisions(
    id: InitiativeId,
    publish: ServerAction<PublishInitiative>,
    send_back: ServerAction<SendBackInitiative>,
    reject: ServerAction<RejectInitiative>,
    goals: Signal<Vec<crate::goals::Goal>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let publish_form = FormState::new(publish);
    let send_back_form = FormState::new(send_back);
    let reject_form = FormState::new(reject);
    let goals_error = move || publish_form.problem("goals");
    view! {
        <section aria-labelledby="decide-publish">
            <h2 id="decide-publish">{tr(Msg::ReviewPublishTitle)}</h2>
            <ActionForm action=publish attr:novalidate=true attr:class="form">
                <FormAlert form=publish_form labels=vec![("goals", Msg::ReviewGoals), ("note", Msg::ReviewNote), ("decision", Msg::ReviewPublishTitle)] />
                <input type="hidden" name="initiative_id" value=id.0 />
                <fieldset
                    id="field-goals"
                    class="field"
                    class:field-invalid=move || goals_error().is_some()
                    aria-describedby=move || goals_error().map(|_| "field-goals-error")
                >
                    <legend>{tr(Msg::ReviewGoals)}</legend>
                    {move || goals_error().map(|problem| view! {
                        <p class="field-error" id="field-goals-error">{crate::i18n::problem_message(i18n.lang(), problem)}</p>
                    })}
                    {move || goals.get().into_iter().map(|goal| {
                        let input_id = format!("goal-{}", goal.id);
                        let summary_id = format!("{input_id}-hint");
                        let value = goal.id.to_string();
                        let checked = move || publish_form.values("goals").contains(&value);
                        let label_goal = goal.clone();
                        let hint_goal = goal.clone();
                        view! {
                            <div class="choice">
                                <input type="checkbox" name="goals[]" id=input_id.clone() value=goal.id.0 checked=checked aria-describedby=summary_id.clone() />
                                <label for=input_id>{move || crate::goals::numbered(i18n.lang(), &label_goal)}</label>
                                <p class="hint" id=summary_id>{move || hint_goal.summary(i18n.lang()).to_owned()}</p>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <TextArea name="note" label=Msg::ReviewNote hint=Msg::ReviewNoteHint form=publish_form rows=3 />
                <button type="submit" class="button">{tr(Msg::ReviewPublishSubmit)}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="decide-send-back">
            <h2 id="decide-send-back">{tr(Msg::ReviewSendBackTitle)}</h2>
            <ActionForm action=send_back attr:novalidate=true attr:class="form">
                <OneTextFields form=send_back_form hidden=vec![("initiative_id", id.0.to_string())] name="reason" label=Msg::ReviewReason hint=Msg::ReviewSendBackHint rows=3 submit=Msg::ReviewSendBackSubmit button="button button-secondary" also=("decision", Msg::ReviewSendBackTitle) />
            </ActionForm>
        </section>
        <section aria-labelledby="decide-reject">
            <h2 id="decide-reject">{tr(Msg::ReviewRejectTitle)}</h2>
            <ActionForm action=reject attr:novalidate=true attr:class="form">
                <OneTextFields form=reject_form hidden=vec![("initiative_id", id.0.to_string())] name="reject_reason" label=Msg::ReviewReason hint=Msg::ReviewRejectHint rows=3 submit=Msg::ReviewRejectSubmit button="button button-danger" also=("decision", Msg::ReviewRejectTitle) />
            </ActionForm>
        </section>
    }
}
