//! The audit log as moderators and administrators read it: every action, newest first,
//! filtered by action, kind of target, who did it, and a period. Read only: the platform
//! has no way to change or delete a row (the database refuses it too).

use super::{Action, LogEntry, LogPage, TargetKind};
use crate::accounts::display_name::shown;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ui::filters::FilterSelect;
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use crate::ui::pager::Pager;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "audit_log")]
pub async fn audit_log(
    action: Option<String>,
    target: Option<String>,
    actor: Option<String>,
    from: Option<String>,
    to: Option<String>,
    page: Option<i64>,
) -> Result<LogPage, AppError> {
    use super::store;
    use crate::accounts::role::Role;
    use crate::ids::AccountId;
    use crate::timestamp::Timestamp;
    // Moderators and administrators.
    let (state, _session, account) = crate::accounts::auth::require_account().await?;
    if !account.has_role(Role::Moderator) && !account.has_role(Role::Administrator) {
        return Err(AppError::Forbidden);
    }
    // A filter that does not parse is left out rather than refused: the address is the form.
    let filter = store::Filter {
        action: action.as_deref().and_then(Action::parse),
        target: target.as_deref().and_then(TargetKind::parse),
        actor: actor.and_then(|a| a.parse::<AccountId>().ok()),
        from: from
            .as_deref()
            .and_then(|d| Timestamp::from_local_date(d).ok().flatten()),
        // Up to and including the day: the filter ends where the next day begins.
        to: to
            .as_deref()
            .and_then(|d| Timestamp::from_local_date(d).ok().flatten())
            .map(|start| start.plus(crate::timestamp::DAY)),
    };
    Ok(store::page(&state.db, &filter, page.unwrap_or(1)).await?)
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name);
    let log = Resource::new(
        move || {
            (
                param("action"),
                param("target"),
                param("actor"),
                param("from"),
                param("to"),
                param("page").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(action, target, actor, from, to, page)| audit_log(action, target, actor, from, to, page),
    );
    let action_options = Signal::derive(move || {
        std::iter::once((String::new(), i18n.t(Msg::AuditAllActions).to_owned()))
            .chain(
                Action::ALL
                    .into_iter()
                    .map(|a| (a.as_str().to_owned(), i18n.t(a.name()).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let target_options = Signal::derive(move || {
        std::iter::once((String::new(), i18n.t(Msg::AuditAllTargets).to_owned()))
            .chain(
                TargetKind::ALL
                    .into_iter()
                    .map(|k| (k.as_str().to_owned(), i18n.t(target_name(k)).to_owned())),
            )
            .collect::<Vec<_>>()
    });
    let actor_options = Signal::derive(move || {
        let actors = log
            .get()
            .and_then(Result::ok)
            .map(|page| page.actors)
            .unwrap_or_default();
        std::iter::once((String::new(), i18n.t(Msg::AuditAllActors).to_owned()))
            .chain(
                actors
                    .into_iter()
                    .map(|a| (a.id.to_string(), shown(i18n.lang(), &a.display_name))),
            )
            .collect::<Vec<_>>()
    });
    let page_link = move |page: i64| {
        crate::ui::filters::page_href(
            "/moderation/log",
            &query.read(),
            &["action", "target", "actor", "from", "to"],
            page,
        )
    };
    view! {
        <PageTitle title=Msg::AuditTitle />
        <crate::moderation::nav::ModerationNav />
        <h1>{tr(Msg::AuditTitle)}</h1>
        <p>{tr(Msg::AuditLead)}</p>
        <search>
            <Form method="GET" action="/moderation/log" attr:class="filters" attr:aria-label=tr(Msg::FilterTitle)>
                <FilterSelect name="action" label=Msg::AuditAction options=action_options />
                <FilterSelect name="target" label=Msg::AuditTarget options=target_options />
                <Transition fallback=|| ()>
                    <FilterSelect name="actor" label=Msg::AuditActor options=actor_options />
                </Transition>
                <div class="field">
                    <label for="filter-from">{tr(Msg::AuditFrom)}</label>
                    <input id="filter-from" type="date" name="from" value=move || param("from").unwrap_or_default() />
                </div>
                <div class="field">
                    <label for="filter-to">{tr(Msg::AuditTo)}</label>
                    <input id="filter-to" type="date" name="to" value=move || param("to").unwrap_or_default() />
                </div>
                <button type="submit" class="button">{tr(Msg::FilterSubmit)}</button>
            </Form>
        </search>
        <Loaded resource=log next="/moderation/log" shown=move |loaded| match loaded {
            page if page.entries.is_empty() => view! { <p>{tr(Msg::AuditEmpty)}</p> }.into_any(),
            page => {
                let (current, pages, total) = (page.page, page.pages, page.total);
                view! {
                    <p>{move || i18n.f(Msg::AuditCount, &[("count", Arg::from(total))])}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=tr(Msg::AuditTitle)>
                        <table class="table">
                            <caption class="visually-hidden">{tr(Msg::AuditTitle)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr(Msg::AuditWhen)}</th>
                                    <th scope="col">{tr(Msg::AuditActor)}</th>
                                    <th scope="col">{tr(Msg::AuditAction)}</th>
                                    <th scope="col">{tr(Msg::AuditTarget)}</th>
                                    <th scope="col">{tr(Msg::AuditReason)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {page.entries.into_iter().map(|entry| view! { <LogRow entry /> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager label=Msg::Pagination current pages link=page_link />
                }.into_any()
            }
        } />
    }
}

fn target_name(kind: TargetKind) -> Msg {
    match kind {
        TargetKind::Initiative => Msg::AuditTargetInitiative,
        TargetKind::Comment => Msg::AuditTargetComment,
        TargetKind::Account => Msg::AuditTargetAccount,
        TargetKind::Neighbourhood => Msg::AuditTargetNeighbourhood,
        TargetKind::Goal => Msg::AuditTargetGoal,
        TargetKind::Settings => Msg::AuditTargetSettings,
    }
}

#[component]
fn LogRow(entry: LogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let at = entry.at;
    let (action, kind) = (entry.action, entry.target_kind);
    let label = entry
        .target_label
        .clone()
        .map(|label| shown(i18n.lang(), &label))
        .unwrap_or_else(|| format!("#{}", entry.target_id));
    let href = match kind {
        TargetKind::Initiative => Some(format!("/moderation/initiatives/{}", entry.target_id)),
        TargetKind::Comment => entry
            .initiative_id
            .map(|i| format!("/initiatives/{i}#comment-{}", entry.target_id)),
        TargetKind::Account => Some(format!("/moderation/accounts/{}", entry.target_id)),
        TargetKind::Neighbourhood => Some("/admin/neighbourhoods".to_owned()),
        TargetKind::Goal => Some("/admin/goals".to_owned()),
        TargetKind::Settings => Some("/admin/settings".to_owned()),
    };
    view! {
        <tr>
            <td><time datetime=at.iso_date()>{move || at.date_time_text(i18n.lang())}</time></td>
            <td>{shown(i18n.lang(), &entry.actor)}</td>
            <td>{move || i18n.t(action.name())}</td>
            <td>
                <span>{move || i18n.t(target_name(kind))} ": "</span>
                {match href {
                    Some(href) => view! { <a href=href>{label}</a> }.into_any(),
                    None => view! { <span>{label}</span> }.into_any(),
                }}
                {entry.details.clone().map(|details| {
                    // An answer's details are its status: named in the reader's language.
                    let status = crate::answers::Status::parse(&details).filter(|_| action == Action::Answer);
                    let shown = move || status.map_or_else(|| details.clone(), |s| i18n.t(s.name()).to_owned());
                    view! { <br /><span class="meta">{shown}</span> }
                })}
            </td>
            <td class="user-text">{entry.reason.clone().unwrap_or_default()}</td>
        </tr>
    }
}
