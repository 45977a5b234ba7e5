-- Participants offer to take an initiative's needs; one offer per person per need.
CREATE TABLE need_offers (
    need_id     BIGINT  NOT NULL REFERENCES initiative_needs (id) ON DELETE CASCADE,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id),
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (need_id, account_id)
);
