-- Moderators' review of proposals, their audit log, and the notifications initiators get.

-- When the proposal last entered the review queue (first sent, or resubmitted after being
-- sent back): the queue shows how long each has waited.
ALTER TABLE initiatives ADD COLUMN submitted_at BIGINT NOT NULL DEFAULT 0;
UPDATE initiatives SET submitted_at = created_at;
CREATE INDEX initiatives_queue ON initiatives (state, submitted_at);

-- Every moderator action: who, when, what, on what, and why. Written in the transaction of
-- the action itself. `waited` is, for a review decision, how many seconds the proposal had
-- waited in the queue. Nothing here is ever changed or deleted; the trigger refuses it.
CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id     BIGINT  NOT NULL REFERENCES accounts (id),
    action       TEXT    NOT NULL CHECK (action IN ('publish', 'send_back', 'reject',
                     'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
                     'suspend', 'lift')),
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('initiative', 'comment', 'account')),
    target_id    BIGINT  NOT NULL,
    reason       TEXT,
    -- What the action set, where it set something: the goals' ids, comma-separated.
    details      TEXT,
    waited       BIGINT,
    at           BIGINT  NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target_kind, target_id);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed or deleted from';
END;
$$;
CREATE TRIGGER audit_log_never_changes BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- What a person is told on the platform (and by email): a decision on their initiative.
CREATE TABLE notifications (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     BIGINT  NOT NULL REFERENCES accounts (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('published', 'sent_back', 'rejected',
                       'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
                       'suspended')),
    initiative_id  BIGINT  REFERENCES initiatives (id),
    reason         TEXT,
    created_at     BIGINT  NOT NULL,
    read_at        BIGINT
);
CREATE INDEX notifications_account ON notifications (account_id, id);
