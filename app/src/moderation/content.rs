//! The queries behind moderating content: the open reports grouped by item, hiding and
//! restoring initiatives and comments, answering reports, and the automatic hiding of
//! content that three different people reported.

use super::{Hidden, ReportReason, ReportedItem, Target};
use crate::db::Db;
use crate::time::LocalDateTime;
use sqlx::{Any, Transaction};

/// Content reported by this many different people is hidden until a moderator looks at it.
pub const AUTO_HIDE_REPORTERS: i64 = 3;

/// The table a target lives in. Only these two names are ever put into SQL text.
fn table(target: Target) -> &'static str {
    match target {
        Target::Initiative(_) => "initiatives",
        Target::Comment(_) => "comments",
    }
}

/// Stores a report, or reopens the reporter's earlier one if a moderator answered it: one
/// open report per person per item. Then hides the item if enough different people have
/// open reports on it. That check runs after the report is committed, so of two reports
/// made at once, the later check sees both.
#[tracing::instrument(skip_all)]
pub async fn report(
    db: &Db,
    target: Target,
    reporter: i64,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "INSERT INTO reports (target_kind, target_id, reporter_id, reason, created_at) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (target_kind, target_id, reporter_id) DO UPDATE \
         SET reason = excluded.reason, created_at = excluded.created_at, \
             resolved_at = NULL, resolved_by = NULL \
         WHERE reports.resolved_at IS NOT NULL",
    )
    .bind(target.kind())
    .bind(target.id())
    .bind(reporter)
    .bind(reason)
    .bind(now)
    .execute(db.pool())
    .await?;
    let revision = match target {
        Target::Comment(_) => ", revision = revision + 1",
        Target::Initiative(_) => "",
    };
    let hidden = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = $1, hidden_by = NULL, hidden_reason = NULL{revision} \
         WHERE id = $2 AND hidden_at IS NULL AND \
         (SELECT COUNT(DISTINCT r.reporter_id) FROM reports r WHERE r.target_kind = $3 \
          AND r.target_id = $2 AND r.resolved_at IS NULL) >= $4",
        table(target)
    ))
    .bind(now)
    .bind(target.id())
    .bind(target.kind())
    .bind(AUTO_HIDE_REPORTERS)
    .execute(db.pool())
    .await?;
    Ok(hidden.rows_affected() > 0)
}

/// Hides the item with the moderator's reason, unless a moderator already hid it (one
/// hidden automatically is confirmed). Answers whether it changed anything.
pub async fn hide(
    tx: &mut Transaction<'static, Any>,
    target: Target,
    moderator: i64,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let revision = match target {
        Target::Comment(_) => ", revision = revision + 1",
        Target::Initiative(_) => "",
    };
    let done = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = $1, hidden_by = $2, hidden_reason = $3{revision} \
         WHERE id = $4 AND hidden_by IS NULL",
        table(target)
    ))
    .bind(now)
    .bind(moderator)
    .bind(reason)
    .bind(target.id())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Shows a hidden item again. `only_automatic` restores only an item that was hidden by
/// reports, not one a moderator hid (dismissing the reports does that). Answers whether it
/// changed anything.
pub async fn unhide(
    tx: &mut Transaction<'static, Any>,
    target: Target,
    only_automatic: bool,
) -> Result<bool, sqlx::Error> {
    let revision = match target {
        Target::Comment(_) => ", revision = revision + 1",
        Target::Initiative(_) => "",
    };
    let which = if only_automatic {
        " AND hidden_by IS NULL"
    } else {
        ""
    };
    let done = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL{revision} \
         WHERE id = $1 AND hidden_at IS NOT NULL{which}",
        table(target)
    ))
    .bind(target.id())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Marks the item's open reports answered. Answers how many there were.
pub async fn resolve_reports(
    tx: &mut Transaction<'static, Any>,
    target: Target,
    moderator: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE reports SET resolved_at = $1, resolved_by = $2 \
         WHERE target_kind = $3 AND target_id = $4 AND resolved_at IS NULL",
    )
    .bind(now)
    .bind(moderator)
    .bind(target.kind())
    .bind(target.id())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// What the moderation rules need to know about an item.
pub struct Item {
    pub initiative_id: i64,
    pub initiative_title: String,
    /// Who wrote it: for an initiative its proposer and every initiator.
    pub owners: Vec<i64>,
    pub hidden: Option<Hidden>,
}

/// An item's initiative id and title, author, and `hidden_at`, `hidden_by`.
type ItemRow = (i64, String, i64, Option<i64>, Option<i64>);

/// The item, if it exists.
#[tracing::instrument(skip_all)]
pub async fn item(db: &Db, target: Target) -> Result<Option<Item>, sqlx::Error> {
    let row: Option<ItemRow> = match target {
        Target::Initiative(id) => {
            sqlx::query_as(
                "SELECT i.id, i.title, i.author_id, i.hidden_at, i.hidden_by \
                 FROM initiatives i WHERE i.id = $1",
            )
            .bind(id)
            .fetch_optional(db.pool())
            .await?
        }
        Target::Comment(id) => {
            sqlx::query_as(
                "SELECT i.id, i.title, c.author_id, c.hidden_at, c.hidden_by \
                 FROM comments c JOIN initiatives i ON i.id = c.initiative_id \
                 WHERE c.id = $1 AND c.deleted_at IS NULL",
            )
            .bind(id)
            .fetch_optional(db.pool())
            .await?
        }
    };
    let Some((initiative_id, initiative_title, author, hidden_at, hidden_by)) = row else {
        return Ok(None);
    };
    let mut owners = vec![author];
    if let Target::Initiative(id) = target {
        let initiators: Vec<i64> = sqlx::query_scalar(
            "SELECT account_id FROM participations WHERE initiative_id = $1 AND level = 'initiator'",
        )
        .bind(id)
        .fetch_all(db.pool())
        .await?;
        owners.extend(initiators.into_iter().filter(|id| *id != author));
    }
    Ok(Some(Item {
        initiative_id,
        initiative_title,
        owners,
        hidden: Hidden::from_columns(hidden_at, hidden_by),
    }))
}

/// The most reported items the queue shows at once.
const QUEUE_LIMIT: i64 = 100;

/// Items with open reports: those hidden automatically first (they wait for a moderator),
/// then the most reported, then the longest waiting. `viewer` is the moderator looking.
#[tracing::instrument(skip_all)]
pub async fn queue(db: &Db, viewer: i64) -> Result<Vec<ReportedItem>, sqlx::Error> {
    type Row = (
        String,      // target kind
        i64,         // target id
        i64,         // initiative id
        String,      // initiative title
        String,      // text
        String,      // author's name
        i64,         // author id
        Option<i64>, // hidden_at
        Option<i64>, // hidden_by
        i64,         // reporters
        i64,         // first open report
        i64,         // viewer is an initiator (initiatives) or the author
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT g.target_kind, g.target_id, i.id, i.title, \
                CASE WHEN g.target_kind = 'comment' THEN c.body ELSE i.description END, \
                a.display_name, a.id, \
                CASE WHEN g.target_kind = 'comment' THEN c.hidden_at ELSE i.hidden_at END, \
                CASE WHEN g.target_kind = 'comment' THEN c.hidden_by ELSE i.hidden_by END, \
                g.reporters, g.first_at, \
                CASE WHEN a.id = $1 OR (g.target_kind = 'initiative' AND EXISTS (SELECT 1 \
                    FROM participations p WHERE p.initiative_id = i.id AND p.account_id = $1 \
                    AND p.level = 'initiator')) THEN 1 ELSE 0 END \
         FROM (SELECT target_kind, target_id, COUNT(DISTINCT reporter_id) AS reporters, \
                      MIN(created_at) AS first_at \
               FROM reports WHERE resolved_at IS NULL GROUP BY target_kind, target_id) g \
         LEFT JOIN comments c ON g.target_kind = 'comment' AND c.id = g.target_id \
         JOIN initiatives i ON i.id = CASE WHEN g.target_kind = 'comment' \
                                           THEN c.initiative_id ELSE g.target_id END \
         JOIN accounts a ON a.id = CASE WHEN g.target_kind = 'comment' \
                                        THEN c.author_id ELSE i.author_id END \
         WHERE g.target_kind = 'initiative' OR c.deleted_at IS NULL \
         ORDER BY CASE WHEN (CASE WHEN g.target_kind = 'comment' THEN c.hidden_at \
                  ELSE i.hidden_at END) IS NOT NULL AND (CASE WHEN g.target_kind = 'comment' \
                  THEN c.hidden_by ELSE i.hidden_by END) IS NULL THEN 0 ELSE 1 END, \
                  g.reporters DESC, g.first_at, g.target_kind, g.target_id \
         LIMIT $2",
    )
    .bind(viewer)
    .bind(QUEUE_LIMIT)
    .fetch_all(db.pool())
    .await?;
    // Every open report's reason in one query, handed to its item below.
    let open: Vec<(String, i64, String, i64)> = sqlx::query_as(
        "SELECT target_kind, target_id, reason, created_at FROM reports \
         WHERE resolved_at IS NULL ORDER BY id",
    )
    .fetch_all(db.pool())
    .await?;
    let mut reasons: std::collections::HashMap<(String, i64), Vec<ReportReason>> =
        std::collections::HashMap::new();
    for (kind, id, reason, at) in open {
        reasons.entry((kind, id)).or_default().push(ReportReason {
            reason,
            at: LocalDateTime::from_utc_seconds(at),
        });
    }
    Ok(rows
        .into_iter()
        .filter_map(
            |(
                kind,
                id,
                initiative_id,
                title,
                text,
                author,
                author_id,
                hidden_at,
                hidden_by,
                reporters,
                _,
                own,
            )| {
                Some(ReportedItem {
                    target: Target::parse(&kind, id)?,
                    reasons: reasons.remove(&(kind, id)).unwrap_or_default(),
                    initiative_id,
                    initiative_title: title,
                    text,
                    author,
                    author_id,
                    hidden: Hidden::from_columns(hidden_at, hidden_by),
                    reporters,
                    own: own == 1,
                })
            },
        )
        .collect())
}

/// How many items have open reports, for the moderators' navigation.
pub async fn open_count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT DISTINCT target_kind, target_id FROM reports \
         WHERE resolved_at IS NULL) open_items",
    )
    .fetch_one(db.pool())
    .await
}
