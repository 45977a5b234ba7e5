-- When an initiative stopped running: the moment it was withdrawn, carried out or archived,
-- whichever came first; NULL while it runs (and for what was never published). The
-- summary counts a participation only while its initiative was running (rule 2 in
-- app/src/summary/mod.rs): without this, a sign-up for an idea carried out last year
-- counted as taking part for ever. Written by the same statement that changes the state
-- (app/src/initiatives/store/mod.rs, `apply`).
ALTER TABLE initiatives ADD COLUMN closed_at BIGINT;
-- Earlier closings: carrying out and archiving are in the audit log; a withdrawal is not,
-- so its time is the last change, which is the withdrawal unless the initiative was
-- archived or hidden since (then a little late, never early).
UPDATE initiatives SET closed_at = COALESCE(
    (SELECT MIN(a.at) FROM audit_log a
     WHERE a.target_kind = 'initiative' AND a.target_id = initiatives.id
       AND a.action IN ('carry_out', 'archive')),
    updated_at)
WHERE state IN ('withdrawn', 'carried_out', 'archived');
