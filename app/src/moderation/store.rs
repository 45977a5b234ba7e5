//! The review queue's query. The decisions themselves change the initiative through
//! `initiatives::store::apply`.

use super::QueueItem;
use crate::db::Db;
use crate::ids::InitiativeId;
use crate::initiatives::kind::{Kind, State};
use crate::timestamp::{HOUR, Timestamp};

/// Proposals waiting for review, the longest waiting first.
#[tracing::instrument(skip_all)]
pub async fn queue(db: &Db, now: Timestamp) -> Result<Vec<QueueItem>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: InitiativeId,
        title: String,
        kind: Kind,
        neighbourhood: Option<String>,
        author: String,
        submitted_at: Timestamp,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.title, i.kind, n.name AS neighbourhood, a.display_name AS author, \
         i.submitted_at FROM initiatives i JOIN accounts a ON a.id = i.author_id \
         LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         WHERE i.state = $1 ORDER BY i.submitted_at, i.id",
    )
    .bind(State::Pending)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| QueueItem {
            id: row.id,
            title: row.title,
            kind: row.kind,
            neighbourhood: row.neighbourhood,
            author: row.author,
            waited_hours: now.seconds_since(row.submitted_at) / HOUR,
        })
        .collect())
}
