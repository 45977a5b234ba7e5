-- How many take part in each initiative, kept exact by triggers in the same transaction as
-- every join and leave, whoever writes (the pages, deleting an account, the data
-- generator), so that lists show and sort by it without counting per row. A table of its
-- own rather than a column of `initiatives`: a join holds the initiative's row FOR SHARE,
-- and two joins writing that row at once would deadlock.
CREATE TABLE initiative_counts (
    initiative_id  BIGINT PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
    participants   BIGINT NOT NULL DEFAULT 0 CHECK (participants >= 0)
);
INSERT INTO initiative_counts (initiative_id, participants)
    SELECT i.id, (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = i.id)
    FROM initiatives i;
-- Most participants first, newest first among equals: the list's "most participants".
CREATE INDEX initiative_counts_participants ON initiative_counts (participants, initiative_id);

CREATE FUNCTION initiatives_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO initiative_counts (initiative_id, participants) VALUES (NEW.id, 0);
    RETURN NULL;
END
$$;
CREATE TRIGGER initiatives_counted AFTER INSERT ON initiatives
    FOR EACH ROW EXECUTE FUNCTION initiatives_counted();

CREATE FUNCTION participations_joined() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE initiative_counts SET participants = participants + 1
    WHERE initiative_id = NEW.initiative_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER participations_joined AFTER INSERT ON participations
    FOR EACH ROW EXECUTE FUNCTION participations_joined();

CREATE FUNCTION participations_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE initiative_counts SET participants = participants - 1
    WHERE initiative_id = OLD.initiative_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER participations_left AFTER DELETE ON participations
    FOR EACH ROW EXECUTE FUNCTION participations_left();

-- The public list: published and not hidden, newest first, read from the index alone
-- (its count too), instead of reading every published row for `hidden_at`.
CREATE INDEX initiatives_listed ON initiatives (state, hidden_at, published_at, id);
-- "My initiatives": what a person proposed, and what they are an initiator of.
CREATE INDEX participations_level ON participations (account_id, level, initiative_id);

-- The audit log's guard as two triggers named as on SQLite's side (the schema test compares
-- the triggers of both): one refuses changes, one refuses deletions.
DROP TRIGGER audit_log_never_changes ON audit_log;
CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_never_shrinks BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
