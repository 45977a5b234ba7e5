//! What must hold of any data set loaded for show (the demo now, the benchmark's generated
//! set later): the rules the pages keep, checked after loading, so that a loader that
//! writes past them is caught.

use crate::db::Db;
use crate::participation::level::Level;
use crate::participation::store::EventKind;

/// Every rule that does not hold, in words; empty when the data is sound.
pub async fn problems(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    // The names are our own enums' stored names, never input.
    let initiator = Level::Initiator.as_str();
    let joined = EventKind::Joined.as_str();
    let left = EventKind::Left.as_str();
    let last_event = "e.id = (SELECT MAX(l.id) FROM participation_events l \
         WHERE l.initiative_id = e.initiative_id AND l.account_id = e.account_id)";
    let rules = [
        (
            "initiatives without an initiator",
            format!(
                "SELECT COUNT(*) FROM initiatives i WHERE NOT EXISTS (SELECT 1 FROM \
                 participations p WHERE p.initiative_id = i.id AND p.level = '{initiator}')"
            ),
        ),
        (
            "initiatives whose proposer did not join as their first initiator",
            format!(
                "SELECT COUNT(*) FROM initiatives i WHERE NOT EXISTS (SELECT 1 FROM \
                 participation_events e WHERE e.initiative_id = i.id \
                 AND e.account_id = i.author_id AND e.kind = '{joined}' \
                 AND e.level = '{initiator}')"
            ),
        ),
        (
            "participations that their events, replayed, do not give",
            format!(
                "SELECT COUNT(*) FROM participations p WHERE NOT EXISTS (SELECT 1 FROM \
                 participation_events e WHERE e.initiative_id = p.initiative_id \
                 AND e.account_id = p.account_id AND e.kind <> '{left}' \
                 AND e.level = p.level AND {last_event})"
            ),
        ),
        (
            "people whose last event says they take part, without a participation",
            format!(
                "SELECT COUNT(*) FROM participation_events e WHERE e.kind <> '{left}' \
                 AND {last_event} AND NOT EXISTS (SELECT 1 FROM participations p \
                 WHERE p.initiative_id = e.initiative_id AND p.account_id = e.account_id)"
            ),
        ),
        (
            "answers on initiatives that are not published proposals or ideas",
            "SELECT COUNT(*) FROM council_answers ca JOIN initiatives i \
             ON i.id = ca.initiative_id WHERE i.kind NOT IN ('proposal', 'idea') \
             OR i.published_at IS NULL"
                .to_owned(),
        ),
        (
            "initiatives whose kept counts are not their participations counted",
            "SELECT COUNT(*) FROM initiative_counts c LEFT JOIN (SELECT initiative_id, \
             COUNT(*) AS n, \
             SUM(CASE WHEN level = 'observing' THEN 1 ELSE 0 END) AS observing, \
             SUM(CASE WHEN level = 'active' THEN 1 ELSE 0 END) AS active, \
             SUM(CASE WHEN level = 'co_creating' THEN 1 ELSE 0 END) AS co_creating, \
             SUM(CASE WHEN level = 'initiator' THEN 1 ELSE 0 END) AS initiator \
             FROM participations GROUP BY initiative_id) r \
             ON r.initiative_id = c.initiative_id \
             WHERE c.participants <> COALESCE(r.n, 0) \
             OR c.observing <> COALESCE(r.observing, 0) OR c.active <> COALESCE(r.active, 0) \
             OR c.co_creating <> COALESCE(r.co_creating, 0) \
             OR c.initiator <> COALESCE(r.initiator, 0)"
                .to_owned(),
        ),
    ];
    let mut problems = Vec::new();
    for (rule, sql) in rules {
        let n: i64 = sqlx::query_scalar(&sql).fetch_one(db.pool()).await?;
        if n > 0 {
            problems.push(format!("{n} {rule}"));
        }
    }
    Ok(problems)
}
