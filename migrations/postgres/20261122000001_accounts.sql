-- Accounts, roles, sessions, neighbourhoods and site settings: the foundation.
-- Times are integer UTC seconds; flags are integers (see app/src/db/mod.rs for why).

CREATE TABLE neighbourhoods (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    residents   BIGINT  CHECK (residents IS NULL OR residents >= 0),
    retired     BIGINT  NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  BIGINT  NOT NULL
);

CREATE TABLE accounts (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Stored trimmed and lower-cased, so uniqueness ignores case.
    email            TEXT    NOT NULL UNIQUE,
    display_name     TEXT    NOT NULL,
    password_hash    TEXT    NOT NULL,
    neighbourhood_id BIGINT  REFERENCES neighbourhoods (id),
    -- Raised when the password changes, which ends every older session of the account.
    session_version  BIGINT  NOT NULL DEFAULT 1,
    created_at       BIGINT  NOT NULL
);

-- Every account is a citizen; these are the roles held on top of that.
CREATE TABLE account_roles (
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('moderator', 'politician', 'administrator')),
    granted_at  BIGINT  NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE sessions (
    id          TEXT    PRIMARY KEY,
    data        TEXT    NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE site_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
