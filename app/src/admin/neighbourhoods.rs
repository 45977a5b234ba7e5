//! Neighbourhoods: every one, retired ones included, with its number of residents (the
//! politicians' summaries count participants per 1,000 of them); adding, renaming, changing
//! the residents, retiring and reinstating. A neighbourhood is never deleted.

use super::PageErrors;
use super::model::AdminNeighbourhood;
use crate::error::{AppError, Problem};
use crate::i18n::{Arg, Msg, tr, use_i18n, whole_number};
use crate::ids::NeighbourhoodId;
use crate::ui::form::{FormAlert, FormState, Saved, TextField};
use crate::ui::layout::PageTitle;
use crate::ui::loaded::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The longest name of a neighbourhood.
pub const NAME_MAX: usize = 80;
/// More residents than any neighbourhood has; a larger number is a typing mistake.
pub const RESIDENTS_MAX: i64 = 10_000_000;

/// A number of residents as an administrator types it: empty for "not known", otherwise a
/// whole number from 0, written with or without thousands separators ("2300", "2.300",
/// "2 300", "2,300"). A decimal ("2,5") or a negative number is refused.
pub fn parse_residents(input: &str) -> Result<Option<i64>, Problem> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let is_separator = |c: char| matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}');
    let separators: Vec<char> = text.chars().filter(|c| is_separator(*c)).collect();
    if separators.windows(2).any(|pair| pair[0] != pair[1]) {
        return Err(Problem::InvalidNumber);
    }
    let groups: Vec<&str> = text.split(is_separator).collect();
    let digits_only = |group: &&str| !group.is_empty() && group.chars().all(|c| c.is_ascii_digit());
    if !groups.iter().all(digits_only) {
        return Err(Problem::InvalidNumber);
    }
    // With separators, each group after the first is exactly three digits, or it was not
    // a thousands separator.
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(Problem::InvalidNumber);
    }
    match groups.concat().parse::<i64>() {
        Ok(n) if n <= RESIDENTS_MAX => Ok(Some(n)),
        _ => Err(Problem::InvalidNumber),
    }
}

#[server(endpoint = "admin_neighbourhoods")]
pub async fn admin_neighbourhoods() -> Result<Vec<AdminNeighbourhood>, AppError> {
    // Administrators only.
    let (state, _session, _admin) =
        crate::accounts::auth::require_role(crate::accounts::role::Role::Administrator).await?;
    Ok(super::store::neighbourhoods(&state.db).await?)
}

#[cfg(feature = "ssr")]
mod rules {
    use crate::error::FormCheck;

    /// The name and residents of a form, checked; `None` when either was refused.
    pub fn read(
        check: &mut FormCheck,
        name: &str,
        residents: &str,
    ) -> Option<(String, Option<i64>)> {
        check.keep("name", name);
        check.keep("residents", residents);
        let name = check.check("name", crate::text::single_line(name, super::NAME_MAX));
        let residents = check.check("residents", super::parse_residents(residents));
        Some((name?, residents?))
    }

    /// "2300", or "-" for not known, as the audit log's details write it.
    pub fn residents_text(residents: Option<i64>) -> String {
        residents.map_or_else(|| "-".to_owned(), |n| n.to_string())
    }

    pub async fn audit(
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        admin: &crate::accounts::staff::Administrator,
        action: crate::moderation::audit::Action,
        id: crate::ids::NeighbourhoodId,
        details: Option<String>,
    ) -> Result<(), sqlx::Error> {
        use crate::moderation::audit::{self, Entry, TargetKind};
        audit::record(
            tx,
            admin,
            Entry {
                action,
                target_kind: TargetKind::Neighbourhood,
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

#[server(endpoint = "add_neighbourhood")]
pub async fn add_neighbourhood(name: String, residents: String) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::moderation::audit::Action;
    // Administrators only.
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let mut check = FormCheck::new();
    let Some((name, residents)) = rules::read(&mut check, &name, &residents) else {
        return Err(check.into_error());
    };
    let mut tx = state.db.begin_write().await?;
    let added = super::store::add_neighbourhood(&mut tx, &name, residents, crate::db::now()).await;
    let id = match added {
        Ok(id) => id,
        Err(error) if crate::db::is_unique_violation(&error) => {
            check.fail("name", Problem::NameTaken);
            return Err(check.into_error());
        }
        Err(error) => return Err(error.into()),
    };
    let details = format!("residents={}", rules::residents_text(residents));
    rules::audit(&mut tx, &admin, Action::AddNeighbourhood, id, Some(details)).await?;
    tx.commit().await?;
    tracing::info!(neighbourhood = %id, admin = %admin.id(), "neighbourhood added");
    leptos_axum::redirect("/admin/neighbourhoods?saved=added");
    Ok(())
}

#[server(endpoint = "update_neighbourhood")]
pub async fn update_neighbourhood(
    neighbourhood_id: NeighbourhoodId,
    name: String,
    residents: String,
) -> Result<(), AppError> {
    use crate::error::FormCheck;
    use crate::moderation::audit::Action;
    // Administrators only.
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let mut check = FormCheck::new();
    check.keep("neighbourhood_id", &neighbourhood_id.to_string());
    let Some((name, residents)) = rules::read(&mut check, &name, &residents) else {
        return Err(check.into_error());
    };
    let mut tx = state.db.begin_write().await?;
    let (old_name, old_residents, _retired) =
        super::store::neighbourhood(&mut tx, neighbourhood_id)
            .await?
            .ok_or(AppError::NotFound)?;
    let mut changes = Vec::new();
    if old_name != name {
        changes.push(format!("name: {old_name} → {name}"));
    }
    if old_residents != residents {
        changes.push(format!(
            "residents: {} → {}",
            rules::residents_text(old_residents),
            rules::residents_text(residents)
        ));
    }
    if !changes.is_empty() {
        let updated =
            super::store::update_neighbourhood(&mut tx, neighbourhood_id, &name, residents).await;
        match updated {
            Ok(()) => {}
            Err(error) if crate::db::is_unique_violation(&error) => {
                check.fail("name", Problem::NameTaken);
                return Err(check.into_error());
            }
            Err(error) => return Err(error.into()),
        }
        let details = changes.join("; ");
        rules::audit(
            &mut tx,
            &admin,
            Action::EditNeighbourhood,
            neighbourhood_id,
            Some(details),
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(
        neighbourhood = %neighbourhood_id,
        admin = %admin.id(),
        changed = !changes.is_empty(),
        "neighbourhood updated"
    );
    leptos_axum::redirect("/admin/neighbourhoods?saved=updated");
    Ok(())
}

/// Retires or reinstates a neighbourhood. Doing what is already done changes nothing and
/// logs nothing (two administrators pressed the same button).
#[cfg(feature = "ssr")]
async fn set_retired(neighbourhood_id: NeighbourhoodId, retired: bool) -> Result<(), AppError> {
    use crate::moderation::audit::Action;
    let (state, admin) = crate::accounts::auth::require_administrator().await?;
    let mut tx = state.db.begin_write().await?;
    super::store::neighbourhood(&mut tx, neighbourhood_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let changed =
        super::store::set_neighbourhood_retired(&mut tx, neighbourhood_id, retired).await?;
    let (action, saved) = if retired {
        (Action::RetireNeighbourhood, "retired")
    } else {
        (Action::ReinstateNeighbourhood, "reinstated")
    };
    if changed {
        rules::audit(&mut tx, &admin, action, neighbourhood_id, None).await?;
    }
    tx.commit().await?;
    tracing::info!(
        neighbourhood = %neighbourhood_id,
        admin = %admin.id(),
        retired,
        changed,
        "neighbourhood retired or reinstated"
    );
    leptos_axum::redirect(&format!("/admin/neighbourhoods?saved={saved}"));
    Ok(())
}

#[server(endpoint = "retire_neighbourhood")]
pub async fn retire_neighbourhood(neighbourhood_id: NeighbourhoodId) -> Result<(), AppError> {
    // Administrators only. A retired neighbourhood is no longer offered to choose; the
    // accounts that chose it keep it, and the summaries still count it.
    set_retired(neighbourhood_id, true).await
}

#[server(endpoint = "reinstate_neighbourhood")]
pub async fn reinstate_neighbourhood(neighbourhood_id: NeighbourhoodId) -> Result<(), AppError> {
    // Administrators only.
    set_retired(neighbourhood_id, false).await
}

/// The page's actions, shared by every neighbourhood on it.
type Actions =
    super::catalogue::Actions<UpdateNeighbourhood, RetireNeighbourhood, ReinstateNeighbourhood>;

#[component]
pub fn NeighbourhoodsPage() -> impl IntoView {
    let query = use_query_map();
    let add = ServerAction::<AddNeighbourhood>::new();
    let actions = Actions::new();
    let list = Resource::new(actions.reload_on(query, add), |_| admin_neighbourhoods());
    let saved = move || {
        super::catalogue::saved(
            query,
            [
                Msg::AdminNeighbourhoodAdded,
                Msg::AdminNeighbourhoodUpdated,
                Msg::AdminNeighbourhoodRetired,
                Msg::AdminNeighbourhoodReinstated,
            ],
        )
        .map(|message| view! { <Saved message /> })
    };
    let error = actions.error();
    let add_form = FormState::new(add);
    view! {
        <PageTitle title=Msg::AdminNeighbourhoodsTitle />
        <super::AdminNav />
        <h1>{tr(Msg::AdminNeighbourhoodsTitle)}</h1>
        <super::AdminGate>
            <p>{tr(Msg::AdminNeighbourhoodsLead)}</p>
            {saved}
            <PageErrors error />
            <section aria-labelledby="all-neighbourhoods">
                <h2 id="all-neighbourhoods">{tr(Msg::AdminNeighbourhoodsAll)}</h2>
                <Loaded resource=list shown=move |loaded| match loaded {
                    all if all.is_empty() => view! { <p>{tr(Msg::AdminNeighbourhoodsEmpty)}</p> }.into_any(),
                    all => view! {
                        <ul class="cards">
                            {all.into_iter().map(|neighbourhood| view! { <NeighbourhoodCard neighbourhood actions /> }).collect_view()}
                        </ul>
                    }.into_any(),
                } />
            </section>
            <section aria-labelledby="add-neighbourhood">
                <h2 id="add-neighbourhood">{tr(Msg::AdminNeighbourhoodAddTitle)}</h2>
                <ActionForm action=add attr:novalidate=true attr:class="form">
                    <FormAlert form=add_form labels=vec![("name", Msg::AdminNeighbourhoodName), ("residents", Msg::AdminNeighbourhoodResidents)] />
                    <TextField name="name" label=Msg::AdminNeighbourhoodName form=add_form />
                    <TextField name="residents" label=Msg::AdminNeighbourhoodResidents hint=Msg::AdminNeighbourhoodResidentsHint form=add_form optional=true />
                    <button type="submit" class="button">{tr(Msg::AdminNeighbourhoodAddSubmit)}</button>
                </ActionForm>
            </section>
        </super::AdminGate>
    }
}

#[component]
fn NeighbourhoodCard(neighbourhood: AdminNeighbourhood, actions: Actions) -> impl IntoView {
    let i18n = use_i18n();
    let id = neighbourhood.id;
    let heading = format!("neighbourhood-{id}");
    let labelled_by = heading.clone();
    let defaults = vec![
        ("name".to_owned(), neighbourhood.name.clone()),
        (
            "residents".to_owned(),
            neighbourhood
                .residents
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
    ];
    let form = FormState::new(actions.update)
        .for_item("neighbourhood", "neighbourhood_id", id.0)
        .with_defaults(Signal::stored(defaults));
    let returned = move || form.problem("name").is_some() || form.problem("residents").is_some();
    let (residents, accounts, retired) = (
        neighbourhood.residents,
        neighbourhood.accounts,
        neighbourhood.retired,
    );
    let name = neighbourhood.name.clone();
    let change_name = name.clone();
    let button_name = name.clone();
    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h3 id=heading>{neighbourhood.name.clone()}</h3>
            {retired.then(|| view! { <p class="badge">{tr(Msg::AdminRetired)}</p> })}
            <dl class="details">
                <dt>{tr(Msg::AdminNeighbourhoodResidents)}</dt>
                <dd>{move || match residents {
                    Some(n) => whole_number(i18n.lang(), n),
                    None => i18n.t(Msg::AdminNotGiven).to_owned(),
                }}</dd>
                <dt>{tr(Msg::AdminNeighbourhoodAccounts)}</dt>
                <dd>{move || whole_number(i18n.lang(), accounts)}</dd>
            </dl>
            <details class="answer" open=returned>
                <summary>{move || i18n.f(Msg::AdminNeighbourhoodChange, &[("name", Arg::from(&change_name))])}</summary>
                <ActionForm action=actions.update attr:novalidate=true attr:class="form">
                    <FormAlert form labels=vec![("name", Msg::AdminNeighbourhoodName), ("residents", Msg::AdminNeighbourhoodResidents)] />
                    <input type="hidden" name="neighbourhood_id" value=id.0 />
                    <TextField name="name" label=Msg::AdminNeighbourhoodName form />
                    <TextField name="residents" label=Msg::AdminNeighbourhoodResidents hint=Msg::AdminNeighbourhoodResidentsHint form optional=true />
                    <button type="submit" class="button">{tr(Msg::AdminSave)}</button>
                </ActionForm>
            </details>
            {if retired {
                view! {
                    <ActionForm action=actions.reinstate attr:class="inline-form">
                        <input type="hidden" name="neighbourhood_id" value=id.0 />
                        <button type="submit" class="button button-secondary">
                            {move || i18n.f(Msg::AdminNeighbourhoodReinstate, &[("name", Arg::from(&button_name))])}
                        </button>
                    </ActionForm>
                }.into_any()
            } else {
                view! {
                    <p class="hint">{tr(Msg::AdminNeighbourhoodRetireHint)}</p>
                    <ActionForm action=actions.retire attr:class="inline-form">
                        <input type="hidden" name="neighbourhood_id" value=id.0 />
                        <button type="submit" class="button button-secondary">
                            {move || i18n.f(Msg::AdminNeighbourhoodRetire, &[("name", Arg::from(&button_name))])}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residents_may_be_left_empty() {
        assert_eq!(parse_residents(""), Ok(None));
        assert_eq!(parse_residents("   "), Ok(None));
    }

    #[test]
    fn residents_are_whole_numbers_from_zero() {
        assert_eq!(parse_residents("0"), Ok(Some(0)));
        assert_eq!(parse_residents(" 2300 "), Ok(Some(2_300)));
        assert_eq!(parse_residents("10000000"), Ok(Some(RESIDENTS_MAX)));
    }

    #[test]
    fn residents_may_be_written_with_thousands_separators() {
        for typed in ["2.300", "2,300", "2 300", "2\u{a0}300"] {
            assert_eq!(parse_residents(typed), Ok(Some(2_300)), "{typed}");
        }
        assert_eq!(parse_residents("1.234.567"), Ok(Some(1_234_567)));
    }

    #[test]
    fn residents_refuse_what_is_not_a_count() {
        for typed in [
            "-5",
            "+5",
            "2,5",
            "12.50",
            "1.000,5",
            "1.2345",
            "1234.567",
            "mange",
            "3e4",
            "1..000",
            "½",
            "٣",
            "10000001",
            "99999999999999999999",
        ] {
            assert_eq!(
                parse_residents(typed),
                Err(Problem::InvalidNumber),
                "{typed}"
            );
        }
    }
}
