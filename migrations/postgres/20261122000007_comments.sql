-- Comments on initiatives, with one level of replies. A reply names its comment and the
-- same initiative (the composite key makes a reply on another initiative impossible); that
-- a reply's comment is not itself a reply is checked where replies are inserted.
-- Deleting keeps the row (replies hang off it) but clears the text. `revision` grows with
-- every change, so the sum over an initiative tells a page whether anything is new.
-- `submission_key` comes from the form: posting the same form twice stores one comment.
CREATE TABLE comments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id   BIGINT  NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    parent_id       BIGINT,
    author_id       BIGINT  NOT NULL REFERENCES accounts (id),
    body            TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    edited_at       BIGINT,
    deleted_at      BIGINT,
    revision        BIGINT  NOT NULL DEFAULT 1,
    submission_key  TEXT    NOT NULL,
    UNIQUE (id, initiative_id),
    UNIQUE (author_id, submission_key),
    FOREIGN KEY (parent_id, initiative_id) REFERENCES comments (id, initiative_id)
);
CREATE INDEX comments_threads ON comments (initiative_id, parent_id, id);
CREATE INDEX comments_replies ON comments (parent_id, id);
