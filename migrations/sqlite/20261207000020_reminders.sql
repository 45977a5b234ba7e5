-- Reminders the day before a dated initiative. A reminder is due for every published
-- initiative that starts within a day; this table holds the ones a server process has
-- taken on, one row per initiative and start time. The key is the claim: with several
-- processes, the one whose insert wrote the row sends the emails, the others find the row
-- there and send nothing. A moved initiative has a new start, so it is reminded of again;
-- after a restart, what was due and not taken on is still due.
CREATE TABLE reminders_sent (
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    starts_at      INTEGER NOT NULL,
    sent_at        INTEGER NOT NULL,
    recipients     INTEGER NOT NULL DEFAULT 0 CHECK (recipients >= 0),
    PRIMARY KEY (initiative_id, starts_at)
);
