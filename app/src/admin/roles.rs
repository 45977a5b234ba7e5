//! Roles: every account with the roles it holds, found by name or email, and the forms that
//! grant or revoke moderator, politician and administrator, each with an optional note.

use super::model::{AccountList, AdminAccount};
use super::{PageErrors, page_error, role_name};
use crate::accounts::role::Role;
use crate::error::AppError;
use crate::i18n::{Arg, Msg, tr, use_i18n};
use crate::ids::AccountId;
use crate::ui::form::{FormAlert, FormState, Saved, SelectField, TextArea};
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use crate::ui::pager::Pager;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[server(endpoint = "admin_accounts")]
pub async fn admin_accounts(q: Option<String>, page: Option<i64>) -> Result<AccountList, AppError> {
    // Administrators only.
    let (state, _session, _admin) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Administrator).await?;
    Ok(super::store::accounts(&state.db, q.as_deref().unwrap_or(""), page.unwrap_or(1)).await?)
}

#[cfg(feature = "ssr")]
mod rules {
    use crate::accounts::role::Role;
    use crate::accounts::staff::Administrator;
    use crate::error::{AppError, FormCheck, Problem};
    use crate::ids::AccountId;
    use crate::moderation::audit::{self, Action, Entry, TargetKind};
    use crate::state::AppState;

    /// A checked role form.
    pub struct RoleForm {
        pub state: AppState,
        pub admin: Administrator,
        pub role: Role,
        pub note: Option<String>,
        /// Keeps what was typed, for a refusal found later (the last administrator).
        pub check: FormCheck,
    }

    /// An administrator's form about an account that exists: the role chosen and the note.
    pub async fn role_form(
        account_id: AccountId,
        role: &str,
        note: &str,
    ) -> Result<RoleForm, AppError> {
        let (state, admin) = crate::accounts::auth::require_administrator().await?;
        if !super::super::store::account_exists(&state.db, account_id).await? {
            return Err(AppError::NotFound);
        }
        let mut check = FormCheck::new();
        check.keep("account_id", &account_id.to_string());
        check.keep("role", role);
        check.keep("note", note);
        let role = check.check("role", parse_role(role));
        let note = check.check(
            "note",
            crate::text::optional_multi_line(note, super::super::NOTE_MAX),
        );
        match (role, note) {
            (Some(role), Some(note)) => Ok(RoleForm {
                state,
                admin,
                role,
                note,
                check,
            }),
            _ => Err(check.into_error()),
        }
    }

    /// The role chosen in a form's select.
    pub fn parse_role(input: &str) -> Result<Role, Problem> {
        if input.trim().is_empty() {
            return Err(Problem::Required);
        }
        Role::parse(input).ok_or(Problem::UnknownChoice)
    }

    /// The administrators, locked for the rest of the transaction, when the one acting is
    /// still one of them (another administrator may have revoked them a moment ago).
    pub async fn administrators(
        state: &AppState,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        admin: &Administrator,
    ) -> Result<Vec<AccountId>, AppError> {
        let admins = super::super::store::administrators_locked(&state.db, tx).await?;
        if !admins.contains(&admin.id()) {
            return Err(AppError::Forbidden);
        }
        Ok(admins)
    }

    /// Audits a change that happened (`changed`; one that changed nothing is not logged),
    /// commits, and logs it.
    pub async fn conclude(
        mut tx: sqlx::Transaction<'static, sqlx::Any>,
        form: &RoleForm,
        action: Action,
        account_id: AccountId,
        changed: bool,
        now: crate::timestamp::Timestamp,
    ) -> Result<(), sqlx::Error> {
        if changed {
            audit::record(
                &mut tx,
                &form.admin,
                Entry {
                    action,
                    target_kind: TargetKind::Account,
                    target_id: account_id.0,
                    reason: form.note.as_deref(),
                    details: Some(format!("role={}", form.role.as_str())),
                    waited: None,
                    at: now,
                },
            )
            .await?;
        }
        tx.commit().await?;
        tracing::info!(
            account = %account_id,
            admin = %form.admin.id(),
            role = form.role.as_str(),
            ?action,
            changed,
            "role changed"
        );
        Ok(())
    }

    /// Back to the list as the administrator left it: the same search and page.
    pub fn back(q: Option<&str>, page: Option<i64>, saved: &str) -> String {
        let mut pairs = Vec::new();
        if let Some(q) = q.filter(|q| !q.trim().is_empty()) {
            pairs.push(format!("q={}", crate::ui::filters::encode(q)));
        }
        if let Some(page) = page.filter(|p| *p > 1) {
            pairs.push(format!("page={page}"));
        }
        pairs.push(format!("saved={saved}"));
        format!("/admin/accounts?{}", pairs.join("&"))
    }
}

#[server(endpoint = "grant_role")]
pub async fn grant_role(
    account_id: AccountId,
    role: String,
    note: String,
    q: Option<String>,
    page: Option<i64>,
) -> Result<(), AppError> {
    use crate::moderation::audit::Action;
    // Administrators only, on an account that exists.
    let form = rules::role_form(account_id, &role, &note).await?;
    let now = crate::db::now();
    let mut tx = form.state.db.begin_write().await?;
    rules::administrators(&form.state, &mut tx, &form.admin).await?;
    // Granting a role already held changes nothing, and nothing is logged.
    let granted = super::store::grant_role(&mut tx, account_id, form.role, now).await?;
    rules::conclude(tx, &form, Action::GrantRole, account_id, granted, now).await?;
    leptos_axum::redirect(&rules::back(q.as_deref(), page, "granted"));
    Ok(())
}

#[server(endpoint = "revoke_role")]
pub async fn revoke_role(
    account_id: AccountId,
    role: String,
    note: String,
    q: Option<String>,
    page: Option<i64>,
) -> Result<(), AppError> {
    use crate::error::Problem;
    use crate::moderation::audit::Action;
    // Administrators only, on an account that exists; never the last administrator.
    let mut form = rules::role_form(account_id, &role, &note).await?;
    let now = crate::db::now();
    // The check and the delete happen under one lock on the administrators, so that two
    // administrators revoking each other at once cannot leave the site without one.
    let mut tx = form.state.db.begin_write().await?;
    let admins = rules::administrators(&form.state, &mut tx, &form.admin).await?;
    if form.role == Role::Administrator && admins == [account_id] {
        form.check.fail("role", Problem::LastAdministrator);
        return Err(form.check.into_error());
    }
    // Revoking a role not held changes nothing, and nothing is logged.
    let revoked = super::store::revoke_role(&mut tx, account_id, form.role).await?;
    rules::conclude(tx, &form, Action::RevokeRole, account_id, revoked, now).await?;
    leptos_axum::redirect(&rules::back(q.as_deref(), page, "revoked"));
    Ok(())
}

#[component]
pub fn RolesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let grant = ServerAction::<GrantRole>::new();
    let revoke = ServerAction::<RevokeRole>::new();
    let param = move |name: &str| query.read().get(name);
    let page_param = move || param("page").and_then(|p| p.parse::<i64>().ok());
    // Loaded again after a success only: a refused form keeps what was typed.
    let ok_grant = crate::ui::form::successes(grant);
    let ok_revoke = crate::ui::form::successes(revoke);
    let list = Resource::new(
        move || {
            (
                param("q"),
                page_param(),
                param("saved"),
                ok_grant.get(),
                ok_revoke.get(),
            )
        },
        |(q, page, _, _, _)| admin_accounts(q, page),
    );
    let saved = move || match param("saved").as_deref() {
        Some("granted") => Some(view! { <Saved message=Msg::AdminRoleGranted /> }),
        Some("revoked") => Some(view! { <Saved message=Msg::AdminRoleRevoked /> }),
        _ => None,
    };
    let error = Signal::derive(move || page_error(grant).or_else(|| page_error(revoke)));
    let page_link = move |page: i64| {
        crate::ui::filters::page_href("/admin/accounts", &query.read(), &["q"], page)
    };
    let roles = RoleActions { grant, revoke };
    view! {
        <PageTitle title=Msg::AdminAccountsTitle />
        <super::AdminNav />
        <h1>{tr(Msg::AdminAccountsTitle)}</h1>
        <super::AdminGate>
            <p>{tr(Msg::AdminAccountsLead)}</p>
            {saved}
            <PageErrors error />
            <search>
                <Form method="GET" action="/admin/accounts" attr:class="filters" attr:aria-label=tr(Msg::AdminAccountsSearch)>
                    <crate::ui::filters::SearchField id="admin-q" label=Msg::AdminAccountsSearch />
                    <button type="submit" class="button">{tr(Msg::AdminAccountsSearchSubmit)}</button>
                </Form>
            </search>
            <Loaded resource=list shown=move |loaded| match loaded {
                found if found.accounts.is_empty() => view! { <p>{tr(Msg::AdminAccountsEmpty)}</p> }.into_any(),
                found => {
                    let (current, pages, total) = (found.page, found.pages, found.total);
                    let back = Back { q: param("q").filter(|q| !q.is_empty()), page: Some(current).filter(|p| *p > 1) };
                    view! {
                        <p>{move || i18n.f(Msg::AdminAccountsCount, &[("count", Arg::from(total))])}</p>
                        <ul class="cards">
                            {found.accounts.into_iter().map(|account| {
                                let back = back.clone();
                                view! { <AccountCard account roles back /> }
                            }).collect_view()}
                        </ul>
                        <Pager label=Msg::Pagination current pages link=page_link />
                    }.into_any()
                }
            } />
        </super::AdminGate>
    }
}

/// The two role forms' actions, shared by every account on the page.
#[derive(Clone, Copy)]
struct RoleActions {
    grant: ServerAction<GrantRole>,
    revoke: ServerAction<RevokeRole>,
}

/// The search and page the forms return to.
#[derive(Clone, Debug, Default)]
struct Back {
    q: Option<String>,
    page: Option<i64>,
}

#[component]
fn BackFields(back: Back) -> impl IntoView {
    view! {
        {back.q.map(|q| view! { <input type="hidden" name="q" value=q /> })}
        {back.page.map(|page| view! { <input type="hidden" name="page" value=page /> })}
    }
}

/// One account: who it is, the roles it holds, and the forms to change them.
#[component]
fn AccountCard(account: AdminAccount, roles: RoleActions, back: Back) -> impl IntoView {
    let i18n = use_i18n();
    let id = account.id;
    let heading = format!("account-{id}");
    let labelled_by = heading.clone();
    let grant_form = FormState::new(roles.grant).for_item("grant", "account_id", id.0);
    let revoke_form = FormState::new(roles.revoke).for_item("revoke", "account_id", id.0);
    let held = account.roles.clone();
    let not_held: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|role| !held.contains(role))
        .collect();
    let choices = move |roles: Vec<Role>| {
        Signal::derive(move || {
            roles
                .iter()
                .map(|role| {
                    (
                        role.as_str().to_owned(),
                        i18n.t(role_name(*role)).to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let held_names = {
        let held = held.clone();
        move || {
            std::iter::once(Msg::RoleCitizen)
                .chain(held.iter().copied().map(role_name))
                .map(|msg| i18n.t(msg))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let returned = move || {
        ["role", "note"].into_iter().any(|field| {
            grant_form.problem(field).is_some() || revoke_form.problem(field).is_some()
        })
    };
    let grant_heading = format!("grant-{id}");
    let grant_labelled_by = grant_heading.clone();
    let revoke_heading = format!("revoke-{id}");
    let revoke_labelled_by = revoke_heading.clone();
    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{account.display_name.clone()}</h2>
            <p class="meta">{account.email.clone()}</p>
            <p>{tr(Msg::AccountRoles)} ": " {held_names}</p>
            <details class="answer" open=returned>
                <summary>{move || i18n.f(Msg::AdminRolesChange, &[("name", Arg::from(&account.display_name))])}</summary>
                {(!not_held.is_empty()).then(|| {
                    let back = back.clone();
                    view! {
                        <section aria-labelledby=grant_labelled_by>
                            <h3 id=grant_heading>{tr(Msg::AdminRoleGrantTitle)}</h3>
                            <ActionForm action=roles.grant attr:novalidate=true attr:class="form">
                                <RoleFields form=grant_form id back role=Msg::AdminRoleToGrant options=choices(not_held) submit=Msg::AdminRoleGrant button="button" />
                            </ActionForm>
                        </section>
                    }
                })}
                {(!held.is_empty()).then(|| view! {
                    <section aria-labelledby=revoke_labelled_by>
                        <h3 id=revoke_heading>{tr(Msg::AdminRoleRevokeTitle)}</h3>
                        <ActionForm action=roles.revoke attr:novalidate=true attr:class="form">
                            <RoleFields form=revoke_form id back role=Msg::AdminRoleToRevoke options=choices(held) submit=Msg::AdminRoleRevoke button="button button-danger" />
                        </ActionForm>
                    </section>
                })}
            </details>
        </li>
    }
}

/// A grant or revoke form's fields: which account, the role, a note for the log, and the
/// button.
#[component]
fn RoleFields(
    form: FormState,
    id: AccountId,
    back: Back,
    role: Msg,
    options: Signal<Vec<(String, String)>>,
    submit: Msg,
    button: &'static str,
) -> impl IntoView {
    view! {
        <FormAlert form labels=vec![("role", role), ("note", Msg::AdminNote)] />
        <input type="hidden" name="account_id" value=id.0 />
        <BackFields back />
        <SelectField name="role" label=role none=Msg::AdminRoleChoose options form />
        <TextArea name="note" label=Msg::AdminNote hint=Msg::AdminNoteHint form rows=2 />
        <button type="submit" class=button>{tr(submit)}</button>
    }
}
