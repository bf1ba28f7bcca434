package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Stores;
import dev.faqbot.storage.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faqbot stats}: what {@code /faq-admin stats} shows, from the store, without a running bot. */
class StatsCommandTest {

    @TempDir
    Path dir;

    /** Settings with the tests' model cache and a store in this test's folder. */
    private Path settings() {
        Path file = dir.resolve("faqbot.yml");
        Kbs.write(file, "cache:\n  folder: \"" + Brains.CACHE.toString().replace('\\', '/') + "\"\nstorage:\n  url: \""
                + Stores.sqliteUrl(dir).replace('\\', '/') + "\"\n");
        return file;
    }

    @Test
    void printsTheStoredStatistics_ofEveryServerOrOfThoseAskedFor() {
        Path settings = settings();
        // The command counts days by the bot's clock, which the tests fix (Console runs on Kbs.SHIPPED_TODAY).
        LocalDate today = LocalDate.now(Kbs.SHIPPED_TODAY);
        try (Store store = Stores.sqlite(dir, Kbs.SHIPPED_TODAY)) {
            store.countQuestion(today, "1200000000000000002", "answered", "cost");
            store.countQuestion(today, "1200000000000000002", "answered", "cost");
            store.countQuestion(today, "1200000000000000009", "fallback", "");
            store.countVote(today, "1200000000000000002", "cost", false);
        }

        Console.Run all = Console.run("stats", "--settings", settings.toString());
        Console.Run one = Console.run("stats", "--server", "1200000000000000002", "--settings", settings.toString());

        assertEquals(0, all.exit(), all.toString());
        assertTrue(all.out().contains("Questions: 3 in all (answered 2, fallback 1)"), all.out());
        assertTrue(all.out().contains("Per server: 1200000000000000002 2, 1200000000000000009 1"), all.out());
        assertTrue(all.out().contains("Fallback rate: 33%"), all.out());
        assertTrue(all.out().contains("  cost 2"), all.out());
        assertTrue(all.out().contains("Feedback: helpful 0, not helpful 1 in all\n  cost helpful 0, not helpful 1"),
                all.out());
        assertTrue(all.out().contains("Last days: " + today + " 3"), all.out());
        assertTrue(one.out().contains("Questions: 2 in all (answered 2)"), one.out());
        assertFalse(one.out().contains("1200000000000000009"), one.out());
    }

    @Test
    void chart_writesThePngOfTheLastThirtyDays_andShowsModeratorPosts() throws Exception {
        Path settings = settings();
        LocalDate today = LocalDate.now(Kbs.SHIPPED_TODAY);
        try (Store store = Stores.sqlite(dir, Kbs.SHIPPED_TODAY)) {
            store.countQuestion(today, "1200000000000000002", "answered", "cost");
            store.countQuestion(today.minusDays(3), "1200000000000000002", "clarify", "");
            store.countPost(today, "1200000000000000002", "cost");
        }
        Path chart = dir.resolve("chart.png");

        Console.Run run = Console.run("stats", "--chart", chart.toString(), "--settings", settings.toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Moderator posts (/faq post): 1 (cost 1)"), run.out());
        assertTrue(run.out().contains("Chart of " + today.minusDays(29) + " to " + today + " (UTC days) written to "
                + chart), run.out());
        byte[] png = Files.readAllBytes(chart);
        assertTrue(png.length > 30_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG: " + png.length);
    }

    @Test
    void chart_toAFolderThatDoesNotExist_saysWhereAndFails() {
        Path chart = dir.resolve("no-such-folder").resolve("chart.png");

        Console.Run run = Console.run("stats", "--chart", chart.toString(), "--settings", settings().toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("error: cannot write the chart to " + chart), run.err());
    }

    @Test
    void theConsoleChat_countsItsQuestionsInTheStore_likeDiscord() {
        Path settings = settings();

        Console.Run chat = Console.runWithInput("what is als?\nquit\n", "chat", "--no-watch", "--settings",
                settings.toString());
        Console.Run stats = Console.run("stats", "--settings", settings.toString());

        assertEquals(0, chat.exit(), chat.toString());
        assertTrue(stats.out().contains("Questions: 1 in all (answered 1)"), stats.toString());
        assertTrue(stats.out().contains("Per server: console 1"), stats.out());
        assertTrue(stats.out().contains("  als_basics 1"), stats.out());
    }

    @Test
    void anEmptyStore_saysNothingWasCountedYet() {
        Console.Run run = Console.run("stats", "--settings", settings().toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Questions: 0 in all"), run.out());
        assertTrue(run.out().contains("Answers per intent: none yet"), run.out());
    }
}
