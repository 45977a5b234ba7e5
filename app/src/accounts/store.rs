//! The accounts' queries, one function per question asked of the database.

use super::Account;
use super::role::Role;
use crate::db::{Db, now};
use crate::time::LocalDateTime;
use sqlx::{Any, Executor};

/// What log-in needs to know about an account.
pub struct Credentials {
    pub account_id: i64,
    pub password_hash: String,
    pub session_version: i64,
}

#[tracing::instrument(skip_all)]
pub async fn credentials_by_email(
    db: &Db,
    email: &str,
) -> Result<Option<Credentials>, sqlx::Error> {
    let row: Option<(i64, String, i64)> =
        sqlx::query_as("SELECT id, password_hash, session_version FROM accounts WHERE email = $1")
            .bind(email)
            .fetch_optional(db.pool())
            .await?;
    Ok(
        row.map(|(account_id, password_hash, session_version)| Credentials {
            account_id,
            password_hash,
            session_version,
        }),
    )
}

#[tracing::instrument(skip_all)]
pub async fn password_hash(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(db.pool())
        .await
}

/// The account a session belongs to, if the session is still valid for it.
#[tracing::instrument(skip_all)]
pub async fn account_for_session(
    db: &Db,
    account_id: i64,
    session_version: i64,
) -> Result<Option<Account>, sqlx::Error> {
    type Row = (i64, String, String, Option<i64>, Option<String>, i64);
    let row: Option<Row> = sqlx::query_as(
        "SELECT a.id, a.email, a.display_name, a.neighbourhood_id, n.name, a.created_at \
         FROM accounts a LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id \
         WHERE a.id = $1 AND a.session_version = $2",
    )
    .bind(account_id)
    .bind(session_version)
    .fetch_optional(db.pool())
    .await?;
    let Some((id, email, display_name, neighbourhood_id, neighbourhood_name, created)) = row else {
        return Ok(None);
    };
    let roles = roles_of(db, id).await?;
    Ok(Some(Account {
        id,
        email,
        display_name,
        neighbourhood_id,
        neighbourhood_name,
        roles,
        created_at: LocalDateTime::from_utc_seconds(created),
        session_version,
    }))
}

#[tracing::instrument(skip_all)]
pub async fn roles_of(db: &Db, account_id: i64) -> Result<Vec<Role>, sqlx::Error> {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT role FROM account_roles WHERE account_id = $1 ORDER BY role")
            .bind(account_id)
            .fetch_all(db.pool())
            .await?;
    Ok(names.iter().filter_map(|name| Role::parse(name)).collect())
}

/// A new account's details, already validated.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub neighbourhood_id: Option<i64>,
}

/// Inserts an account and answers its id. A taken email fails with a unique violation,
/// which the caller turns into a message; the database is what guarantees uniqueness.
pub async fn insert_account<'c, E>(
    executor: E,
    account: &NewAccount<'_>,
) -> Result<i64, sqlx::Error>
where
    E: Executor<'c, Database = Any>,
{
    sqlx::query_scalar(
        "INSERT INTO accounts (email, display_name, password_hash, neighbourhood_id, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(account.email)
    .bind(account.display_name)
    .bind(account.password_hash)
    .bind(account.neighbourhood_id)
    .bind(now())
    .fetch_one(executor)
    .await
}

#[tracing::instrument(skip_all)]
pub async fn update_profile(
    db: &Db,
    account_id: i64,
    display_name: &str,
    neighbourhood_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET display_name = $1, neighbourhood_id = $2 WHERE id = $3")
        .bind(display_name)
        .bind(neighbourhood_id)
        .bind(account_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Stores a new password hash and ends every other session, answering the new session
/// version for the session that made the change.
#[tracing::instrument(skip_all)]
pub async fn set_password(
    db: &Db,
    account_id: i64,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE accounts SET password_hash = $1, session_version = session_version + 1 \
         WHERE id = $2 RETURNING session_version",
    )
    .bind(password_hash)
    .bind(account_id)
    .fetch_one(db.pool())
    .await
}

#[tracing::instrument(skip_all)]
pub async fn account_id_by_email(db: &Db, email: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_optional(db.pool())
        .await
}

/// Grants a role; granting one already held changes nothing.
#[tracing::instrument(skip_all)]
pub async fn grant_role(db: &Db, account_id: i64, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, role) DO NOTHING",
    )
    .bind(account_id)
    .bind(role.as_str())
    .bind(now())
    .execute(db.pool())
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn revoke_role(db: &Db, account_id: i64, role: Role) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_roles WHERE account_id = $1 AND role = $2")
        .bind(account_id)
        .bind(role.as_str())
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Failed log-ins for `email` since `since` (UTC seconds).
#[tracing::instrument(skip_all)]
pub async fn recent_login_failures(db: &Db, email: &str, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM login_failures WHERE email = $1 AND failed_at >= $2")
        .bind(email)
        .bind(since)
        .fetch_one(db.pool())
        .await
}

#[tracing::instrument(skip_all)]
pub async fn record_login_failure(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_failures (email, failed_at) VALUES ($1, $2)")
        .bind(email)
        .bind(now())
        .execute(db.pool())
        .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn clear_login_failures(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failures WHERE email = $1")
        .bind(email)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Forgets failures older than `before`; they no longer count.
#[tracing::instrument(skip_all)]
pub async fn purge_login_failures(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM login_failures WHERE failed_at < $1")
        .bind(before)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

#[tracing::instrument(skip_all)]
pub async fn count_accounts(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM accounts")
        .fetch_one(db.pool())
        .await
}
