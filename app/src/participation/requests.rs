//! Requests to become a further initiator: the queries.

use crate::db::{Db, now};
use sqlx::{Any, Transaction};

/// Asks to become an initiator; asking again after a decline reopens the request.
#[tracing::instrument(skip_all)]
pub async fn ask(db: &Db, initiative_id: i64, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO initiator_requests (initiative_id, account_id, state, created_at) \
         VALUES ($1, $2, 'pending', $3) \
         ON CONFLICT (initiative_id, account_id) DO UPDATE \
         SET state = 'pending', created_at = excluded.created_at, decided_by = NULL, decided_at = NULL",
    )
    .bind(initiative_id)
    .bind(account_id)
    .bind(now())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The viewer's own request's state ("pending", "accepted", "declined"), if any.
#[tracing::instrument(skip_all)]
pub async fn state_of(
    db: &Db,
    initiative_id: i64,
    account_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT state FROM initiator_requests WHERE initiative_id = $1 AND account_id = $2",
    )
    .bind(initiative_id)
    .bind(account_id)
    .fetch_optional(db.pool())
    .await
}

/// Pending requests of an initiative, oldest first: (request id, the asker's name).
#[tracing::instrument(skip_all)]
pub async fn pending(db: &Db, initiative_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.id, a.display_name FROM initiator_requests r JOIN accounts a ON a.id = r.account_id \
         WHERE r.initiative_id = $1 AND r.state = 'pending' ORDER BY r.created_at, r.id",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await
}

/// A pending request's initiative and asker.
#[tracing::instrument(skip_all)]
pub async fn pending_by_id(db: &Db, request_id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT initiative_id, account_id FROM initiator_requests WHERE id = $1 AND state = 'pending'",
    )
    .bind(request_id)
    .fetch_optional(db.pool())
    .await
}

/// Records the decision; answers false when the request was no longer pending (decided by
/// another initiator at the same moment).
pub async fn decide(
    tx: &mut Transaction<'static, Any>,
    request_id: i64,
    accepted: bool,
    decided_by: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE initiator_requests SET state = $1, decided_by = $2, decided_at = $3 \
         WHERE id = $4 AND state = 'pending'",
    )
    .bind(if accepted { "accepted" } else { "declined" })
    .bind(decided_by)
    .bind(now())
    .bind(request_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}
