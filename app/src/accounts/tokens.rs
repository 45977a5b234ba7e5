//! Single-use links by email: confirming an address (valid 48 hours) and setting a new
//! password (valid one hour). The link carries 256 random bits; the database keeps only
//! their SHA-256, so reading the table opens nothing. Taking a token and marking it used is
//! one guarded statement, so two clicks on the same link cannot both succeed.

use crate::db::Db;
use crate::ids::AccountId;
use crate::timestamp::{HOUR, Timestamp};
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

crate::stored_enum! {
    /// What a link by email is for.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Purpose {
        ConfirmEmail = "confirm_email",
        ResetPassword = "reset_password",
    }
}

impl Purpose {
    /// How long a link stays valid.
    pub fn lifetime(self) -> i64 {
        match self {
            Purpose::ConfirmEmail => 48 * HOUR,
            Purpose::ResetPassword => HOUR,
        }
    }
}

/// Why a link does not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No such link (mistyped, forged, or for something else).
    Unknown,
    Used,
    Expired,
}

/// A token as the link carries it: 64 hexadecimal characters.
pub fn new_token() -> String {
    use rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.trim().as_bytes()))
}

/// Stores a new link for `account`, sent to `email`, and answers the token to put in it.
/// Earlier unused links for the same purpose stop working: only the newest one counts.
pub async fn issue(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
    purpose: Purpose,
    email: &str,
    now: Timestamp,
) -> Result<String, sqlx::Error> {
    sqlx::query(
        "UPDATE account_tokens SET used_at = $1 \
         WHERE account_id = $2 AND purpose = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(account)
    .bind(purpose)
    .execute(&mut **tx)
    .await?;
    let token = new_token();
    sqlx::query(
        "INSERT INTO account_tokens (account_id, purpose, token_hash, email, created_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(account)
    .bind(purpose)
    .bind(hash(&token))
    .bind(email)
    .bind(now)
    .bind(now.plus(purpose.lifetime()))
    .execute(&mut **tx)
    .await?;
    Ok(token)
}

/// What a valid link was for.
#[derive(Debug, sqlx::FromRow)]
pub struct Taken {
    pub account_id: AccountId,
    /// The address the link was sent to.
    pub email: String,
}

/// Uses the link: valid, unused and unexpired, it is marked used in the same statement and
/// its account answered; otherwise why not.
pub async fn take(
    tx: &mut Transaction<'static, Any>,
    purpose: Purpose,
    token: &str,
    now: Timestamp,
) -> Result<Result<Taken, Refused>, sqlx::Error> {
    let hashed = hash(token);
    let taken: Option<Taken> = sqlx::query_as(
        "UPDATE account_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING account_id, email",
    )
    .bind(now)
    .bind(&hashed)
    .bind(purpose)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(taken) = taken {
        return Ok(Ok(taken));
    }
    Ok(Err(why_not(&mut **tx, purpose, &hashed).await?))
}

/// Whether a link would work now, without using it: for the page the link opens.
pub async fn check(
    db: &Db,
    purpose: Purpose,
    token: &str,
    now: Timestamp,
) -> Result<Result<(), Refused>, sqlx::Error> {
    let hashed = hash(token);
    let valid: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM account_tokens WHERE token_hash = $1 AND purpose = $2 \
         AND used_at IS NULL AND expires_at > $3",
    )
    .bind(&hashed)
    .bind(purpose)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    if valid.is_some() {
        return Ok(Ok(()));
    }
    Ok(Err(why_not(db.pool(), purpose, &hashed).await?))
}

async fn why_not<'c, E>(executor: E, purpose: Purpose, hashed: &str) -> Result<Refused, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = Any>,
{
    let row: Option<(Option<Timestamp>,)> =
        sqlx::query_as("SELECT used_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2")
            .bind(hashed)
            .bind(purpose)
            .fetch_optional(executor)
            .await?;
    Ok(match row {
        None => Refused::Unknown,
        Some((Some(_),)) => Refused::Used,
        Some((None,)) => Refused::Expired,
    })
}

/// Forgets links that expired more than a day ago (kept that long so that a late click is
/// told "expired", not "unknown").
pub async fn purge(db: &Db, now: Timestamp) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM account_tokens WHERE expires_at < $1")
        .bind(now.minus(24 * HOUR))
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_stored_only_as_a_hash() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
        assert_ne!(hash(&a), a);
        assert_eq!(
            hash(&a),
            hash(&format!(" {a} ")),
            "pasted with a space, it still works"
        );
    }

    #[test]
    fn a_reset_link_lasts_an_hour_and_a_confirmation_two_days() {
        assert_eq!(Purpose::ResetPassword.lifetime(), 3_600);
        assert_eq!(Purpose::ConfirmEmail.lifetime(), 48 * 3_600);
    }
}
