//! The goals' queries.

use super::Goal;
use crate::db::Db;
use crate::ids::{GoalId, InitiativeId};
use crate::timestamp::Timestamp;

#[derive(sqlx::FromRow)]
struct GoalRow {
    id: GoalId,
    position: i64,
    title_da: String,
    title_en: String,
    summary_da: String,
    summary_en: String,
    retired_at: Option<Timestamp>,
}

const GOAL_SELECT: &str = "SELECT g.id, g.position, g.title_da, g.title_en, g.summary_da, \
     g.summary_en, g.retired_at FROM goals g";

fn goal(row: GoalRow) -> Goal {
    Goal {
        id: row.id,
        position: row.position,
        title_da: row.title_da,
        title_en: row.title_en,
        summary_da: row.summary_da,
        summary_en: row.summary_en,
        retired: row.retired_at.is_some(),
    }
}

/// Goals in use, in the policy's order.
pub async fn active(db: &Db) -> Result<Vec<Goal>, sqlx::Error> {
    let rows: Vec<GoalRow> = sqlx::query_as(&format!(
        "{GOAL_SELECT} WHERE g.retired_at IS NULL ORDER BY g.position"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(goal).collect())
}

/// The goals an initiative is tied to, retired ones included (the tie still holds).
pub async fn of_initiative(db: &Db, initiative_id: InitiativeId) -> Result<Vec<Goal>, sqlx::Error> {
    let rows: Vec<GoalRow> = sqlx::query_as(&format!(
        "{GOAL_SELECT} JOIN initiative_goals ig ON ig.goal_id = g.id \
         WHERE ig.initiative_id = $1 ORDER BY g.position"
    ))
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(goal).collect())
}

/// Ties an initiative to exactly `goals`, replacing what it was tied to, inside the
/// caller's transaction (a moderator's decision writes its audit row in the same one).
pub async fn set_for_initiative(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    initiative_id: InitiativeId,
    goals: &[GoalId],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM initiative_goals WHERE initiative_id = $1")
        .bind(initiative_id)
        .execute(&mut **tx)
        .await?;
    for goal in goals {
        sqlx::query("INSERT INTO initiative_goals (initiative_id, goal_id) VALUES ($1, $2)")
            .bind(initiative_id)
            .bind(goal)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
