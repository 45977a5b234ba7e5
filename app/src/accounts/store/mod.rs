//! The accounts' queries, one function per question asked of the database; a person's own
//! data (the download and the erasure) in `personal_data`.

pub mod personal_data;

use super::Account;
use super::role::Role;
use crate::db::{Db, now};
use crate::i18n::Lang;
use crate::ids::{AccountId, NeighbourhoodId};
use crate::stored::Flag;
use crate::timestamp::Timestamp;
use sqlx::{Any, Executor, Transaction};

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
    sqlx::query_as(
        "SELECT id, password_hash, session_version FROM accounts \
         WHERE email = $1 AND deleted_at IS NULL",
    )
    .bind(email)
    .fetch_optional(db.pool())
    .await
}

/// Where to write to an account: its address, name and language.
#[derive(Debug, sqlx::FromRow)]
pub struct Contact {
    pub id: AccountId,
    pub email: String,
    pub display_name: String,
    language: String,
}

impl Contact {
    pub fn language(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or_default()
    }
}

/// The account with this address (stored lower-cased), if it has not been deleted.
#[tracing::instrument(skip_all)]
pub async fn contact_by_email(db: &Db, email: &str) -> Result<Option<Contact>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, email, display_name, language FROM accounts \
         WHERE email = $1 AND deleted_at IS NULL",
    )
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

/// When a suspension `s` is in force at the moment bound as `$2`: it is not lifted and its
/// end has not come. Here, beside the account read that checks it on every request;
/// `suspension::store` uses it for everything else.
pub const SUSPENSION_IN_FORCE: &str =
    "s.lifted_at IS NULL AND (s.ends_at IS NULL OR s.ends_at > $2)";

/// An account as a request sees it: the account, and whether a suspension is in force.
pub struct Standing {
    pub account: Account,
    pub suspended: bool,
}

/// The account a session belongs to, if the session is still valid for it.
#[tracing::instrument(skip_all)]
pub async fn account_for_session(
    db: &Db,
    account_id: AccountId,
    session_version: i64,
) -> Result<Option<Standing>, sqlx::Error> {
    Ok(standing_by_id(db, account_id, now())
        .await?
        .filter(|standing| standing.account.session_version == session_version))
}

/// An account as its owner's pages show it.
pub async fn account_by_id(db: &Db, id: AccountId) -> Result<Option<Account>, sqlx::Error> {
    Ok(standing_by_id(db, id, now())
        .await?
        .map(|standing| standing.account))
}

/// The account with its roles and whether it is suspended at `at`, in one statement: every
/// request from a logged-in person starts here, so it is one round trip, not three. The
/// roles come as one row each (most accounts have none, so one row).
#[tracing::instrument(skip_all)]
async fn standing_by_id(
    db: &Db,
    id: AccountId,
    at: Timestamp,
) -> Result<Option<Standing>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: AccountId,
        email: String,
        display_name: String,
        neighbourhood_id: Option<NeighbourhoodId>,
        neighbourhood_name: Option<String>,
        created_at: Timestamp,
        session_version: i64,
        email_confirmed_at: Option<Timestamp>,
        pending_email: Option<String>,
        language: String,
        email_digest: Flag,
        role: Option<Role>,
        suspended: Flag,
    }
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT a.id, a.email, a.display_name, a.neighbourhood_id, n.name AS neighbourhood_name, \
         a.created_at, a.session_version, a.email_confirmed_at, a.pending_email, a.language, \
         a.email_digest, r.role, \
         CASE WHEN EXISTS (SELECT 1 FROM suspensions s \
           WHERE s.account_id = a.id AND {SUSPENSION_IN_FORCE}) THEN 1 ELSE 0 END AS suspended \
         FROM accounts a LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id \
         LEFT JOIN account_roles r ON r.account_id = a.id \
         WHERE a.id = $1 AND a.deleted_at IS NULL ORDER BY r.role"
    ))
    .bind(id)
    .bind(at)
    .fetch_all(db.pool())
    .await?;
    let mut rows = rows.into_iter();
    let Some(row) = rows.next() else {
        return Ok(None);
    };
    let roles = row
        .role
        .into_iter()
        .chain(rows.filter_map(|r| r.role))
        .collect();
    Ok(Some(Standing {
        account: Account {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            neighbourhood_id: row.neighbourhood_id,
            neighbourhood_name: row.neighbourhood_name,
            roles,
            created_at: row.created_at.local(),
            confirmed: row.email_confirmed_at.is_some(),
            pending_email: row.pending_email,
            language: Lang::from_code(&row.language).unwrap_or_default(),
            email_digest: row.email_digest.get(),
            session_version: row.session_version,
        },
        suspended: row.suspended.get(),
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
    pub language: Lang,
    /// `None`: the owner has not yet opened the link sent to `email`.
    pub confirmed_at: Option<Timestamp>,
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
        "INSERT INTO accounts (email, display_name, password_hash, neighbourhood_id, language, \
         email_confirmed_at, created_at, unsubscribe_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(account.email)
    .bind(account.display_name)
    .bind(account.password_hash)
    .bind(account.neighbourhood_id)
    .bind(account.language.code())
    .bind(account.confirmed_at)
    .bind(account.created_at)
    .bind(super::tokens::new_token())
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

#[tracing::instrument(skip_all)]
pub async fn count_accounts(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM accounts")
        .fetch_one(db.pool())
        .await
}

/// An account's addresses, as a confirmation link needs them.
#[derive(sqlx::FromRow)]
pub struct Addresses {
    pub email: String,
    pub pending_email: Option<String>,
    pub session_version: i64,
}

pub async fn addresses(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
) -> Result<Option<Addresses>, sqlx::Error> {
    sqlx::query_as(
        "SELECT email, pending_email, session_version FROM accounts \
         WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(account)
    .fetch_optional(&mut **tx)
    .await
}

/// The account's address is confirmed (it stays confirmed from the first time).
pub async fn confirm_email(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET email_confirmed_at = COALESCE(email_confirmed_at, $1) WHERE id = $2",
    )
    .bind(now)
    .bind(account)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The new address, confirmed, takes the old one's place; fails with a unique violation
/// when another account took it meanwhile.
pub async fn move_to_pending_email(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    email: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET email = pending_email, pending_email = NULL, \
         email_confirmed_at = $1 WHERE id = $2 AND pending_email = $3",
    )
    .bind(now)
    .bind(account)
    .bind(email)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn set_pending_email(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    email: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET pending_email = $1 WHERE id = $2")
        .bind(email)
        .bind(account)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Stores a new password from a reset link sent to `email`, ends every session, and
/// confirms the address if it is still the account's. Answers the new session version.
pub async fn reset_password(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    password_hash: &str,
    email: &str,
    now: Timestamp,
) -> Result<Option<i64>, sqlx::Error> {
    let version: Option<i64> = sqlx::query_scalar(
        "UPDATE accounts SET password_hash = $1, session_version = session_version + 1, \
         email_confirmed_at = CASE WHEN email = $2 THEN COALESCE(email_confirmed_at, $3) \
         ELSE email_confirmed_at END WHERE id = $4 AND deleted_at IS NULL \
         RETURNING session_version",
    )
    .bind(password_hash)
    .bind(email)
    .bind(now)
    .bind(account)
    .fetch_optional(&mut **tx)
    .await?;
    end_sessions(&mut **tx, account).await?;
    Ok(version)
}

/// Ends every session of the account (its rows go; the session version, raised by the
/// caller, refuses any copy).
pub async fn end_sessions<'c, E>(executor: E, account: AccountId) -> Result<(), sqlx::Error>
where
    E: Executor<'c, Database = Any>,
{
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account)
        .execute(executor)
        .await?;
    Ok(())
}

/// The language of the account's emails and pages.
pub async fn set_language(db: &Db, account: AccountId, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET language = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(account)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// A weekly digest instead of single emails, or not.
pub async fn set_digest(db: &Db, account: AccountId, digest: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET email_digest = $1 WHERE id = $2")
        .bind(Flag::from(digest))
        .bind(account)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Deletes accounts whose address nobody confirmed since `before`. They could reach no one,
/// so nothing else refers to them but their own links and sessions, which go with them.
pub async fn purge_unconfirmed(db: &Db, before: Timestamp) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM accounts WHERE email_confirmed_at IS NULL AND deleted_at IS NULL \
         AND created_at < $1",
    )
    .bind(before)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected())
}
