-- Requests to become a further initiator, which an existing initiator accepts or declines.
-- One per person per initiative: asking again after a decline reopens the same row.
CREATE TABLE initiator_requests (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    state          TEXT    NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    created_at     INTEGER NOT NULL,
    decided_by     INTEGER REFERENCES accounts (id),
    decided_at     INTEGER,
    UNIQUE (initiative_id, account_id)
);
