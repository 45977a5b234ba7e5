-- Places and a waiting list. An initiator may say how many can take part at the levels
-- that come (active and co-creating, and observing if they choose); the limit sits in
-- `initiative_counts`, the row the participation triggers keep exact, so that the database
-- itself refuses a join that would take more places than there are, however requests race.
-- `capacity_observing` is 1 when observing takes a place too.
ALTER TABLE initiative_counts
    ADD COLUMN capacity_observing BIGINT NOT NULL DEFAULT 0 CHECK (capacity_observing IN (0, 1)),
    ADD COLUMN capacity BIGINT,
    ADD CONSTRAINT initiative_counts_capacity CHECK (capacity IS NULL OR (capacity > 0
        AND active + co_creating + capacity_observing * observing <= capacity));

-- Who waits for a place, in order (`id`), and at which level they asked for. One place in
-- line a person; someone already taking part at a level without a place (observing) keeps
-- it while they wait for one that has.
CREATE TABLE waiting_list (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id  BIGINT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id     BIGINT NOT NULL REFERENCES accounts (id),
    level          TEXT   NOT NULL CHECK (level IN ('observing', 'active', 'co_creating')),
    queued_at      BIGINT NOT NULL,
    UNIQUE (initiative_id, account_id)
);
CREATE INDEX waiting_list_in_line ON waiting_list (initiative_id, id);
CREATE INDEX waiting_list_account ON waiting_list (account_id);

-- Those moved up from the waiting list are told.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check,
    ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('published', 'sent_back',
        'rejected', 'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
        'suspended', 'initiator_requested', 'initiator_accepted', 'initiator_declined',
        'need_offered', 'comment_replied', 'answered',
        'withdrawn', 'rescheduled', 'moved_up'));
