//! The queries behind moderating content: the open reports grouped by item, hiding and
//! restoring initiatives and comments, answering reports, and the automatic hiding of
//! content that three different people reported.

use crate::accounts::staff::Moderator;
use crate::db::Db;
use crate::ids::{AccountId, InitiativeId};
use crate::initiatives::lifecycle::Transition;
use crate::moderation::{Hidden, ReportReason, ReportedItem, Target};
use crate::participation::level::Level;
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// Content reported by this many different people is hidden until a moderator looks at it.
/// Only reporters whose address is confirmed and whose account was older than a day when
/// they reported count: three throwaway accounts made a minute ago cannot hide anything.
pub const AUTO_HIDE_REPORTERS: i64 = 3;

/// An account younger than this when it reported is new: its report goes to the moderators
/// but does not count towards hiding the item, and the queue says how many such came.
pub const NEW_ACCOUNT: i64 = crate::timestamp::DAY;

/// The condition, on a report `r` joined with its reporter's account `a`, that the report
/// came from an established account (see `AUTO_HIDE_REPORTERS`).
const ESTABLISHED_REPORTER: &str =
    "a.email_confirmed_at IS NOT NULL AND a.created_at <= r.created_at - $5";

/// The table a target lives in. Only these two names are ever put into SQL text.
fn table(target: Target) -> &'static str {
    match target {
        Target::Initiative(_) => "initiatives",
        Target::Comment(_) => "comments",
    }
}

/// The `WHERE` condition, on the target's row, that it may be hidden or restored now: a
/// comment that is not deleted, an initiative in a state others see.
fn may_change_visibility(target: Target) -> String {
    match target {
        Target::Initiative(_) => Transition::Hide.guard("state"),
        Target::Comment(_) => "deleted_at IS NULL".to_owned(),
    }
}

/// A comment's `revision` grows with each change, so open pages notice a hide or restore.
fn revision(target: Target) -> &'static str {
    match target {
        Target::Comment(_) => ", revision = revision + 1",
        Target::Initiative(_) => "",
    }
}

/// The text a report is made against, as the moderators read it.
fn reported_text(target: Target) -> &'static str {
    match target {
        Target::Initiative(_) => "SELECT description FROM initiatives WHERE id = $1",
        Target::Comment(_) => "SELECT body FROM comments WHERE id = $1",
    }
}

/// Stores a report with a copy of the text it is made against: one report per person per
/// item. A report a moderator answered stays answered: the same person reporting again
/// changes nothing, so a moderator's dismissal or restore stands against the reporters it
/// answered, and only new reporters can bring the item back. Then hides the item if enough
/// established reporters have open reports on it. That check runs after the report is
/// committed, so of two reports made at once, the later check sees both.
#[tracing::instrument(skip_all)]
pub async fn report(
    db: &Db,
    target: Target,
    reporter: AccountId,
    reason: &str,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let text: Option<String> = sqlx::query_scalar(reported_text(target))
        .bind(target.id())
        .fetch_optional(db.pool())
        .await?;
    sqlx::query(
        "INSERT INTO reports (target_kind, target_id, reporter_id, reason, created_at, \
         reported_text) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (target_kind, target_id, reporter_id) DO NOTHING",
    )
    .bind(target.kind())
    .bind(target.id())
    .bind(reporter)
    .bind(reason)
    .bind(now)
    .bind(text)
    .execute(db.pool())
    .await?;
    let hidden = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = $1, hidden_by = NULL, hidden_reason = NULL{} \
         WHERE id = $2 AND hidden_at IS NULL AND {} AND \
         (SELECT COUNT(DISTINCT r.reporter_id) FROM reports r \
          JOIN accounts a ON a.id = r.reporter_id WHERE r.target_kind = $3 \
          AND r.target_id = $2 AND r.resolved_at IS NULL AND {ESTABLISHED_REPORTER}) >= $4",
        table(target),
        revision(target),
        may_change_visibility(target),
    ))
    .bind(now)
    .bind(target.id())
    .bind(target.kind())
    .bind(AUTO_HIDE_REPORTERS)
    .bind(NEW_ACCOUNT)
    .execute(db.pool())
    .await?;
    Ok(hidden.rows_affected() > 0)
}

/// Hides the item with the moderator's reason, unless a moderator already hid it (one
/// hidden automatically is confirmed). Answers whether it changed anything.
pub async fn hide(
    tx: &mut Transaction<'static, Any>,
    target: Target,
    moderator: &Moderator,
    reason: &str,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = $1, hidden_by = $2, hidden_reason = $3{} \
         WHERE id = $4 AND hidden_by IS NULL AND {}",
        table(target),
        revision(target),
        may_change_visibility(target),
    ))
    .bind(now)
    .bind(moderator.id())
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
    let which = if only_automatic {
        " AND hidden_by IS NULL"
    } else {
        ""
    };
    let done = sqlx::query(&format!(
        "UPDATE {} SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL{} \
         WHERE id = $1 AND hidden_at IS NOT NULL{which}",
        table(target),
        revision(target),
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
    moderator: &Moderator,
    now: Timestamp,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE reports SET resolved_at = $1, resolved_by = $2 \
         WHERE target_kind = $3 AND target_id = $4 AND resolved_at IS NULL",
    )
    .bind(now)
    .bind(moderator.id())
    .bind(target.kind())
    .bind(target.id())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// What the moderation rules need to know about an item.
pub struct Item {
    pub initiative_id: InitiativeId,
    pub initiative_title: String,
    /// Who wrote it: for an initiative its proposer and every initiator.
    pub owners: Vec<AccountId>,
    pub hidden: Option<Hidden>,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    initiative_id: InitiativeId,
    title: String,
    author_id: AccountId,
    hidden_at: Option<Timestamp>,
    hidden_by: Option<AccountId>,
}

/// The item, if it exists.
#[tracing::instrument(skip_all)]
pub async fn item(db: &Db, target: Target) -> Result<Option<Item>, sqlx::Error> {
    let sql = match target {
        Target::Initiative(_) => {
            "SELECT i.id AS initiative_id, i.title, i.author_id, i.hidden_at, i.hidden_by \
             FROM initiatives i WHERE i.id = $1"
        }
        Target::Comment(_) => {
            "SELECT i.id AS initiative_id, i.title, c.author_id, c.hidden_at, c.hidden_by \
             FROM comments c JOIN initiatives i ON i.id = c.initiative_id \
             WHERE c.id = $1 AND c.deleted_at IS NULL"
        }
    };
    let row: Option<ItemRow> = sqlx::query_as(sql)
        .bind(target.id())
        .fetch_optional(db.pool())
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let mut owners = vec![row.author_id];
    if let Target::Initiative(id) = target {
        let initiators = crate::participation::store::initiators(db.pool(), id).await?;
        owners.extend(initiators.into_iter().filter(|id| *id != row.author_id));
    }
    Ok(Some(Item {
        initiative_id: row.initiative_id,
        initiative_title: row.title,
        owners,
        hidden: Hidden::from_columns(row.hidden_at, row.hidden_by),
    }))
}

/// The most reported items the queue shows at once.
const QUEUE_LIMIT: i64 = 100;

/// One reported item as the queue's query finds it.
#[derive(sqlx::FromRow)]
struct QueueRow {
    target_kind: String,
    target_id: i64,
    initiative_id: InitiativeId,
    title: String,
    text: String,
    author: String,
    author_id: AccountId,
    hidden_at: Option<Timestamp>,
    hidden_by: Option<AccountId>,
    reporters: i64,
    /// The viewer is an initiator (initiatives) or the author: they may not act on it.
    own: i64,
}

/// One open report, for the queue.
#[derive(sqlx::FromRow)]
struct OpenReport {
    target_kind: String,
    target_id: i64,
    reason: String,
    created_at: Timestamp,
    reported_text: Option<String>,
    new_account: i64,
}

/// Items with open reports: those hidden automatically first (they wait for a moderator),
/// then the most reported, then the longest waiting. `viewer` is the moderator looking.
#[tracing::instrument(skip_all)]
pub async fn queue(db: &Db, viewer: AccountId) -> Result<Vec<ReportedItem>, sqlx::Error> {
    let rows: Vec<QueueRow> = sqlx::query_as(
        "SELECT g.target_kind, g.target_id, i.id AS initiative_id, i.title, \
                CASE WHEN g.target_kind = 'comment' THEN c.body ELSE i.description END AS text, \
                a.display_name AS author, a.id AS author_id, \
                CASE WHEN g.target_kind = 'comment' THEN c.hidden_at ELSE i.hidden_at END \
                    AS hidden_at, \
                CASE WHEN g.target_kind = 'comment' THEN c.hidden_by ELSE i.hidden_by END \
                    AS hidden_by, \
                g.reporters, \
                CASE WHEN a.id = $1 OR (g.target_kind = 'initiative' AND EXISTS (SELECT 1 \
                    FROM participations p WHERE p.initiative_id = i.id AND p.account_id = $1 \
                    AND p.level = $3)) THEN 1 ELSE 0 END AS own \
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
    .bind(Level::Initiator)
    .fetch_all(db.pool())
    .await?;
    // Every open report in one query, handed to its item below, oldest first.
    let open: Vec<OpenReport> = sqlx::query_as(&format!(
        "SELECT r.target_kind, r.target_id, r.reason, r.created_at, r.reported_text, \
         CASE WHEN {} THEN 0 ELSE 1 END AS new_account \
         FROM reports r JOIN accounts a ON a.id = r.reporter_id \
         WHERE r.resolved_at IS NULL ORDER BY r.id",
        ESTABLISHED_REPORTER.replace("$5", "$1")
    ))
    .bind(NEW_ACCOUNT)
    .fetch_all(db.pool())
    .await?;
    let mut reports: std::collections::HashMap<(String, i64), Vec<OpenReport>> =
        std::collections::HashMap::new();
    for report in open {
        reports
            .entry((report.target_kind.clone(), report.target_id))
            .or_default()
            .push(report);
    }
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let target = Target::parse(&row.target_kind, row.target_id)?;
            let open = reports
                .remove(&(row.target_kind, row.target_id))
                .unwrap_or_default();
            // What the first of the open reports saw, if it is not what stands now.
            let reported_text = open
                .iter()
                .find_map(|r| r.reported_text.clone())
                .filter(|then| *then != row.text);
            let new_reporters = open.iter().filter(|r| r.new_account == 1).count() as i64;
            Some(ReportedItem {
                target,
                new_reporters,
                reasons: open
                    .into_iter()
                    .map(|r| ReportReason {
                        reason: r.reason,
                        at: r.created_at.local(),
                        from_new_account: r.new_account == 1,
                    })
                    .collect(),
                initiative_id: row.initiative_id,
                initiative_title: row.title,
                text: row.text,
                reported_text,
                author: row.author,
                author_id: row.author_id,
                hidden: Hidden::from_columns(row.hidden_at, row.hidden_by),
                reporters: row.reporters,
                own: row.own == 1,
            })
        })
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
