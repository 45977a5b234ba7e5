-- Calendars: an initiative's entry in people's calendars says how many times it changed
-- (iCalendar's SEQUENCE), so that a calendar program replaces the entry it has. Raised by
-- the database on every change of what the entry shows, whatever statement made it.
ALTER TABLE initiatives ADD COLUMN calendar_sequence BIGINT NOT NULL DEFAULT 0;
CREATE FUNCTION initiatives_calendar_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (OLD.title, OLD.description, OLD.starts_at, OLD.ends_at, OLD.place, OLD.state)
        IS DISTINCT FROM
       (NEW.title, NEW.description, NEW.starts_at, NEW.ends_at, NEW.place, NEW.state) THEN
        NEW.calendar_sequence := OLD.calendar_sequence + 1;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER initiatives_calendar_sequence BEFORE UPDATE ON initiatives
    FOR EACH ROW EXECUTE FUNCTION initiatives_calendar_sequence();

-- The secret part of the address of a person's own calendar (what they take part in): a
-- calendar program fetches it without logging in. NULL until they ask for one; a new one
-- replaces it, and the old address stops working.
ALTER TABLE accounts ADD COLUMN calendar_key TEXT;
CREATE UNIQUE INDEX accounts_calendar_key ON accounts (calendar_key) WHERE calendar_key IS NOT NULL;

-- What is coming up, soonest first (the front page's week, the calendars' windows): read
-- from an index on the time instead of every published initiative.
CREATE INDEX initiatives_upcoming ON initiatives (state, starts_at);
