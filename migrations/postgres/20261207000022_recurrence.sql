-- Recurring activities: weekly on the first time's weekday, or monthly on the same weekday
-- of the month, up to and including a last day (`recurs_until`, the moment that day begins
-- in Copenhagen). A rule always has its last day and a first time (`starts_at`).
ALTER TABLE initiatives
    ADD COLUMN recurs_until BIGINT,
    ADD COLUMN recurrence TEXT,
    ADD CONSTRAINT initiatives_recurrence CHECK (recurrence IS NULL OR
        (recurrence IN ('weekly', 'monthly') AND recurs_until IS NOT NULL
         AND starts_at IS NOT NULL));

-- A changed rule changes every calendar's entry: the sequence counts it too.
CREATE OR REPLACE FUNCTION initiatives_calendar_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (OLD.title, OLD.description, OLD.starts_at, OLD.ends_at, OLD.place, OLD.state,
        OLD.recurrence, OLD.recurs_until)
        IS DISTINCT FROM
       (NEW.title, NEW.description, NEW.starts_at, NEW.ends_at, NEW.place, NEW.state,
        NEW.recurrence, NEW.recurs_until) THEN
        NEW.calendar_sequence := OLD.calendar_sequence + 1;
    END IF;
    RETURN NEW;
END;
$$;

-- Recurring ones still running, for the week ahead, the feeds and the reminders, which
-- find their next time in Rust.
CREATE INDEX initiatives_recurring ON initiatives (state, recurs_until) WHERE recurrence IS NOT NULL;
