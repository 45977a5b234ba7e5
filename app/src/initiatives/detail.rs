//! One initiative: what, when and where, who started it, how many take part at each level,
//! what it needs, and the form to take part, change level or leave.

use super::Detail;
use super::initiators::{AskToBeInitiator, InitiatorActions, InitiatorRequests};
use super::needs::{NeedActions, NeedsList};
use crate::comments::section::{Comments, CommentsSection};
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::participation::level::Level;
use crate::ui::form::{FormAlert, FormState, OneTextFields, Saved};
use crate::ui::layout::PageTitle;
use crate::ui::rich_text::RichText;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "initiative")]
pub async fn initiative(id: InitiativeId) -> Result<Detail, AppError> {
    use super::store;
    use crate::accounts::{auth, role::Role};
    use crate::participation::{requests, store as participation};
    use crate::timestamp::Timestamp;
    // Public initiatives for everyone; others only for their initiators and staff.
    let state = crate::state::AppState::get()?;
    let session = auth::session().await?;
    let viewer = auth::current_account(&state.db, &session).await?;
    let row = store::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let my_level = match &viewer {
        Some(account) => participation::level_of(state.db.pool(), id, account.id).await?,
        None => None,
    };
    let staff = viewer
        .as_ref()
        .is_some_and(|a| a.has_role(Role::Moderator) || a.has_role(Role::Administrator));
    if !row.state.is_public() && my_level != Some(Level::Initiator) && !staff {
        // Not "forbidden": whether an unpublished initiative exists is not for others to know.
        return Err(AppError::NotFound);
    }
    let hidden = row.hidden();
    let may_see_hidden = staff || my_level == Some(Level::Initiator);
    if hidden.is_some() && !may_see_hidden {
        return Ok(Detail::withheld(
            row.id,
            row.kind,
            row.state,
            hidden,
            viewer.is_some(),
        ));
    }
    Ok(Detail {
        id: row.id,
        title: row.title,
        description: row.description,
        kind: row.kind,
        state: row.state,
        state_reason: row.state_reason,
        neighbourhood: row.neighbourhood,
        starts_at: row.starts_at.map(Timestamp::local),
        ends_at: row.ends_at.map(Timestamp::local),
        place: row.place,
        initiators: store::initiator_names(&state.db, id, super::INITIATORS_NAMED).await?,
        goals: crate::goals::store::of_initiative(&state.db, id).await?,
        counts: participation::counts(&state.db, id).await?,
        needs: store::needs(
            &state.db,
            id,
            viewer.as_ref().map(|a| a.id),
            my_level == Some(Level::Initiator),
        )
        .await?,
        my_level,
        my_initiator_request: match &viewer {
            Some(account) => requests::state_of(&state.db, id, account.id).await?,
            None => None,
        },
        initiator_requests: if my_level == Some(Level::Initiator) {
            requests::pending(&state.db, id).await?
        } else {
            Vec::new()
        },
        viewer_logged_in: viewer.is_some(),
        hidden,
        hidden_reason: row.hidden_reason.filter(|_| may_see_hidden),
        content_withheld: false,
        calendar_sequence: row.calendar_sequence,
        answer: if crate::answers::is_answerable(row.kind) {
            crate::answers::store::of_initiative(&state.db, id).await?
        } else {
            None
        },
    })
}

#[server(endpoint = "join")]
pub async fn join(initiative_id: InitiativeId, level: String) -> Result<(), AppError> {
    use crate::participation::store as participation;
    // Logged-in citizens, on published initiatives, at a level open to all.
    let (state, _session, account) = crate::accounts::auth::require_active_account().await?;
    let row = super::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.is_public())
        .ok_or(AppError::NotFound)?;
    if !row.state.is_open_to_join() {
        return Err(AppError::Forbidden);
    }
    let Some(level) = Level::parse(&level).filter(|l| Level::OPEN.contains(l)) else {
        // Becoming a further initiator is a request an initiator accepts, not a choice.
        return Err(AppError::Forbidden);
    };
    // Checked again in the transaction: it may be withdrawn or hidden meanwhile.
    let mut tx = state.db.begin_write().await?;
    super::store::hold_open(&state.db, &mut tx, initiative_id).await?;
    participation::join(&mut tx, initiative_id, account.id, level, crate::db::now()).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=joined"));
    Ok(())
}

#[server(endpoint = "leave")]
pub async fn leave(initiative_id: InitiativeId) -> Result<(), AppError> {
    use crate::participation::store as participation;
    // Only one's own participation; leaving is allowed whatever the initiative's state.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    super::store::by_id(&state.db, initiative_id)
        .await?
        .filter(|row| row.state.is_public())
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin_write().await?;
    participation::leave(&mut tx, initiative_id, account.id, crate::db::now()).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}?saved=left"));
    Ok(())
}

#[server(endpoint = "withdraw")]
pub async fn withdraw(initiative_id: InitiativeId, reason: String) -> Result<(), AppError> {
    use super::lifecycle::Transition;
    use crate::error::{FormCheck, Problem};
    // Only the initiative's initiators, and only while it is not decided or finished.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    let row = super::store::as_initiator(&state.db, initiative_id, account.id).await?;
    if !row.state.is_withdrawable() {
        return Err(AppError::Forbidden);
    }
    let mut check = FormCheck::new();
    let reason = crate::text::reason(&mut check, "reason", &reason)?;
    let mut tx = state.db.begin_write().await?;
    let applied = super::store::apply(
        &mut tx,
        initiative_id,
        Transition::Withdraw,
        Some(&reason),
        crate::db::now(),
    )
    .await?;
    if applied.is_none() {
        // A moderator rejected or archived it meanwhile: their decision stands.
        check.fail("reason", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    // Everyone taking part is told (nobody takes part in a proposal not yet published but
    // its initiators).
    let emails = crate::notifications::store::notify_participants(
        &mut tx,
        initiative_id,
        crate::notifications::store::Notice::decision(
            crate::notifications::Kind::Withdrawn,
            Some(initiative_id),
            Some(&reason),
        ),
        account.id,
        crate::db::now(),
    )
    .await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    tracing::info!(
        initiative = %initiative_id,
        account = %account.id,
        "initiative withdrawn"
    );
    leptos_axum::redirect(&format!("/initiatives/{initiative_id}"));
    Ok(())
}

#[component]
pub fn DetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = super::route_id();
    let join_action = ServerAction::<Join>::new();
    let leave_action = ServerAction::<Leave>::new();
    let withdraw_action = ServerAction::<Withdraw>::new();
    let reschedule_action = ServerAction::<super::reschedule::Reschedule>::new();
    let need_actions = NeedActions::default();
    let initiator_actions = InitiatorActions::default();
    let comments = Comments::new();
    let detail = Resource::new(
        move || {
            (
                id(),
                join_action.version().get(),
                leave_action.version().get(),
                withdraw_action.version().get(),
                reschedule_action.version().get(),
                need_actions.version(),
                initiator_actions.version(),
            )
        },
        |(id, _, _, _, _, _, _)| async move {
            match id {
                Some(id) => initiative(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Ok(detail) if detail.content_withheld => view! { <WithheldView hidden=detail.hidden /> }.into_any(),
                Ok(detail) => view! { <DetailView detail join_action leave_action withdraw_action reschedule_action need_actions initiator_actions /> }.into_any(),
                Err(AppError::NotFound) => view! { <crate::site::not_found::NotFoundPage /> }.into_any(),
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
        <CommentsSection comments />
    }
}

/// A hidden initiative, as everyone but staff and its initiators sees it.
#[component]
fn WithheldView(hidden: Option<crate::moderation::Hidden>) -> impl IntoView {
    let notice = hidden.map(|h| h.notice()).unwrap_or(Msg::HiddenByModerator);
    view! {
        <PageTitle title=Msg::HiddenInitiativeTitle />
        <h1>{tr(Msg::HiddenInitiativeTitle)}</h1>
        <p class="notice">{tr(notice)}</p>
        <p><a href="/initiatives">{tr(Msg::NavInitiatives)}</a></p>
    }
}

/// The notice above a hidden initiative, for its initiators and staff, with the reason.
#[component]
pub fn HiddenNotice(hidden: crate::moderation::Hidden, reason: Option<String>) -> impl IntoView {
    view! {
        <div class="notice notice-warning">
            <p><strong>{tr(hidden.notice())}</strong></p>
            {reason.map(|reason| view! {
                <p>{tr(Msg::NoticeReason)} ": " <span class="user-text">{reason}</span></p>
            })}
        </div>
    }
}

#[component]
fn DetailView(
    detail: Detail,
    join_action: ServerAction<Join>,
    leave_action: ServerAction<Leave>,
    withdraw_action: ServerAction<Withdraw>,
    reschedule_action: ServerAction<super::reschedule::Reschedule>,
    need_actions: NeedActions,
    initiator_actions: InitiatorActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let saved = move || match query.read().get("saved").as_deref() {
        Some("joined") => Some(view! { <Saved message=Msg::JoinedSaved /> }),
        Some("left") => Some(view! { <Saved message=Msg::LeftSaved /> }),
        Some("updated") => Some(view! { <Saved message=Msg::EditSaved /> }),
        Some("reported") => Some(view! { <Saved message=Msg::ReportSaved /> }),
        Some("rescheduled") => Some(view! { <Saved message=Msg::RescheduleSaved /> }),
        _ => None,
    };
    let title = detail.title.clone();
    let kind = detail.kind;
    let state = detail.state;
    let when = detail.starts_at.map(|start| (start, detail.ends_at));
    let neighbourhood = detail.neighbourhood.clone();
    let counts = detail.counts.clone();
    let total = detail.participants();
    let initiators = {
        let named = detail.initiators.join(", ");
        let more = detail.level_count(Level::Initiator) - detail.initiators.len() as i64;
        move || match more {
            1.. => i18n.f(
                Msg::DetailInitiatorsMore,
                &[
                    ("names", Arg::from(named.as_str())),
                    ("count", Arg::from(more)),
                ],
            ),
            _ => named.clone(),
        }
    };
    view! {
        <PageTitle title=Msg::NavInitiatives />
        <leptos_meta::Title text=crate::ui::layout::document_title(move || title.clone()) />
        {saved}
        <article class="initiative">
            <h1>{detail.title.clone()}</h1>
            {crate::answers::is_answerable(kind).then(|| match detail.answer.clone() {
                Some(answer) => Some(view! { <crate::answers::AnswerNotice answer=Some(answer) /> }),
                None if super::lifecycle::Transition::Answer.allows(state) => Some(view! { <crate::answers::AnswerNotice answer=None /> }),
                None => None,
            }.into_any())}
            {detail.hidden.map(|hidden| view! { <HiddenNotice hidden reason=detail.hidden_reason.clone() /> })}
            {(!state.is_public()).then(|| view! { <p class="notice">{tr(Msg::DetailNotPublic)} " (" {move || i18n.t(state.name())} ")"</p> })}
            {(state == crate::initiatives::kind::State::SentBack).then(|| {
                let reason = detail.state_reason.clone().unwrap_or_default();
                view! { <p class="notice"><strong>{tr(Msg::SentBackReason)} ": "</strong><span class="user-text">{reason}</span></p> }
            })}
            {(detail.my_level == Some(Level::Initiator) && state.is_editable()).then(|| view! {
                <p><a class="button" href=format!("/initiatives/{}/edit", detail.id)>{tr(Msg::EditTitle)}</a></p>
            })}
            {matches!(state, crate::initiatives::kind::State::CarriedOut | crate::initiatives::kind::State::Archived).then(|| {
                let note = detail.state_reason.clone();
                view! {
                    <div class="notice">
                        <p><strong>{tr(Msg::ReviewState)} ": " {move || i18n.t(state.name())}</strong></p>
                        {note.map(|note| view! { <p class="user-text">{note}</p> })}
                    </div>
                }
            })}
                        {(state == crate::initiatives::kind::State::Withdrawn).then(|| {
                let reason = detail.state_reason.clone().unwrap_or_default();
                view! {
                    <div class="notice">
                        <p>{tr(Msg::DetailWithdrawn)}</p>
                        <p><strong>{tr(Msg::WithdrawReason)} ": "</strong><span class="user-text">{reason}</span></p>
                    </div>
                }
            })}
            <dl class="details">
                <dt>{tr(Msg::DetailKind)}</dt>
                <dd>{move || i18n.t(kind.name())}</dd>
                <dt>{tr(Msg::DetailNeighbourhood)}</dt>
                <dd>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</dd>
                {when.map(|(start, end)| view! {
                    <dt>{tr(Msg::DetailWhen)}</dt>
                    <dd>
                        <time datetime=start.iso_date()>{move || start.date_time_text(i18n.lang())}</time>
                        {end.map(|end| view! { " – " <time datetime=end.iso_date()>{move || end.date_time_text(i18n.lang())}</time> })}
                    </dd>
                })}
                {detail.place.clone().map(|place| view! { <dt>{tr(Msg::DetailWhere)}</dt><dd>{place}</dd> })}
                <dt>{tr(Msg::DetailInitiators)}</dt>
                <dd>{initiators}</dd>
                {(!detail.goals.is_empty()).then(|| {
                    let goals = detail.goals.clone();
                    view! {
                        <dt>{tr(Msg::DetailGoals)}</dt>
                        <dd>
                            <ul class="goals">
                                {goals.into_iter().map(|goal| {
                                    let href = format!("/initiatives?goal={}", goal.id);
                                    view! { <li><a href=href>{move || crate::goals::numbered(i18n.lang(), &goal)}</a></li> }
                                }).collect_view()}
                            </ul>
                        </dd>
                    }
                })}
            </dl>
            {(when.is_some() && state.is_public() && detail.hidden.is_none()).then(|| view! {
                // A file to open, not a page: `rel="external"` and `download` keep the
                // router from taking the click.
                <p><a class="button button-secondary" href=crate::calendar::initiative_path(detail.id) rel="external" download>{tr(Msg::CalendarAdd)}</a></p>
            }.into_any())}
            <RichText text=detail.description.clone() />
            <section aria-labelledby="taking-part">
                <h2 id="taking-part">{tr(Msg::DetailByLevel)}</h2>
                <p>{move || i18n.f(Msg::ListParticipants, &[("count", Arg::from(total))])}</p>
                <ul class="level-counts">
                    {counts.into_iter().map(|(level, n)| view! {
                        <li><span>{move || i18n.t(level.name())}</span>": "<strong>{n}</strong></li>
                    }).collect_view()}
                </ul>
            </section>
            {(!detail.needs.is_empty()).then(|| view! {
                <NeedsList
                    needs=detail.needs.clone()
                    my_level=detail.my_level
                    open=state.is_open_to_join()
                    actions=need_actions
                />
            })}
            <DetailForms detail=detail.clone() join_action leave_action withdraw_action reschedule_action initiator_actions />
        </article>
    }
}

/// What one can do on the page: take part, answer requests, report, move or withdraw it.
/// A component of its own, type-erased: rendered inline, the page's view type grew deep
/// enough to overflow a 2 MiB thread's stack in a debug build.
#[component]
fn DetailForms(
    detail: Detail,
    join_action: ServerAction<Join>,
    leave_action: ServerAction<Leave>,
    withdraw_action: ServerAction<Withdraw>,
    reschedule_action: ServerAction<super::reschedule::Reschedule>,
    initiator_actions: InitiatorActions,
) -> impl IntoView {
    let state = detail.state;
    let initiator = detail.my_level == Some(Level::Initiator);
    view! {
        <TakePart detail=detail.clone() join_action leave_action initiator_actions />
        {(!detail.initiator_requests.is_empty()).then(|| view! {
            <InitiatorRequests requests=detail.initiator_requests.clone() actions=initiator_actions />
        }.into_any())}
        {(detail.viewer_logged_in && state.is_public() && detail.hidden.is_none() && !initiator).then(|| view! {
            <crate::moderation::reports::form::ReportInitiative id=detail.id />
        }.into_any())}
        {(initiator && super::lifecycle::Transition::Reschedule.allows(state)).then(|| view! {
            <super::reschedule::RescheduleForm detail=detail.clone() action=reschedule_action />
        }.into_any())}
        {(initiator && state.is_withdrawable()).then(|| view! {
            <WithdrawForm id=detail.id action=withdraw_action />
        }.into_any())}
    }
    .into_any()
}

/// The form to take part at a level, change level, or leave.
#[component]
fn TakePart(
    detail: Detail,
    join_action: ServerAction<Join>,
    leave_action: ServerAction<Leave>,
    initiator_actions: InitiatorActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new(join_action);
    let leave_form = FormState::new(leave_action);
    let id = detail.id;
    if !detail.state.is_open_to_join() {
        return ().into_any();
    }
    if !detail.viewer_logged_in {
        return view! {
            <section aria-labelledby="take-part">
                <h2 id="take-part">{tr(Msg::JoinTitle)}</h2>
                <p><a class="button" href=format!("/login?next=/initiatives/{id}")>{tr(Msg::JoinLogIn)}</a></p>
            </section>
        }
        .into_any();
    }
    let current = detail.my_level;
    let choosable: Vec<Level> = if current == Some(Level::Initiator) {
        Level::ALL.to_vec()
    } else {
        Level::OPEN.to_vec()
    };
    view! {
        <section aria-labelledby="take-part">
            <h2 id="take-part">{tr(Msg::JoinTitle)}</h2>
            {current.map(|level| view! { <p class="saved">{move || i18n.f(Msg::YouTakePart, &[("level", Arg::from(i18n.t(level.name())))])}</p> })}
            <ActionForm action=join_action attr:class="form">
                <FormAlert form labels=vec![("level", Msg::DetailYourWay)] />
                <input type="hidden" name="initiative_id" value=id.0 />
                <fieldset class="levels-choice">
                    <legend>{tr(Msg::JoinIntro)}</legend>
                    {choosable.into_iter().map(|level| {
                        let input_id = format!("level-{}", level.as_str());
                        let hint_id = format!("{input_id}-hint");
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    name="level"
                                    id=input_id.clone()
                                    value=level.as_str()
                                    checked=current.map_or(level == Level::Observing, |c| c == level)
                                    aria-describedby=hint_id.clone()
                                />
                                <label for=input_id>{move || i18n.t(level.name())}</label>
                                <p class="hint" id=hint_id>{move || i18n.t(level.meaning())}</p>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">
                    {move || i18n.t(if current.is_some() { Msg::ChangeLevelSubmit } else { Msg::JoinSubmit })}
                </button>
            </ActionForm>
            {current.map(|_| view! {
                <ActionForm action=leave_action attr:class="form">
                    <FormAlert form=leave_form labels=vec![("level", Msg::DetailYourWay)] />
                    <input type="hidden" name="initiative_id" value=id.0 />
                    <button type="submit" class="button button-secondary">{tr(Msg::LeaveSubmit)}</button>
                </ActionForm>
            })}
            {(current != Some(Level::Initiator)).then(|| view! {
                <AskToBeInitiator id request=detail.my_initiator_request actions=initiator_actions />
            })}
        </section>
    }
    .into_any()
}

/// For initiators: withdraw the initiative, saying why. It stays readable.
#[component]
fn WithdrawForm(id: InitiativeId, action: ServerAction<Withdraw>) -> impl IntoView {
    let form = FormState::new(action);
    view! {
        <section aria-labelledby="withdraw">
            <h2 id="withdraw">{tr(Msg::WithdrawTitle)}</h2>
            <ActionForm action=action attr:novalidate=true attr:class="form">
                <OneTextFields form hidden=vec![("initiative_id", id.0.to_string())] name="reason" label=Msg::WithdrawReason hint=Msg::WithdrawHint rows=3 submit=Msg::WithdrawSubmit button="button button-secondary" />
            </ActionForm>
        </section>
    }
}
