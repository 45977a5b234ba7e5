//! The summary's queries. Each is written once for SQLite and PostgreSQL and takes the same
//! four values: the span's start and end (`$1`, `$2`, UTC seconds, end not included) and
//! the narrowing to a goal and to a neighbourhood (`$3`, `$4`, 0 for none). The rules they
//! implement are listed in `summary/mod.rs`.

use super::Narrowing;
use super::period::Span;
use crate::db::Db;

/// Counted initiatives (rule 1), narrowed (rule 12): their id and where they take place.
const COUNTED: &str = "SELECT i.id, i.neighbourhood_id FROM initiatives i \
     WHERE i.published_at IS NOT NULL AND i.hidden_at IS NULL \
     AND ($3 = 0 OR EXISTS (SELECT 1 FROM initiative_goals ng \
          WHERE ng.initiative_id = i.id AND ng.goal_id = $3)) \
     AND ($4 = 0 OR i.neighbourhood_id = $4)";

/// The same narrowing for any initiative `i` (proposals and decisions, rules 6 and 11).
const NARROWED: &str = "($3 = 0 OR EXISTS (SELECT 1 FROM initiative_goals ng \
          WHERE ng.initiative_id = i.id AND ng.goal_id = $3)) \
     AND ($4 = 0 OR i.neighbourhood_id = $4)";

/// `counted`, `ev` (the participation events of counted initiatives, with the level as a
/// rank and the initiative's place) and `held` (rule 2: every participation held at some
/// moment of the span, with its level then): the participation in force when the span
/// began (the latest earlier event, unless it is a leave), and every join or level change
/// during it.
fn with_held() -> String {
    format!(
        "WITH counted AS ({COUNTED}), \
         ev AS (SELECT e.id, e.account_id, e.initiative_id, e.kind, e.at, c.neighbourhood_id AS place, \
                CASE e.level WHEN 'observing' THEN 1 WHEN 'active' THEN 2 \
                             WHEN 'co_creating' THEN 3 ELSE 4 END AS rnk \
                FROM participation_events e JOIN counted c ON c.id = e.initiative_id), \
         held AS (SELECT e.account_id, e.initiative_id, e.rnk, e.place FROM ev e \
                  WHERE e.at < $1 AND e.kind <> 'left' AND NOT EXISTS (SELECT 1 FROM ev l \
                      WHERE l.account_id = e.account_id AND l.initiative_id = e.initiative_id \
                      AND l.at < $1 AND (l.at > e.at OR (l.at = e.at AND l.id > e.id))) \
                  UNION ALL \
                  SELECT e.account_id, e.initiative_id, e.rnk, e.place FROM ev e \
                  WHERE e.at >= $1 AND e.at < $2 AND e.kind <> 'left') "
    )
}

/// The four values every query takes.
#[derive(Clone, Copy)]
pub struct Scope {
    pub from: i64,
    pub to: i64,
    pub goal: i64,
    pub neighbourhood: i64,
}

impl Scope {
    pub fn new(span: &Span, narrowing: Narrowing) -> Scope {
        Scope {
            from: span.from,
            to: span.to,
            goal: narrowing.goal.unwrap_or(0),
            neighbourhood: narrowing.neighbourhood.unwrap_or(0),
        }
    }

    async fn one(&self, db: &Db, sql: &str) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(sql)
            .bind(self.from)
            .bind(self.to)
            .bind(self.goal)
            .bind(self.neighbourhood)
            .fetch_one(db.pool())
            .await
    }

    async fn pairs(&self, db: &Db, sql: &str) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
        sqlx::query_as(sql)
            .bind(self.from)
            .bind(self.to)
            .bind(self.goal)
            .bind(self.neighbourhood)
            .fetch_all(db.pool())
            .await
    }
}

/// Rule 2: distinct people taking part.
#[tracing::instrument(skip_all)]
pub async fn participants(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "{} SELECT COUNT(DISTINCT account_id) FROM held",
                with_held()
            ),
        )
        .await
}

/// Rule 3: people by the highest level they held (rank 1–4 → people).
#[tracing::instrument(skip_all)]
pub async fn ladder(db: &Db, scope: Scope) -> Result<[i64; 4], sqlx::Error> {
    let rows = scope
        .pairs(
            db,
            &format!(
                "{} SELECT top, COUNT(*) FROM (SELECT account_id, MAX(rnk) AS top FROM held \
                 GROUP BY account_id) p GROUP BY top",
                with_held()
            ),
        )
        .await?;
    let mut ladder = [0; 4];
    for (rank, people) in rows {
        if let Some(count) = rank
            .and_then(|r| usize::try_from(r - 1).ok())
            .and_then(|slot| ladder.get_mut(slot))
        {
            *count = people;
        }
    }
    Ok(ladder)
}

/// Rule 5: people whose highest level in the span is above the highest they held before.
#[tracing::instrument(skip_all)]
pub async fn stepped_up(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "{} SELECT COUNT(*) FROM (SELECT account_id, MAX(rnk) AS top FROM held \
                 GROUP BY account_id) p \
                 JOIN (SELECT account_id, MAX(rnk) AS earlier FROM ev \
                       WHERE at < $1 AND kind <> 'left' GROUP BY account_id) b \
                 ON b.account_id = p.account_id WHERE p.top > b.earlier",
                with_held()
            ),
        )
        .await
}

/// Rule 4: people whose first join ever is in the span.
#[tracing::instrument(skip_all)]
pub async fn new_participants(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "{} SELECT COUNT(*) FROM (SELECT account_id, MIN(at) AS first FROM ev \
                 WHERE kind = 'joined' GROUP BY account_id) f \
                 WHERE f.first >= $1 AND f.first < $2 \
                 AND EXISTS (SELECT 1 FROM held h WHERE h.account_id = f.account_id)",
                with_held()
            ),
        )
        .await
}

/// Rule 6: proposals created in the span, whatever became of them.
#[tracing::instrument(skip_all)]
pub async fn proposed(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "SELECT COUNT(*) FROM initiatives i \
                 WHERE i.created_at >= $1 AND i.created_at < $2 AND {NARROWED}"
            ),
        )
        .await
}

/// Rule 6: counted initiatives published in the span.
#[tracing::instrument(skip_all)]
pub async fn published(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "WITH counted AS ({COUNTED}) SELECT COUNT(*) FROM counted c \
                 JOIN initiatives i ON i.id = c.id \
                 WHERE i.published_at >= $1 AND i.published_at < $2"
            ),
        )
        .await
}

/// Rule 6: counted initiatives marked carried out in the span.
#[tracing::instrument(skip_all)]
pub async fn carried_out(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "WITH counted AS ({COUNTED}) SELECT COUNT(DISTINCT a.target_id) FROM audit_log a \
                 JOIN counted c ON c.id = a.target_id \
                 WHERE a.target_kind = 'initiative' AND a.action = 'carry_out' \
                 AND a.at >= $1 AND a.at < $2"
            ),
        )
        .await
}

/// Rule 6: comments written in the span on counted initiatives, neither deleted nor hidden.
#[tracing::instrument(skip_all)]
pub async fn comments(db: &Db, scope: Scope) -> Result<i64, sqlx::Error> {
    scope
        .one(
            db,
            &format!(
                "WITH counted AS ({COUNTED}) SELECT COUNT(*) FROM comments m \
                 JOIN counted c ON c.id = m.initiative_id \
                 WHERE m.created_at >= $1 AND m.created_at < $2 \
                 AND m.deleted_at IS NULL AND m.hidden_at IS NULL"
            ),
        )
        .await
}

/// Rule 7: counted initiatives published in the span, per goal.
#[tracing::instrument(skip_all)]
pub async fn initiatives_by_goal(
    db: &Db,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    scope
        .pairs(
            db,
            &format!(
                "WITH counted AS ({COUNTED}) SELECT g.goal_id, COUNT(*) FROM counted c \
                 JOIN initiatives i ON i.id = c.id \
                 JOIN initiative_goals g ON g.initiative_id = c.id \
                 WHERE i.published_at >= $1 AND i.published_at < $2 GROUP BY g.goal_id"
            ),
        )
        .await
}

/// Rule 7: people taking part, per goal of the initiatives they take part in.
#[tracing::instrument(skip_all)]
pub async fn participants_by_goal(
    db: &Db,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    scope
        .pairs(
            db,
            &format!(
                "{} SELECT g.goal_id, COUNT(DISTINCT h.account_id) FROM held h \
                 JOIN initiative_goals g ON g.initiative_id = h.initiative_id GROUP BY g.goal_id",
                with_held()
            ),
        )
        .await
}

/// Rule 8: people taking part, by the neighbourhood they live in (`None`: not stated).
#[tracing::instrument(skip_all)]
pub async fn participants_by_home(
    db: &Db,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    scope
        .pairs(
            db,
            &format!(
                "{} SELECT a.neighbourhood_id, COUNT(DISTINCT h.account_id) FROM held h \
                 JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id",
                with_held()
            ),
        )
        .await
}

/// Rule 8: counted initiatives someone took part in, by where they take place (`None`:
/// the whole town).
#[tracing::instrument(skip_all)]
pub async fn initiatives_by_place(
    db: &Db,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    scope
        .pairs(
            db,
            &format!(
                "{} SELECT place, COUNT(DISTINCT initiative_id) FROM held GROUP BY place",
                with_held()
            ),
        )
        .await
}

/// Rule 9: counted initiatives someone took part in, and of those the ones whose
/// participants live in at least two neighbourhoods.
#[tracing::instrument(skip_all)]
pub async fn meeting_across(db: &Db, scope: Scope) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(&format!(
        "{} SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN homes >= 2 THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM (SELECT h.initiative_id, COUNT(DISTINCT a.neighbourhood_id) AS homes FROM held h \
               JOIN accounts a ON a.id = h.account_id GROUP BY h.initiative_id) x",
        with_held()
    ))
    .bind(scope.from)
    .bind(scope.to)
    .bind(scope.goal)
    .bind(scope.neighbourhood)
    .fetch_one(db.pool())
    .await
}

/// People living in a neighbourhood (or not saying) who took part in initiatives held in
/// a place (or the whole town): (home, place, people).
pub type HomePlace = (Option<i64>, Option<i64>, i64);

/// Rule 9: people by where they live and where the initiative takes place.
#[tracing::instrument(skip_all)]
pub async fn home_by_place(db: &Db, scope: Scope) -> Result<Vec<HomePlace>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{} SELECT a.neighbourhood_id, h.place, COUNT(DISTINCT h.account_id) FROM held h \
         JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id, h.place",
        with_held()
    ))
    .bind(scope.from)
    .bind(scope.to)
    .bind(scope.goal)
    .bind(scope.neighbourhood)
    .fetch_all(db.pool())
    .await
}

/// Rule 11: review decisions in the span, by action, with the longest wait (seconds).
#[tracing::instrument(skip_all)]
pub async fn decisions(
    db: &Db,
    scope: Scope,
) -> Result<Vec<(String, i64, Option<i64>)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT a.action, COUNT(*), MAX(a.waited) FROM audit_log a \
         JOIN initiatives i ON i.id = a.target_id \
         WHERE a.target_kind = 'initiative' AND a.action IN ('publish', 'send_back', 'reject') \
         AND a.at >= $1 AND a.at < $2 AND {NARROWED} GROUP BY a.action"
    ))
    .bind(scope.from)
    .bind(scope.to)
    .bind(scope.goal)
    .bind(scope.neighbourhood)
    .fetch_all(db.pool())
    .await
}

/// Rule 11: the median wait (seconds) of the span's `count` decisions: the middle one, or
/// the mean of the middle two.
#[tracing::instrument(skip_all)]
pub async fn median_wait(db: &Db, scope: Scope, count: i64) -> Result<Option<f64>, sqlx::Error> {
    if count <= 0 {
        return Ok(None);
    }
    let (take, skip) = if count % 2 == 1 {
        (1, (count - 1) / 2)
    } else {
        (2, count / 2 - 1)
    };
    sqlx::query_scalar(&format!(
        "SELECT AVG(CAST(w AS DOUBLE PRECISION)) FROM (SELECT a.waited AS w FROM audit_log a \
         JOIN initiatives i ON i.id = a.target_id \
         WHERE a.target_kind = 'initiative' AND a.action IN ('publish', 'send_back', 'reject') \
         AND a.at >= $1 AND a.at < $2 AND {NARROWED} AND a.waited IS NOT NULL \
         ORDER BY a.waited LIMIT {take} OFFSET {skip}) middle"
    ))
    .bind(scope.from)
    .bind(scope.to)
    .bind(scope.goal)
    .bind(scope.neighbourhood)
    .fetch_one(db.pool())
    .await
}

/// The goals, all of them (a retired goal still has its history), in the policy's order.
pub async fn goals(db: &Db) -> Result<Vec<(i64, i64, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, position, title_da, title_en FROM goals ORDER BY position")
        .fetch_all(db.pool())
        .await
}

/// The neighbourhoods with their residents: those in use, and retired ones with history.
pub async fn neighbourhoods(db: &Db) -> Result<Vec<(i64, String, Option<i64>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, n.name, n.residents FROM neighbourhoods n WHERE n.retired = 0 \
         OR EXISTS (SELECT 1 FROM accounts a WHERE a.neighbourhood_id = n.id) \
         OR EXISTS (SELECT 1 FROM initiatives i WHERE i.neighbourhood_id = n.id) \
         ORDER BY n.name",
    )
    .fetch_all(db.pool())
    .await
}
