-- Initiatives, their needs, and the citizens taking part in them.
-- A participation row is the current state (one per citizen per initiative, enforced by
-- the unique key); participation_events keeps every join, level change and leave, which
-- the politicians' summaries count from.

CREATE TABLE initiatives (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('event', 'activity', 'idea', 'proposal')),
    -- NULL means the whole town.
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id),
    starts_at        INTEGER,
    ends_at          INTEGER,
    place            TEXT,
    state            TEXT    NOT NULL CHECK (state IN ('pending', 'published', 'sent_back',
                         'rejected', 'withdrawn', 'carried_out', 'archived')),
    state_reason     TEXT,
    author_id        INTEGER NOT NULL REFERENCES accounts (id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    published_at     INTEGER,
    -- Title and description folded for search (see app/src/initiatives/search.rs).
    search_text      TEXT    NOT NULL DEFAULT '',
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX initiatives_state ON initiatives (state, published_at);
CREATE INDEX initiatives_author ON initiatives (author_id);

CREATE TABLE initiative_needs (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    description    TEXT    NOT NULL,
    covered        INTEGER NOT NULL DEFAULT 0 CHECK (covered IN (0, 1)),
    position       INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE INDEX initiative_needs_initiative ON initiative_needs (initiative_id, position);

CREATE TABLE participations (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    level          TEXT    NOT NULL CHECK (level IN ('observing', 'active', 'co_creating', 'initiator')),
    joined_at      INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (initiative_id, account_id)
);
CREATE INDEX participations_account ON participations (account_id);

CREATE TABLE participation_events (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('joined', 'changed', 'left')),
    -- The level after the event; for 'left', the level held when leaving.
    level          TEXT    NOT NULL CHECK (level IN ('observing', 'active', 'co_creating', 'initiator')),
    at             INTEGER NOT NULL
);
CREATE INDEX participation_events_at ON participation_events (at);
CREATE INDEX participation_events_account ON participation_events (account_id, at);
