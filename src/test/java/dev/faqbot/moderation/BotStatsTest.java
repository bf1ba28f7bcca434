package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotStatsTest {

    @TempDir
    Path root;

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private Store store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private BotStats stats(CacheStats cache) {
        KnowledgeBase kb = MiniKb.load(MiniKb.write(root, "A"));
        store = Stores.sqlite(data, clock);
        return new BotStats(store, clock, () -> kb, () -> cache);
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
        assertEquals(Duration.ofMinutes(90), snapshot.live().orElseThrow().uptime());
    }

    @Test
    void snapshot_countsPerDayAndPerServer_andShowsOnlyTheServersAskedFor() {
        BotStats stats = stats(CacheStats.empty());
        stats.onOutcome(Outcomes.answered("q", "cost", 0.9), Outcomes.answer("cost", 0.9), Origin.server("111"));
        clock.advance(Duration.ofDays(1));
        stats.onOutcome(Outcomes.answered("q", "cost", 0.9), Outcomes.answer("cost", 0.9), Origin.server("111"));
        stats.onOutcome(Outcomes.answered("q", "risks", 0.9), Outcomes.answer("risks", 0.9), Origin.server("222"));
        stats.onOutcome(Outcomes.clarify("q"), Outcomes.clarifyDecision(), Origin.CONSOLE);
        stats.recordFeedback("risks", false, Origin.server("222"));

        StatsSnapshot all = stats.snapshot();
        StatsSnapshot one = stats.snapshot(ServerScope.only(List.of("111")));

        assertEquals(Map.of(LocalDate.parse("2026-01-01"), 1L, LocalDate.parse("2026-01-02"), 3L), all.byDay());
        assertEquals(Map.of("111", 2L, "222", 1L, "console", 1L), all.byServer());
        assertEquals(Optional.of(LocalDate.parse("2026-01-01")), all.since());
        assertEquals(2, one.questions());
        assertEquals(Map.of("cost", 2L), one.byIntent());
        assertEquals(Map.of("111", 2L), one.byServer());
        assertEquals(Map.of(), one.feedback(), "another server's votes are not shown");
        assertEquals(0, stats.snapshot(ServerScope.only(List.of())).questions(), "no server listed: nothing shown");
    }

    @Test
    void snapshot_takesTheCacheHitRatioAndTheLiveVersion() {
        BotStats stats = stats(CacheStats.of(3, 1, 1, 0, 10, 0, 0));

        StatsSnapshot snapshot = stats.snapshot();

        assertEquals(0.75, snapshot.live().orElseThrow().cacheHitRatio(), 1e-9);
        assertEquals(MiniKb.load(root).version(), snapshot.live().orElseThrow().kbVersion());
    }

    @Test
    void snapshot_beforeAnyQuestion_hasZeroRates() {
        StatsSnapshot snapshot = stats(CacheStats.empty()).snapshot();

        assertEquals(0, snapshot.questions());
        assertEquals(0, snapshot.fallbackRate());
        assertEquals(0, snapshot.live().orElseThrow().cacheHitRatio());
        assertEquals(Optional.empty(), snapshot.since());
    }

    @Test
    void recordFeedback_countsHelpfulAndNotHelpfulPerIntent() {
        BotStats stats = stats(CacheStats.empty());
        stats.recordFeedback("cost", true, Origin.UNKNOWN);
        stats.recordFeedback("cost", false, Origin.UNKNOWN);
        stats.recordFeedback("cost", true, Origin.UNKNOWN);
        stats.recordFeedback("risks", false, Origin.UNKNOWN);

        assertEquals(Map.of("cost", new StatsSnapshot.Votes(2, 1), "risks", new StatsSnapshot.Votes(0, 1)),
                stats.snapshot().feedback());
    }

    @Test
    void countsFromManyThreads_addUpExactly_withinTheQueue() throws Exception {
        BotStats stats = stats(CacheStats.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    stats.onOutcome(Outcomes.answered("q", "cost", 0.9), Outcomes.answer("cost", 0.9));
                    stats.recordFeedback("cost", i % 2 == 0, Origin.server("111"));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);

        StatsSnapshot snapshot = stats.snapshot();
        assertEquals(4_000, snapshot.questions());
        assertEquals(4_000L, snapshot.byIntent().get("cost"));
        assertEquals(new StatsSnapshot.Votes(2_000, 2_000), snapshot.feedback().get("cost"));
        assertEquals(0, store.dropped());
    }
}
