//! Taking part: joining, changing level and leaving, each in one write transaction that
//! also records the event the politicians' summaries count from. The unique key on
//! (initiative, account) is what keeps one participation per person, however requests race.

use super::level::Level;
use crate::db::Db;
use crate::error::{AppError, FormCheck, Problem};
use crate::ids::{AccountId, InitiativeId};
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

crate::stored_enum! {
    /// What happened to a participation, as `participation_events.kind` stores it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum EventKind {
        Joined = "joined",
        Changed = "changed",
        Left = "left",
    }
}

async fn record(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
    account_id: AccountId,
    kind: EventKind,
    level: Level,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO participation_events (initiative_id, account_id, kind, level, at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(initiative_id)
    .bind(account_id)
    .bind(kind)
    .bind(level)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Makes the author the first initiator of a new initiative.
pub async fn insert_initiator(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
    account_id: AccountId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO participations (initiative_id, account_id, level, joined_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(initiative_id)
    .bind(account_id)
    .bind(Level::Initiator)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    record(
        tx,
        initiative_id,
        account_id,
        EventKind::Joined,
        Level::Initiator,
        at,
    )
    .await
}

pub(crate) async fn initiators_in(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM participations WHERE initiative_id = $1 AND level = $2",
    )
    .bind(initiative_id)
    .bind(Level::Initiator)
    .fetch_one(&mut **tx)
    .await
}

pub(crate) fn last_initiator() -> AppError {
    let mut check = FormCheck::new();
    check.fail("level", Problem::LastInitiator);
    check.into_error()
}

/// The form's answer when the initiative stopped taking part meanwhile (withdrawn, hidden,
/// decided): nothing was stored.
pub fn closed_meanwhile() -> AppError {
    let mut check = FormCheck::new();
    check.fail("level", Problem::ChangedMeanwhile);
    check.into_error()
}

/// Joins at `level`, or changes to it, inside the caller's transaction, which holds the
/// initiative open for taking part (`initiatives::store::hold_open`). The caller has checked
/// that the level may be chosen.
pub async fn join(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
    account_id: AccountId,
    level: Level,
    at: Timestamp,
) -> Result<(), AppError> {
    // Try to insert first: of two racing requests exactly one inserts, the other updates.
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO participations (initiative_id, account_id, level, joined_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) ON CONFLICT (initiative_id, account_id) DO NOTHING RETURNING id",
    )
    .bind(initiative_id)
    .bind(account_id)
    .bind(level)
    .bind(at)
    .fetch_optional(&mut **tx)
    .await?;
    if inserted.is_some() {
        record(tx, initiative_id, account_id, EventKind::Joined, level, at).await?;
        return Ok(());
    }
    let current = level_of(&mut **tx, initiative_id, account_id).await?;
    if current == Some(level) {
        return Ok(());
    }
    if current == Some(Level::Initiator) && initiators_in(tx, initiative_id).await? <= 1 {
        return Err(last_initiator());
    }
    sqlx::query(
        "UPDATE participations SET level = $1, updated_at = $2 \
         WHERE initiative_id = $3 AND account_id = $4",
    )
    .bind(level)
    .bind(at)
    .bind(initiative_id)
    .bind(account_id)
    .execute(&mut **tx)
    .await?;
    record(tx, initiative_id, account_id, EventKind::Changed, level, at).await?;
    Ok(())
}

/// Leaves an initiative, inside the caller's transaction; the last initiator cannot.
pub async fn leave(
    tx: &mut Transaction<'static, Any>,
    initiative_id: InitiativeId,
    account_id: AccountId,
    at: Timestamp,
) -> Result<(), AppError> {
    let Some(level) = level_of(&mut **tx, initiative_id, account_id).await? else {
        return Ok(());
    };
    if level == Level::Initiator && initiators_in(tx, initiative_id).await? <= 1 {
        return Err(last_initiator());
    }
    sqlx::query("DELETE FROM participations WHERE initiative_id = $1 AND account_id = $2")
        .bind(initiative_id)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    record(tx, initiative_id, account_id, EventKind::Left, level, at).await?;
    Ok(())
}

/// How many take part at each level, every level listed (zero included). Read from
/// `initiative_counts`, which the database keeps exact on every join, level change and
/// leave (see its migrations), not by grouping the initiative's participations: the
/// generated set's most joined initiative has 11,280 of them.
#[tracing::instrument(skip_all)]
pub async fn counts(
    db: &Db,
    initiative_id: InitiativeId,
) -> Result<Vec<(Level, i64)>, sqlx::Error> {
    let kept: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT observing, active, co_creating, initiator FROM initiative_counts \
         WHERE initiative_id = $1",
    )
    .bind(initiative_id)
    .fetch_optional(db.pool())
    .await?;
    let (observing, active, co_creating, initiator) = kept.unwrap_or_default();
    Ok(vec![
        (Level::Observing, observing),
        (Level::Active, active),
        (Level::CoCreating, co_creating),
        (Level::Initiator, initiator),
    ])
}

/// The level a person takes part at, if any; on the pool or inside a transaction.
pub async fn level_of<'c, E>(
    executor: E,
    initiative_id: InitiativeId,
    account_id: AccountId,
) -> Result<Option<Level>, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = Any>,
{
    sqlx::query_scalar(
        "SELECT level FROM participations WHERE initiative_id = $1 AND account_id = $2",
    )
    .bind(initiative_id)
    .bind(account_id)
    .fetch_optional(executor)
    .await
}

/// The accounts that are initiators of an initiative, first to join first.
#[tracing::instrument(skip_all)]
pub async fn initiators<'c, E>(
    executor: E,
    initiative_id: InitiativeId,
) -> Result<Vec<AccountId>, sqlx::Error>
where
    E: sqlx::Executor<'c, Database = Any>,
{
    sqlx::query_scalar(
        "SELECT account_id FROM participations WHERE initiative_id = $1 AND level = $2 \
         ORDER BY joined_at, id",
    )
    .bind(initiative_id)
    .bind(Level::Initiator)
    .fetch_all(executor)
    .await
}
