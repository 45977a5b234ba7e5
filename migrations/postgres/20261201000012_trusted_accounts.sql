-- Accounts residents can trust: an email confirmed by its owner, a way back in after a
-- forgotten password, the account's own language, deletion by its owner, and a say over
-- which emails arrive.

-- NULL until the owner opens the link sent to the address. Accounts made before there was
-- confirmation count as confirmed from their start.
ALTER TABLE accounts ADD COLUMN email_confirmed_at BIGINT;
UPDATE accounts SET email_confirmed_at = created_at;
-- A new address asked for on "my account", kept here until its link is opened.
ALTER TABLE accounts ADD COLUMN pending_email TEXT;
-- The language of the account's emails and pages (a code of app/locales).
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'da';
-- The owner deleted the account: name and email are gone, the row stays for what others
-- wrote in reply and for the figures of past periods.
ALTER TABLE accounts ADD COLUMN deleted_at BIGINT;
-- One email a week with what happened, instead of one email each time.
ALTER TABLE accounts ADD COLUMN email_digest BIGINT NOT NULL DEFAULT 0 CHECK (email_digest IN (0, 1));
ALTER TABLE accounts ADD COLUMN digest_sent_at BIGINT;
-- Part of every unsubscribe link, so that a link works without logging in and cannot be
-- guessed for someone else.
ALTER TABLE accounts ADD COLUMN unsubscribe_key TEXT NOT NULL DEFAULT '';
UPDATE accounts SET unsubscribe_key = replace(gen_random_uuid()::text, '-', '');

-- Which account a session is logged in to, so that "end every session" and "my data"
-- can find them (the session's own data says it too, but is not searchable).
ALTER TABLE sessions ADD COLUMN account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE;
CREATE INDEX sessions_account ON sessions (account_id);

-- Single-use links by email: confirming an address, setting a new password. Only a hash of
-- the token is kept, so the table alone opens nothing.
CREATE TABLE account_tokens (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('confirm_email', 'reset_password')),
    token_hash  TEXT    NOT NULL UNIQUE,
    -- The address the link was sent to: a change of email confirms this one.
    email       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    used_at     BIGINT
);
CREATE INDEX account_tokens_account ON account_tokens (account_id, purpose);
CREATE INDEX account_tokens_expires ON account_tokens (expires_at);

-- Which kinds of notification a person does not want by email (every kind is on until
-- switched off; the notification itself is always on the platform).
CREATE TABLE email_opt_outs (
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Notifications grow to what concerns a person beyond moderators' decisions: requests to
-- become an initiator and their answers, offers to take a need, replies to a comment. Each
-- says who did it and, for a reply, which comment; `emailed_at` is when it went out by
-- email (NULL: waiting for the weekly digest, or not wanted by email).
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('published',
    'sent_back', 'rejected', 'goals_changed', 'carried_out', 'archived', 'hidden', 'restored',
    'suspended', 'initiator_requested', 'initiator_accepted', 'initiator_declined',
    'need_offered', 'comment_replied'));
ALTER TABLE notifications ADD COLUMN actor_id BIGINT REFERENCES accounts (id),
    ADD COLUMN comment_id BIGINT REFERENCES comments (id),
    ADD COLUMN emailed_at BIGINT;
UPDATE notifications SET emailed_at = created_at;
CREATE INDEX notifications_unemailed ON notifications (account_id) WHERE emailed_at IS NULL;
