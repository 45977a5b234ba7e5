//! Who took part in a span, read once: the ladder and its steps (rules 2–5), joined or
//! stepped up (16), by goal (7), by home and by place (8), home by place (9), the mixing
//! of each initiative (9, 17) and who went outside their own neighbourhood (17). Each is
//! a grouping of the same participation rows (`held`, see `held.rs`), so one
//! statement computes those rows once (`MATERIALIZED`) and answers every grouping a view
//! wants as tagged rows. On PostgreSQL that took one period from 5.4 s to 2.2 s at the
//! generated size (each grouping had built the rows again); SQLite read them as fast
//! either way.

use super::held::with_held;
use super::reader::{Reader, Scope};

/// A grouping the view wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    People,
    Moved,
    Goals,
    Homes,
    Places,
    HomePlaces,
    Mixing,
    Outside,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::People,
        Part::Moved,
        Part::Goals,
        Part::Homes,
        Part::Places,
        Part::HomePlaces,
        Part::Mixing,
        Part::Outside,
    ];

    /// Its tag in the answer's first column.
    fn tag(self) -> &'static str {
        match self {
            Part::People => "people",
            Part::Moved => "moved",
            Part::Goals => "goals",
            Part::Homes => "homes",
            Part::Places => "places",
            Part::HomePlaces => "home_places",
            Part::Mixing => "mixing",
            Part::Outside => "outside",
        }
    }

    /// Its branch of the statement: the tag, two keys, three values (all BIGINT, so that
    /// PostgreSQL can put the branches under each other). `first` is rule 4's first join.
    fn branch(self, first: &str) -> String {
        const NO: &str = "CAST(NULL AS BIGINT)";
        let select =
            |keys: String, values: String| format!("SELECT '{}', {keys}, {values}", self.tag());
        match self {
            Part::People => select(
                format!("CAST(t.top AS BIGINT), {NO}"),
                format!(
                    "CAST(COUNT(*) AS BIGINT), \
                     CAST(SUM(CASE WHEN p.earlier IS NOT NULL AND t.top > p.earlier THEN 1 ELSE 0 END) AS BIGINT), \
                     CAST(SUM(CASE WHEN {first} >= $1 THEN 1 ELSE 0 END) AS BIGINT) \
                     FROM tops t JOIN past p ON p.account_id = t.account_id GROUP BY t.top"
                ),
            ),
            // Rule 16: a join, or a level change to a rank above the pair's event before it.
            Part::Moved => select(
                format!("{NO}, {NO}"),
                "CAST(COUNT(DISTINCT x.account_id) AS BIGINT), 0, 0 FROM ev x WHERE x.at >= $1 \
                 AND (x.kind = 'joined' OR (x.kind = 'changed' AND x.rnk > \
                      (SELECT CASE b.level WHEN 'observing' THEN 1 WHEN 'active' THEN 2 \
                                           WHEN 'co_creating' THEN 3 ELSE 4 END \
                       FROM participation_events b \
                       WHERE b.initiative_id = x.initiative_id AND b.account_id = x.account_id \
                       AND b.id < x.id ORDER BY b.id DESC LIMIT 1)))"
                    .to_owned(),
            ),
            Part::Goals => select(
                format!("CAST(g.goal_id AS BIGINT), {NO}"),
                "CAST(COUNT(DISTINCT h.account_id) AS BIGINT), 0, 0 FROM held h \
                 JOIN initiative_goals g ON g.initiative_id = h.initiative_id GROUP BY g.goal_id"
                    .to_owned(),
            ),
            // Each person once before the join: half the time of counting distinct people
            // over every participation row.
            Part::Homes => select(
                format!("CAST(a.neighbourhood_id AS BIGINT), {NO}"),
                "CAST(COUNT(*) AS BIGINT), 0, 0 FROM (SELECT DISTINCT account_id FROM held) h \
                 JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id"
                    .to_owned(),
            ),
            Part::Places => select(
                format!("CAST(place AS BIGINT), {NO}"),
                "CAST(COUNT(DISTINCT initiative_id) AS BIGINT), 0, 0 FROM held GROUP BY place"
                    .to_owned(),
            ),
            Part::HomePlaces => select(
                "CAST(a.neighbourhood_id AS BIGINT), CAST(h.place AS BIGINT)".to_owned(),
                "CAST(COUNT(DISTINCT h.account_id) AS BIGINT), 0, 0 FROM held h \
                 JOIN accounts a ON a.id = h.account_id GROUP BY a.neighbourhood_id, h.place"
                    .to_owned(),
            ),
            Part::Mixing => select(
                "CAST(m.initiative_id AS BIGINT), CAST(g.goal_id AS BIGINT)".to_owned(),
                "CAST(m.homes AS BIGINT), CAST(m.people AS BIGINT), CAST(m.same AS BIGINT) \
                 FROM mix m LEFT JOIN initiative_goals g ON g.initiative_id = m.initiative_id"
                    .to_owned(),
            ),
            Part::Outside => select(
                format!("{NO}, {NO}"),
                "CAST(COUNT(DISTINCT a.id) AS BIGINT), \
                 CAST(COUNT(DISTINCT CASE WHEN h.place IS NOT NULL \
                      AND h.place <> a.neighbourhood_id THEN a.id END) AS BIGINT), 0 \
                 FROM held h JOIN accounts a ON a.id = h.account_id \
                 WHERE a.neighbourhood_id IS NOT NULL"
                    .to_owned(),
            ),
        }
    }
}

/// Rules 2 to 5 and 16: people by the highest level they held in the span (rank 1–4), of
/// them how many stepped up and how many are new; and the people who joined or raised
/// their level in the span, running or not.
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

/// One counted initiative someone took part in during the span, under one of its goals
/// (a row per goal; `goal` `None` when it has none), with its participants by where they
/// live (rules 9 and 17).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// People living in a neighbourhood (or not saying) who took part in initiatives held in
/// a place (or the whole town): (home, place, people).
pub type HomePlace = (Option<i64>, Option<i64>, i64);

/// What `participation` read; the parts not asked for stay empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Participation {
    pub people: People,
    /// Rule 7: people taking part, per goal of the initiatives they take part in.
    pub by_goal: Vec<(Option<i64>, i64)>,
    /// Rule 8: people taking part, by the neighbourhood they live in (`None`: not stated).
    pub by_home: Vec<(Option<i64>, i64)>,
    /// Rule 8: counted initiatives someone took part in, by where they take place (`None`:
    /// the whole town).
    pub by_place: Vec<(Option<i64>, i64)>,
    /// Rule 9: people by where they live and where the initiative takes place.
    pub home_by_place: Vec<HomePlace>,
    pub mixing: Vec<Mix>,
    /// Rule 17: people taking part who state where they live, and of them those who took
    /// part in an initiative held in another neighbourhood.
    pub outside: (i64, i64),
}

/// A row of the answer: the part's tag, two keys and three values (see `Part::branch`).
type Tagged = (String, Option<i64>, Option<i64>, i64, i64, i64);

/// The `parts` of who took part in the span, in one statement.
#[tracing::instrument(skip_all)]
pub async fn participation(
    reader: &mut Reader,
    scope: Scope,
    parts: &[Part],
) -> Result<Participation, sqlx::Error> {
    let mut read = Participation::default();
    if parts.is_empty() {
        return Ok(read);
    }
    // Rule 4. Not narrowed, the events read already hold everyone's first join; narrowed,
    // the first join is looked for among all counted initiatives.
    let first = if scope.goal == 0 && scope.neighbourhood == 0 {
        "p.first"
    } else {
        "(SELECT MIN(f.at) FROM participation_events f \
          JOIN initiatives fi ON fi.id = f.initiative_id \
          WHERE f.account_id = t.account_id AND f.kind = 'joined' \
          AND fi.published_at IS NOT NULL AND fi.hidden_at IS NULL)"
    };
    let mut with = with_held().replacen("held AS (", "held AS MATERIALIZED (", 1);
    if parts.contains(&Part::People) {
        with.push_str(
            ", tops AS (SELECT account_id, MAX(rnk) AS top FROM held GROUP BY account_id), \
             past AS (SELECT account_id, \
                      MAX(CASE WHEN kind <> 'left' AND at < $1 THEN rnk END) AS earlier, \
                      MIN(CASE WHEN kind = 'joined' THEN at END) AS first \
                      FROM ev GROUP BY account_id)",
        );
    }
    if parts.contains(&Part::Mixing) {
        with.push_str(
            ", homes AS (SELECT h.initiative_id, a.neighbourhood_id AS home, \
                         COUNT(DISTINCT h.account_id) AS n FROM held h \
                         JOIN accounts a ON a.id = h.account_id \
                         GROUP BY h.initiative_id, a.neighbourhood_id), \
             mix AS (SELECT initiative_id, COUNT(home) AS homes, \
                     COALESCE(SUM(CASE WHEN home IS NOT NULL THEN n END), 0) AS people, \
                     COALESCE(SUM(CASE WHEN home IS NOT NULL THEN n * (n - 1) END), 0) AS same \
                     FROM homes GROUP BY initiative_id)",
        );
    }
    let branches: Vec<String> = parts.iter().map(|part| part.branch(first)).collect();
    let rows: Vec<Tagged> = reader
        .rows(&format!("{with} {}", branches.join(" UNION ALL ")), scope)
        .await?;
    for (tag, key, other, a, b, c) in rows {
        match Part::ALL.into_iter().find(|p| p.tag() == tag) {
            Some(Part::People) => {
                if let Some(slot) = key
                    .and_then(|r| usize::try_from(r - 1).ok())
                    .and_then(|slot| read.people.ladder.get_mut(slot))
                {
                    *slot = a;
                }
                read.people.stepped_up += b;
                read.people.new += c;
            }
            Some(Part::Moved) => read.people.joined_or_stepped_up = a,
            Some(Part::Goals) => read.by_goal.push((key, a)),
            Some(Part::Homes) => read.by_home.push((key, a)),
            Some(Part::Places) => read.by_place.push((key, a)),
            Some(Part::HomePlaces) => read.home_by_place.push((key, other, a)),
            Some(Part::Mixing) => read.mixing.push(Mix {
                initiative_id: key.unwrap_or_default(),
                goal_id: other,
                homes: a,
                people: b,
                same: c,
            }),
            Some(Part::Outside) => read.outside = (a, b),
            None => {}
        }
    }
    Ok(read)
}

/// Rules 2–5 and 16 alone: each person's highest level in the span (rule 3); stepped up
/// (rule 5): that level is above the highest they held before the span (even if they left
/// since), in the narrowing's initiatives; new (rule 4): their first join on the platform,
/// in any counted initiative whatever the narrowing, is in the span.
pub async fn people(reader: &mut Reader, scope: Scope) -> Result<People, sqlx::Error> {
    Ok(participation(reader, scope, &[Part::People, Part::Moved])
        .await?
        .people)
}

/// Rule 8 alone: people taking part by where they live.
pub async fn participants_by_home(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<(Option<i64>, i64)>, sqlx::Error> {
    Ok(participation(reader, scope, &[Part::Homes]).await?.by_home)
}

/// Rule 9 alone: people by where they live and where the initiative takes place.
pub async fn home_by_place(
    reader: &mut Reader,
    scope: Scope,
) -> Result<Vec<HomePlace>, sqlx::Error> {
    Ok(participation(reader, scope, &[Part::HomePlaces])
        .await?
        .home_by_place)
}
