//! The rows every participation figure groups: the counted initiatives (rule 1), when each
//! ran (rule 2), their participation events, and the participations held during a span
//! while their initiative ran. Both `store.rs` and `participation.rs` build on them.

/// Counted initiatives (rule 1), narrowed (rule 12): their id and where they take place.
pub(super) const COUNTED: &str = "SELECT i.id, i.neighbourhood_id FROM initiatives i \
     WHERE i.published_at IS NOT NULL AND i.hidden_at IS NULL \
     AND ($3 = 0 OR EXISTS (SELECT 1 FROM initiative_goals ng \
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
pub(super) fn with_held() -> String {
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
