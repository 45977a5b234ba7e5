//! Requests to become a further initiator: the request's states, and (on the server) the
//! queries. One request per person per initiative: asking again after a decline reopens it.

use serde::{Deserialize, Serialize};

crate::stored_enum! {
    /// Where a request to become an initiator stands.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum RequestState {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
    }
}

/// A pending request to become a further initiator, as the initiators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct InitiatorRequest {
    pub id: crate::ids::InitiatorRequestId,
    /// The asker's display name.
    pub name: String,
}

#[cfg(feature = "ssr")]
pub use queries::*;

#[cfg(feature = "ssr")]
mod queries {
    use super::{InitiatorRequest, RequestState};
    use crate::db::Db;
    use crate::ids::{AccountId, InitiativeId, InitiatorRequestId};
    use crate::timestamp::Timestamp;
    use sqlx::{Any, Transaction};

    /// Asks to become an initiator; asking again after a decline reopens the request.
    /// Answers whether this opened a request (asking twice while it waits does not).
    pub async fn ask(
        tx: &mut Transaction<'static, Any>,
        initiative_id: InitiativeId,
        account_id: AccountId,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO initiator_requests (initiative_id, account_id, state, created_at) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (initiative_id, account_id) DO UPDATE \
             SET state = excluded.state, created_at = excluded.created_at, decided_by = NULL, \
                 decided_at = NULL WHERE initiator_requests.state <> excluded.state",
        )
        .bind(initiative_id)
        .bind(account_id)
        .bind(RequestState::Pending)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The viewer's own request's state, if any.
    #[tracing::instrument(skip_all)]
    pub async fn state_of(
        db: &Db,
        initiative_id: InitiativeId,
        account_id: AccountId,
    ) -> Result<Option<RequestState>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT state FROM initiator_requests WHERE initiative_id = $1 AND account_id = $2",
        )
        .bind(initiative_id)
        .bind(account_id)
        .fetch_optional(db.pool())
        .await
    }

    /// Pending requests of an initiative, oldest first.
    #[tracing::instrument(skip_all)]
    pub async fn pending(
        db: &Db,
        initiative_id: InitiativeId,
    ) -> Result<Vec<InitiatorRequest>, sqlx::Error> {
        sqlx::query_as(
            "SELECT r.id, a.display_name AS name FROM initiator_requests r \
             JOIN accounts a ON a.id = r.account_id \
             WHERE r.initiative_id = $1 AND r.state = $2 ORDER BY r.created_at, r.id",
        )
        .bind(initiative_id)
        .bind(RequestState::Pending)
        .fetch_all(db.pool())
        .await
    }

    /// A pending request, as deciding it needs it.
    #[derive(sqlx::FromRow)]
    pub struct Pending {
        pub initiative_id: InitiativeId,
        /// Who asked.
        pub account_id: AccountId,
    }

    /// A request, if it is still pending.
    #[tracing::instrument(skip_all)]
    pub async fn pending_by_id(
        db: &Db,
        request_id: InitiatorRequestId,
    ) -> Result<Option<Pending>, sqlx::Error> {
        sqlx::query_as(
            "SELECT initiative_id, account_id FROM initiator_requests \
             WHERE id = $1 AND state = $2",
        )
        .bind(request_id)
        .bind(RequestState::Pending)
        .fetch_optional(db.pool())
        .await
    }

    /// Records the decision; answers false when the request was no longer pending (decided
    /// by another initiator at the same moment).
    pub async fn decide(
        tx: &mut Transaction<'static, Any>,
        request_id: InitiatorRequestId,
        accepted: bool,
        decided_by: AccountId,
        now: Timestamp,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE initiator_requests SET state = $1, decided_by = $2, decided_at = $3 \
             WHERE id = $4 AND state = $5",
        )
        .bind(if accepted {
            RequestState::Accepted
        } else {
            RequestState::Declined
        })
        .bind(decided_by)
        .bind(now)
        .bind(request_id)
        .bind(RequestState::Pending)
        .execute(&mut **tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
