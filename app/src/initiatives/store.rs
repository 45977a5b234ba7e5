//! The initiatives' queries.

use super::draft::Draft;
use super::kind::{Kind, State};
use super::lifecycle::Transition;
use super::{Need, Summary};
use crate::db::Db;
use crate::ids::{AccountId, InitiativeId, NeedId, NeighbourhoodId};
use crate::participation::level::Level;
use crate::stored::Flag;
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
         place, state, author_id, created_at, updated_at, search_text, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $10) RETURNING id",
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
    .fetch_one(&mut **tx)
    .await?;
    insert_needs(tx, id, &draft.needs, now).await?;
    crate::participation::store::insert_initiator(tx, id, author, now).await?;
    Ok(id)
}

/// A row of a list: an initiative with how many take part.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: InitiativeId,
    title: String,
    kind: Kind,
    state: State,
    neighbourhood: Option<String>,
    starts_at: Option<Timestamp>,
    participants: i64,
}

impl From<SummaryRow> for Summary {
    fn from(row: SummaryRow) -> Summary {
        Summary {
            id: row.id,
            title: row.title,
            kind: row.kind,
            state: row.state,
            neighbourhood: row.neighbourhood,
            starts_at: row.starts_at.map(Timestamp::local),
            participants: row.participants,
        }
    }
}

const SUMMARY_SELECT: &str = "SELECT i.id, i.title, i.kind, i.state, n.name AS neighbourhood, \
     i.starts_at, (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = i.id) \
     AS participants FROM initiatives i LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id";

/// The initiatives a person has proposed or is an initiator of, newest first.
#[tracing::instrument(skip_all)]
pub async fn initiated_by(db: &Db, account_id: AccountId) -> Result<Vec<Summary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE i.author_id = $1 OR EXISTS (SELECT 1 FROM participations p \
         WHERE p.initiative_id = i.id AND p.account_id = $1 AND p.level = $2) \
         ORDER BY i.created_at DESC, i.id DESC"
    ))
    .bind(account_id)
    .bind(Level::Initiator)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Summary::from).collect())
}

/// Which published initiatives a list shows, and in which order.
#[derive(Debug, Default)]
pub struct Search {
    /// LIKE patterns from `search::patterns`; every one must match.
    pub patterns: Vec<String>,
    pub place: PlaceFilter,
    pub kind: Option<Kind>,
    /// Tied to this goal by a moderator.
    pub goal: Option<crate::ids::GoalId>,
    pub when: When,
    pub sort: Sort,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, Default, PartialEq)]
pub enum PlaceFilter {
    #[default]
    Any,
    WholeTown,
    Neighbourhood(NeighbourhoodId),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum When {
    #[default]
    Any,
    Upcoming,
    Past,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Newest,
    Soonest,
    MostParticipants,
}

enum Bind {
    Int(i64),
    Text(String),
}

/// The WHERE clause of a search and the values for its `$n` placeholders.
fn conditions(search: &Search, now: Timestamp) -> (String, Vec<Bind>) {
    let mut binds = Vec::new();
    let next = |binds: &mut Vec<Bind>, bind: Bind| {
        binds.push(bind);
        format!("${}", binds.len())
    };
    // Hidden initiatives (by a moderator, or by three reports) leave the list.
    let mut clauses = vec![format!(
        "i.state = '{}' AND i.hidden_at IS NULL",
        State::Published.as_str()
    )];
    for pattern in &search.patterns {
        clauses.push(format!(
            "i.search_text LIKE {}",
            next(&mut binds, Bind::Text(pattern.clone()))
        ));
    }
    match search.place {
        PlaceFilter::Any => {}
        PlaceFilter::WholeTown => clauses.push("i.neighbourhood_id IS NULL".to_owned()),
        PlaceFilter::Neighbourhood(id) => clauses.push(format!(
            "i.neighbourhood_id = {}",
            next(&mut binds, Bind::Int(id.0))
        )),
    }
    if let Some(kind) = search.kind {
        clauses.push(format!(
            "i.kind = {}",
            next(&mut binds, Bind::Text(kind.as_str().to_owned()))
        ));
    }
    if let Some(goal) = search.goal {
        clauses.push(format!(
            "EXISTS (SELECT 1 FROM initiative_goals ig WHERE ig.initiative_id = i.id \
             AND ig.goal_id = {})",
            next(&mut binds, Bind::Int(goal.0))
        ));
    }
    // An initiative without a time (an idea, a proposal) counts as upcoming: it is still open.
    match search.when {
        When::Any => {}
        When::Upcoming => clauses.push(format!(
            "(i.starts_at IS NULL OR COALESCE(i.ends_at, i.starts_at) >= {})",
            next(&mut binds, Bind::Int(now.seconds()))
        )),
        When::Past => clauses.push(format!(
            "COALESCE(i.ends_at, i.starts_at) < {}",
            next(&mut binds, Bind::Int(now.seconds()))
        )),
    }
    (clauses.join(" AND "), binds)
}

/// Published initiatives matching `search`, one page of them, and how many match in all.
#[tracing::instrument(skip_all)]
pub async fn search(
    db: &Db,
    search: &Search,
    now: Timestamp,
) -> Result<(Vec<Summary>, i64), sqlx::Error> {
    let (clause, binds) = conditions(search, now);
    let order = match search.sort {
        Sort::Newest => "i.published_at DESC, i.id DESC",
        Sort::Soonest => "CASE WHEN i.starts_at IS NULL THEN 1 ELSE 0 END, i.starts_at, i.id",
        Sort::MostParticipants => "participants DESC, i.published_at DESC, i.id DESC",
    };
    let page_sql = format!(
        "{SUMMARY_SELECT} WHERE {clause} ORDER BY {order} LIMIT {} OFFSET {}",
        search.limit.clamp(1, 100),
        search.offset.max(0)
    );
    let mut page = sqlx::query_as::<_, SummaryRow>(&page_sql);
    let count_sql = format!("SELECT COUNT(*) FROM initiatives i WHERE {clause}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for bind in &binds {
        match bind {
            Bind::Int(value) => {
                page = page.bind(*value);
                count = count.bind(*value);
            }
            Bind::Text(value) => {
                page = page.bind(value.clone());
                count = count.bind(value.clone());
            }
        }
    }
    let rows = page.fetch_all(db.pool()).await?;
    let total = count.fetch_one(db.pool()).await?;
    Ok((rows.into_iter().map(Summary::from).collect(), total))
}

/// Every initiative a person takes part in, with their level: what is coming up first
/// (soonest first), then what has no time, then what is over.
#[tracing::instrument(skip_all)]
pub async fn taken_part_in(
    db: &Db,
    account_id: AccountId,
    now: Timestamp,
) -> Result<Vec<(Summary, Level)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        initiative: SummaryRow,
        level: Level,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.title, i.kind, i.state, n.name AS neighbourhood, i.starts_at, \
         (SELECT COUNT(*) FROM participations q WHERE q.initiative_id = i.id) AS participants, \
         p.level FROM participations p JOIN initiatives i ON i.id = p.initiative_id \
         LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         WHERE p.account_id = $1 \
         ORDER BY CASE WHEN i.starts_at IS NULL THEN 1 \
                       WHEN COALESCE(i.ends_at, i.starts_at) >= $2 THEN 0 ELSE 2 END, \
                  i.starts_at, i.id",
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| (Summary::from(row.initiative), row.level))
        .collect())
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
}

impl Stored {
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
     i.place, i.author_id, i.hidden_at, i.hidden_by, i.hidden_reason \
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
/// changes. `None` when it was in no such state: someone else changed it first.
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
                 published_at = CASE WHEN $1 = 'published' THEN $3 ELSE published_at END \
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

/// An initiative's needs, with the offers to take them: whether `viewer` offered, and (when
/// `show_names`, for initiators) who did.
#[tracing::instrument(skip_all)]
pub async fn needs(
    db: &Db,
    initiative_id: InitiativeId,
    viewer: Option<AccountId>,
    show_names: bool,
) -> Result<Vec<Need>, sqlx::Error> {
    let rows: Vec<(NeedId, String, Flag)> = sqlx::query_as(
        "SELECT id, description, covered FROM initiative_needs WHERE initiative_id = $1 \
         ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    // All offers of the initiative in one query, not one per need.
    let offers: Vec<(NeedId, AccountId, String)> = sqlx::query_as(
        "SELECT o.need_id, o.account_id, a.display_name FROM need_offers o \
         JOIN initiative_needs n ON n.id = o.need_id JOIN accounts a ON a.id = o.account_id \
         WHERE n.initiative_id = $1 ORDER BY o.created_at, a.display_name",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, description, covered)| {
            let mine = offers.iter().filter(|(need, _, _)| *need == id);
            Need {
                id,
                description,
                covered: covered.get(),
                offered_by_me: mine.clone().any(|(_, account, _)| Some(*account) == viewer),
                offered_by: if show_names {
                    mine.map(|(_, _, name)| name.clone()).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect())
}

/// The initiative a need belongs to, and whether it is covered.
#[tracing::instrument(skip_all)]
pub async fn need_owner(
    db: &Db,
    need_id: NeedId,
) -> Result<Option<(InitiativeId, bool)>, sqlx::Error> {
    let row: Option<(InitiativeId, Flag)> =
        sqlx::query_as("SELECT initiative_id, covered FROM initiative_needs WHERE id = $1")
            .bind(need_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(|(initiative, covered)| (initiative, covered.get())))
}

/// Records an offer to take a need that is still open; offering twice changes nothing.
/// Answers false when the need was covered meanwhile.
pub async fn offer(
    tx: &mut Transaction<'static, Any>,
    need_id: NeedId,
    account_id: AccountId,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let open: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM initiative_needs WHERE id = $1 AND covered = 0")
            .bind(need_id)
            .fetch_optional(&mut **tx)
            .await?;
    if open.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO need_offers (need_id, account_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (need_id, account_id) DO NOTHING",
    )
    .bind(need_id)
    .bind(account_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

#[tracing::instrument(skip_all)]
pub async fn take_back_offer(
    db: &Db,
    need_id: NeedId,
    account_id: AccountId,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM need_offers WHERE need_id = $1 AND account_id = $2")
        .bind(need_id)
        .bind(account_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn set_covered(
    tx: &mut Transaction<'static, Any>,
    need_id: NeedId,
    covered: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE initiative_needs SET covered = $1 WHERE id = $2")
        .bind(Flag::from(covered))
        .bind(need_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The display names of an initiative's initiators, first to join first.
#[tracing::instrument(skip_all)]
pub async fn initiator_names(
    db: &Db,
    initiative_id: InitiativeId,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT a.display_name FROM participations p JOIN accounts a ON a.id = p.account_id \
         WHERE p.initiative_id = $1 AND p.level = $2 ORDER BY p.joined_at, p.id",
    )
    .bind(initiative_id)
    .bind(Level::Initiator)
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
         submitted_at = CASE WHEN {resubmit} THEN $9 ELSE submitted_at END, state = $10 \
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
