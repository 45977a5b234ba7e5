-- Recurring activities: weekly on the first time's weekday, or monthly on the same weekday
-- of the month, up to and including a last day (`recurs_until`, the moment that day begins
-- in Copenhagen). A rule always has its last day and a first time (`starts_at`).
ALTER TABLE initiatives ADD COLUMN recurs_until INTEGER;
ALTER TABLE initiatives ADD COLUMN recurrence TEXT
    CHECK (recurrence IS NULL OR (recurrence IN ('weekly', 'monthly')
        AND recurs_until IS NOT NULL AND starts_at IS NOT NULL));

-- A changed rule changes every calendar's entry: the sequence counts it too.
DROP TRIGGER initiatives_calendar_sequence;
CREATE TRIGGER initiatives_calendar_sequence
AFTER UPDATE OF title, description, starts_at, ends_at, place, state, recurrence, recurs_until
ON initiatives
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
  OR OLD.starts_at IS NOT NEW.starts_at OR OLD.ends_at IS NOT NEW.ends_at
  OR OLD.place IS NOT NEW.place OR OLD.state IS NOT NEW.state
  OR OLD.recurrence IS NOT NEW.recurrence OR OLD.recurs_until IS NOT NEW.recurs_until
BEGIN
    UPDATE initiatives SET calendar_sequence = calendar_sequence + 1 WHERE id = NEW.id;
END;

-- Recurring ones still running, for the week ahead, the feeds and the reminders, which
-- find their next time in Rust.
CREATE INDEX initiatives_recurring ON initiatives (state, recurs_until) WHERE recurrence IS NOT NULL;
