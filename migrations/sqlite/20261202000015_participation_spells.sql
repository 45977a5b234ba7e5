-- When each participation event stopped being the pair's latest: the time of the next event
-- of the same person and initiative, NULL while it is the latest. With it, "held a
-- participation at some moment of [from, to)" is a range test on one row (not left, at <
-- to, ended_at NULL or >= from) instead of a search for the latest earlier event per
-- row, which made the summary quadratic for active people (2,002 s for one page at 1M
-- events). Kept by a trigger on every insert, whoever writes (the pages, deleting an
-- account, the data generator); events of a pair are written in time order, one
-- transaction at a time (the participation's row is locked), so the previous event by id
-- is the previous one in time.
ALTER TABLE participation_events ADD COLUMN ended_at INTEGER;
CREATE INDEX participation_events_pair ON participation_events (initiative_id, account_id, id);
UPDATE participation_events SET ended_at = (
    SELECT n.at FROM participation_events n
    WHERE n.initiative_id = participation_events.initiative_id
      AND n.account_id = participation_events.account_id
      AND n.id > participation_events.id
    ORDER BY n.id LIMIT 1);
-- The events the summary reads for a span: by initiative, then the range test and what it
-- counts, so that the aggregate reads the index alone.
CREATE INDEX participation_events_spells
    ON participation_events (initiative_id, at, ended_at, kind, account_id, level);

CREATE TRIGGER participation_events_ended AFTER INSERT ON participation_events BEGIN
    UPDATE participation_events SET ended_at = NEW.at
    WHERE initiative_id = NEW.initiative_id AND account_id = NEW.account_id
      AND ended_at IS NULL AND id < NEW.id;
END;
