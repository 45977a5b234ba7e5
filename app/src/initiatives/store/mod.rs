//! The initiatives' queries: one initiative, and every write that changes one (each
//! guarded by the lifecycle). Lists are in `lists`, needs and offers in `needs`.

mod lists;
mod needs;

pub use lists::*;
pub use needs::*;

use super::draft::Draft;
use super::kind::{Kind, State};
use super::lifecycle::Transition;
use super::recurrence::{Frequency, Recurrence};
use crate::db::Db;
use crate::ids::{AccountId, InitiativeId, NeighbourhoodId};
use crate::participation::level::Level;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// Stores a new proposal, waiting for review, with its author as first initiator.
pub async fn insert(
    tx: &mut Transaction<'static, Any>,
    author: AccountId,
    draft: &Draft,
    now: Timestamp,
) -> Result<InitiativeId, sqlx::Error> {
    let id: InitiativeId = sqlx::query_scalar(
        "INSERT INTO initiatives (title, description, kind, neighbourhood_id, starts_at, ends_at, \
         place, state, author_id, created_at, updated_at, search_text, submitted_at, \
         recurrence, recurs_until) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $10, $12, $13) RETURNING id",
    )
    .bind(&draft.title)
    .bind(&draft.description)
    .bind(draft.kind)
    .bind(draft.neighbourhood_id)
    .bind(draft.starts_at)
    .bind(draft.ends_at)
    .bind(&draft.place)
    .bind(State::Pending)
    .bind(author)
    .bind(now)
    .bind(super::search::index_text(&draft.title, &draft.description))
    .bind(draft.recurrence.map(|r| r.frequency))
    .bind(draft.recurrence.map(|r| r.until))
    .fetch_one(&mut **tx)
    .await?;
    insert_needs(tx, id, &draft.needs, now).await?;
    crate::participation::store::insert_initiator(tx, id, author, now).await?;
    Ok(id)
}

/// The stored fields of one initiative.
#[derive(sqlx::FromRow)]
pub struct Stored {
    pub id: InitiativeId,
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub state: State,
    pub state_reason: Option<String>,
    pub neighbourhood: Option<String>,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub place: Option<String>,
    pub author_id: AccountId,
    hidden_at: Option<Timestamp>,
    hidden_by: Option<AccountId>,
    /// The moderator's reason for hiding it.
    pub hidden_reason: Option<String>,
    /// How many times what a calendar shows of it changed (raised by the database): the
    /// form that changes its time or place sends back the one it showed.
    pub calendar_sequence: i64,
    recurrence: Option<Frequency>,
    recurs_until: Option<Timestamp>,
}

impl Stored {
    /// Its rule, if it recurs (the database keeps the two columns together).
    pub fn recurrence(&self) -> Option<Recurrence> {
        Some(Recurrence {
            frequency: self.recurrence?,
            until: self.recurs_until?,
        })
    }

    /// How a page shows its rule, with the next time after `now`.
    pub fn rule(&self, now: Timestamp) -> Option<super::recurrence::Rule> {
        let first = self.starts_at?;
        let length = self.ends_at.map_or(0, |end| end.seconds_since(first));
        Some(self.recurrence()?.rule(first, length, now))
    }

    /// Whether it is hidden, and how (see `moderation::Hidden`).
    pub fn hidden(&self) -> Option<crate::moderation::Hidden> {
        crate::moderation::Hidden::from_columns(self.hidden_at, self.hidden_by)
    }

    /// Whether everyone may see and take part in it: its state is public and it is not hidden.
    pub fn is_public(&self) -> bool {
        self.state.is_public() && self.hidden_at.is_none()
    }
}

const STORED_SELECT: &str = "SELECT i.id, i.title, i.description, i.kind, i.state, \
     i.state_reason, n.name AS neighbourhood, i.neighbourhood_id, i.starts_at, i.ends_at, \
     i.place, i.author_id, i.hidden_at, i.hidden_by, i.hidden_reason, i.calendar_sequence, \
     i.recurrence, i.recurs_until \
     FROM initiatives i LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id";

#[tracing::instrument(skip_all)]
pub async fn by_id(db: &Db, id: InitiativeId) -> Result<Option<Stored>, sqlx::Error> {
    sqlx::query_as(&format!("{STORED_SELECT} WHERE i.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// What a transaction holding an initiative learnt of it.
#[derive(sqlx::FromRow)]
pub struct Held {
    pub title: String,
    pub state: State,
    pub author_id: AccountId,
}

/// The condition on an initiative `i` under which people may take part in it: published
/// and not hidden. For a statement that holds it together with other rows
/// (`participation::waiting::join`).
pub fn open_to_join() -> String {
    format!(
        "{} AND i.hidden_at IS NULL",
        Transition::TakePart.guard("i.state")
    )
}

/// Holds the initiative open for taking part until `tx` ends; the form's answer when it
/// was withdrawn, decided or hidden meanwhile.
pub async fn hold_open(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
) -> Result<(), crate::error::AppError> {
    hold(db, tx, initiative, Transition::TakePart)
        .await?
        .ok_or_else(crate::participation::store::closed_meanwhile)?;
    Ok(())
}

/// Holds the initiative in a state `transition` is allowed from, and not hidden, until the
/// transaction ends: on PostgreSQL its row is locked for sharing, so that a concurrent
/// withdrawal or decision waits; SQLite's `BEGIN IMMEDIATE` already holds the one write
/// lock. `None` when it is not in such a state (anymore): the caller reports "changed
/// meanwhile" and writes nothing.
pub async fn hold(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    id: InitiativeId,
    transition: Transition,
) -> Result<Option<Held>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT title, state, author_id FROM initiatives \
         WHERE id = $1 AND {} AND hidden_at IS NULL{}",
        transition.guard("state"),
        db.share_rows()
    ))
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
}

/// What a state change found.
#[derive(sqlx::FromRow)]
pub struct Applied {
    pub title: String,
    /// When it last entered the review queue.
    pub submitted_at: Timestamp,
}

/// Makes `transition` (a decision, a withdrawal, carrying out, archiving, or a change of
/// goals) if the initiative is still in a state it is allowed from: the state is checked in
/// the same statement that changes it. `reason` becomes the state's reason when the state
/// changes, and withdrawing, carrying out or archiving records when it stopped running
/// (the first of them; the summary counts participation only while it ran). `None` when
/// it was in no such state: someone else changed it first.
pub async fn apply(
    tx: &mut Transaction<'static, Any>,
    id: InitiativeId,
    transition: Transition,
    reason: Option<&str>,
    now: Timestamp,
) -> Result<Option<Applied>, sqlx::Error> {
    let guard = transition.guard("state");
    match transition.to() {
        Some(to) => {
            sqlx::query_as(&format!(
                "UPDATE initiatives SET state = $1, state_reason = $2, updated_at = $3, \
                 published_at = CASE WHEN $1 = 'published' THEN $3 ELSE published_at END, \
                 closed_at = CASE WHEN $1 IN ('withdrawn', 'carried_out', 'archived') \
                             THEN COALESCE(closed_at, $3) ELSE closed_at END \
                 WHERE id = $4 AND {guard} RETURNING title, submitted_at"
            ))
            .bind(to)
            .bind(reason)
            .bind(now)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await
        }
        None => {
            sqlx::query_as(&format!(
                "UPDATE initiatives SET updated_at = $1 WHERE id = $2 AND {guard} \
                 RETURNING title, submitted_at"
            ))
            .bind(now)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await
        }
    }
}

/// When and where an initiative happens, as its initiators move it.
pub struct Schedule<'a> {
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub place: Option<&'a str>,
    pub recurrence: Option<Recurrence>,
}

/// Moves a published initiative to a new time and place, if it is still published and its
/// calendar sequence is still `seen` (nobody moved or withdrew it since the form was read).
/// The database raises the sequence (see its migration). Answers whether it was moved.
pub async fn reschedule(
    tx: &mut Transaction<'static, Any>,
    id: InitiativeId,
    seen: i64,
    to: Schedule<'_>,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let moved = sqlx::query(&format!(
        "UPDATE initiatives SET starts_at = $1, ends_at = $2, place = $3, updated_at = $4, \
         recurrence = $7, recurs_until = $8 \
         WHERE id = $5 AND calendar_sequence = $6 AND {}",
        Transition::Reschedule.guard("state")
    ))
    .bind(to.starts_at)
    .bind(to.ends_at)
    .bind(to.place)
    .bind(now)
    .bind(id)
    .bind(seen)
    .bind(to.recurrence.map(|r| r.frequency))
    .bind(to.recurrence.map(|r| r.until))
    .execute(&mut **tx)
    .await?;
    Ok(moved.rows_affected() == 1)
}

/// The display names of an initiative's first `limit` initiators, first to join first
/// (the page says how many more there are). In the order of `participations_initiators`,
/// so that the database reads `limit` rows, however many initiators there are.
#[tracing::instrument(skip_all)]
pub async fn initiator_names(
    db: &Db,
    initiative_id: InitiativeId,
    limit: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT a.display_name FROM participations p JOIN accounts a ON a.id = p.account_id \
         WHERE p.initiative_id = $1 AND p.level = $2 ORDER BY p.joined_at, p.id LIMIT $3",
    )
    .bind(initiative_id)
    .bind(Level::Initiator)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Replaces an initiative's fields and needs, if it may still be edited: a proposal that
/// was sent back returns to the review queue. The state is checked in the same statement
/// that writes; answers false when a moderator decided on it meanwhile (nothing is written).
pub async fn update(
    tx: &mut Transaction<'static, Any>,
    id: InitiativeId,
    draft: &Draft,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let editable = format!(
        "({} OR {})",
        Transition::Edit.guard("state"),
        Transition::Resubmit.guard("state")
    );
    let done = sqlx::query(&format!(
        "UPDATE initiatives SET title = $1, description = $2, kind = $3, neighbourhood_id = $4, \
         starts_at = $5, ends_at = $6, place = $7, search_text = $8, updated_at = $9, \
         submitted_at = CASE WHEN {resubmit} THEN $9 ELSE submitted_at END, state = $10, \
         recurrence = $12, recurs_until = $13 \
         WHERE id = $11 AND {editable}",
        resubmit = Transition::Resubmit.guard("state"),
    ))
    .bind(&draft.title)
    .bind(&draft.description)
    .bind(draft.kind)
    .bind(draft.neighbourhood_id)
    .bind(draft.starts_at)
    .bind(draft.ends_at)
    .bind(&draft.place)
    .bind(super::search::index_text(&draft.title, &draft.description))
    .bind(now)
    .bind(Transition::Resubmit.to())
    .bind(id)
    .bind(draft.recurrence.map(|r| r.frequency))
    .bind(draft.recurrence.map(|r| r.until))
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM initiative_needs WHERE initiative_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    insert_needs(tx, id, &draft.needs, now).await?;
    Ok(true)
}

async fn insert_needs(
    tx: &mut Transaction<'static, Any>,
    id: InitiativeId,
    needs: &[String],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    for (position, need) in needs.iter().enumerate() {
        sqlx::query(
            "INSERT INTO initiative_needs (initiative_id, description, position, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(need)
        .bind(position as i64)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The initiative, if `account_id` is one of its initiators. Others are refused; whether an
/// unpublished initiative exists at all is not for them to learn, so that is "not found".
pub async fn as_initiator(
    db: &Db,
    id: InitiativeId,
    account_id: AccountId,
) -> Result<Stored, crate::error::AppError> {
    use crate::error::AppError;
    let row = by_id(db, id).await?.ok_or(AppError::NotFound)?;
    let level = crate::participation::store::level_of(db.pool(), id, account_id).await?;
    if level != Some(Level::Initiator) {
        return Err(if row.state.is_public() {
            AppError::Forbidden
        } else {
            AppError::NotFound
        });
    }
    Ok(row)
}

/// Publishes a waiting proposal without a moderator's decision: for the tests' fixtures
/// only (the demo and the pages decide through `moderation::review`). Answers whether it
/// was waiting.
pub async fn publish(db: &Db, id: InitiativeId, now: Timestamp) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let applied = apply(&mut tx, id, Transition::Publish, None, now).await?;
    tx.commit().await?;
    Ok(applied.is_some())
}
