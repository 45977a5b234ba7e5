-- Moderating content: hiding initiatives and comments, resolving reports, suspending
-- accounts; and an audit log that also records the administrators' changes.

-- Hidden content keeps its text for the moderators; everyone else sees that it was hidden.
-- `hidden_by` NULL with `hidden_at` set means it was hidden automatically, because three
-- different people reported it, until a moderator looks at it.
ALTER TABLE initiatives ADD COLUMN hidden_at INTEGER;
ALTER TABLE initiatives ADD COLUMN hidden_by INTEGER REFERENCES accounts (id);
ALTER TABLE initiatives ADD COLUMN hidden_reason TEXT;
ALTER TABLE comments ADD COLUMN hidden_at INTEGER;
ALTER TABLE comments ADD COLUMN hidden_by INTEGER REFERENCES accounts (id);
ALTER TABLE comments ADD COLUMN hidden_reason TEXT;

-- A report is open until a moderator hides, restores or dismisses its item.
ALTER TABLE reports ADD COLUMN resolved_at INTEGER;
ALTER TABLE reports ADD COLUMN resolved_by INTEGER REFERENCES accounts (id);
CREATE INDEX reports_open ON reports (resolved_at, target_kind, target_id);

-- A suspended account can read but not post, join or comment. `ends_at` NULL means until a
-- moderator lifts it. At most one suspension per account is in force (not lifted): the
-- unique index makes two moderators suspending at once store one.
CREATE TABLE suspensions (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    reason      TEXT    NOT NULL,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER,
    created_by  INTEGER NOT NULL REFERENCES accounts (id),
    lifted_at   INTEGER,
    lifted_by   INTEGER REFERENCES accounts (id),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE UNIQUE INDEX suspensions_one_in_force ON suspensions (account_id) WHERE lifted_at IS NULL;

-- The audit log's allowed actions and targets grow to the administrators' changes. SQLite
-- cannot change a CHECK, so the table is rebuilt with its rows, indexes and triggers.
CREATE TABLE audit_log_new (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES accounts (id),
    action       TEXT    NOT NULL CHECK (action IN ('publish', 'send_back', 'reject',
                     'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
                     'suspend', 'lift', 'grant_role', 'revoke_role', 'add_neighbourhood',
                     'edit_neighbourhood', 'retire_neighbourhood', 'reinstate_neighbourhood',
                     'add_goal', 'edit_goal', 'retire_goal', 'reinstate_goal', 'edit_settings')),
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
