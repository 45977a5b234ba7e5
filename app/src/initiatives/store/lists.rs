//! The lists of initiatives: the public list with its search, filters and sorting, and a
//! person's own initiatives and participation.

use crate::answers::Status;
use crate::db::Db;
use crate::ids::{AccountId, GoalId, InitiativeId, NeighbourhoodId};
use crate::initiatives::Summary;
use crate::initiatives::kind::{Kind, State};
use crate::participation::level::Level;
use crate::timestamp::Timestamp;

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
    answer: Option<Status>,
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
            answer: row.answer,
        }
    }
}

/// How many take part comes from `initiative_counts`, which the database keeps exact on
/// every join and leave (see its migration), not from counting each row's participations.
const SUMMARY_SELECT: &str = "SELECT i.id, i.title, i.kind, i.state, n.name AS neighbourhood, \
     i.starts_at, c.participants, ca.status AS answer FROM initiatives i \
     JOIN initiative_counts c ON c.initiative_id = i.id \
     LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
     LEFT JOIN council_answers ca ON ca.initiative_id = i.id";

/// The same rows, for the list by most participants: walked in the order of
/// `initiative_counts_participants` and stopped after a page. SQLite takes the tables of a
/// `CROSS JOIN` in the order written; with a plain join it started from the published
/// initiatives and sorted all of them (6,716 at the generated size: 3 to 11 ms a page
/// instead of 0.05). PostgreSQL plans a `CROSS JOIN` with its condition as any join.
const BY_PARTICIPANTS_SELECT: &str = "SELECT i.id, i.title, i.kind, i.state, \
     n.name AS neighbourhood, i.starts_at, c.participants, ca.status AS answer \
     FROM initiative_counts c CROSS JOIN initiatives i \
     LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
     LEFT JOIN council_answers ca ON ca.initiative_id = i.id";

/// The initiatives a person has proposed or is an initiator of, newest first.
#[tracing::instrument(skip_all)]
pub async fn initiated_by(db: &Db, account_id: AccountId) -> Result<Vec<Summary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "{SUMMARY_SELECT} WHERE i.id IN (SELECT o.id FROM initiatives o WHERE o.author_id = $1 \
         UNION SELECT p.initiative_id FROM participations p \
         WHERE p.account_id = $1 AND p.level = $2) \
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
    pub goal: Option<GoalId>,
    pub when: When,
    /// The municipality's answer: any, none yet, or one status.
    pub answer: AnswerFilter,
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
pub enum AnswerFilter {
    #[default]
    Any,
    /// Proposals and ideas the municipality has not answered yet.
    Awaited,
    Status(Status),
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
    match search.answer {
        AnswerFilter::Any => {}
        AnswerFilter::Awaited => clauses.push(
            "i.kind IN ('proposal', 'idea') AND NOT EXISTS (SELECT 1 FROM council_answers a \
             WHERE a.initiative_id = i.id)"
                .to_owned(),
        ),
        AnswerFilter::Status(status) => clauses.push(format!(
            "EXISTS (SELECT 1 FROM council_answers a WHERE a.initiative_id = i.id \
             AND a.status = {})",
            next(&mut binds, Bind::Text(status.as_str().to_owned()))
        )),
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
    let (select, order) = match search.sort {
        Sort::Newest => (
            format!("{SUMMARY_SELECT} WHERE"),
            "i.published_at DESC, i.id DESC",
        ),
        Sort::Soonest => (
            format!("{SUMMARY_SELECT} WHERE"),
            "CASE WHEN i.starts_at IS NULL THEN 1 ELSE 0 END, i.starts_at, i.id",
        ),
        Sort::MostParticipants => (
            format!("{BY_PARTICIPANTS_SELECT} WHERE c.initiative_id = i.id AND"),
            "c.participants DESC, c.initiative_id DESC",
        ),
    };
    let page_sql = format!(
        "{select} {clause} ORDER BY {order} LIMIT {} OFFSET {}",
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
         ca.status AS answer, p.level FROM participations p \
         JOIN initiatives i ON i.id = p.initiative_id \
         LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         LEFT JOIN council_answers ca ON ca.initiative_id = i.id \
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

/// Published initiatives starting from `from` to before `to`, soonest first, those in
/// `near` (the viewer's neighbourhood) before the others; with the viewer's level in each.
#[tracing::instrument(skip_all)]
pub async fn coming_up(
    db: &Db,
    viewer: Option<AccountId>,
    near: Option<NeighbourhoodId>,
    from: Timestamp,
    to: Timestamp,
    limit: i64,
) -> Result<Vec<(Summary, Option<Level>)>, sqlx::Error> {
    use crate::initiatives::recurrence::{Frequency, Recurrence};
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        initiative: SummaryRow,
        my_level: Option<Level>,
        ends_at: Option<Timestamp>,
        recurrence: Option<Frequency>,
        recurs_until: Option<Timestamp>,
        near: i64,
    }
    let limit = limit.clamp(1, 50);
    // A recurring one whose rule runs into the window may have a time in it: which, if
    // any, is found below. Read more than shown, as a monthly one often has none.
    // 0 matches no account and no neighbourhood.
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT i.id, i.title, i.kind, i.state, n.name AS neighbourhood, i.starts_at, \
         c.participants, CAST(NULL AS TEXT) AS answer, \
         (SELECT p.level FROM participations p WHERE p.initiative_id = i.id \
          AND p.account_id = $3) AS my_level, i.ends_at, i.recurrence, i.recurs_until, \
         CASE WHEN i.neighbourhood_id = $4 THEN 0 ELSE 1 END AS near \
         FROM initiatives i JOIN initiative_counts c ON c.initiative_id = i.id \
         LEFT JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         WHERE i.state = '{}' AND i.hidden_at IS NULL \
         AND ((i.starts_at >= $1 AND i.starts_at < $2) OR (i.recurrence IS NOT NULL \
              AND i.starts_at < $2 AND i.recurs_until + 86400 >= $1)) \
         ORDER BY near, i.starts_at, i.id \
         LIMIT {}",
        State::Published.as_str(),
        limit * 3
    ))
    .bind(from)
    .bind(to)
    .bind(viewer.map_or(0, |a| a.0))
    .bind(near.map_or(0, |n| n.0))
    .fetch_all(db.pool())
    .await?;
    let mut found: Vec<(i64, Timestamp, Summary, Option<Level>)> = rows
        .into_iter()
        .filter_map(|row| {
            let first = row.initiative.starts_at?;
            let start = match (row.recurrence, row.recurs_until) {
                (Some(frequency), Some(until)) => {
                    let length = row.ends_at.map_or(0, |end| end.seconds_since(first));
                    Recurrence { frequency, until }
                        .next(first, length, from)
                        .filter(|next| *next >= from && *next < to)?
                }
                _ => first,
            };
            let mut initiative = Summary::from(row.initiative);
            initiative.starts_at = Some(start.local());
            Some((row.near, start, initiative, row.my_level))
        })
        .collect();
    found.sort_by_key(|(near, start, initiative, _)| (*near, *start, initiative.id));
    found.truncate(limit as usize);
    Ok(found
        .into_iter()
        .map(|(_, _, initiative, my_level)| (initiative, my_level))
        .collect())
}
