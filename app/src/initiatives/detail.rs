//! One initiative: what, when and where, who started it, how many take part at each level,
//! what it needs, and the form to take part, change level or leave.

use super::Detail;
// Taking part, leaving and withdrawing are the page's actions; their server functions live
// with their forms and are named here too, where callers have always found them.
pub use super::actions::{Join, Leave, Withdraw, join, leave, withdraw};
use super::initiators::InitiatorActions;
use super::needs::{NeedActions, NeedsList};
use crate::comments::section::{Comments, CommentsSection};
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::InitiativeId;
use crate::participation::level::Level;
use crate::ui::form::Saved;
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
    let rule = row.rule(crate::db::now());
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
        rule,
        seats: crate::participation::waiting::seats(&state.db, id).await?,
        my_place_in_line: match &viewer {
            Some(account) => {
                crate::participation::waiting::in_line(&state.db, id, account.id).await?
            }
            None => None,
        },
        answer: if crate::answers::is_answerable(row.kind) {
            crate::answers::store::of_initiative(&state.db, id).await?
        } else {
            None
        },
    })
}

#[component]
pub fn DetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = super::route_id();
    let join_action = ServerAction::<Join>::new();
    let leave_action = ServerAction::<Leave>::new();
    let withdraw_action = ServerAction::<Withdraw>::new();
    let reschedule_action = ServerAction::<super::reschedule::Reschedule>::new();
    let places_action = ServerAction::<super::places::SetPlaces>::new();
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
                places_action.version().get(),
                need_actions.version(),
                initiator_actions.version(),
            )
        },
        |(id, _, _, _, _, _, _, _)| async move {
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
                Ok(detail) => view! { <DetailView detail join_action leave_action withdraw_action reschedule_action places_action need_actions initiator_actions /> }.into_any(),
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
    places_action: ServerAction<super::places::SetPlaces>,
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
        Some("waiting") => Some(view! { <Saved message=Msg::WaitingSaved /> }),
        Some("places") => Some(view! { <Saved message=Msg::CapacitySaved /> }),
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
                {detail.rule.map(|rule| view! { <RuleLines rule /> })}
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
                {detail.seats.map(|seats| view! { <SeatsLine seats /> })}
            </section>
            {(!detail.needs.is_empty()).then(|| view! {
                <NeedsList
                    needs=detail.needs.clone()
                    my_level=detail.my_level
                    open=state.is_open_to_join()
                    actions=need_actions
                />
            })}
            <super::actions::DetailForms detail=detail.clone() join_action leave_action withdraw_action reschedule_action places_action initiator_actions />
        </article>
    }
}

/// How many of the places are taken, and how many wait for one.
#[component]
fn SeatsLine(seats: crate::participation::capacity::Seats) -> impl IntoView {
    let i18n = use_i18n();
    let places = seats.capacity.places();
    view! {
        <p>
            {move || i18n.f(Msg::SeatsTaken, &[("taken", Arg::from(seats.taken)), ("count", Arg::from(places))])}
            {(seats.waiting > 0).then(|| view! {
                " " {move || i18n.f(Msg::SeatsWaiting, &[("count", Arg::from(seats.waiting))])}
            })}
        </p>
    }
}

/// How a recurring initiative repeats, and its next time.
#[component]
fn RuleLines(rule: super::recurrence::Rule) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dt>{tr(Msg::FieldRepeats)}</dt>
        <dd>
            {move || rule.words(i18n.lang())}
            <br />
            {move || match rule.next {
                Some(next) => i18n.f(Msg::RepeatsNext, &[("when", Arg::from(&next.date_time_text(i18n.lang())))]),
                None => i18n.t(Msg::RepeatsOver).to_owned(),
            }}
        </dd>
    }
}
