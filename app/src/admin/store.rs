//! The administrators' queries: accounts and their roles, neighbourhoods, goals and the
//! site's settings. Every change takes the caller's write transaction, so that its audit row
//! is written with it or not at all.

use super::model::{AccountList, AdminAccount, AdminGoal, AdminNeighbourhood, PER_PAGE};
use crate::accounts::role::Role;
use crate::db::Db;
use crate::goals::Goal;
use crate::ids::{AccountId, GoalId, NeighbourhoodId};
use crate::site::settings::Setting;
use crate::stored::Flag;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

type Tx = Transaction<'static, Any>;

// Accounts and roles

/// The `LIKE` pattern that narrows a search by name or email in the database. `LOWER` and
/// `LIKE` fold only ASCII letters on SQLite, so every other character of the search matches
/// any one character here, and the exact, Unicode-aware comparison is made afterwards
/// (`matches`). `%` and `_` typed by the administrator are matched as themselves.
fn prefilter_pattern(q_lower: &str) -> String {
    let mut pattern = String::from("%");
    for c in q_lower.chars() {
        match c {
            '\\' | '%' | '_' => {
                pattern.push('\\');
                pattern.push(c);
            }
            c if c.is_ascii() => pattern.push(c),
            _ => pattern.push('_'),
        }
    }
    pattern.push('%');
    pattern
}

/// Whether an account's name or email contains the lower-cased search.
fn matches(q_lower: &str, name: &str, email: &str) -> bool {
    name.to_lowercase().contains(q_lower) || email.to_lowercase().contains(q_lower)
}

/// One page of the accounts whose name or email contains `q`, in any case (every account
/// when `q` is empty), by name, with the roles each holds.
#[tracing::instrument(skip_all)]
pub async fn accounts(db: &Db, q: &str, page: i64) -> Result<AccountList, sqlx::Error> {
    let q = crate::text::search_term(q.trim()).to_lowercase();
    let pages_of = |total: i64| ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    type Row = (AccountId, String, String);
    let (rows, total, page, pages): (Vec<Row>, i64, i64, i64) = if q.is_empty() {
        let total: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL")
                .fetch_one(db.pool())
                .await?;
        let pages = pages_of(total);
        let page = page.clamp(1, pages);
        let rows = sqlx::query_as(&format!(
            "SELECT id, display_name, email FROM accounts WHERE deleted_at IS NULL \
             ORDER BY LOWER(display_name), id LIMIT {PER_PAGE} OFFSET {}",
            (page - 1) * PER_PAGE
        ))
        .fetch_all(db.pool())
        .await?;
        (rows, total, page, pages)
    } else {
        let candidates: Vec<Row> = sqlx::query_as(
            "SELECT id, display_name, email FROM accounts WHERE deleted_at IS NULL \
             AND (LOWER(display_name) LIKE $1 ESCAPE '\\' OR LOWER(email) LIKE $1 ESCAPE '\\') \
             ORDER BY LOWER(display_name), id",
        )
        .bind(prefilter_pattern(&q))
        .fetch_all(db.pool())
        .await?;
        let found: Vec<_> = candidates
            .into_iter()
            .filter(|(_, name, email)| matches(&q, name, email))
            .collect();
        let total = found.len() as i64;
        let pages = pages_of(total);
        let page = page.clamp(1, pages);
        let rows = found
            .into_iter()
            .skip(((page - 1) * PER_PAGE) as usize)
            .take(PER_PAGE as usize)
            .collect();
        (rows, total, page, pages)
    };
    let mut accounts: Vec<AdminAccount> = rows
        .into_iter()
        .map(|(id, display_name, email)| AdminAccount {
            id,
            display_name,
            email,
            roles: Vec::new(),
        })
        .collect();
    if !accounts.is_empty() {
        let placeholders = (1..=accounts.len())
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT account_id, role FROM account_roles WHERE account_id IN ({placeholders})"
        );
        let mut query = sqlx::query_as::<_, (AccountId, Role)>(&sql);
        for account in &accounts {
            query = query.bind(account.id);
        }
        for (account_id, role) in query.fetch_all(db.pool()).await? {
            if let Some(account) = accounts.iter_mut().find(|a| a.id == account_id) {
                account.roles.push(role);
            }
        }
        for account in &mut accounts {
            account.roles.sort();
        }
    }
    Ok(AccountList {
        accounts,
        total,
        page,
        pages,
    })
}

#[tracing::instrument(skip_all)]
pub async fn account_exists(db: &Db, account_id: AccountId) -> Result<bool, sqlx::Error> {
    let found: Option<AccountId> = sqlx::query_scalar("SELECT id FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(found.is_some())
}

/// The administrators' ids, locked until the transaction ends: two administrators changing
/// roles at once take turns, and the second one sees what the first one left.
#[tracing::instrument(skip_all)]
pub async fn administrators_locked(db: &Db, tx: &mut Tx) -> Result<Vec<AccountId>, sqlx::Error> {
    // Locked in one order, so that two transactions never each hold half of the rows.
    sqlx::query_scalar(&format!(
        "SELECT account_id FROM account_roles WHERE role = 'administrator' \
         ORDER BY account_id{}",
        db.lock_rows()
    ))
    .fetch_all(&mut **tx)
    .await
}

/// Grants a role; answers whether it was new (granting one already held changes nothing).
#[tracing::instrument(skip_all)]
pub async fn grant_role(
    tx: &mut Tx,
    account_id: AccountId,
    role: Role,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, role) DO NOTHING",
    )
    .bind(account_id)
    .bind(role)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Revokes a role; answers whether the account held it.
#[tracing::instrument(skip_all)]
pub async fn revoke_role(
    tx: &mut Tx,
    account_id: AccountId,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_roles WHERE account_id = $1 AND role = $2")
        .bind(account_id)
        .bind(role)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

// Neighbourhoods

/// Every neighbourhood, retired ones last, with how many accounts chose it.
#[tracing::instrument(skip_all)]
pub async fn neighbourhoods(db: &Db) -> Result<Vec<AdminNeighbourhood>, sqlx::Error> {
    let rows: Vec<(NeighbourhoodId, String, Option<i64>, Flag, i64)> = sqlx::query_as(
        "SELECT n.id, n.name, n.residents, n.retired, \
         (SELECT COUNT(*) FROM accounts a WHERE a.neighbourhood_id = n.id) \
         FROM neighbourhoods n ORDER BY n.retired, n.name",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, name, residents, retired, accounts)| AdminNeighbourhood {
                id,
                name,
                residents,
                retired: retired.get(),
                accounts,
            },
        )
        .collect())
}

/// A neighbourhood's name, residents and whether it is retired, read for a change.
#[tracing::instrument(skip_all)]
pub async fn neighbourhood(
    tx: &mut Tx,
    id: NeighbourhoodId,
) -> Result<Option<(String, Option<i64>, bool)>, sqlx::Error> {
    let row: Option<(String, Option<i64>, Flag)> =
        sqlx::query_as("SELECT name, residents, retired FROM neighbourhoods WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(row.map(|(name, residents, retired)| (name, residents, retired.get())))
}

/// Adds a neighbourhood and answers its id; a taken name fails with a unique violation.
#[tracing::instrument(skip_all)]
pub async fn add_neighbourhood(
    tx: &mut Tx,
    name: &str,
    residents: Option<i64>,
    now: Timestamp,
) -> Result<NeighbourhoodId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO neighbourhoods (name, residents, created_at) VALUES ($1, $2, $3) \
         RETURNING id",
    )
    .bind(name)
    .bind(residents)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
}

/// Renames a neighbourhood and sets its residents; a taken name fails with a unique violation.
#[tracing::instrument(skip_all)]
pub async fn update_neighbourhood(
    tx: &mut Tx,
    id: NeighbourhoodId,
    name: &str,
    residents: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE neighbourhoods SET name = $1, residents = $2 WHERE id = $3")
        .bind(name)
        .bind(residents)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Retires or reinstates a neighbourhood; answers whether that changed anything.
#[tracing::instrument(skip_all)]
pub async fn set_neighbourhood_retired(
    tx: &mut Tx,
    id: NeighbourhoodId,
    retired: bool,
) -> Result<bool, sqlx::Error> {
    let flag = Flag::from(retired);
    let done =
        sqlx::query("UPDATE neighbourhoods SET retired = $1 WHERE id = $2 AND retired <> $1")
            .bind(flag)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() > 0)
}

// Goals

type GoalRow = (
    GoalId,
    i64,
    String,
    String,
    String,
    String,
    Option<Timestamp>,
    i64,
);

/// Every goal, retired ones included, in the policy's order, with how many initiatives are
/// tied to each.
#[tracing::instrument(skip_all)]
pub async fn goals(db: &Db) -> Result<Vec<AdminGoal>, sqlx::Error> {
    let rows: Vec<GoalRow> = sqlx::query_as(
        "SELECT g.id, g.position, g.title_da, g.title_en, g.summary_da, g.summary_en, \
         g.retired_at, (SELECT COUNT(*) FROM initiative_goals ig WHERE ig.goal_id = g.id) \
         FROM goals g ORDER BY g.position",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, position, title_da, title_en, summary_da, summary_en, retired_at, tied)| {
                AdminGoal {
                    goal: Goal {
                        id,
                        position,
                        title_da,
                        title_en,
                        summary_da,
                        summary_en,
                        retired: retired_at.is_some(),
                    },
                    initiatives: tied,
                }
            },
        )
        .collect())
}

/// A goal's four texts, read for a change.
#[tracing::instrument(skip_all)]
pub async fn goal_texts(tx: &mut Tx, id: GoalId) -> Result<Option<[String; 4]>, sqlx::Error> {
    let row: Option<(String, String, String, String)> = sqlx::query_as(
        "SELECT title_da, title_en, summary_da, summary_en FROM goals WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(a, b, c, d)| [a, b, c, d]))
}

/// Adds a goal after the last one; answers its id and number. Two administrators adding at
/// the same moment on PostgreSQL can pick the same number: the UNIQUE position refuses the
/// second, which the caller retries.
#[tracing::instrument(skip_all)]
pub async fn add_goal(tx: &mut Tx, texts: &[String; 4]) -> Result<(GoalId, i64), sqlx::Error> {
    sqlx::query_as(
        "INSERT INTO goals (position, title_da, title_en, summary_da, summary_en) \
         SELECT COALESCE(MAX(position), 0) + 1, $1, $2, $3, $4 FROM goals \
         RETURNING id, position",
    )
    .bind(&texts[0])
    .bind(&texts[1])
    .bind(&texts[2])
    .bind(&texts[3])
    .fetch_one(&mut **tx)
    .await
}

#[tracing::instrument(skip_all)]
pub async fn update_goal(tx: &mut Tx, id: GoalId, texts: &[String; 4]) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE goals SET title_da = $1, title_en = $2, summary_da = $3, summary_en = $4 \
         WHERE id = $5",
    )
    .bind(&texts[0])
    .bind(&texts[1])
    .bind(&texts[2])
    .bind(&texts[3])
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Retires a goal (`Some(now)`) or reinstates it (`None`); answers whether that changed
/// anything.
#[tracing::instrument(skip_all)]
pub async fn set_goal_retired(
    tx: &mut Tx,
    id: GoalId,
    retired_at: Option<Timestamp>,
) -> Result<bool, sqlx::Error> {
    let sql = if retired_at.is_some() {
        "UPDATE goals SET retired_at = $1 WHERE id = $2 AND retired_at IS NULL"
    } else {
        "UPDATE goals SET retired_at = $1 WHERE id = $2 AND retired_at IS NOT NULL"
    };
    let done = sqlx::query(sql)
        .bind(retired_at)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

#[tracing::instrument(skip_all)]
pub async fn goal_exists(db: &Db, id: GoalId) -> Result<bool, sqlx::Error> {
    let found: Option<GoalId> = sqlx::query_scalar("SELECT id FROM goals WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(found.is_some())
}

// Site settings

/// Stores a setting, or removes it when `value` is `None`.
#[tracing::instrument(skip_all)]
pub async fn set_site_setting(
    tx: &mut Tx,
    setting: Setting,
    value: Option<&str>,
) -> Result<(), sqlx::Error> {
    match value {
        Some(value) => {
            sqlx::query(
                "INSERT INTO site_settings (key, value) VALUES ($1, $2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .bind(setting.as_str())
            .bind(value)
            .execute(&mut **tx)
            .await?
        }
        None => {
            sqlx::query("DELETE FROM site_settings WHERE key = $1")
                .bind(setting.as_str())
                .execute(&mut **tx)
                .await?
        }
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{matches, prefilter_pattern};

    #[test]
    fn the_prefilter_matches_typed_wildcards_as_themselves_and_any_letter_for_non_ascii() {
        assert_eq!(prefilter_pattern("ærø_50%"), "%_r_\\_50\\%%");
        assert_eq!(prefilter_pattern("mette"), "%mette%");
    }

    #[test]
    fn a_search_matches_name_or_email_in_any_case() {
        assert!(matches("ærø", "Mette Ærø", "m@example.dk"));
        assert!(matches("example.dk", "Mette", "m@example.dk"));
        assert!(!matches("aero", "Mette Ærø", "m@example.dk"));
    }
}
