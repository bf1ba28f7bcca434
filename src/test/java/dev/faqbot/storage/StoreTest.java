package dev.faqbot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.Settings;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.MutableClock;
import dev.faqbot.testing.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store on a real SQLite file and on a real PostgreSQL server, started by the tests themselves. */
class StoreTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private String url(String database) {
        return database.equals("sqlite") ? Stores.sqliteUrl(dir) : Stores.newPostgresDatabase();
    }

    private Store open(String url) {
        return Store.open(Settings.Storage.at(url), Map.of(), clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void statisticsVotesAndTheLearningLog_surviveARestart(String database) {
        String url = url(database);
        try (Store store = open(url)) {
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY.plusDays(1), "dm", "fallback", "");
            store.countVote(DAY, "111", "cost", true);
            store.countVote(DAY, "111", "cost", false);
            store.keep(new StoredQuestion(clock.instant(), "111", "is it expensive", "not_helpful", "[]"));
        } // closing stores what is still queued

        try (Store reopened = open(url)) {
            Tally tally = reopened.tally(ServerScope.ALL, DAY);

            assertEquals(3, tally.questions());
            assertEquals(Map.of("answered", 2L, "fallback", 1L), tally.byOutcome());
            assertEquals(Map.of("cost", 2L), tally.byIntent());
            assertEquals(Map.of(DAY, 2L, DAY.plusDays(1), 1L), tally.byDay());
            assertEquals(Map.of("111", 2L, "dm", 1L), tally.byServer());
            assertEquals(Map.of("cost", new Tally.Votes(1, 1)), tally.votes());
            assertEquals(Optional.of(DAY), tally.since());
            assertEquals(List.of("is it expensive"), reopened.questions(Instant.EPOCH, ServerScope.ALL).stream()
                    .map(StoredQuestion::text).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void migrations_runOnAnEmptyDatabase_andAgainChangeNothing(String database) throws SQLException {
        String url = url(database);
        open(url).close();
        open(url).close();

        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success"
                     + (database.equals("sqlite") ? " = 1" : "") + " AND version IS NOT NULL ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertEquals(List.of("1", "2", "3"), versions, "each migration ran once");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void moderatorPosts_areCountedApartFromQuestions(String database) {
        try (Store store = open(url(database))) {
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countPost(DAY, "111", "cost");
            store.countPost(DAY, "111", "cost");
            store.countPost(DAY.plusDays(1), "222", "risks");

            Tally mine = store.tally(ServerScope.only(List.of("111")), DAY);
            Tally all = store.tally(ServerScope.ALL, DAY);

            assertEquals(Map.of("cost", 2L), mine.posts());
            assertEquals(Map.of("cost", 2L, "risks", 1L), all.posts());
            assertEquals(1, all.questions(), "a post is not a question");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void recent_givesQuestionsPerDayOutcomeAndIntent_andTheVotesOfThoseDays_inScope(String database) {
        try (Store store = open(url(database))) {
            store.countQuestion(DAY.minusDays(1), "111", "answered", "cost");
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY, "111", "fallback", "");
            store.countQuestion(DAY, "222", "clarify", "");
            store.countVote(DAY.minusDays(1), "111", "cost", false);
            store.countVote(DAY, "111", "cost", true);

            Recent recent = store.recent(ServerScope.only(List.of("111")), DAY);

            assertEquals(List.of(new Recent.Count(DAY, "answered", "cost", 2), new Recent.Count(DAY, "fallback", "", 1)),
                    recent.counts());
            assertEquals(Map.of("cost", new Tally.Votes(1, 0)), recent.votes());
            assertEquals(List.of(), store.recent(ServerScope.only(List.of()), DAY).counts());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aReader_seesOnlyTheServersOfItsScope(String database) {
        try (Store store = open(url(database))) {
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY, "222", "answered", "risks");
            store.countVote(DAY, "222", "risks", false);
            store.keep(new StoredQuestion(clock.instant(), "222", "theirs", "fallback", "[]"));

            ServerScope ours = ServerScope.only(List.of("111"));
            assertEquals(Map.of("cost", 1L), store.tally(ours, DAY).byIntent());
            assertEquals(Map.of(), store.tally(ours, DAY).votes());
            assertEquals(List.of(), store.questions(Instant.EPOCH, ours));
            assertEquals(0, store.tally(ServerScope.only(List.of()), DAY).questions());
        }
    }

    @Test
    void twoProcessesSharingOnePostgres_reportOneTotal() {
        String url = Stores.newPostgresDatabase();
        try (Store first = open(url); Store second = open(url)) {
            for (int i = 0; i < 30; i++) {
                first.countQuestion(DAY, "111", "answered", "cost");
                second.countQuestion(DAY, "111", "answered", "cost");
                second.countVote(DAY, "111", "cost", true);
            }
            assertTrue(first.flush(Duration.ofSeconds(10)) && second.flush(Duration.ofSeconds(10)));

            assertEquals(60, first.tally(ServerScope.ALL, DAY).questions());
            assertEquals(first.tally(ServerScope.ALL, DAY), second.tally(ServerScope.ALL, DAY));
        }
    }

    @Test
    void aWriteThatFails_isLogged_andTheOtherRowsOfItsBatchAreStored() {
        try (Store store = open(Stores.newPostgresDatabase()); LogCapture logs = new LogCapture()) {
            store.countQuestion(DAY, "111", "answered", "cost");
            store.countQuestion(DAY, "x".repeat(40), "answered", "cost"); // longer than the column allows
            store.countQuestion(DAY, "222", "answered", "cost");
            assertTrue(store.flush(Duration.ofSeconds(10)));

            assertEquals(Map.of("111", 1L, "222", 1L), store.tally(ServerScope.ALL, DAY).byServer());
            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Could not store the question count 2026-12-01") && l.contains("value too long") && !l.contains("INSERT")),
                    logs.lines().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void forget_deletesOldEntriesAndKeepsTheNewestWithinTheLimit(String database) {
        try (Store store = open(url(database))) {
            store.keep(new StoredQuestion(Instant.parse("2026-10-01T09:00:00Z"), "", "too old", "fallback", "[]"));
            for (int i = 0; i < 5; i++) {
                store.keep(new StoredQuestion(clock.instant(), "", "question " + i, "fallback", "[]"));
            }
            assertTrue(store.flush(Duration.ofSeconds(10)));

            assertEquals(3, store.forget(Instant.parse("2026-11-01T00:00:00Z"), 3));

            assertEquals(List.of("question 2", "question 3", "question 4"), store.questions(Instant.EPOCH,
                    ServerScope.ALL).stream().map(StoredQuestion::text).toList());
        }
    }
}
