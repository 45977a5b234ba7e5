-- Reports of initiatives and comments by logged-in users, with a reason, kept for the
-- moderators. One report per person per item: reporting again changes nothing.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('initiative', 'comment')),
    target_id    INTEGER NOT NULL,
    reporter_id  INTEGER NOT NULL REFERENCES accounts (id),
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (target_kind, target_id, reporter_id)
);
CREATE INDEX reports_target ON reports (target_kind, target_id);
