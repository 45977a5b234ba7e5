-- Moderating content: hiding initiatives and comments, resolving reports, suspending
-- accounts; and an audit log that also records the administrators' changes.

-- Hidden content keeps its text for the moderators; everyone else sees that it was hidden.
-- `hidden_by` NULL with `hidden_at` set means it was hidden automatically, because three
-- different people reported it, until a moderator looks at it.
ALTER TABLE initiatives ADD COLUMN hidden_at BIGINT,
    ADD COLUMN hidden_by BIGINT REFERENCES accounts (id),
    ADD COLUMN hidden_reason TEXT;
ALTER TABLE comments ADD COLUMN hidden_at BIGINT,
    ADD COLUMN hidden_by BIGINT REFERENCES accounts (id),
    ADD COLUMN hidden_reason TEXT;

-- A report is open until a moderator hides, restores or dismisses its item.
ALTER TABLE reports ADD COLUMN resolved_at BIGINT,
    ADD COLUMN resolved_by BIGINT REFERENCES accounts (id);
CREATE INDEX reports_open ON reports (resolved_at, target_kind, target_id);

-- A suspended account can read but not post, join or comment. `ends_at` NULL means until a
-- moderator lifts it. At most one suspension per account is in force (not lifted): the
-- unique index makes two moderators suspending at once store one.
CREATE TABLE suspensions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id),
    reason      TEXT    NOT NULL,
    starts_at   BIGINT  NOT NULL,
    ends_at     BIGINT,
    created_by  BIGINT  NOT NULL REFERENCES accounts (id),
    lifted_at   BIGINT,
    lifted_by   BIGINT  REFERENCES accounts (id),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE UNIQUE INDEX suspensions_one_in_force ON suspensions (account_id) WHERE lifted_at IS NULL;

-- The audit log's allowed actions and targets grow to the administrators' changes.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check,
    ADD CONSTRAINT audit_log_action_check CHECK (action IN ('publish', 'send_back', 'reject',
        'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
        'suspend', 'lift', 'grant_role', 'revoke_role', 'add_neighbourhood',
        'edit_neighbourhood', 'retire_neighbourhood', 'reinstate_neighbourhood',
        'add_goal', 'edit_goal', 'retire_goal', 'reinstate_goal', 'edit_settings'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_target_kind_check,
    ADD CONSTRAINT audit_log_target_kind_check CHECK (target_kind IN ('initiative', 'comment',
        'account', 'neighbourhood', 'goal', 'settings'));
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
