package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import dev.faqbot.core.Thresholds;
import dev.faqbot.safety.DetectorSettings;
import dev.faqbot.kb.Region;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts wired together as the console and Discord use them. */
class ModerationTest {

    @TempDir
    Path root;

    @TempDir
    Path data;

    private Store store;

    @BeforeEach
    void open() {
        store = Stores.sqlite(data, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Settings settings(boolean learning) {
        return new Settings(MiniKb.SETTINGS, DetectorSettings.DEFAULTS, Thresholds.DEFAULTS,
                new Settings.Cache(100, Duration.ofMinutes(5)), 500, new Settings.Discord("", List.of(), 10, "", "", 1,
                List.of()), new Settings.Learning(learning, 30, 0.65, 1_000), Region.OTHER);
    }

    @Test
    void questionsFeedbackAndReloads_flowIntoStatsLearningAndReports() throws Exception {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        try (Moderation moderation = Moderation.start(root, settings(true), store, bot, MiniKb::train, MiniKb.TODAY, false,
                List.of())) {
            bot.ask(MiniKb.MSC_QUESTION);
            bot.ask("what do mesenchymal stem cells cost");
            moderation.feedback().record(MiniKb.MSC_QUESTION, "msc_basics", false, Origin.UNKNOWN);
            MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("Edited", "2099-01-01"));
            ReloadResult reload = moderation.reloader().reloadNow("moderator alice");

            StatsSnapshot stats = moderation.stats().snapshot();
            assertEquals(2, stats.questions());
            assertEquals(new StatsSnapshot.Votes(0, 1), stats.feedback().get("msc_basics"));
            assertEquals(bot.knowledgeBase().version(), stats.live().orElseThrow().kbVersion());
            assertInstanceOf(ReloadResult.Loaded.class, reload);
            List<LearningEntry> logged = moderation.learning().orElseThrow().entries();
            assertTrue(logged.stream().anyMatch(e -> e.outcome().equals("not_helpful")), logged.toString());
            assertEquals("msc_basics", moderation.unanswered().mostFrequent(5, 1).get(0).resembles().orElseThrow().intent());
            assertEquals(List.of(), moderation.stale(30).answers());
        }
    }

    @Test
    void anEditMadeWhileTheBotStarted_isPickedUpWhenWatchingBegins() throws Exception {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("Saved during start-up", "2099-01-01"));
        List<ReloadResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (Moderation moderation = Moderation.start(root, settings(false), store, bot, MiniKb::train, MiniKb.TODAY, true,
                List.of(results::add))) {
            Eventually.until(() -> !results.isEmpty(), () -> "the start-up check");
        }
        assertEquals(Moderation.START_UP_CHECK, results.get(0).trigger());
        assertEquals("Saved during start-up", bot.knowledgeBase().response("msc_basics").orElseThrow().title());
    }

    @Test
    void withLearningOff_nothingIsWritten() throws Exception {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        try (Moderation moderation = Moderation.start(root, settings(false), store, bot, MiniKb::train, MiniKb.TODAY,
                false, List.of())) {
            bot.ask("tell me about knees");
            moderation.feedback().record("tell me about knees", "msc_basics", false, Origin.UNKNOWN);

            assertTrue(moderation.learning().isEmpty());
            assertEquals(List.of(), moderation.unanswered().mostRecent(5));
            assertEquals(List.of(), store.questions(Instant.EPOCH, ServerScope.ALL));
        }
    }
}
