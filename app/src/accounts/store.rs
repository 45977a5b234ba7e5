//! The accounts' queries, one function per question asked of the database.

use super::Account;
use super::role::Role;
use crate::db::{Db, now};
use crate::ids::{AccountId, NeighbourhoodId};
use crate::timestamp::Timestamp;
use sqlx::{Any, Executor};

/// What log-in needs to know about an account.
#[derive(sqlx::FromRow)]
pub struct Credentials {
    #[sqlx(rename = "id")]
    pub account_id: AccountId,
    pub password_hash: String,
    pub session_version: i64,
}

#[tracing::instrument(skip_all)]
pub async fn credentials_by_email(
    db: &Db,
    email: &str,
) -> Result<Option<Credentials>, sqlx::Error> {
    sqlx::query_as("SELECT id, password_hash, session_version FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_optional(db.pool())
        .await
}

#[tracing::instrument(skip_all)]
pub async fn password_hash(db: &Db, account_id: AccountId) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(db.pool())
        .await
}

/// The account a session belongs to, if the session is still valid for it.
#[tracing::instrument(skip_all)]
pub async fn account_for_session(
    db: &Db,
    account_id: AccountId,
    session_version: i64,
) -> Result<Option<Account>, sqlx::Error> {
    Ok(account_by_id(db, account_id)
        .await?
        .filter(|account| account.session_version == session_version))
}

/// An account as its owner's pages show it.
#[tracing::instrument(skip_all)]
pub async fn account_by_id(db: &Db, id: AccountId) -> Result<Option<Account>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: AccountId,
        email: String,
        display_name: String,
        neighbourhood_id: Option<NeighbourhoodId>,
        neighbourhood_name: Option<String>,
        created_at: Timestamp,
        session_version: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT a.id, a.email, a.display_name, a.neighbourhood_id, n.name AS neighbourhood_name, \
         a.created_at, a.session_version \
         FROM accounts a LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let roles = roles_of(db, row.id).await?;
    Ok(Some(Account {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        neighbourhood_id: row.neighbourhood_id,
        neighbourhood_name: row.neighbourhood_name,
        roles,
        created_at: row.created_at.local(),
        session_version: row.session_version,
    }))
}

#[tracing::instrument(skip_all)]
pub async fn roles_of(db: &Db, account_id: AccountId) -> Result<Vec<Role>, sqlx::Error> {
    sqlx::query_scalar("SELECT role FROM account_roles WHERE account_id = $1 ORDER BY role")
        .bind(account_id)
        .fetch_all(db.pool())
        .await
}

/// A new account's details, already validated.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub created_at: Timestamp,
}

/// Inserts an account and answers its id. A taken email fails with a unique violation,
/// which the caller turns into a message; the database is what guarantees uniqueness.
pub async fn insert_account<'c, E>(
    executor: E,
    account: &NewAccount<'_>,
) -> Result<AccountId, sqlx::Error>
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
    .bind(account.created_at)
    .fetch_one(executor)
    .await
}

#[tracing::instrument(skip_all)]
pub async fn update_profile(
    db: &Db,
    account_id: AccountId,
    display_name: &str,
    neighbourhood_id: Option<NeighbourhoodId>,
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
    account_id: AccountId,
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
pub async fn account_id_by_email(db: &Db, email: &str) -> Result<Option<AccountId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_optional(db.pool())
        .await
}

/// Grants a role; granting one already held changes nothing.
#[tracing::instrument(skip_all)]
pub async fn grant_role(db: &Db, account_id: AccountId, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, role) DO NOTHING",
    )
    .bind(account_id)
    .bind(role)
    .bind(now())
    .execute(db.pool())
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn revoke_role(db: &Db, account_id: AccountId, role: Role) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_roles WHERE account_id = $1 AND role = $2")
        .bind(account_id)
        .bind(role)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Failed log-ins for `email` since `since` (UTC seconds).
#[tracing::instrument(skip_all)]
pub async fn recent_login_failures(
    db: &Db,
    email: &str,
    since: Timestamp,
) -> Result<i64, sqlx::Error> {
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
pub async fn purge_login_failures(db: &Db, before: Timestamp) -> Result<u64, sqlx::Error> {
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
