//! The moderators' queries: the review queue and the decisions on proposals.

use super::QueueItem;
use crate::db::Db;
use crate::initiatives::kind::{Kind, State};
use sqlx::{Any, Transaction};

/// Proposals waiting for review, the longest waiting first.
#[tracing::instrument(skip_all)]
pub async fn queue(db: &Db, now: i64) -> Result<Vec<QueueItem>, sqlx::Error> {
    type Row = (i64, String, String, Option<String>, String, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.title, i.kind, n.name, a.display_name, i.submitted_at \
         FROM initiatives i JOIN accounts a ON a.id = i.author_id \
         LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         WHERE i.state = 'pending' ORDER BY i.submitted_at, i.id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, title, kind, neighbourhood, author, submitted)| {
            Some(QueueItem {
                id,
                title,
                kind: Kind::parse(&kind)?,
                neighbourhood,
                author,
                waited_hours: (now - submitted).max(0) / 3600,
            })
        })
        .collect())
}

/// Moves a waiting proposal to `to`, with the reason its initiators see. Answers how many
/// seconds it had waited and its title, or `None` if it was no longer waiting (another
/// moderator decided first): the state is checked in the same statement that changes it.
pub async fn decide(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    to: State,
    reason: Option<&str>,
    now: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let published_at = (to == State::Published).then_some(now);
    let decided: Option<(i64, String)> = sqlx::query_as(
        "UPDATE initiatives SET state = $1, state_reason = $2, updated_at = $3, \
         published_at = COALESCE($4, published_at) \
         WHERE id = $5 AND state = 'pending' RETURNING submitted_at, title",
    )
    .bind(to.as_str())
    .bind(reason)
    .bind(now)
    .bind(published_at)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(decided.map(|(submitted, title)| ((now - submitted).max(0), title)))
}

/// Moves an initiative that is in one of `from` to `to` (or keeps its state when `to` is
/// `None`), with the moderator's reason. Answers its title, or `None` if it was in none of
/// `from` (another moderator changed it first): the state is checked in the same statement
/// that changes it.
pub async fn change_state(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    from: &[State],
    to: Option<State>,
    reason: Option<&str>,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    // The states are our own enum's names, never input.
    let from = from
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    match to {
        Some(to) => {
            sqlx::query_scalar(&format!(
                "UPDATE initiatives SET state = $1, state_reason = $2, updated_at = $3 \
                 WHERE id = $4 AND state IN ({from}) RETURNING title"
            ))
            .bind(to.as_str())
            .bind(reason)
            .bind(now)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await
        }
        None => {
            sqlx::query_scalar(&format!(
                "UPDATE initiatives SET updated_at = $1 \
                 WHERE id = $2 AND state IN ({from}) RETURNING title"
            ))
            .bind(now)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await
        }
    }
}
