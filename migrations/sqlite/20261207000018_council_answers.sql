-- The municipality's official answer to a proposal to the council or an idea for the town:
-- a status, a text, the date it was decided and, where there is one, a link to the
-- council's minutes. One row per initiative, the answer as it stands now; every change is
-- in the audit log. `revision` counts the changes, so that a moderator's form that was read
-- before another moderator changed the answer is refused instead of overwriting it.
CREATE TABLE council_answers (
    initiative_id  INTEGER PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
    status         TEXT    NOT NULL CHECK (status IN ('in_progress', 'adopted',
                       'partly_adopted', 'not_adopted', 'answered')),
    body           TEXT    NOT NULL,
    -- The day it was decided or answered: midnight in Copenhagen, as UTC seconds.
    decided_on     INTEGER NOT NULL,
    minutes_url    TEXT,
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    recorded_at    INTEGER NOT NULL
);
CREATE INDEX council_answers_status ON council_answers (status);

-- The audit log learns the answer; notifications learn it too, and tell everyone taking
-- part when an initiative is withdrawn or its time or place changes. SQLite cannot change a CHECK, so
-- both tables are rebuilt with their rows, indexes and triggers; nothing refers to them.
CREATE TABLE audit_log_new (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES accounts (id),
    action       TEXT    NOT NULL CHECK (action IN ('publish', 'send_back', 'reject',
                     'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
                     'suspend', 'lift', 'grant_role', 'revoke_role', 'add_neighbourhood',
                     'edit_neighbourhood', 'retire_neighbourhood', 'reinstate_neighbourhood',
                     'add_goal', 'edit_goal', 'retire_goal', 'reinstate_goal', 'edit_settings',
                     'answer')),
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('initiative', 'comment', 'account',
                     'neighbourhood', 'goal', 'settings')),
    target_id    INTEGER NOT NULL,
    reason       TEXT,
    details      TEXT,
    waited       INTEGER,
    at           INTEGER NOT NULL
);
INSERT INTO audit_log_new (id, actor_id, action, target_kind, target_id, reason, details, waited, at)
    SELECT id, actor_id, action, target_kind, target_id, reason, details, waited, at FROM audit_log;
DROP TRIGGER audit_log_never_changes;
DROP TRIGGER audit_log_never_shrinks;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target_kind, target_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;
CREATE TRIGGER audit_log_never_shrinks BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be deleted from');
END;

CREATE TABLE notifications_new (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('published', 'sent_back', 'rejected',
                       'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
                       'suspended', 'initiator_requested', 'initiator_accepted',
                       'initiator_declined', 'need_offered', 'comment_replied', 'answered',
        'withdrawn', 'rescheduled')),
    initiative_id  INTEGER REFERENCES initiatives (id),
    reason         TEXT,
    created_at     INTEGER NOT NULL,
    read_at        INTEGER,
    actor_id       INTEGER REFERENCES accounts (id),
    comment_id     INTEGER REFERENCES comments (id),
    emailed_at     INTEGER
);
INSERT INTO notifications_new (id, account_id, kind, initiative_id, reason, created_at,
        read_at, actor_id, comment_id, emailed_at)
    SELECT id, account_id, kind, initiative_id, reason, created_at, read_at, actor_id,
        comment_id, emailed_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_account ON notifications (account_id, id);
CREATE INDEX notifications_unemailed ON notifications (account_id) WHERE emailed_at IS NULL;
