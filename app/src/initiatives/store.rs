//! The initiatives' queries.

use super::draft::Draft;
use super::kind::{Kind, State};
use super::{Need, Summary};
use crate::db::Db;
use crate::participation::level::Level;
use crate::time::LocalDateTime;
use sqlx::{Any, Transaction};

/// Stores a new proposal, waiting for review, with its author as first initiator.
pub async fn insert(
    tx: &mut Transaction<'static, Any>,
    author: i64,
    draft: &Draft,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO initiatives (title, description, kind, neighbourhood_id, starts_at, ends_at, \
         place, state, author_id, created_at, updated_at, search_text, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $10) RETURNING id",
    )
    .bind(&draft.title)
    .bind(&draft.description)
    .bind(draft.kind.as_str())
    .bind(draft.neighbourhood_id)
    .bind(draft.starts_at)
    .bind(draft.ends_at)
    .bind(&draft.place)
    .bind(State::Pending.as_str())
    .bind(author)
    .bind(now)
    .bind(super::search::index_text(&draft.title, &draft.description))
    .fetch_one(&mut **tx)
    .await?;
    insert_needs(tx, id, &draft.needs, now).await?;
    crate::participation::store::insert_initiator(tx, id, author, now).await?;
    Ok(id)
}

type SummaryRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<i64>,
    i64,
);

fn summary(
    (id, title, kind, state, neighbourhood, starts_at, participants): SummaryRow,
) -> Option<Summary> {
    Some(Summary {
        id,
        title,
        kind: Kind::parse(&kind)?,
        state: State::parse(&state)?,
        neighbourhood,
        starts_at: starts_at.map(LocalDateTime::from_utc_seconds),
        participants,
    })
}

const SUMMARY_SELECT: &str = "SELECT i.id, i.title, i.kind, i.state, n.name, i.starts_at, \
     (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = i.id) AS participants \
     FROM initiatives i LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id";

/// The initiatives a person has proposed or is an initiator of, newest first.
#[tracing::instrument(skip_all)]
pub async fn initiated_by(db: &Db, account_id: i64) -> Result<Vec<Summary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE i.author_id = $1 OR EXISTS (SELECT 1 FROM participations p \
         WHERE p.initiative_id = i.id AND p.account_id = $1 AND p.level = 'initiator') \
         ORDER BY i.created_at DESC, i.id DESC"
    ))
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().filter_map(summary).collect())
}

/// Which published initiatives a list shows, and in which order.
#[derive(Debug, Default)]
pub struct Search {
    /// LIKE patterns from `search::patterns`; every one must match.
    pub patterns: Vec<String>,
    pub place: PlaceFilter,
    pub kind: Option<Kind>,
    /// Tied to this goal by a moderator.
    pub goal: Option<i64>,
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
    Neighbourhood(i64),
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
fn conditions(search: &Search, now: i64) -> (String, Vec<Bind>) {
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
            next(&mut binds, Bind::Int(id))
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
            next(&mut binds, Bind::Int(goal))
        ));
    }
    // An initiative without a time (an idea, a proposal) counts as upcoming: it is still open.
    match search.when {
        When::Any => {}
        When::Upcoming => clauses.push(format!(
            "(i.starts_at IS NULL OR COALESCE(i.ends_at, i.starts_at) >= {})",
            next(&mut binds, Bind::Int(now))
        )),
        When::Past => clauses.push(format!(
            "COALESCE(i.ends_at, i.starts_at) < {}",
            next(&mut binds, Bind::Int(now))
        )),
    }
    (clauses.join(" AND "), binds)
}

/// Published initiatives matching `search`, one page of them, and how many match in all.
#[tracing::instrument(skip_all)]
pub async fn search(
    db: &Db,
    search: &Search,
    now: i64,
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
    Ok((rows.into_iter().filter_map(summary).collect(), total))
}

/// Every initiative a person takes part in, with their level: what is coming up first
/// (soonest first), then what has no time, then what is over.
#[tracing::instrument(skip_all)]
pub async fn taken_part_in(
    db: &Db,
    account_id: i64,
    now: i64,
) -> Result<Vec<(Summary, Level)>, sqlx::Error> {
    type Row = (
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<i64>,
        i64,
        String,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.title, i.kind, i.state, n.name, i.starts_at, \
         (SELECT COUNT(*) FROM participations q WHERE q.initiative_id = i.id), p.level \
         FROM participations p JOIN initiatives i ON i.id = p.initiative_id \
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
        .filter_map(|(id, title, kind, state, name, starts_at, count, level)| {
            Some((
                summary((id, title, kind, state, name, starts_at, count))?,
                Level::parse(&level)?,
            ))
        })
        .collect())
}

/// Marks an initiative withdrawn, with the initiator's reason.
#[tracing::instrument(skip_all)]
pub async fn withdraw(db: &Db, id: i64, reason: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE initiatives SET state = $1, state_reason = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(State::Withdrawn.as_str())
    .bind(reason)
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The stored fields of one initiative.
pub struct Row {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub kind: Kind,
    pub state: State,
    pub state_reason: Option<String>,
    pub neighbourhood: Option<String>,
    pub neighbourhood_id: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub place: Option<String>,
    pub author_id: i64,
    /// Whether it is hidden, and how (see `moderation::Hidden`).
    pub hidden: Option<crate::moderation::Hidden>,
    /// The moderator's reason for hiding it.
    pub hidden_reason: Option<String>,
}

impl Row {
    /// Whether everyone may see and take part in it: its state is public and it is not hidden.
    pub fn is_public(&self) -> bool {
        self.state.is_public() && self.hidden.is_none()
    }
}

#[tracing::instrument(skip_all)]
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Row>, sqlx::Error> {
    type Raw = (
        i64,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<String>,
        i64,
        Option<i64>,
        Option<i64>,
        Option<String>,
    );
    let raw: Option<Raw> = sqlx::query_as(
        "SELECT i.id, i.title, i.description, i.kind, i.state, i.state_reason, n.name, \
         i.neighbourhood_id, i.starts_at, i.ends_at, i.place, i.author_id, i.hidden_at, \
         i.hidden_by, i.hidden_reason \
         FROM initiatives i LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id WHERE i.id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(raw.and_then(
        |(
            id,
            title,
            description,
            kind,
            state,
            state_reason,
            neighbourhood,
            neighbourhood_id,
            starts_at,
            ends_at,
            place,
            author_id,
            hidden_at,
            hidden_by,
            hidden_reason,
        )| {
            Some(Row {
                id,
                title,
                description,
                kind: Kind::parse(&kind)?,
                state: State::parse(&state)?,
                state_reason,
                neighbourhood,
                neighbourhood_id,
                starts_at,
                ends_at,
                place,
                author_id,
                hidden: crate::moderation::Hidden::from_columns(hidden_at, hidden_by),
                hidden_reason,
            })
        },
    ))
}

/// An initiative's needs, with the offers to take them: whether `viewer` offered, and (when
/// `show_names`, for initiators) who did.
#[tracing::instrument(skip_all)]
pub async fn needs(
    db: &Db,
    initiative_id: i64,
    viewer: Option<i64>,
    show_names: bool,
) -> Result<Vec<Need>, sqlx::Error> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, description, covered FROM initiative_needs WHERE initiative_id = $1 \
         ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db.pool())
    .await?;
    // All offers of the initiative in one query, not one per need.
    let offers: Vec<(i64, i64, String)> = sqlx::query_as(
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
                covered: covered != 0,
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
pub async fn need_owner(db: &Db, need_id: i64) -> Result<Option<(i64, bool)>, sqlx::Error> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT initiative_id, covered FROM initiative_needs WHERE id = $1")
            .bind(need_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map(|(initiative, covered)| (initiative, covered != 0)))
}

/// Records an offer to take a need; offering twice changes nothing.
#[tracing::instrument(skip_all)]
pub async fn offer(db: &Db, need_id: i64, account_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO need_offers (need_id, account_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (need_id, account_id) DO NOTHING",
    )
    .bind(need_id)
    .bind(account_id)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn take_back_offer(db: &Db, need_id: i64, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM need_offers WHERE need_id = $1 AND account_id = $2")
        .bind(need_id)
        .bind(account_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn set_covered(db: &Db, need_id: i64, covered: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE initiative_needs SET covered = $1 WHERE id = $2")
        .bind(i64::from(covered))
        .bind(need_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The display names of an initiative's initiators, first to join first.
#[tracing::instrument(skip_all)]
pub async fn initiator_names(db: &Db, initiative_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT a.display_name FROM participations p JOIN accounts a ON a.id = p.account_id \
         WHERE p.initiative_id = $1 AND p.level = $2 ORDER BY p.joined_at, p.id",
    )
    .bind(initiative_id)
    .bind(Level::Initiator.as_str())
    .fetch_all(db.pool())
    .await
}

/// Replaces an initiative's fields and needs. A proposal that was sent back returns to the
/// review queue.
pub async fn update(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    draft: &Draft,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE initiatives SET title = $1, description = $2, kind = $3, neighbourhood_id = $4, \
         starts_at = $5, ends_at = $6, place = $7, search_text = $8, updated_at = $9, \
         submitted_at = CASE WHEN state = 'sent_back' THEN $9 ELSE submitted_at END, \
         state = CASE WHEN state = 'sent_back' THEN 'pending' ELSE state END WHERE id = $10",
    )
    .bind(&draft.title)
    .bind(&draft.description)
    .bind(draft.kind.as_str())
    .bind(draft.neighbourhood_id)
    .bind(draft.starts_at)
    .bind(draft.ends_at)
    .bind(&draft.place)
    .bind(super::search::index_text(&draft.title, &draft.description))
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM initiative_needs WHERE initiative_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    insert_needs(tx, id, &draft.needs, now).await
}

async fn insert_needs(
    tx: &mut Transaction<'static, Any>,
    id: i64,
    needs: &[String],
    now: i64,
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
    id: i64,
    account_id: i64,
) -> Result<Row, crate::error::AppError> {
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

/// Publishes an initiative. The moderators' review (a later issue) calls this; for now the
/// demo data and the tests do.
pub async fn publish(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE initiatives SET state = $1, published_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(State::Published.as_str())
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}
