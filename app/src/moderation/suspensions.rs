//! A person's account as moderators see it: what they have written, and their suspensions;
//! suspending them for a period or until further notice, with a reason, and lifting it.

use crate::accounts::suspension::{Period, Record};
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::AccountId;
use crate::time::LocalDateTime;
use crate::ui::form::{FormAlert, FormState, OneTextFields, Saved, TextArea};
use crate::ui::layout::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModeratedAccount {
    pub id: AccountId,
    pub display_name: String,
    pub member_since: LocalDateTime,
    pub initiatives: i64,
    pub comments: i64,
    pub suspensions: Vec<Record>,
    /// The moderator looking may not suspend this account: it is their own, or it holds a
    /// staff role and they are not an administrator.
    pub protected: Option<Protected>,
}

/// Why a moderator may not suspend an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Protected {
    Own,
    /// A moderator or administrator: only an administrator suspends them.
    Staff,
}

#[server(endpoint = "account_overview")]
pub async fn account_overview(account_id: AccountId) -> Result<ModeratedAccount, AppError> {
    use crate::accounts::suspension::store;
    // Moderators only.
    let (state, _session, moderator) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Moderator).await?;
    let overview = store::overview(&state.db, account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ModeratedAccount {
        id: account_id,
        display_name: overview.display_name,
        member_since: overview.created_at.local(),
        initiatives: overview.initiatives,
        comments: overview.comments,
        suspensions: store::history(&state.db, account_id, crate::db::now()).await?,
        protected: rules::protection(&moderator, account_id, &overview.roles),
    })
}

#[cfg(feature = "ssr")]
mod rules {
    use super::Protected;
    use crate::accounts::Account;
    use crate::accounts::role::Role;
    use crate::ids::AccountId;

    /// Nobody suspends themselves or lifts their own suspension; only an administrator
    /// suspends a moderator or an administrator, so that a moderator cannot silence the
    /// person who could take the role back.
    pub fn protection(actor: &Account, target: AccountId, roles: &[Role]) -> Option<Protected> {
        if actor.id == target {
            Some(Protected::Own)
        } else if !roles.is_empty()
            && roles
                .iter()
                .any(|r| matches!(r, Role::Moderator | Role::Administrator))
            && !actor.has_role(Role::Administrator)
        {
            Some(Protected::Staff)
        } else {
            None
        }
    }

    /// A moderator, acting on another person's account that exists and that they may act on.
    pub async fn moderator_over(
        account_id: AccountId,
    ) -> Result<(crate::state::AppState, crate::accounts::auth::Moderator), crate::error::AppError>
    {
        use crate::error::AppError;
        let (state, moderator) = crate::accounts::auth::require_moderator().await?;
        let roles = crate::accounts::suspension::store::overview(&state.db, account_id)
            .await?
            .ok_or(AppError::NotFound)?
            .roles;
        if protection(moderator.account(), account_id, &roles).is_some() {
            return Err(AppError::Forbidden);
        }
        Ok((state, moderator))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::time::LocalDateTime;

        fn account(id: i64, roles: &[Role]) -> Account {
            Account {
                id: AccountId(id),
                email: String::new(),
                display_name: String::new(),
                neighbourhood_id: None,
                neighbourhood_name: None,
                roles: roles.to_vec(),
                created_at: LocalDateTime {
                    year: 2026,
                    month: 1,
                    day: 1,
                    hour: 0,
                    minute: 0,
                },
                confirmed: true,
                pending_email: None,
                language: crate::i18n::Lang::default(),
                email_digest: false,
                session_version: 1,
            }
        }

        #[test]
        fn only_administrators_suspend_staff_and_nobody_themselves() {
            let moderator = account(1, &[Role::Moderator]);
            let admin = account(2, &[Role::Moderator, Role::Administrator]);
            let citizen = AccountId(3);
            assert_eq!(protection(&moderator, citizen, &[]), None);
            assert_eq!(protection(&moderator, citizen, &[Role::Politician]), None);
            assert_eq!(
                protection(&moderator, AccountId(2), &[Role::Administrator]),
                Some(Protected::Staff)
            );
            assert_eq!(
                protection(&moderator, AccountId(4), &[Role::Moderator]),
                Some(Protected::Staff)
            );
            assert_eq!(protection(&admin, AccountId(1), &[Role::Moderator]), None);
            assert_eq!(protection(&admin, AccountId(2), &[]), Some(Protected::Own));
        }
    }
}

#[server(endpoint = "suspend_account")]
pub async fn suspend_account(
    account_id: AccountId,
    // A radio group: absent from the post when nothing is chosen.
    period: Option<String>,
    suspend_reason: String,
) -> Result<(), AppError> {
    use super::audit::{self, Action, Entry, TargetKind};
    use crate::error::{FormCheck, Problem};
    use crate::notifications::Kind;
    // Moderators, on accounts other than their own; staff accounts by administrators only.
    let (state, moderator) = rules::moderator_over(account_id).await?;
    let period = period.unwrap_or_default();
    let mut check = FormCheck::new();
    check.keep("period", &period);
    check.keep("suspend_reason", &suspend_reason);
    let period = check.check("period", Period::parse(&period));
    let reason = check.check(
        "suspend_reason",
        crate::text::multi_line(&suspend_reason, crate::text::REASON_MAX),
    );
    let (Some(period), Some(reason)) = (period, reason) else {
        return Err(check.into_error());
    };
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    // A new suspension replaces the one in force: the period and reason are the newest.
    crate::accounts::suspension::store::close(&mut tx, account_id, &moderator, now).await?;
    let inserted = crate::accounts::suspension::store::insert(
        &mut tx,
        account_id,
        &reason,
        now,
        period.ends_at(now),
        &moderator,
    )
    .await;
    match inserted {
        Ok(_) => {}
        Err(error) if crate::db::is_unique_violation(&error) => {
            // Another moderator suspended the account at the same moment.
            check.fail("suspend_reason", Problem::AlreadyHandled);
            return Err(check.into_error());
        }
        Err(error) => return Err(error.into()),
    }
    audit::record(
        &mut tx,
        &moderator,
        Entry {
            action: Action::Suspend,
            target_kind: TargetKind::Account,
            target_id: account_id.0,
            reason: Some(&reason),
            details: Some(format!("period={}", period.value())),
            waited: None,
            at: now,
        },
    )
    .await?;
    let emails = crate::notifications::store::notify(
        &mut tx,
        &[account_id],
        crate::notifications::store::Notice::decision(Kind::Suspended, None, Some(&reason)),
        now,
    )
    .await?;
    tx.commit().await?;
    crate::notifications::store::deliver(&state, emails);
    tracing::info!(account = %account_id, moderator = %moderator.id(), period = %period.value(), "account suspended");
    leptos_axum::redirect(&format!(
        "/moderation/accounts/{account_id}?saved=suspended"
    ));
    Ok(())
}

#[server(endpoint = "lift_suspension")]
pub async fn lift_suspension(account_id: AccountId, lift_note: String) -> Result<(), AppError> {
    use super::audit::{self, Action, Entry, TargetKind};
    use crate::error::{FormCheck, Problem};
    // Moderators, on accounts other than their own; staff accounts by administrators only.
    let (state, moderator) = rules::moderator_over(account_id).await?;
    let mut check = FormCheck::new();
    let note = crate::text::note(&mut check, "lift_note", &lift_note)?;
    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    if !crate::accounts::suspension::store::close(&mut tx, account_id, &moderator, now).await? {
        check.fail("lift_note", Problem::AlreadyHandled);
        return Err(check.into_error());
    }
    audit::record(
        &mut tx,
        &moderator,
        Entry {
            action: Action::Lift,
            target_kind: TargetKind::Account,
            target_id: account_id.0,
            reason: note.as_deref(),
            details: None,
            waited: None,
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        account = %account_id,
        moderator = %moderator.id(),
        "suspension lifted"
    );
    leptos_axum::redirect(&format!("/moderation/accounts/{account_id}?saved=lifted"));
    Ok(())
}

#[component]
pub fn ModeratedAccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let suspend = ServerAction::<SuspendAccount>::new();
    let lift = ServerAction::<LiftSuspension>::new();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<AccountId>().ok())
    };
    // Loaded again after a success only: a refused form keeps what was typed.
    let ok_suspend = crate::ui::form::successes(suspend);
    let ok_lift = crate::ui::form::successes(lift);
    let overview = Resource::new(
        move || {
            (
                id(),
                query.read().get("saved"),
                ok_suspend.get(),
                ok_lift.get(),
            )
        },
        |(id, _, _, _)| async move {
            match id {
                Some(id) => account_overview(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let saved = move || match query.read().get("saved").as_deref() {
        Some("suspended") => Some(view! { <Saved message=Msg::SuspendSaved /> }),
        Some("lifted") => Some(view! { <Saved message=Msg::LiftSaved /> }),
        _ => None,
    };
    view! {
        <PageTitle title=Msg::ModAccountTitle />
        <super::nav::ModerationNav />
        {saved}
        <Transition fallback=|| ()>
            {move || overview.get().map(|result| match result {
                Ok(overview) => view! { <Overview overview suspend lift /> }.into_any(),
                Err(AppError::NotFound) => view! { <crate::site::not_found::NotFoundPage /> }.into_any(),
                Err(error) => view! { <p role="alert">{move || crate::i18n::error_message(i18n.lang(), &error)}</p> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Overview(
    overview: ModeratedAccount,
    suspend: ServerAction<SuspendAccount>,
    lift: ServerAction<LiftSuspension>,
) -> impl IntoView {
    let i18n = use_i18n();
    let suspend_form = FormState::new(suspend);
    let lift_form = FormState::new(lift);
    let since = overview.member_since;
    let in_force = overview.suspensions.iter().any(|s| s.in_force);
    let period_error = move || suspend_form.problem("period");
    let (initiatives, comments) = (overview.initiatives, overview.comments);
    view! {
        <h1>{i18n.f(Msg::ModAccountHeading, &[("name", Arg::from(&crate::accounts::display_name::shown(i18n.lang(), &overview.display_name)))])}</h1>
        <dl class="details">
            <dt>{tr(Msg::AccountMemberSince)}</dt>
            <dd><time datetime=since.iso_date()>{move || since.date_text(i18n.lang())}</time></dd>
            <dt>{tr(Msg::ModAccountWritten)}</dt>
            <dd>{move || i18n.f(Msg::ModAccountCounts, &[("initiatives", Arg::from(initiatives)), ("comments", Arg::from(comments))])}</dd>
        </dl>
        <section aria-labelledby="suspensions">
            <h2 id="suspensions">{tr(Msg::ModAccountSuspensions)}</h2>
            {if overview.suspensions.is_empty() {
                view! { <p>{tr(Msg::ModAccountNoSuspensions)}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {overview.suspensions.into_iter().map(|s| view! { <SuspensionItem record=s /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {if let Some(protected) = overview.protected {
            let why = match protected {
                Protected::Own => Msg::ModAccountOwn,
                Protected::Staff => Msg::ModAccountStaff,
            };
            view! { <p class="notice">{tr(why)}</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="suspend">
                    <h2 id="suspend">{tr(if in_force { Msg::SuspendAgainTitle } else { Msg::SuspendTitle })}</h2>
                    <p>{tr(Msg::SuspendLead)}</p>
                    <ActionForm action=suspend attr:novalidate=true attr:class="form">
                        <FormAlert form=suspend_form labels=vec![("period", Msg::SuspendPeriod), ("suspend_reason", Msg::ReviewReason)] />
                        <input type="hidden" name="account_id" value=overview.id.0 />
                        <fieldset
                            id="field-period"
                            class="field"
                            class:field-invalid=move || period_error().is_some()
                            aria-describedby=move || period_error().map(|_| "field-period-error")
                        >
                            <legend>{tr(Msg::SuspendPeriod)}</legend>
                            {move || period_error().map(|problem| view! {
                                <p class="field-error" id="field-period-error">{crate::i18n::problem_message(i18n.lang(), problem)}</p>
                            })}
                            {Period::CHOICES.into_iter().map(|period| {
                                let value = period.value();
                                let input_id = format!("period-{value}");
                                let checked = {
                                    let value = value.clone();
                                    move || suspend_form.value("period") == value
                                };
                                let days = match period { Period::Days(days) => days, Period::Indefinite => 0 };
                                view! {
                                    <div class="choice">
                                        <input type="radio" name="period" id=input_id.clone() value=value checked=checked />
                                        <label for=input_id>{move || i18n.f(period.label(), &[("days", Arg::from(days))])}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <TextArea name="suspend_reason" label=Msg::ReviewReason hint=Msg::SuspendReasonHint form=suspend_form rows=3 />
                        <button type="submit" class="button button-danger">{tr(Msg::SuspendSubmit)}</button>
                    </ActionForm>
                </section>
                {in_force.then(|| view! {
                    <section aria-labelledby="lift">
                        <h2 id="lift">{tr(Msg::LiftTitle)}</h2>
                        <ActionForm action=lift attr:novalidate=true attr:class="form">
                            <OneTextFields form=lift_form hidden=vec![("account_id", overview.id.0.to_string())] name="lift_note" label=Msg::ReviewNote hint=Msg::LiftHint rows=2 submit=Msg::LiftSubmit />
                        </ActionForm>
                    </section>
                })}
            }.into_any()
        }}
    }
}

#[component]
fn SuspensionItem(record: Record) -> impl IntoView {
    let i18n = use_i18n();
    let (starts, ends, lifted) = (record.starts_at, record.ends_at, record.lifted_at);
    let by = record.by.clone();
    view! {
        <li class="card">
            {record.in_force.then(|| view! { <p class="badge">{tr(Msg::SuspensionInForce)}</p> })}
            <p>
                {move || {
                    let from = starts.date_time_text(i18n.lang());
                    match ends {
                        Some(ends) => i18n.f(Msg::SuspensionFromTo, &[("from", Arg::from(&from)), ("to", Arg::from(&ends.date_time_text(i18n.lang())))]),
                        None => i18n.f(Msg::SuspensionFromOn, &[("from", Arg::from(&from))]),
                    }
                }}
            </p>
            <p>{tr(Msg::NoticeReason)} ": " <span class="user-text">{record.reason}</span></p>
            <p class="meta">{move || i18n.f(Msg::SuspensionBy, &[("name", Arg::from(&by))])}</p>
            {lifted.map(|lifted| view! {
                <p class="meta">{move || i18n.f(Msg::SuspensionLiftedAt, &[("at", Arg::from(&lifted.date_time_text(i18n.lang())))])}</p>
            })}
        </li>
    }
}
