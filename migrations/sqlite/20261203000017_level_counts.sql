-- How many take part at each level, kept beside the total by the same triggers' kind, so
-- that an initiative's page reads one row instead of grouping its participations (11,280
-- rows for the generated set's most joined initiative, each read from the table for its
-- level). The columns are named by `Level`'s stored names.
ALTER TABLE initiative_counts ADD COLUMN observing    INTEGER NOT NULL DEFAULT 0 CHECK (observing >= 0);
ALTER TABLE initiative_counts ADD COLUMN active       INTEGER NOT NULL DEFAULT 0 CHECK (active >= 0);
ALTER TABLE initiative_counts ADD COLUMN co_creating  INTEGER NOT NULL DEFAULT 0 CHECK (co_creating >= 0);
ALTER TABLE initiative_counts ADD COLUMN initiator    INTEGER NOT NULL DEFAULT 0 CHECK (initiator >= 0);
UPDATE initiative_counts SET
    observing   = (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = initiative_counts.initiative_id AND p.level = 'observing'),
    active      = (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = initiative_counts.initiative_id AND p.level = 'active'),
    co_creating = (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = initiative_counts.initiative_id AND p.level = 'co_creating'),
    initiator   = (SELECT COUNT(*) FROM participations p WHERE p.initiative_id = initiative_counts.initiative_id AND p.level = 'initiator');

DROP TRIGGER participations_joined;
DROP TRIGGER participations_left;
-- A comparison is 0 or 1 in SQLite, so each level's column moves by one exactly when the
-- row is at that level.
CREATE TRIGGER participations_joined AFTER INSERT ON participations BEGIN
    UPDATE initiative_counts SET participants = participants + 1,
        observing = observing + (NEW.level = 'observing'),
        active = active + (NEW.level = 'active'),
        co_creating = co_creating + (NEW.level = 'co_creating'),
        initiator = initiator + (NEW.level = 'initiator')
    WHERE initiative_id = NEW.initiative_id;
END;
CREATE TRIGGER participations_left AFTER DELETE ON participations BEGIN
    UPDATE initiative_counts SET participants = participants - 1,
        observing = observing - (OLD.level = 'observing'),
        active = active - (OLD.level = 'active'),
        co_creating = co_creating - (OLD.level = 'co_creating'),
        initiator = initiator - (OLD.level = 'initiator')
    WHERE initiative_id = OLD.initiative_id;
END;
CREATE TRIGGER participations_moved AFTER UPDATE OF level ON participations
WHEN OLD.level <> NEW.level BEGIN
    UPDATE initiative_counts SET
        observing = observing + (NEW.level = 'observing') - (OLD.level = 'observing'),
        active = active + (NEW.level = 'active') - (OLD.level = 'active'),
        co_creating = co_creating + (NEW.level = 'co_creating') - (OLD.level = 'co_creating'),
        initiator = initiator + (NEW.level = 'initiator') - (OLD.level = 'initiator')
    WHERE initiative_id = NEW.initiative_id;
END;

-- An initiative's initiators, in the order they joined, for its page (and the check that
-- one stays): without it the page read every participation of the initiative for its
-- level, 36 ms for the generated set's most joined one.
CREATE INDEX participations_initiators ON participations (initiative_id, level, joined_at);

-- How many comments an initiative has and the sum of their revisions (`comments::store`'s
-- `count` and `activity`), read from the index alone instead of from every comment row.
CREATE INDEX comments_counted ON comments (initiative_id, deleted_at, revision);
