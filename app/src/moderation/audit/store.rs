//! The audit log's query: one page of rows, filtered, with what each target is called.

use super::{Action, Actor, LogEntry, LogPage, PER_PAGE, TargetKind};
use crate::db::Db;
use crate::ids::{AccountId, AuditId, InitiativeId};
use crate::timestamp::Timestamp;

pub struct Filter {
    pub action: Option<Action>,
    pub target: Option<TargetKind>,
    pub actor: Option<AccountId>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: AuditId,
    at: Timestamp,
    actor: String,
    action: Action,
    target_kind: TargetKind,
    target_id: i64,
    target_label: Option<String>,
    initiative_id: Option<InitiativeId>,
    reason: Option<String>,
    details: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn page(db: &Db, filter: &Filter, page: i64) -> Result<LogPage, sqlx::Error> {
    // Each filter is either given or matches everything, so one statement serves all.
    let clause = "($1 = '' OR l.action = $1) AND ($2 = '' OR l.target_kind = $2) \
         AND ($3 = 0 OR l.actor_id = $3) AND ($4 = 0 OR l.at >= $4) \
         AND ($5 = 0 OR l.at < $5)";
    let texts = [
        filter.action.map(Action::as_str).unwrap_or(""),
        filter.target.map(TargetKind::as_str).unwrap_or(""),
    ];
    let numbers = [
        filter.actor.map_or(0, |a| a.0),
        filter.from.map_or(0, Timestamp::seconds),
        filter.to.map_or(0, Timestamp::seconds),
    ];
    let total: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM audit_log l WHERE {clause}"))
            .bind(texts[0])
            .bind(texts[1])
            .bind(numbers[0])
            .bind(numbers[1])
            .bind(numbers[2])
            .fetch_one(db.pool())
            .await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let page = page.clamp(1, pages);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT l.id, l.at, a.display_name AS actor, l.action, l.target_kind, l.target_id, \
         CASE l.target_kind \
           WHEN 'initiative' THEN (SELECT i.title FROM initiatives i WHERE i.id = l.target_id) \
           WHEN 'comment' THEN (SELECT i.title FROM comments c \
               JOIN initiatives i ON i.id = c.initiative_id WHERE c.id = l.target_id) \
           WHEN 'account' THEN (SELECT t.display_name FROM accounts t WHERE t.id = l.target_id) \
           WHEN 'neighbourhood' THEN (SELECT n.name FROM neighbourhoods n WHERE n.id = l.target_id) \
           WHEN 'goal' THEN (SELECT g.title_da FROM goals g WHERE g.id = l.target_id) \
         END AS target_label, \
         CASE WHEN l.target_kind = 'comment' THEN \
           (SELECT c.initiative_id FROM comments c WHERE c.id = l.target_id) END AS initiative_id, \
         l.reason, l.details \
         FROM audit_log l JOIN accounts a ON a.id = l.actor_id WHERE {clause} \
         ORDER BY l.id DESC LIMIT {PER_PAGE} OFFSET {}",
        (page - 1) * PER_PAGE
    ))
    .bind(texts[0])
    .bind(texts[1])
    .bind(numbers[0])
    .bind(numbers[1])
    .bind(numbers[2])
    .fetch_all(db.pool())
    .await?;
    let actors: Vec<Actor> = sqlx::query_as(
        "SELECT a.id, a.display_name FROM accounts a \
         WHERE a.id IN (SELECT DISTINCT actor_id FROM audit_log) ORDER BY a.display_name, a.id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(LogPage {
        entries: rows
            .into_iter()
            .map(|row| LogEntry {
                id: row.id,
                at: row.at.local(),
                actor: row.actor,
                action: row.action,
                target_kind: row.target_kind,
                target_id: row.target_id,
                target_label: row.target_label,
                initiative_id: row.initiative_id,
                reason: row.reason,
                details: row.details,
            })
            .collect(),
        total,
        page,
        pages,
        actors,
    })
}
