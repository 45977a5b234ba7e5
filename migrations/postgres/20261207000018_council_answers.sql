-- The municipality's official answer to a proposal to the council or an idea for the town:
-- a status, a text, the date it was decided and, where there is one, a link to the
-- council's minutes. One row per initiative, the answer as it stands now; every change is
-- in the audit log. `revision` counts the changes, so that a moderator's form that was read
-- before another moderator changed the answer is refused instead of overwriting it.
CREATE TABLE council_answers (
    initiative_id  BIGINT  PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
    status         TEXT    NOT NULL CHECK (status IN ('in_progress', 'adopted',
                       'partly_adopted', 'not_adopted', 'answered')),
    body           TEXT    NOT NULL,
    -- The day it was decided or answered: midnight in Copenhagen, as UTC seconds.
    decided_on     BIGINT  NOT NULL,
    minutes_url    TEXT,
    revision       BIGINT  NOT NULL CHECK (revision >= 1),
    recorded_at    BIGINT  NOT NULL
);
CREATE INDEX council_answers_status ON council_answers (status);

-- The audit log learns the answer; notifications learn it too, and tell everyone taking
-- part when an initiative is withdrawn or its time or place changes.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check,
    ADD CONSTRAINT audit_log_action_check CHECK (action IN ('publish', 'send_back', 'reject',
        'change_goals', 'carry_out', 'archive', 'hide', 'restore', 'dismiss',
        'suspend', 'lift', 'grant_role', 'revoke_role', 'add_neighbourhood',
        'edit_neighbourhood', 'retire_neighbourhood', 'reinstate_neighbourhood',
        'add_goal', 'edit_goal', 'retire_goal', 'reinstate_goal', 'edit_settings', 'answer'));
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
    ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('published', 'sent_back',
        'rejected', 'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
        'suspended', 'initiator_requested', 'initiator_accepted', 'initiator_declined',
        'need_offered', 'comment_replied', 'answered',
        'withdrawn', 'rescheduled'));
