//! The answers' queries: the answer an initiative has, and recording one inside the
//! moderator's transaction, refused when another moderator changed it first or the
//! initiative left the states that take an answer.

use super::{CouncilAnswer, Status};
use crate::db::Db;
use crate::ids::InitiativeId;
use crate::initiatives::lifecycle::Transition;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

#[derive(sqlx::FromRow)]
struct Row {
    status: Status,
    body: String,
    decided_on: Timestamp,
    minutes_url: Option<String>,
    revision: i64,
}

/// The answer initiative `id` has, if any.
#[tracing::instrument(skip_all)]
pub async fn of_initiative(
    db: &Db,
    id: InitiativeId,
) -> Result<Option<CouncilAnswer>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT status, body, decided_on, minutes_url, revision FROM council_answers \
         WHERE initiative_id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|row| CouncilAnswer {
        status: row.status,
        body: row.body,
        decided_on: row.decided_on.local(),
        minutes_url: row.minutes_url,
        revision: row.revision,
    }))
}

/// An answer as a moderator's form gave it, checked.
pub struct NewAnswer<'a> {
    pub status: Status,
    pub body: &'a str,
    pub decided_on: Timestamp,
    pub minutes_url: Option<&'a str>,
}

/// The condition every write of an answer carries: the initiative is a proposal or an idea,
/// in a state that takes an answer (the lifecycle's table says which).
fn answerable(column: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM initiatives i WHERE i.id = {column} \
         AND i.kind IN ('proposal', 'idea') AND {})",
        Transition::Answer.guard("i.state")
    )
}

/// Records `answer` on the initiative, if its answer is still at revision `seen` (0: it had
/// none) and it still takes one. Answers false when nothing was written: another moderator
/// recorded an answer first, or the initiative was withdrawn meanwhile.
pub async fn record(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    seen: i64,
    answer: &NewAnswer<'_>,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    // Holds the initiative as it is until the answer is written: on PostgreSQL a withdrawal
    // racing the answer waits for it, instead of the answer's check reading the state the
    // withdrawal is about to change. (SQLite's write transaction holds everything already.)
    sqlx::query(&format!(
        "SELECT id FROM initiatives WHERE id = $1{}",
        db.share_rows()
    ))
    .bind(initiative)
    .fetch_optional(&mut **tx)
    .await?;
    let written = if seen == 0 {
        let inserted = sqlx::query(&format!(
            "INSERT INTO council_answers (initiative_id, status, body, decided_on, minutes_url, \
             revision, recorded_at) SELECT $1, $2, $3, $4, $5, 1, $6 WHERE {}",
            answerable("$1")
        ))
        .bind(initiative)
        .bind(answer.status)
        .bind(answer.body)
        .bind(answer.decided_on)
        .bind(answer.minutes_url)
        .bind(now)
        .execute(&mut **tx)
        .await;
        match inserted {
            // Two first answers at once: the key keeps one, the other lost the race.
            Err(error) if crate::db::is_unique_violation(&error) => return Ok(false),
            other => other?.rows_affected(),
        }
    } else {
        sqlx::query(&format!(
            "UPDATE council_answers SET status = $2, body = $3, decided_on = $4, \
             minutes_url = $5, revision = revision + 1, recorded_at = $6 \
             WHERE initiative_id = $1 AND revision = $7 AND {}",
            answerable("council_answers.initiative_id")
        ))
        .bind(initiative)
        .bind(answer.status)
        .bind(answer.body)
        .bind(answer.decided_on)
        .bind(answer.minutes_url)
        .bind(now)
        .bind(seen)
        .execute(&mut **tx)
        .await?
        .rows_affected()
    };
    Ok(written == 1)
}
