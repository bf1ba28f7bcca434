package dev.faqbot.storage;

import dev.faqbot.config.Settings;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What must survive a restart: question counts, votes and the learning log, in a database (SQLite by default,
 * PostgreSQL to share one bot's statistics between processes). Writes are queued and stored by one writer
 * thread, so they never block an answer; reads go to the database directly. Thread-safe.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** How long a read waits for this process's queued writes, so a moderator sees the question just asked. */
    private static final Duration READ_FLUSH = Duration.ofSeconds(2);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Database database;
    private final SqlWriter sqlWriter;
    private final WriteQueue writes;
    private final SqlReader reader;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Store(Database database, Settings.Storage settings, Clock clock) {
        this.database = database;
        this.sqlWriter = new SqlWriter(database);
        this.writes = new WriteQueue(settings.queueSize(), settings.batchSize(), sqlWriter, clock).start();
        this.reader = new SqlReader(database);
    }

    /**
     * Opens the store the settings name and brings its tables up to date.
     *
     * @param environment where {@code FAQBOT_DB_USER} and {@code FAQBOT_DB_PASSWORD} are looked for
     * @throws IllegalStateException when the database cannot be opened or migrated, saying which and why
     */
    public static Store open(Settings.Storage settings, Map<String, String> environment, Clock clock) {
        Database database = Database.open(settings, environment).migrate();
        LOG.info("Statistics, votes and the learning log are kept in {}", database.describe());
        return new Store(database, settings, Objects.requireNonNull(clock, "clock"));
    }

    /** Counts one question; false when it was dropped (the queue is full). Never blocks. */
    public boolean countQuestion(LocalDate day, String server, String outcome, String intent) {
        return writes.offer(new Write.Question(day, server, outcome, intent, 1));
    }

    /** Counts one helpful or not-helpful vote on {@code intent}'s answer. Never blocks. */
    public boolean countVote(LocalDate day, String server, String intent, boolean helpful) {
        return writes.offer(new Write.Vote(day, server, intent, helpful ? 1 : 0, helpful ? 0 : 1));
    }

    /** Counts one answer to {@code intent} posted by a moderator ({@code /faq post}). Never blocks. */
    public boolean countPost(LocalDate day, String server, String intent) {
        return writes.offer(new Write.Post(day, server, intent, 1));
    }

    /** Adds a learning-log entry. Never blocks. */
    public boolean keep(StoredQuestion question) {
        return writes.offer(new Write.Kept(question));
    }

    /** The statistics of {@code scope}'s servers, with questions per day from {@code recentFrom} on. */
    public Tally tally(ServerScope scope, LocalDate recentFrom) {
        flushBriefly();
        try {
            return reader.tally(scope, recentFrom);
        } catch (SQLException e) {
            throw failed("read the statistics", e);
        }
    }

    /** Questions per day, outcome and intent, and votes, of {@code scope}'s servers from {@code from} on. */
    public Recent recent(ServerScope scope, LocalDate from) {
        flushBriefly();
        try {
            return reader.recent(scope, from);
        } catch (SQLException e) {
            throw failed("read the recent statistics", e);
        }
    }

    /** Learning-log entries asked from {@code from} on, in {@code scope}'s servers, oldest first. */
    public List<StoredQuestion> questions(Instant from, ServerScope scope) {
        flushBriefly();
        try {
            return reader.questions(from, scope);
        } catch (SQLException e) {
            throw failed("read the learning log", e);
        }
    }

    /** Deletes learning-log entries from before {@code before}, and all but the newest {@code keepAtMost}. */
    public int forget(Instant before, int keepAtMost) {
        if (keepAtMost < 1) {
            throw new IllegalArgumentException("must keep at least one entry: " + keepAtMost);
        }
        flushBriefly();
        try {
            return reader.forget(before, keepAtMost);
        } catch (SQLException e) {
            throw failed("delete old learning-log entries", e);
        }
    }

    /** Waits until everything queued so far is stored; false when that took longer than {@code timeout}. */
    public boolean flush(Duration timeout) {
        try {
            return writes.flush(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many writes were dropped because the queue was full or the store closed. */
    public long dropped() {
        return writes.dropped();
    }

    /** The database, safe to show (no user or password). */
    public String describe() {
        return database.describe();
    }

    private void flushBriefly() {
        if (!closed.get()) {
            flush(READ_FLUSH);
        }
    }

    private IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("could not " + what + " in " + database.describe() + ": " + e.getMessage(), e);
    }

    /** Stores what is queued (waiting up to 10 s) and closes the connection. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed.compareAndSet(false, true)) {
            writes.close(CLOSE_WAIT);
            sqlWriter.close();
        }
    }
}
