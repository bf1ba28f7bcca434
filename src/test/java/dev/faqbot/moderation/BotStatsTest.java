package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.faqbot.core.Decision;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotStatsTest {

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private BotStats stats(CacheStats cache) {
        KnowledgeBase kb = MiniKb.load(MiniKb.write(root, "A"));
        return new BotStats(clock, () -> kb, () -> cache);
    }

    @Test
    void snapshot_countsOutcomesIntentsAndFallbackRate() {
        BotStats stats = stats(CacheStats.empty());
        stats.onOutcome(Outcomes.answered("q", "cost", 0.9), Outcomes.answer("cost", 0.9));
        stats.onOutcome(Outcomes.answered("q", "cost", 0.8), Outcomes.answer("cost", 0.8));
        stats.onOutcome(Outcomes.answered("q", "risks", 0.7), Outcomes.answer("risks", 0.7));
        stats.onOutcome(Outcomes.clarify("q"), Outcomes.clarifyDecision());
        stats.onOutcome(Outcomes.noMatch("q", Decision.Reason.NOT_CONFIDENT), Outcomes.decline(Decision.Reason.NOT_CONFIDENT));
        stats.onOutcome(Outcomes.emergency("q"), Outcomes.emergencyDecision());
        clock.advance(Duration.ofMinutes(90));

        StatsSnapshot snapshot = stats.snapshot();

        assertEquals(6, snapshot.questions());
        assertEquals(Map.of("answered", 3L, "clarify", 1L, "fallback", 1L, "emergency", 1L), snapshot.byOutcome());
        assertEquals(Map.of("cost", 2L, "risks", 1L), snapshot.byIntent());
        assertEquals(1 / 6.0, snapshot.fallbackRate(), 1e-9);
        assertEquals(Duration.ofMinutes(90), snapshot.uptime());
    }

    @Test
    void snapshot_takesTheCacheHitRatioAndTheLiveVersion() {
        BotStats stats = stats(CacheStats.of(3, 1, 1, 0, 10, 0, 0));

        StatsSnapshot snapshot = stats.snapshot();

        assertEquals(0.75, snapshot.cacheHitRatio(), 1e-9);
        assertEquals(MiniKb.load(root).version(), snapshot.kbVersion());
    }

    @Test
    void snapshot_beforeAnyQuestion_hasZeroRates() {
        StatsSnapshot snapshot = stats(CacheStats.empty()).snapshot();

        assertEquals(0, snapshot.questions());
        assertEquals(0, snapshot.fallbackRate());
        assertEquals(0, snapshot.cacheHitRatio());
    }

    @Test
    void recordFeedback_countsHelpfulAndNotHelpfulPerIntent() {
        BotStats stats = stats(CacheStats.empty());
        stats.recordFeedback("cost", true);
        stats.recordFeedback("cost", false);
        stats.recordFeedback("cost", true);
        stats.recordFeedback("risks", false);

        assertEquals(Map.of("cost", new StatsSnapshot.Votes(2, 1), "risks", new StatsSnapshot.Votes(0, 1)),
                stats.snapshot().feedback());
    }

    @Test
    void countsFromManyThreads_addUpExactly() throws Exception {
        BotStats stats = stats(CacheStats.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    stats.onOutcome(Outcomes.answered("q", "cost", 0.9), Outcomes.answer("cost", 0.9));
                    stats.recordFeedback("cost", i % 2 == 0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);

        StatsSnapshot snapshot = stats.snapshot();
        assertEquals(80_000, snapshot.questions());
        assertEquals(80_000L, snapshot.byIntent().get("cost"));
        assertEquals(new StatsSnapshot.Votes(40_000, 40_000), snapshot.feedback().get("cost"));
    }
}
