-- Calendars: an initiative's entry in people's calendars says how many times it changed
-- (iCalendar's SEQUENCE), so that a calendar program replaces the entry it has. Raised by
-- the database on every change of what the entry shows, whatever statement made it.
ALTER TABLE initiatives ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER initiatives_calendar_sequence
AFTER UPDATE OF title, description, starts_at, ends_at, place, state ON initiatives
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
  OR OLD.starts_at IS NOT NEW.starts_at OR OLD.ends_at IS NOT NEW.ends_at
  OR OLD.place IS NOT NEW.place OR OLD.state IS NOT NEW.state
BEGIN
    UPDATE initiatives SET calendar_sequence = calendar_sequence + 1 WHERE id = NEW.id;
END;

-- The secret part of the address of a person's own calendar (what they take part in): a
-- calendar program fetches it without logging in. NULL until they ask for one; a new one
-- replaces it, and the old address stops working.
ALTER TABLE accounts ADD COLUMN calendar_key TEXT;
CREATE UNIQUE INDEX accounts_calendar_key ON accounts (calendar_key) WHERE calendar_key IS NOT NULL;

-- What is coming up, soonest first (the front page's week, the calendars' windows): read
-- from an index on the time instead of every published initiative.
CREATE INDEX initiatives_upcoming ON initiatives (state, starts_at);
