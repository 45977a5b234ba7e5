-- Failed log-ins per email, to slow down password guessing. Kept in the database (not in
-- memory) so that every server process counts the same attempts.
CREATE TABLE login_failures (
    id         INTEGER PRIMARY KEY,
    email      TEXT    NOT NULL,
    failed_at  INTEGER  NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
