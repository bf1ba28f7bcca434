-- Statistics and votes, counted per day and per server (guild) id: "dm" for direct messages, "console" for the
-- console chat. Never a user, channel or message id. Each process adds its counts to the same rows, so shards
-- that share one PostgreSQL database report one set of statistics.
-- Portable between SQLite and PostgreSQL: plain types, no vendor functions.

CREATE TABLE question_counts (
    day       VARCHAR(10)  NOT NULL,
    server    VARCHAR(32)  NOT NULL,
    outcome   VARCHAR(16)  NOT NULL,
    intent    VARCHAR(100) NOT NULL,
    questions BIGINT       NOT NULL,
    PRIMARY KEY (day, server, outcome, intent)
);

CREATE TABLE vote_counts (
    day         VARCHAR(10)  NOT NULL,
    server      VARCHAR(32)  NOT NULL,
    intent      VARCHAR(100) NOT NULL,
    helpful     BIGINT       NOT NULL,
    not_helpful BIGINT       NOT NULL,
    PRIMARY KEY (day, server, intent)
);

CREATE INDEX question_counts_server ON question_counts (server);
CREATE INDEX vote_counts_server ON vote_counts (server);
