package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningLogTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:34:56.789Z"));
    private Store store;

    @BeforeEach
    void open() {
        store = Stores.sqlite(dir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LearningLog log(int maxEntries) {
        return new LearningLog(store, new Redactor(new Normaliser(500)), clock, 0.65, Duration.ofDays(30), maxEntries);
    }

    @Test
    void aDeclinedQuestion_isKeptRedactedWithTheTopThreeGuesses_andNoIdOfAPerson() throws SQLException {
        LearningLog log = log(1_000);

        log.onOutcome(Outcomes.noMatch("<@123456789012345678> hey @sam, what about **knee** cells", Decision.Reason.NOT_CONFIDENT),
                Outcomes.decline(Decision.Reason.NOT_CONFIDENT), Origin.server("1200000000000000002"));

        LearningEntry entry = log.entries().get(0);
        assertEquals("hey, what about knee cells", entry.text());
        assertEquals("fallback", entry.outcome());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), entry.time(), "to the hour");
        assertEquals(List.of(new LearningEntry.Guess("cost", 0.41), new LearningEntry.Guess("risks", 0.30),
                new LearningEntry.Guess("nurown", 0.19)), entry.guesses());
        assertEquals(Set.of("id", "asked_hour", "server", "question", "outcome", "guesses"), columns(),
                "the server is kept (for admin_guilds), never a user, channel or message id");
    }

    @Test
    void clarifyAndLowConfidenceAnswers_areKept_confidentAnswersAreNot() {
        LearningLog log = log(1_000);

        log.onOutcome(Outcomes.clarify("cost or risks?"), Outcomes.clarifyDecision());
        log.onOutcome(Outcomes.answered("how much is it", "cost", 0.55), Outcomes.answer("cost", 0.55));
        log.onOutcome(Outcomes.answered("what does it cost", "cost", 0.95), Outcomes.answer("cost", 0.95));

        assertEquals(List.of("clarify", "low_confidence"), log.entries().stream().map(LearningEntry::outcome).toList());
    }

    @Test
    void emergenciesAndEmptyMessages_areNeverKept() {
        LearningLog log = log(1_000);

        log.onOutcome(Outcomes.emergency("my dad cant breathe"), Outcomes.emergencyDecision());
        log.recordNotHelpful("my dad cant breathe", Outcomes.emergencyDecision(), Origin.UNKNOWN);
        log.onOutcome(Outcomes.noMatch("???", Decision.Reason.EMPTY), Outcomes.decline(Decision.Reason.EMPTY));
        log.onOutcome(Outcomes.noMatch("<@123>", Decision.Reason.NOT_CONFIDENT), Outcomes.decline(Decision.Reason.NOT_CONFIDENT));

        assertEquals(List.of(), log.entries());
    }

    @Test
    void notHelpfulFeedback_isKept() {
        LearningLog log = log(1_000);

        log.recordNotHelpful("Is it expensive?", Outcomes.answer("cost", 0.9), Origin.DIRECT_MESSAGE);

        LearningEntry entry = log.entries().get(0);
        assertEquals("not_helpful", entry.outcome());
        assertEquals("is it expensive?", entry.text());
    }

    @Test
    void entries_showOnlyTheServersAskedFor() {
        LearningLog log = log(1_000);
        log.onOutcome(Outcomes.clarify("ours"), Outcomes.clarifyDecision(), Origin.server("111"));
        log.onOutcome(Outcomes.clarify("theirs"), Outcomes.clarifyDecision(), Origin.server("222"));
        log.onOutcome(Outcomes.clarify("by dm"), Outcomes.clarifyDecision(), Origin.DIRECT_MESSAGE);

        assertEquals(List.of("ours"), texts(log.entries(ServerScope.only(List.of("111")))));
        assertEquals(List.of("ours", "theirs", "by dm"), texts(log.entries()));
    }

    @Test
    void purge_dropsEntriesOlderThanTheRetentionTime() {
        LearningLog log = log(1_000);
        log.onOutcome(Outcomes.clarify("old question"), Outcomes.clarifyDecision());
        clock.advance(Duration.ofDays(20));
        log.onOutcome(Outcomes.clarify("newer question"), Outcomes.clarifyDecision());
        clock.advance(Duration.ofDays(15));

        assertEquals(List.of("newer question"), texts(log.entries()));
        assertEquals(1, log.purge());
        assertEquals(1, store.questions(Instant.EPOCH, ServerScope.ALL).size());
    }

    @Test
    void purge_keepsTheNewestEntriesWithinTheLimit() {
        LearningLog log = log(100);
        for (int i = 0; i < 150; i++) {
            log.onOutcome(Outcomes.clarify("question number " + i), Outcomes.clarifyDecision());
        }

        assertEquals(50, log.purge());

        List<LearningEntry> kept = log.entries();
        assertEquals(100, kept.size());
        assertEquals("question number 50", kept.get(0).text());
        assertEquals("question number 149", kept.get(99).text());
    }

    @Test
    void aDamagedRow_stillShowsItsQuestion() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO learning_entries (asked_hour, server, question, outcome, guesses)"
                    + " VALUES (" + clock.instant().getEpochSecond() + ", '', 'first', 'clarify', '[{\"inte')");
        }

        LearningEntry entry = log(1_000).entries().get(0);
        assertEquals("first", entry.text());
        assertEquals(List.of(), entry.guesses());
    }

    @Test
    void theDatabaseFile_isReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("faqbot.db");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertTrue(Files.exists(file));
    }

    private static List<String> texts(List<LearningEntry> entries) {
        return entries.stream().map(LearningEntry::text).toList();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(Stores.sqliteUrl(dir));
    }

    private Set<String> columns() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getColumns(null, null, "learning_entries", null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }
}
