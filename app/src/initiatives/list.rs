//! The list of published initiatives: search, filters and sorting that live in the address
//! (so a filtered list can be shared and works without JavaScript), a page at a time.

// The list's server function takes the filter form's fields, one argument each.
#![allow(clippy::too_many_arguments)]

use super::Summary;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::initiatives::kind::Kind;
use crate::ui::filters::FilterSelect;
use crate::ui::layout::PageTitle;
use crate::ui::pager::Pager;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: i64 = 20;

/// One page of a list, and where it stands among all matches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultPage {
    pub items: Vec<Summary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[server(endpoint = "published_initiatives")]
pub async fn published_initiatives(
    q: Option<String>,
    neighbourhood: Option<String>,
    kind: Option<String>,
    goal: Option<String>,
    when: Option<String>,
    answer: Option<String>,
    sort: Option<String>,
    page: Option<i64>,
) -> Result<ResultPage, AppError> {
    use super::store::{AnswerFilter, PlaceFilter, Search, Sort, When};
    // Public: only published initiatives are listed. Unknown filter values are ignored, as
    // an address may be typed or cut short by hand.
    let state = crate::state::AppState::get()?;
    let page = page.unwrap_or(1).max(1);
    let search = Search {
        patterns: super::search::patterns(q.as_deref().unwrap_or_default()),
        place: match neighbourhood.as_deref().map(str::trim) {
            Some("town") => PlaceFilter::WholeTown,
            Some(id) => id
                .parse()
                .map_or(PlaceFilter::Any, PlaceFilter::Neighbourhood),
            None => PlaceFilter::Any,
        },
        kind: kind.as_deref().and_then(Kind::parse),
        goal: goal.as_deref().and_then(|g| g.trim().parse().ok()),
        when: match when.as_deref() {
            Some("upcoming") => When::Upcoming,
            Some("past") => When::Past,
            _ => When::Any,
        },
        answer: match answer.as_deref().map(str::trim) {
            Some("awaited") => AnswerFilter::Awaited,
            Some(status) => crate::answers::Status::parse(status)
                .map_or(AnswerFilter::Any, AnswerFilter::Status),
            None => AnswerFilter::Any,
        },
        sort: match sort.as_deref() {
            Some("soonest") => Sort::Soonest,
            Some("participants") => Sort::MostParticipants,
            _ => Sort::Newest,
        },
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
    };
    let (items, total) = super::store::search(&state.db, &search, crate::db::now()).await?;
    Ok(ResultPage {
        items,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
    })
}

/// One initiative in a list: title, kind, where and when, how many take part.
#[component]
pub fn SummaryCard(item: Summary) -> impl IntoView {
    let i18n = use_i18n();
    let kind = item.kind;
    let when = item.starts_at;
    let neighbourhood = item.neighbourhood.clone();
    let participants = item.participants;
    let answer = item.answer;
    view! {
        <li class="card">
            <h2><a href=format!("/initiatives/{}", item.id)>{item.title}</a></h2>
            <p class="meta">
                <span>{move || i18n.t(kind.name())}</span>
                " · "
                <span>{move || neighbourhood.clone().unwrap_or_else(|| i18n.t(Msg::WholeTown).to_owned())}</span>
                {move || when.map(|w| view! { " · " <span>{w.date_time_text(i18n.lang())}</span> })}
                {move || answer.map(|status| view! { " · " <span>{i18n.t(Msg::AnswerTitle)} ": " {i18n.t(status.name())}</span> })}
            </p>
            <p>{move || i18n.f(Msg::ListParticipants, &[("count", Arg::from(participants))])}</p>
        </li>
    }
}

#[component]
pub fn ListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name);
    let list = Resource::new(
        move || {
            (
                param("q"),
                param("neighbourhood"),
                param("kind"),
                param("goal"),
                param("when"),
                param("answer"),
                param("sort"),
                param("page").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(q, neighbourhood, kind, goal, when, answer, sort, page)| {
            published_initiatives(q, neighbourhood, kind, goal, when, answer, sort, page)
        },
    );
    let neighbourhoods = crate::accounts::register::neighbourhood_options();
    let place_options = Signal::derive(move || {
        let mut options = vec![
            (
                String::new(),
                i18n.t(Msg::FilterAllNeighbourhoods).to_owned(),
            ),
            ("town".to_owned(), i18n.t(Msg::WholeTown).to_owned()),
        ];
        options.extend(neighbourhoods.get());
        options
    });
    let kind_options = Signal::derive(move || {
        std::iter::once((String::new(), i18n.t(Msg::FilterAllKinds).to_owned()))
            .chain(
                Kind::ALL
                    .into_iter()
                    .map(|k| (k.as_str().to_owned(), i18n.t(k.name()).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let goals = crate::goals::goal_options();
    let goal_options = Signal::derive(move || {
        std::iter::once((String::new(), i18n.t(Msg::FilterAllGoals).to_owned()))
            .chain(goals.get())
            .collect::<Vec<_>>()
    });
    let when_options = Signal::derive(move || {
        vec![
            (String::new(), i18n.t(Msg::FilterAnyTime).to_owned()),
            (
                "upcoming".to_owned(),
                i18n.t(Msg::FilterUpcoming).to_owned(),
            ),
            ("past".to_owned(), i18n.t(Msg::FilterPast).to_owned()),
        ]
    });
    let answer_options = Signal::derive(move || {
        [
            (String::new(), i18n.t(Msg::FilterAnyAnswer).to_owned()),
            (
                "awaited".to_owned(),
                i18n.t(Msg::FilterAnswerAwaited).to_owned(),
            ),
        ]
        .into_iter()
        .chain(
            crate::answers::Status::ALL
                .into_iter()
                .map(|s| (s.as_str().to_owned(), i18n.t(s.name()).to_owned())),
        )
        .collect::<Vec<_>>()
    });
    let sort_options = Signal::derive(move || {
        vec![
            (String::new(), i18n.t(Msg::SortNewest).to_owned()),
            ("soonest".to_owned(), i18n.t(Msg::SortSoonest).to_owned()),
            (
                "participants".to_owned(),
                i18n.t(Msg::SortParticipants).to_owned(),
            ),
        ]
    });
    // A link to another page of the same list: every filter kept, only the page changed.
    let page_link = move |page: i64| {
        crate::ui::filters::page_href(
            "/initiatives",
            &query.read(),
            &[
                "q",
                "neighbourhood",
                "kind",
                "goal",
                "when",
                "answer",
                "sort",
            ],
            page,
        )
    };
    // The calendar feed of what the list shows by place and goal (a calendar holds what has
    // a time, in its window; the other filters are the list's own).
    let feed_link = move || {
        let query = query.read();
        let pairs: Vec<String> = ["neighbourhood", "goal"]
            .iter()
            .filter_map(|name| {
                query
                    .get(name)
                    .filter(|v| !v.is_empty())
                    .map(|v| format!("{name}={}", crate::ui::filters::encode(&v)))
            })
            .collect();
        match pairs.is_empty() {
            true => "/calendar/upcoming.ics".to_owned(),
            false => format!("/calendar/upcoming.ics?{}", pairs.join("&")),
        }
    };
    view! {
        <PageTitle title=Msg::NavInitiatives />
        <h1>{tr(Msg::NavInitiatives)}</h1>
        <p><a class="button" href="/initiatives/new">{tr(Msg::NavPropose)}</a></p>
        <search>
            <Form method="GET" action="/initiatives" attr:class="filters" attr:aria-label=tr(Msg::FilterTitle)>
                <crate::ui::filters::SearchField id="filter-q" label=Msg::FilterSearch />
                <Transition fallback=|| ()>
                    <FilterSelect name="neighbourhood" label=Msg::DetailNeighbourhood options=place_options />
                </Transition>
                <FilterSelect name="kind" label=Msg::DetailKind options=kind_options />
                <Transition fallback=|| ()>
                    <FilterSelect name="goal" label=Msg::FilterGoal options=goal_options />
                </Transition>
                <FilterSelect name="when" label=Msg::DetailWhen options=when_options />
                <FilterSelect name="answer" label=Msg::FilterAnswer options=answer_options />
                <FilterSelect name="sort" label=Msg::FilterSort options=sort_options />
                <button type="submit" class="button">{tr(Msg::FilterSubmit)}</button>
            </Form>
        </search>
        <p><a href=feed_link rel="external">{tr(Msg::CalendarSubscribe)}</a></p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Ok(page) if page.items.is_empty() => view! { <p role="status">{tr(Msg::ListEmpty)}</p> }.into_any(),
                Ok(page) => {
                    let (current, pages, total) = (page.page, page.pages, page.total);
                    view! {
                        <p role="status">{move || i18n.f(Msg::ListCount, &[("count", Arg::from(total))])}</p>
                        <ul class="cards">
                            {page.items.into_iter().map(|item| view! { <SummaryCard item /> }).collect_view()}
                        </ul>
                        <Pager label=Msg::Pagination current pages link=page_link />
                    }
                    .into_any()
                }
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}
