-- Moderators' review of proposals, their audit log, and the notifications initiators get.

-- When the proposal last entered the review queue (first sent, or resubmitted after being
-- sent back): the queue shows how long each has waited.
ALTER TABLE initiatives ADD COLUMN submitted_at INTEGER NOT NULL DEFAULT 0;
UPDATE initiatives SET submitted_at = created_at;
CREATE INDEX initiatives_queue ON initiatives (state, submitted_at);

-- Every moderator action: who, when, what, on what, and why. Written in the transaction of
-- the action itself. `waited` is, for a review decision, how many seconds the proposal had
-- waited in the queue. Nothing here is ever changed or deleted; the triggers refuse it.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES accounts (id),
    action       TEXT    NOT NULL CHECK (action IN ('publish', 'send_back', 'reject',
                     'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
                     'suspend', 'lift')),
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('initiative', 'comment', 'account')),
    target_id    INTEGER NOT NULL,
    reason       TEXT,
    -- What the action set, where it set something: the goals' ids, comma-separated.
    details      TEXT,
    waited       INTEGER,
    at           INTEGER NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target_kind, target_id);
CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;
CREATE TRIGGER audit_log_never_shrinks BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be deleted from');
END;

-- What a person is told on the platform (and by email): a decision on their initiative.
CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('published', 'sent_back', 'rejected',
                       'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
                       'suspended')),
    initiative_id  INTEGER REFERENCES initiatives (id),
    reason         TEXT,
    created_at     INTEGER NOT NULL,
    read_at        INTEGER
);
CREATE INDEX notifications_account ON notifications (account_id, id);
