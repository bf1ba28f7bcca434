-- Answers a moderator posted with /faq post, counted per day, server and intent. Kept apart from
-- question_counts: a post is not a question, so it must not change the question totals or the fallback rate.

CREATE TABLE post_counts (
    day    VARCHAR(10)  NOT NULL,
    server VARCHAR(32)  NOT NULL,
    intent VARCHAR(100) NOT NULL,
    posts  BIGINT       NOT NULL,
    PRIMARY KEY (day, server, intent)
);

CREATE INDEX post_counts_server ON post_counts (server);
