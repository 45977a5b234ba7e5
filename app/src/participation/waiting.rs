//! Places and the waiting list, inside the caller's write transaction. Every function here
//! first holds the initiative's `initiative_counts` row (locked on PostgreSQL; SQLite's
//! `BEGIN IMMEDIATE` holds its one write lock), the row the participation triggers change
//! and whose CHECK refuses more participants than places: so two people taking the last
//! place one after the other see each other, and the second waits in line.

use super::capacity::{Capacity, InLine, Seats};
use super::level::Level;
use super::store;
use crate::db::Db;
use crate::error::{AppError, FormCheck, Problem};
use crate::ids::{AccountId, InitiativeId};
use crate::timestamp::Timestamp;
use sqlx::{Any, Transaction};

/// What a join did.
#[derive(Debug, Default)]
pub struct Joined {
    /// There was no free place: the person waits in line instead.
    pub waiting: bool,
    /// Those moved up from the waiting list because the join freed a place (a change to a
    /// level without one): they are to be told.
    pub moved_up: Vec<AccountId>,
}

/// The counts row as held: the limit, if any, and how many take part at each level and
/// wait; with the level and place in line of the person acting, read in the same
/// statement (a join is the platform's most frequent write: one round trip, not three).
struct Held {
    capacity: Option<Capacity>,
    counts: Vec<(Level, i64)>,
    waiting: i64,
    current: Option<Level>,
    in_line: bool,
}

impl Held {
    fn taken(&self) -> i64 {
        self.capacity.map_or(0, |c| c.taken(&self.counts))
    }
}

/// Holds the counts row; with `open` (a condition on the initiative `i`), also holds the
/// initiative in the same statement, or answers `None` when it does not meet it (anymore).
async fn hold(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    account: Option<AccountId>,
    open: Option<&str>,
) -> Result<Option<Held>, sqlx::Error> {
    type Row = (Option<i64>, i64, i64, i64, i64, i64, Option<Level>, i64);
    let (from, lock) = match open {
        // The initiative first, the order in which every other writer takes the two.
        Some(open) => (
            format!(
                "initiatives i JOIN initiative_counts c ON c.initiative_id = i.id \
                 WHERE i.id = $1 AND {open}"
            ),
            db.share_then_lock("i", "c"),
        ),
        None => (
            "initiative_counts c WHERE c.initiative_id = $1".to_owned(),
            db.lock_rows().to_owned(),
        ),
    };
    // 0 is no account's id.
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT c.capacity, c.capacity_observing, c.observing, c.active, c.co_creating, \
         (SELECT COUNT(*) FROM waiting_list w WHERE w.initiative_id = c.initiative_id), \
         (SELECT p.level FROM participations p \
          WHERE p.initiative_id = c.initiative_id AND p.account_id = $2), \
         (SELECT COUNT(*) FROM waiting_list w \
          WHERE w.initiative_id = c.initiative_id AND w.account_id = $2) \
         FROM {from}{lock}"
    ))
    .bind(initiative)
    .bind(account.map_or(0, |a| a.0))
    .fetch_optional(&mut **tx)
    .await?;
    let row = match (row, open) {
        (Some(row), _) => row,
        (None, Some(_)) => return Ok(None),
        // Every initiative has its counts row; none is no limit and nobody.
        (None, None) => (None, 0, 0, 0, 0, 0, None, 0),
    };
    let (capacity, observing_counts, observing, active, co_creating, waiting, current, in_line) =
        row;
    Ok(Some(Held {
        // The CHECK keeps a stored limit valid.
        capacity: capacity.and_then(|places| Capacity::new(places, observing_counts == 1).ok()),
        counts: vec![
            (Level::Observing, observing),
            (Level::Active, active),
            (Level::CoCreating, co_creating),
        ],
        waiting,
        current,
        in_line: in_line > 0,
    }))
}

/// Joins at `level` or changes to it, or, when that needs a place and none is free, puts
/// the person in line for it (keeping their place in line if they already wait, and their
/// present level meanwhile). The caller has checked the level. `open` is the condition on
/// the initiative `i` under which it may be joined (`initiatives::store::open_to_join`): the
/// initiative is held in it in the same statement as its counts (a join is the platform's
/// most frequent write), and "changed meanwhile" is the answer when it is not (any more).
/// Without it, the caller holds the initiative.
pub async fn join(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    account: AccountId,
    level: Level,
    at: Timestamp,
    open: Option<&str>,
) -> Result<Joined, AppError> {
    let held = hold(db, tx, initiative, Some(account), open)
        .await?
        .ok_or_else(store::closed_meanwhile)?;
    let current = held.current;
    if let Some(capacity) = held.capacity
        && capacity.needs_place(current, level)
        && held.taken() >= capacity.places()
    {
        if current == Some(Level::Initiator) && store::initiators_in(tx, initiative).await? <= 1 {
            // Waiting would end with a level the last initiator may not take.
            return Err(store::last_initiator());
        }
        sqlx::query(
            "INSERT INTO waiting_list (initiative_id, account_id, level, queued_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (initiative_id, account_id) \
             DO UPDATE SET level = excluded.level",
        )
        .bind(initiative)
        .bind(account)
        .bind(level)
        .bind(at)
        .execute(&mut **tx)
        .await?;
        return Ok(Joined {
            waiting: true,
            moved_up: Vec::new(),
        });
    }
    store::join(tx, initiative, account, level, at).await?;
    if held.in_line {
        leave_line(tx, initiative, account).await?;
    }
    let others_wait = held.waiting > i64::from(held.in_line);
    let moved_up = if current.is_some() && others_wait {
        // A change to a level without a place frees one.
        move_up(db, tx, initiative, at).await?
    } else {
        Vec::new()
    };
    Ok(Joined {
        waiting: false,
        moved_up,
    })
}

/// Leaves the initiative and its waiting list; the first in line take the freed place.
/// Answers who moved up.
pub async fn leave(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    account: AccountId,
    at: Timestamp,
) -> Result<Vec<AccountId>, AppError> {
    let held = hold(db, tx, initiative, Some(account), None)
        .await?
        .ok_or_else(store::closed_meanwhile)?;
    store::leave(tx, initiative, account, at).await?;
    if held.in_line {
        leave_line(tx, initiative, account).await?;
    }
    if held.waiting > i64::from(held.in_line) {
        move_up(db, tx, initiative, at).await
    } else {
        Ok(Vec::new())
    }
}

async fn leave_line(
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    account: AccountId,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM waiting_list WHERE initiative_id = $1 AND account_id = $2")
        .bind(initiative)
        .bind(account)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Moves people up from the waiting list, first in line first, while there are free
/// places (everyone, once there is no limit). Someone whose wish needs no place any more
/// (observing stopped taking one) moves up at once. Answers who moved up.
pub async fn move_up(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    at: Timestamp,
) -> Result<Vec<AccountId>, AppError> {
    let line: Vec<(i64, AccountId, Level)> = sqlx::query_as(
        "SELECT id, account_id, level FROM waiting_list WHERE initiative_id = $1 ORDER BY id",
    )
    .bind(initiative)
    .fetch_all(&mut **tx)
    .await?;
    if line.is_empty() {
        return Ok(Vec::new());
    }
    let held = hold(db, tx, initiative, None, None)
        .await?
        .ok_or_else(store::closed_meanwhile)?;
    let mut free = held
        .capacity
        .map(|capacity| capacity.places() - held.taken());
    let mut moved_up = Vec::new();
    for (id, account, level) in line {
        let current = store::level_of(&mut **tx, initiative, account).await?;
        let needs_place = held
            .capacity
            .is_some_and(|capacity| capacity.needs_place(current, level));
        if needs_place && free.is_some_and(|free| free <= 0) {
            // The line keeps its order: nobody overtakes the first who needs a place.
            break;
        }
        sqlx::query("DELETE FROM waiting_list WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        match store::join(tx, initiative, account, level, at).await {
            Ok(()) => {}
            // The last initiator may not step down: they leave the line as they are.
            Err(AppError::Invalid(_)) => continue,
            Err(other) => return Err(other),
        }
        if needs_place {
            free = free.map(|free| free - 1);
        }
        moved_up.push(account);
    }
    Ok(moved_up)
}

/// Sets or lifts the limit. `shown` is the limit the initiator's form showed: if another
/// initiator changed it meanwhile nothing is stored. A limit below the places already taken
/// is refused (nobody is put out); a higher one, or none, moves people up at once.
pub async fn set_capacity(
    db: &Db,
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    capacity: Option<Capacity>,
    shown: Option<Capacity>,
    at: Timestamp,
) -> Result<Vec<AccountId>, AppError> {
    let held = hold(db, tx, initiative, None, None)
        .await?
        .ok_or_else(store::closed_meanwhile)?;
    let mut check = FormCheck::new();
    if held.capacity != shown {
        check.fail("capacity", Problem::ChangedMeanwhile);
        return Err(check.into_error());
    }
    if let Some(capacity) = capacity {
        let taken = capacity.taken(&held.counts);
        if capacity.places() < taken {
            check.fail("capacity", Problem::BelowTaken { taken });
            return Err(check.into_error());
        }
    }
    sqlx::query(
        "UPDATE initiative_counts SET capacity = $1, capacity_observing = $2 \
         WHERE initiative_id = $3",
    )
    .bind(capacity.map(Capacity::places))
    .bind(i64::from(capacity.is_some_and(Capacity::observing_counts)))
    .bind(initiative)
    .execute(&mut **tx)
    .await?;
    move_up(db, tx, initiative, at).await
}

/// The initiative's places for its page; `None` without a limit.
pub async fn seats(db: &Db, initiative: InitiativeId) -> Result<Option<Seats>, sqlx::Error> {
    let row: Option<(Option<i64>, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT capacity, capacity_observing, observing, active, co_creating, \
         (SELECT COUNT(*) FROM waiting_list w WHERE w.initiative_id = c.initiative_id) \
         FROM initiative_counts c WHERE initiative_id = $1",
    )
    .bind(initiative)
    .fetch_optional(db.pool())
    .await?;
    let Some((Some(places), observing_counts, observing, active, co_creating, waiting)) = row
    else {
        return Ok(None);
    };
    let Ok(capacity) = Capacity::new(places, observing_counts == 1) else {
        return Ok(None);
    };
    let counts = [
        (Level::Observing, observing),
        (Level::Active, active),
        (Level::CoCreating, co_creating),
    ];
    Ok(Some(Seats {
        capacity,
        taken: capacity.taken(&counts),
        waiting,
    }))
}

/// Where `account` stands in the initiative's line, if they wait.
pub async fn in_line(
    db: &Db,
    initiative: InitiativeId,
    account: AccountId,
) -> Result<Option<InLine>, sqlx::Error> {
    let row: Option<(Level, i64)> = sqlx::query_as(
        "SELECT w.level, (SELECT COUNT(*) FROM waiting_list o \
         WHERE o.initiative_id = w.initiative_id AND o.id <= w.id) \
         FROM waiting_list w WHERE w.initiative_id = $1 AND w.account_id = $2",
    )
    .bind(initiative)
    .bind(account)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(level, position)| InLine { level, position }))
}

/// The initiatives with a limit on places in which `account` takes part: deleting the
/// account frees its places there.
pub async fn limited_of(
    tx: &mut Transaction<'static, Any>,
    account: AccountId,
) -> Result<Vec<InitiativeId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT p.initiative_id FROM participations p JOIN initiative_counts c \
         ON c.initiative_id = p.initiative_id WHERE p.account_id = $1 \
         AND c.capacity IS NOT NULL ORDER BY p.initiative_id",
    )
    .bind(account)
    .fetch_all(&mut **tx)
    .await
}

/// Tells those moved up from the waiting list that they now take part, inside the
/// transaction that moved them; answers the emails to send once it is committed.
pub async fn tell_moved_up(
    tx: &mut Transaction<'static, Any>,
    initiative: InitiativeId,
    moved_up: &[AccountId],
    now: Timestamp,
) -> Result<Vec<crate::notifications::store::Outgoing>, sqlx::Error> {
    use crate::notifications::{Kind, store};
    if moved_up.is_empty() {
        return Ok(Vec::new());
    }
    let notice = store::Notice::decision(Kind::MovedUp, Some(initiative), None);
    store::notify(tx, moved_up, notice, now).await
}
