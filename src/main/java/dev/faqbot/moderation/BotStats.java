package dev.faqbot.moderation;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.faqbot.core.Decision;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.core.OutcomeListener;
import dev.faqbot.kb.KnowledgeBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts what the bot did since it started: questions per outcome and per answered intent, feedback per intent,
 * the cache's hit ratio, and which knowledge base is live. Thread-safe and cheap to update (one {@link LongAdder}
 * per counter); read with {@link #snapshot()}. Holds counts only, never question text.
 */
public final class BotStats implements OutcomeListener {

    private final Clock clock;
    private final Instant started;
    private final Supplier<KnowledgeBase> knowledgeBase;
    private final Supplier<CacheStats> cache;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> intents = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> helpful = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notHelpful = new ConcurrentHashMap<>();

    public BotStats(Clock clock, Supplier<KnowledgeBase> knowledgeBase, Supplier<CacheStats> cache) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.started = clock.instant();
    }

    /** Statistics for this bot; register the result with {@link FaqBot#addListener}. */
    public static BotStats of(FaqBot bot, Clock clock) {
        return new BotStats(clock, bot::knowledgeBase, () -> bot.cache().stats());
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision) {
        count(outcomes, OutcomeKind.of(outcome).label());
        if (outcome instanceof Outcome.Answered answered) {
            count(intents, answered.response().id());
        }
    }

    /** A "helpful" or "not helpful" vote on an answer to {@code intent}. */
    public void recordFeedback(String intent, boolean wasHelpful) {
        Objects.requireNonNull(intent, "intent");
        count(wasHelpful ? helpful : notHelpful, intent);
    }

    public StatsSnapshot snapshot() {
        Instant now = clock.instant();
        KnowledgeBase kb = knowledgeBase.get();
        Map<String, Long> byOutcome = read(outcomes);
        long questions = byOutcome.values().stream().mapToLong(Long::longValue).sum();
        long fallbacks = byOutcome.getOrDefault(OutcomeKind.FALLBACK.label(), 0L);
        Map<String, StatsSnapshot.Votes> feedback = new TreeMap<>();
        read(helpful).forEach((intent, n) -> feedback.put(intent, new StatsSnapshot.Votes(n, 0)));
        read(notHelpful).forEach((intent, n) -> feedback.merge(intent, new StatsSnapshot.Votes(0, n),
                (a, b) -> new StatsSnapshot.Votes(a.helpful(), b.notHelpful())));
        CacheStats cacheStats = cache.get();
        return new StatsSnapshot(started, Duration.between(started, now), questions, byOutcome, read(intents),
                questions == 0 ? 0 : (double) fallbacks / questions,
                cacheStats.requestCount() == 0 ? 0 : cacheStats.hitRate(), feedback, kb.version(), kb.loadedAt());
    }

    private static void count(Map<String, LongAdder> counters, String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> read(Map<String, LongAdder> counters) {
        Map<String, Long> values = new TreeMap<>();
        counters.forEach((key, adder) -> values.put(key, adder.sum()));
        return values;
    }
}
