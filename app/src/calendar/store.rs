//! The calendars' queries: one initiative's entry, the public feed of what is coming up
//! (for the town, a neighbourhood or a goal), and a person's own feed, found by its key.

use super::ics::Entry;
use crate::db::Db;
use crate::ids::{AccountId, GoalId, InitiativeId, NeighbourhoodId};
use crate::initiatives::kind::State;
use crate::timestamp::{DAY, Timestamp};

/// How far back and ahead a feed reaches, so that it stays small however long the
/// platform runs: what was on in the last 90 days, and what comes in the next year.
pub const BACK: i64 = 90 * DAY;
pub const AHEAD: i64 = 365 * DAY;
/// The most entries one feed holds (the soonest first).
pub const MOST: i64 = 1_000;

const ENTRY_SELECT: &str = "SELECT i.id, i.title, i.description, i.starts_at, i.ends_at, \
     i.place, i.state, i.calendar_sequence, i.updated_at, i.recurrence, i.recurs_until \
     FROM initiatives i";

/// Readers see initiatives that are public and not hidden, and only dated ones have a
/// place in a calendar. The states are `State`'s own stored names, never input.
fn listed() -> String {
    let public: Vec<String> = [
        State::Published,
        State::Withdrawn,
        State::CarriedOut,
        State::Archived,
    ]
    .iter()
    .map(|state| format!("'{}'", state.as_str()))
    .collect();
    format!(
        "i.state IN ({}) AND i.hidden_at IS NULL AND i.starts_at IS NOT NULL",
        public.join(", ")
    )
}

/// The window's condition, on `$1` (its start) and `$2` (its end). A recurring one is in
/// it until its last day is over.
const IN_WINDOW: &str =
    "COALESCE(i.recurs_until + 86400, i.ends_at, i.starts_at) >= $1 AND i.starts_at < $2";

/// Initiative `id`'s entry, if people may see it and it has a time.
#[tracing::instrument(skip_all)]
pub async fn one(db: &Db, id: InitiativeId) -> Result<Option<Entry>, sqlx::Error> {
    sqlx::query_as(&format!("{ENTRY_SELECT} WHERE i.id = $1 AND {}", listed()))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// Which initiatives the public feed holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Place {
    #[default]
    Anywhere,
    WholeTown,
    Neighbourhood(NeighbourhoodId),
}

/// The public feed: what is on in the window, soonest first, in `place` and under `goal`.
/// Withdrawn ones stay in it, cancelled, so that calendars that had them say so.
#[tracing::instrument(skip_all)]
pub async fn upcoming(
    db: &Db,
    place: Place,
    goal: Option<GoalId>,
    now: Timestamp,
) -> Result<Vec<Entry>, sqlx::Error> {
    // Each narrowing adds its condition and the value for its placeholder ($3, then $4).
    let mut narrowing = String::new();
    let mut values: Vec<i64> = Vec::new();
    match place {
        Place::Anywhere => {}
        Place::WholeTown => narrowing.push_str(" AND i.neighbourhood_id IS NULL"),
        Place::Neighbourhood(id) => {
            values.push(id.0);
            narrowing.push_str(&format!(" AND i.neighbourhood_id = ${}", values.len() + 2));
        }
    }
    if let Some(goal) = goal {
        values.push(goal.0);
        narrowing.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM initiative_goals g WHERE g.initiative_id = i.id \
             AND g.goal_id = ${})",
            values.len() + 2
        ));
    }
    let sql = format!(
        "{ENTRY_SELECT} WHERE {} AND {IN_WINDOW}{narrowing} ORDER BY i.starts_at, i.id \
         LIMIT {MOST}",
        listed()
    );
    let mut query = sqlx::query_as(&sql)
        .bind(now.minus(BACK))
        .bind(now.plus(AHEAD));
    for value in values {
        query = query.bind(value);
    }
    query.fetch_all(db.pool()).await
}

/// The account a calendar key belongs to, if any (deleted accounts have none).
#[tracing::instrument(skip_all)]
pub async fn account_of_key(db: &Db, key: &str) -> Result<Option<AccountId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM accounts WHERE calendar_key = $1 AND deleted_at IS NULL")
        .bind(key)
        .fetch_optional(db.pool())
        .await
}

/// What `account` takes part in, at any level, that is on in the window, soonest first.
#[tracing::instrument(skip_all)]
pub async fn taken_part_in(
    db: &Db,
    account: AccountId,
    now: Timestamp,
) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{ENTRY_SELECT} JOIN participations p ON p.initiative_id = i.id \
         WHERE p.account_id = $3 AND {} AND {IN_WINDOW} ORDER BY i.starts_at, i.id \
         LIMIT {MOST}",
        listed()
    ))
    .bind(now.minus(BACK))
    .bind(now.plus(AHEAD))
    .bind(account)
    .fetch_all(db.pool())
    .await
}

/// The account's calendar key, if it asked for one.
pub async fn key_of(db: &Db, account: AccountId) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT calendar_key FROM accounts WHERE id = $1")
        .bind(account)
        .fetch_optional(db.pool())
        .await
        .map(Option::flatten)
}

/// Gives the account a new key; the old address stops working at once.
pub async fn renew_key(db: &Db, account: AccountId, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET calendar_key = $1 WHERE id = $2 AND deleted_at IS NULL")
        .bind(key)
        .bind(account)
        .execute(db.pool())
        .await?;
    Ok(())
}
