-- Log-in attempts are limited in memory per address, per account and address, and per
-- account (app::limits), so that nobody outside can lock a person out by failing on purpose.
-- The per-email count of failures in the database that did exactly that goes.
DROP TABLE login_failures;
