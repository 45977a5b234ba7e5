-- Requests to become a further initiator, which an existing initiator accepts or declines.
-- One per person per initiative: asking again after a decline reopens the same row.
CREATE TABLE initiator_requests (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id  BIGINT  NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id     BIGINT  NOT NULL REFERENCES accounts (id),
    state          TEXT    NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    created_at     BIGINT  NOT NULL,
    decided_by     BIGINT  REFERENCES accounts (id),
    decided_at     BIGINT ,
    UNIQUE (initiative_id, account_id)
);
