//! The front page's "coming up": what starts from today to a week ahead, in the viewer's
//! own neighbourhood first, each with the ways to take part a click away.

use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::initiatives::Summary;
use crate::initiatives::detail::Join;
use crate::participation::level::Level;
use crate::ui::form::{FormAlert, FormState};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many the front page shows: the week at a glance, not the whole list.
pub const SHOWN: i64 = 6;

/// One initiative coming up, and the viewer's part in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Upcoming {
    pub initiative: Summary,
    pub my_level: Option<Level>,
}

/// What is coming up, and who is looking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekAhead {
    pub items: Vec<Upcoming>,
    pub logged_in: bool,
    /// The viewer's neighbourhood, whose initiatives come first.
    pub near: Option<String>,
}

#[server(endpoint = "coming_up")]
pub async fn coming_up() -> Result<WeekAhead, AppError> {
    use crate::timestamp::{DAY, Timestamp};
    // Everyone: only published initiatives that are not hidden.
    let state = crate::state::AppState::get()?;
    let session = crate::accounts::auth::session().await?;
    let viewer = crate::accounts::auth::current_account(&state.db, &session).await?;
    let now = crate::db::now();
    // From the start of today in Copenhagen: what began this morning is still today's.
    let today = Timestamp::from_local_date(&now.local().iso_date())
        .ok()
        .flatten()
        .unwrap_or(now);
    let near = viewer.as_ref().and_then(|a| a.neighbourhood_id);
    let rows = crate::initiatives::store::coming_up(
        &state.db,
        viewer.as_ref().map(|a| a.id),
        near,
        today,
        now.plus(7 * DAY),
        SHOWN,
    )
    .await?;
    Ok(WeekAhead {
        items: rows
            .into_iter()
            .map(|(initiative, my_level)| Upcoming {
                initiative,
                my_level,
            })
            .collect(),
        logged_in: viewer.is_some(),
        near: viewer.and_then(|a| a.neighbourhood_name),
    })
}

/// The front page's section.
#[component]
pub fn ComingUpSection() -> impl IntoView {
    let i18n = use_i18n();
    let join = ServerAction::<Join>::new();
    // A refused join (an unconfirmed address, a suspension) is said once, above the cards.
    let form = FormState::new(join);
    let coming = Resource::new(|| (), |_| coming_up());
    view! {
        <section aria-labelledby="coming-up-title">
            <h2 id="coming-up-title">{tr(Msg::ComingUpTitle)}</h2>
            <FormAlert form labels=vec![("level", Msg::DetailYourWay)] />
            <Transition fallback=|| ()>
                {move || coming.get().and_then(Result::ok).map(|coming| {
                    let near = coming.near.clone();
                    let logged_in = coming.logged_in;
                    view! {
                        {near.map(|near| view! {
                            <p>{move || i18n.f(Msg::ComingUpNear, &[("neighbourhood", Arg::from(&near))])}</p>
                        })}
                        {if coming.items.is_empty() {
                            view! { <p>{tr(Msg::ComingUpNone)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="cards">
                                    {coming.items.into_iter().map(|item| view! { <UpcomingCard item logged_in join /> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <p><a href="/initiatives?when=upcoming&sort=soonest">{tr(Msg::ComingUpAll)}</a></p>
                    }
                })}
            </Transition>
        </section>
    }
}

/// One initiative coming up: what, when, where, how many, and a button for each level open
/// to all (becoming an initiator is asked for on its page, or done by proposing one's own).
#[component]
fn UpcomingCard(item: Upcoming, logged_in: bool, join: ServerAction<Join>) -> impl IntoView {
    let i18n = use_i18n();
    let Upcoming {
        initiative,
        my_level,
    } = item;
    let id = initiative.id;
    let title = initiative.title.clone();
    let href = format!("/initiatives/{id}");
    let when = initiative.starts_at;
    let neighbourhood = initiative.neighbourhood.clone();
    let participants = initiative.participants;
    let ways = match (logged_in, my_level) {
        (_, Some(level)) => view! {
            <p class="saved">{move || i18n.f(Msg::YouTakePart, &[("level", Arg::from(i18n.t(level.name())))])}</p>
        }
        .into_any(),
        (false, None) => view! {
            <p><a class="button button-secondary" href=format!("/login?next=/initiatives/{id}")>{tr(Msg::JoinLogIn)}</a></p>
        }
        .into_any(),
        (true, None) => view! {
            <ActionForm action=join attr:class="form join-quick">
                <input type="hidden" name="initiative_id" value=id.0 />
                <fieldset>
                    <legend>{move || i18n.f(Msg::ComingUpJoin, &[("title", Arg::from(&title))])}</legend>
                    <div class="actions">
                        {Level::OPEN.into_iter().map(|level| view! {
                            <button type="submit" class="button button-secondary" name="level" value=level.as_str()>
                                {move || i18n.t(level.name())}
                            </button>
                        }).collect_view()}
                    </div>
                </fieldset>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <li class="card">
            <h3><a href=href>{initiative.title}</a></h3>
            <p class="meta">
                {move || when.map(|w| view! { <span>{w.date_time_text(i18n.lang())}</span> " · " })}
                <span>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</span>
                " · "
                <span>{move || i18n.f(Msg::ListParticipants, &[("count", Arg::from(participants))])}</span>
            </p>
            {ways}
        </li>
    }
}
