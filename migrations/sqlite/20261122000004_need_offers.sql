-- Participants offer to take an initiative's needs; one offer per person per need.
CREATE TABLE need_offers (
    need_id     INTEGER NOT NULL REFERENCES initiative_needs (id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (need_id, account_id)
);
