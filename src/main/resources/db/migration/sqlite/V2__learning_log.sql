-- The learning log (opt-in): the redacted question, the top guesses (JSON), the outcome, the hour (epoch
-- seconds) and the server id. Never a user, channel or message id. The id orders entries for the row limit.
-- SQLite's own spelling of an increasing id; db/migration/postgresql has the same table.

CREATE TABLE learning_entries (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_hour BIGINT    NOT NULL,
    server   VARCHAR(32) NOT NULL,
    question TEXT        NOT NULL,
    outcome  VARCHAR(16) NOT NULL,
    guesses  TEXT        NOT NULL
);

CREATE INDEX learning_entries_hour ON learning_entries (asked_hour);
