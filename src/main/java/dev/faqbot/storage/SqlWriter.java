package dev.faqbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a batch in one transaction: counts for the same day, server and key are added up first, then upserted
 * (the same SQL on SQLite and PostgreSQL). When the batch fails, each write is tried in a transaction of its
 * own, so one bad row is logged and dropped and the others are stored.
 */
final class SqlWriter implements WriteQueue.Sink {

    private static final Logger LOG = LoggerFactory.getLogger(SqlWriter.class);

    static final String COUNT_QUESTIONS = "INSERT INTO question_counts (day, server, outcome, intent, questions)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, server, outcome, intent)"
            + " DO UPDATE SET questions = question_counts.questions + excluded.questions";
    static final String COUNT_VOTES = "INSERT INTO vote_counts (day, server, intent, helpful, not_helpful)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, server, intent) DO UPDATE SET"
            + " helpful = vote_counts.helpful + excluded.helpful,"
            + " not_helpful = vote_counts.not_helpful + excluded.not_helpful";
    static final String COUNT_POSTS = "INSERT INTO post_counts (day, server, intent, posts) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (day, server, intent) DO UPDATE SET posts = post_counts.posts + excluded.posts";
    static final String KEEP_QUESTION = "INSERT INTO learning_entries (asked_hour, server, question, outcome, guesses)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final Database database;
    private Connection connection;

    SqlWriter(Database database) {
        this.database = database;
    }

    @Override
    public void write(List<Write> batch) {
        List<Write> merged = merge(batch);
        try {
            inTransaction(merged);
        } catch (SQLException batchFailed) {
            reset();
            for (Write write : merged) {
                try {
                    inTransaction(List.of(write));
                } catch (SQLException e) {
                    reset();
                    LOG.warn("Could not store the {}: {}", write.describe(), reason(e));
                }
            }
        }
    }

    /** Adds up counts with the same key; learning entries stay as they are, in order. */
    static List<Write> merge(List<Write> batch) {
        Map<Object, Write> merged = new LinkedHashMap<>();
        List<Write> kept = new ArrayList<>();
        for (Write write : batch) {
            if (write instanceof Write.Question q) {
                merged.merge(List.of("q", q.day(), q.server(), q.outcome(), q.intent()), q,
                        (a, b) -> ((Write.Question) a).plus((Write.Question) b));
            } else if (write instanceof Write.Vote v) {
                merged.merge(List.of("v", v.day(), v.server(), v.intent()), v,
                        (a, b) -> ((Write.Vote) a).plus((Write.Vote) b));
            } else if (write instanceof Write.Post p) {
                merged.merge(List.of("p", p.day(), p.server(), p.intent()), p,
                        (a, b) -> ((Write.Post) a).plus((Write.Post) b));
            } else {
                kept.add(write);
            }
        }
        List<Write> all = new ArrayList<>(merged.values());
        all.addAll(kept);
        return all;
    }

    private void inTransaction(List<Write> writes) throws SQLException {
        Connection c = connection();
        try (PreparedStatement questions = c.prepareStatement(COUNT_QUESTIONS);
             PreparedStatement votes = c.prepareStatement(COUNT_VOTES);
             PreparedStatement posts = c.prepareStatement(COUNT_POSTS);
             PreparedStatement kept = c.prepareStatement(KEEP_QUESTION)) {
            Set<PreparedStatement> used = new LinkedHashSet<>();
            for (Write write : writes) {
                if (write instanceof Write.Question q) {
                    used.add(bind(questions, q.day().toString(), q.server(), q.outcome(), q.intent(), q.count()));
                } else if (write instanceof Write.Vote v) {
                    used.add(bind(votes, v.day().toString(), v.server(), v.intent(), v.helpful(), v.notHelpful()));
                } else if (write instanceof Write.Post p) {
                    used.add(bind(posts, p.day().toString(), p.server(), p.intent(), p.count()));
                } else if (write instanceof Write.Kept k) {
                    StoredQuestion s = k.question();
                    used.add(bind(kept, s.hour().getEpochSecond(), s.server(), s.text(), s.outcome(), s.guesses()));
                }
            }
            for (PreparedStatement statement : used) {
                statement.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is dropped by reset()
            }
            throw e;
        }
    }

    /**
     * What went wrong, without the statement: a driver's message may quote the values, and a learning-log entry's
     * value is a health question that belongs in the store, not in the log.
     */
    static String reason(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        if (message.contains("INSERT INTO") || message.length() > 200) {
            message = cause.getClass().getSimpleName();
        }
        return message + " (SQL state " + cause.getSQLState() + ")";
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        return statement;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = database.connect();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    /** After a failure the connection may be broken (a restarted server): the next write opens a new one. */
    private void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    void close() {
        reset();
    }
}
