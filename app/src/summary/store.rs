//! The summary's queries. Each is written once for SQLite and PostgreSQL and takes the same
//! four values: the span's start and end (`$1`, `$2`, UTC seconds, end not included) and
//! the narrowing to a goal and to a neighbourhood (`$3`, `$4`, 0 for none). The rules they
//! implement are listed in `summary/mod.rs`.

use super::held::{COUNTED, with_held};
pub use super::participation::{
    HomePlace, Mix, Part, Participation, People, home_by_place, participants_by_home,
    participation, people,
};
pub use super::reader::{Reader, Scope};
use sqlx::Any;

/// The same narrowing for any initiative `i` (proposals and decisions, rules 6 and 11).
const NARROWED: &str = "($3 = 0 OR EXISTS (SELECT 1 FROM initiative_goals ng \
          WHERE ng.initiative_id = i.id AND ng.goal_id = $3)) \
     AND ($4 = 0 OR i.neighbourhood_id = $4)";

/// Rule 6 for one span: (proposed, published, carried out, comments).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    pub proposed: i64,
    pub published: i64,
    pub carried_out: i64,
    pub comments: i64,
}

/// Rule 6's four counts, each for the rows whose time `column` falls in a span; `{span}`
/// stands for the condition on it. Proposed: proposals created, whatever became of them;
/// published: counted initiatives published; carried out: counted initiatives a moderator
/// marked as carried out; comments: written on counted initiatives, neither deleted nor
/// hidden.
fn activity_counts(span: impl Fn(&str) -> String) -> [String; 4] {
    [
        format!(
            "SELECT COUNT(*) FROM initiatives i WHERE {} AND {NARROWED}",
            span("i.created_at")
        ),
        format!(
            "SELECT COUNT(*) FROM counted c JOIN initiatives i ON i.id = c.id WHERE {}",
            span("i.published_at")
        ),
        format!(
            "SELECT COUNT(DISTINCT a.target_id) FROM audit_log a \
             JOIN counted c ON c.id = a.target_id \
             WHERE a.target_kind = 'initiative' AND a.action = 'carry_out' AND {}",
            span("a.at")
        ),
        format!(
            "SELECT COUNT(*) FROM comments m JOIN counted c ON c.id = m.initiative_id \
             WHERE {} AND m.deleted_at IS NULL AND m.hidden_at IS NULL",
            span("m.created_at")
        ),
    ]
}

/// Rule 6 for the span, in one query.
#[tracing::instrument(skip_all)]
pub async fn activity(reader: &mut Reader, scope: Scope) -> Result<Activity, sqlx::Error> {
    let [proposed, published, carried_out, comments] =
        activity_counts(|column| format!("{column} >= $1 AND {column} < $2"));
    let rows: Vec<(i64, i64, i64, i64)> = reader
        .rows(
            &format!(
                "WITH counted AS ({COUNTED}) SELECT ({proposed}), ({published}), \
                 ({carried_out}), ({comments})"
            ),
            scope,
        )
        .await?;
    let (proposed, published, carried_out, comments) = rows.first().copied().unwrap_or_default();
    Ok(Activity {
        proposed,
        published,
        carried_out,
        comments,
    })
}

/// A month of the trend: its first second and the first second of the next.
pub type MonthSpan = (i64, i64);

/// Rule 10: people taking part (rule 2) and rule 6's counts for each of `months`, in one
/// query grouped by month (the scope's span is not used; its narrowing is): `(people,
/// activity)` per month, in the order given.
#[tracing::instrument(skip_all)]
pub async fn trend(
    reader: &mut Reader,
    scope: Scope,
    months: &[MonthSpan],
) -> Result<Vec<(i64, Activity)>, sqlx::Error> {
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return Ok(Vec::new());
    };
    // The months are our own numbers, written into the statement.
    let values = months
        .iter()
        .enumerate()
        .map(|(n, (from, to))| format!("({n}, CAST({from} AS BIGINT), CAST({to} AS BIGINT))"))
        .collect::<Vec<_>>()
        .join(", ");
    let [proposed, published, carried_out, comments] =
        activity_counts(|column| format!("{column} >= mo.month_from AND {column} < mo.month_to"));
    let rows: Vec<(i64, i64, i64, i64, i64, i64)> = reader
        .rows(
            &format!(
                "{held}, months (n, month_from, month_to) AS (VALUES {values}), \
                 people AS (SELECT mo.n, COUNT(DISTINCT h.account_id) AS people FROM months mo \
                            JOIN held h ON h.at < mo.month_to \
                            AND (h.ended_at IS NULL OR h.ended_at >= mo.month_from) \
                            AND h.run_from < mo.month_to \
                            AND (h.run_until IS NULL OR h.run_until >= mo.month_from) \
                            GROUP BY mo.n) \
                 SELECT CAST(mo.n AS BIGINT), COALESCE(p.people, 0), ({proposed}), ({published}), \
                 ({carried_out}), ({comments}) \
                 FROM months mo LEFT JOIN people p ON p.n = mo.n ORDER BY mo.n",
                held = with_held(),
            ),
            Scope {
                from: first.0,
                to: last.1,
                ..scope
            },
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|(_, people, proposed, published, carried_out, comments)| {
            (
                people,
                Activity {
                    proposed,
                    published,
                    carried_out,
                    comments,
                },
            )
        })
        .collect())
}

/// Rule 7: counted initiatives published in the span, per goal.
#[tracing::instrument(skip_all)]
pub async fn initiatives_by_goal(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    reader
        .pairs(
            &format!(
                "WITH counted AS ({COUNTED}) SELECT g.goal_id, COUNT(*) FROM counted c \
                 JOIN initiatives i ON i.id = c.id \
                 JOIN initiative_goals g ON g.initiative_id = c.id \
                 WHERE i.published_at >= $1 AND i.published_at < $2 GROUP BY g.goal_id"
            ),
            scope,
        )
        .await
}

/// Rule 11: review decisions in the span, by action, with the longest wait (seconds).
#[tracing::instrument(skip_all)]
pub async fn decisions(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(String, i64, Option<i64>)>, sqlx::Error> {
    reader
        .rows(
            &format!(
                "SELECT a.action, COUNT(*), MAX(a.waited) FROM audit_log a \
                 JOIN initiatives i ON i.id = a.target_id \
                 WHERE a.target_kind = 'initiative' AND a.action IN ('publish', 'send_back', 'reject') \
                 AND a.at >= $1 AND a.at < $2 AND {NARROWED} GROUP BY a.action"
            ),
            scope,
        )
        .await
}

/// Rule 11: the median wait (seconds) of the span's `count` decisions: the middle one, or
/// the mean of the middle two.
#[tracing::instrument(skip_all)]
pub async fn median_wait(
    reader: &mut Reader,
    scope: Scope,
    count: i64,
) -> Result<Option<f64>, sqlx::Error> {
    if count <= 0 {
        return Ok(None);
    }
    let (take, skip) = if count % 2 == 1 {
        (1, (count - 1) / 2)
    } else {
        (2, count / 2 - 1)
    };
    let rows: Vec<(Option<f64>,)> = reader
        .rows(
            &format!(
                "SELECT AVG(CAST(w AS DOUBLE PRECISION)) FROM (SELECT a.waited AS w FROM audit_log a \
                 JOIN initiatives i ON i.id = a.target_id \
                 WHERE a.target_kind = 'initiative' AND a.action IN ('publish', 'send_back', 'reject') \
                 AND a.at >= $1 AND a.at < $2 AND {NARROWED} AND a.waited IS NOT NULL \
                 ORDER BY a.waited LIMIT {take} OFFSET {skip}) middle"
            ),
            scope,
        )
        .await?;
    Ok(rows.first().and_then(|(w,)| *w))
}

/// Rule 19 for the scope: for each proposal or idea answered in it, the answer's date and
/// the seconds from publishing to it.
#[tracing::instrument(skip_all)]
pub async fn answers(reader: &mut Reader, scope: Scope) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    reader
        .rows(
            &format!(
                "SELECT ca.decided_on, ca.decided_on - i.published_at FROM council_answers ca \
                 JOIN initiatives i ON i.id = ca.initiative_id \
                 WHERE ca.status <> 'in_progress' AND i.published_at IS NOT NULL \
                 AND ca.decided_on >= $1 AND ca.decided_on < $2 AND {NARROWED}"
            ),
            scope,
        )
        .await
}

/// A goal: id, position, Danish and English title.
pub type Goal = (i64, i64, String, String);
/// A neighbourhood: id, name, residents.
pub type Place = (i64, String, Option<i64>);

impl Reader {
    pub async fn goals(&mut self) -> Result<Vec<Goal>, sqlx::Error> {
        goals(self.connection()).await
    }

    pub async fn neighbourhoods(&mut self) -> Result<Vec<Place>, sqlx::Error> {
        neighbourhoods(self.connection()).await
    }
}

/// The goals, all of them (a retired goal still has its history), in the policy's order.
pub async fn goals<'c>(
    db: impl sqlx::Executor<'c, Database = Any>,
) -> Result<Vec<Goal>, sqlx::Error> {
    sqlx::query_as("SELECT id, position, title_da, title_en FROM goals ORDER BY position")
        .fetch_all(db)
        .await
}

/// The neighbourhoods with their residents: those in use, and retired ones with history.
pub async fn neighbourhoods<'c>(
    db: impl sqlx::Executor<'c, Database = Any>,
) -> Result<Vec<Place>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, n.name, n.residents FROM neighbourhoods n WHERE n.retired = 0 \
         OR EXISTS (SELECT 1 FROM accounts a WHERE a.neighbourhood_id = n.id) \
         OR EXISTS (SELECT 1 FROM initiatives i WHERE i.neighbourhood_id = n.id) \
         ORDER BY n.name",
    )
    .fetch_all(db)
    .await
}
