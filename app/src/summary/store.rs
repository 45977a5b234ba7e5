//! The summary's queries. Each is written once for SQLite and PostgreSQL and takes the same
//! four values: the span's start and end (`$1`, `$2`, UTC seconds, end not included) and
//! the narrowing to a goal and to a neighbourhood (`$3`, `$4`, 0 for none). The rules they
//! implement are listed in `summary/mod.rs`.

pub use super::reader::{Reader, Scope};
use sqlx::Any;

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

/// When each counted initiative was running (rule 2): `run_from` and `run_until` (NULL:
/// still running). A dated one from its start to its end; an event with only a start at
/// that moment; an activity with only a start, and an undated one from its publication,
/// until it stopped (withdrawn, carried out or archived: `closed_at`), whichever is first.
const RUNNING: &str = "SELECT id, neighbourhood_id, run_from, \
     CASE WHEN closed_at IS NULL THEN planned_end \
          WHEN planned_end IS NULL OR closed_at < planned_end THEN closed_at \
          ELSE planned_end END AS run_until \
     FROM (SELECT i.id, i.neighbourhood_id, i.closed_at, \
           COALESCE(i.starts_at, i.published_at) AS run_from, \
           CASE WHEN i.ends_at IS NOT NULL THEN i.ends_at \
                WHEN i.kind = 'event' THEN i.starts_at END AS planned_end \
           FROM initiatives i JOIN counted c ON c.id = i.id) r";

/// `counted`, `running`, `ev` (the participation events of counted initiatives, with the
/// level as a rank, the initiative's place and when it ran) and `held` (rule 2: every
/// participation held at some moment of the span while its initiative was running, with
/// its level then). An event was in force from its time until the pair's next event
/// (`ended_at`, kept by a trigger); it was held during the span when it is not a leave and
/// the three times overlap: in force [at, ended_at), the span [$1, $2) and the initiative
/// running [run_from, run_until]. Three intervals on a line share a moment exactly when
/// every two of them do, so `held` tests the pairs that involve the span here and the one
/// that does not (`in_run`) in `ev`, where the trend can reuse it for its months.
fn with_held() -> String {
    format!(
        "WITH counted AS ({COUNTED}), running AS ({RUNNING}), \
         ev AS (SELECT e.id, e.account_id, e.initiative_id, e.kind, e.at, e.ended_at, \
                r.neighbourhood_id AS place, r.run_from, r.run_until, \
                CASE e.level WHEN 'observing' THEN 1 WHEN 'active' THEN 2 \
                             WHEN 'co_creating' THEN 3 ELSE 4 END AS rnk, \
                CASE WHEN (r.run_until IS NULL OR e.at <= r.run_until) \
                      AND (e.ended_at IS NULL OR r.run_from < e.ended_at) \
                     THEN 1 ELSE 0 END AS in_run \
                FROM participation_events e JOIN running r ON r.id = e.initiative_id \
                WHERE e.at < $2), \
         held AS (SELECT account_id, initiative_id, rnk, place, at, ended_at, run_from, run_until \
                  FROM ev WHERE kind <> 'left' AND in_run = 1 \
                  AND (ended_at IS NULL OR ended_at >= $1) \
                  AND run_from < $2 AND (run_until IS NULL OR run_until >= $1)) "
    )
}

/// Rules 2 to 5 in one reading: people by the highest level they held in the span (rank
/// 1–4), and of them how many stepped up and how many are new; and (rule 16) the people
/// who joined or raised their level in the span, running or not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct People {
    pub ladder: [i64; 4],
    pub stepped_up: i64,
    pub new: i64,
    pub joined_or_stepped_up: i64,
}

impl People {
    pub fn participants(&self) -> i64 {
        self.ladder.iter().sum()
    }
}

/// Rules 2–5: each person's highest level in the span (rule 3); stepped up (rule 5): that
/// level is above the highest they held before the span (even if they left since), in the
/// narrowing's initiatives; new (rule 4): their first join on the platform, in any counted
/// initiative whatever the narrowing, is in the span.
#[tracing::instrument(skip_all)]
pub async fn people(reader: &mut Reader, scope: Scope) -> Result<People, sqlx::Error> {
    // Not narrowed, the events read already hold everyone's first join; narrowed, the
    // first join is looked for among all counted initiatives.
    let first = if scope.goal == 0 && scope.neighbourhood == 0 {
        "p.first"
    } else {
        "(SELECT MIN(f.at) FROM participation_events f \
          JOIN initiatives fi ON fi.id = f.initiative_id \
          WHERE f.account_id = t.account_id AND f.kind = 'joined' \
          AND fi.published_at IS NOT NULL AND fi.hidden_at IS NULL)"
    };
    // Rule 16: a join, or a level change to a rank above the pair's event before it.
    let moved = "SELECT COUNT(DISTINCT x.account_id) FROM ev x WHERE x.at >= $1 \
                 AND (x.kind = 'joined' OR (x.kind = 'changed' AND x.rnk > \
                      (SELECT CASE b.level WHEN 'observing' THEN 1 WHEN 'active' THEN 2 \
                                           WHEN 'co_creating' THEN 3 ELSE 4 END \
                       FROM participation_events b \
                       WHERE b.initiative_id = x.initiative_id AND b.account_id = x.account_id \
                       AND b.id < x.id ORDER BY b.id DESC LIMIT 1)))";
    let rows: Vec<(Option<i64>, i64, i64, i64, i64)> = reader
        .rows(
            &format!(
                "{}, tops AS (SELECT account_id, MAX(rnk) AS top FROM held GROUP BY account_id), \
                 past AS (SELECT account_id, \
                          MAX(CASE WHEN kind <> 'left' AND at < $1 THEN rnk END) AS earlier, \
                          MIN(CASE WHEN kind = 'joined' THEN at END) AS first \
                          FROM ev GROUP BY account_id) \
                 SELECT t.top, COUNT(*), \
                 CAST(SUM(CASE WHEN p.earlier IS NOT NULL AND t.top > p.earlier THEN 1 ELSE 0 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN {first} >= $1 THEN 1 ELSE 0 END) AS BIGINT), 0 \
                 FROM tops t JOIN past p ON p.account_id = t.account_id GROUP BY t.top \
                 UNION ALL SELECT NULL, 0, 0, 0, ({moved})",
                with_held()
            ),
            scope,
        )
        .await?;
    let mut people = People::default();
    for (rank, count, stepped_up, new, moved) in rows {
        people.joined_or_stepped_up += moved;
        if let Some(slot) = rank
            .and_then(|r| usize::try_from(r - 1).ok())
            .and_then(|slot| people.ladder.get_mut(slot))
        {
            *slot = count;
        }
        people.stepped_up += stepped_up;
        people.new += new;
    }
    Ok(people)
}

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

/// Rule 7: people taking part, per goal of the initiatives they take part in.
#[tracing::instrument(skip_all)]
pub async fn participants_by_goal(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    reader
        .pairs(
            &format!(
                "{} SELECT g.goal_id, COUNT(DISTINCT h.account_id) FROM held h \
                 JOIN initiative_goals g ON g.initiative_id = h.initiative_id GROUP BY g.goal_id",
                with_held()
            ),
            scope,
        )
        .await
}

/// Rule 8: people taking part, by the neighbourhood they live in (`None`: not stated).
#[tracing::instrument(skip_all)]
pub async fn participants_by_home(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    reader
        .pairs(
            &format!(
                "{} SELECT a.neighbourhood_id, COUNT(DISTINCT h.account_id) FROM held h \
                 JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id",
                with_held()
            ),
            scope,
        )
        .await
}

/// Rule 8: counted initiatives someone took part in, by where they take place (`None`:
/// the whole town).
#[tracing::instrument(skip_all)]
pub async fn initiatives_by_place(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    reader
        .pairs(
            &format!(
                "{} SELECT place, COUNT(DISTINCT initiative_id) FROM held GROUP BY place",
                with_held()
            ),
            scope,
        )
        .await
}

/// One counted initiative someone took part in during the span, under one of its goals
/// (a row per goal; `goal` `None` when it has none), with its participants by where they
/// live (rules 9 and 17).
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Mix {
    pub initiative_id: i64,
    pub goal_id: Option<i64>,
    /// How many neighbourhoods its participants live in (people who state none left out).
    pub homes: i64,
    /// Its participants who state a neighbourhood.
    pub people: i64,
    /// Σ n(n − 1) over its neighbourhoods' n participants: the ordered pairs of two of
    /// them who live in the same one.
    pub same: i64,
}

/// Rules 9 and 17: each counted initiative someone took part in, with how its
/// participants spread over the neighbourhoods.
#[tracing::instrument(skip_all)]
pub async fn mixing(reader: &mut Reader, scope: Scope) -> Result<Vec<Mix>, sqlx::Error> {
    reader
        .rows(
            &format!(
                "{}, homes AS (SELECT h.initiative_id, a.neighbourhood_id AS home, \
                               COUNT(DISTINCT h.account_id) AS n FROM held h \
                               JOIN accounts a ON a.id = h.account_id \
                               GROUP BY h.initiative_id, a.neighbourhood_id), \
                 mix AS (SELECT initiative_id, COUNT(home) AS homes, \
                         COALESCE(SUM(CASE WHEN home IS NOT NULL THEN n END), 0) AS people, \
                         COALESCE(SUM(CASE WHEN home IS NOT NULL THEN n * (n - 1) END), 0) AS same \
                         FROM homes GROUP BY initiative_id) \
                 SELECT m.initiative_id, g.goal_id, CAST(m.homes AS BIGINT) AS homes, \
                 CAST(m.people AS BIGINT) AS people, CAST(m.same AS BIGINT) AS same \
                 FROM mix m LEFT JOIN initiative_goals g ON g.initiative_id = m.initiative_id",
                with_held()
            ),
            scope,
        )
        .await
}

/// Rule 17: people taking part who state where they live, and of them those who took part
/// in an initiative held in another neighbourhood.
#[tracing::instrument(skip_all)]
pub async fn outside(reader: &mut Reader, scope: Scope) -> Result<(i64, i64), sqlx::Error> {
    let rows: Vec<(i64, i64)> = reader
        .rows(
            &format!(
                "{} SELECT COUNT(DISTINCT a.id), COUNT(DISTINCT CASE WHEN h.place IS NOT NULL \
                 AND h.place <> a.neighbourhood_id THEN a.id END) FROM held h \
                 JOIN accounts a ON a.id = h.account_id WHERE a.neighbourhood_id IS NOT NULL",
                with_held()
            ),
            scope,
        )
        .await?;
    Ok(rows.first().copied().unwrap_or_default())
}

/// People living in a neighbourhood (or not saying) who took part in initiatives held in
/// a place (or the whole town): (home, place, people).
pub type HomePlace = (Option<i64>, Option<i64>, i64);

/// Rule 9: people by where they live and where the initiative takes place.
#[tracing::instrument(skip_all)]
pub async fn home_by_place(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<HomePlace>, sqlx::Error> {
    reader
        .rows(
            &format!(
                "{} SELECT a.neighbourhood_id, h.place, COUNT(DISTINCT h.account_id) FROM held h \
                 JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id, h.place",
                with_held()
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
