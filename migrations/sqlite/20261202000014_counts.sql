-- How many take part in each initiative, kept exact by triggers in the same transaction as
-- every join and leave, whoever writes (the pages, deleting an account, the data
-- generator), so that lists show and sort by it without counting per row. A table of its
-- own rather than a column of `initiatives`: on PostgreSQL a join holds the initiative's
-- row FOR SHARE, and two joins writing that row at once would deadlock.
CREATE TABLE initiative_counts (
    initiative_id  INTEGER PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
    participants   INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0)
);
INSERT INTO initiative_counts (initiative_id, participants)
    SELECT i.id, (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = i.id)
    FROM initiatives i;
-- Most participants first, newest first among equals: the list's "most participants".
CREATE INDEX initiative_counts_participants ON initiative_counts (participants, initiative_id);

CREATE TRIGGER initiatives_counted AFTER INSERT ON initiatives BEGIN
    INSERT INTO initiative_counts (initiative_id, participants) VALUES (NEW.id, 0);
END;
CREATE TRIGGER participations_joined AFTER INSERT ON participations BEGIN
    UPDATE initiative_counts SET participants = participants + 1
    WHERE initiative_id = NEW.initiative_id;
END;
CREATE TRIGGER participations_left AFTER DELETE ON participations BEGIN
    UPDATE initiative_counts SET participants = participants - 1
    WHERE initiative_id = OLD.initiative_id;
END;

-- The public list: published and not hidden, newest first, read from the index alone
-- (its count too), instead of reading every published row for `hidden_at`.
CREATE INDEX initiatives_listed ON initiatives (state, hidden_at, published_at, id);
-- "My initiatives": what a person proposed, and what they are an initiator of.
CREATE INDEX participations_level ON participations (account_id, level, initiative_id);
