package dev.faqbot.moderation;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.faqbot.core.Decision;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.core.OutcomeListener;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.storage.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Counts what the bot does, in the store: questions per outcome, answered intent, day and server, and feedback
 * per intent. Counting only queues a write, so it never slows an answer. Holds counts only, never question text.
 * Days are UTC days.
 */
public final class BotStats implements OutcomeListener {

    /** How many days {@link StatsSnapshot#byDay()} covers, today included. */
    public static final int RECENT_DAYS = 7;

    private final Store store;
    private final Clock clock;
    private final Instant started;
    private final Supplier<KnowledgeBase> knowledgeBase;
    private final Supplier<CacheStats> cache;

    public BotStats(Store store, Clock clock, Supplier<KnowledgeBase> knowledgeBase, Supplier<CacheStats> cache) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.started = clock.instant();
    }

    /** Statistics for this bot; register the result with {@link FaqBot#addListener}. */
    public static BotStats of(Store store, FaqBot bot, Clock clock) {
        return new BotStats(store, clock, bot::knowledgeBase, () -> bot.cache().stats());
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision) {
        onOutcome(outcome, decision, Origin.UNKNOWN);
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision, Origin origin) {
        String intent = outcome instanceof Outcome.Answered answered ? answered.response().id() : "";
        store.countQuestion(today(), origin.server(), OutcomeKind.of(outcome).label(), intent);
    }

    /** A "helpful" or "not helpful" vote on an answer to {@code intent}, given at {@code origin}. */
    public void recordFeedback(String intent, boolean wasHelpful, Origin origin) {
        Objects.requireNonNull(intent, "intent");
        store.countVote(today(), origin.server(), intent, wasHelpful);
    }

    /**
     * The answer to {@code intent} posted by a moderator ({@code /faq post}) at {@code origin}: counted as a post,
     * not as a question, so the question totals and the fallback rate stay what members asked.
     */
    public void recordPost(String intent, Origin origin) {
        Objects.requireNonNull(intent, "intent");
        store.countPost(today(), origin.server(), intent);
    }

    /** The numbers behind the statistics chart: the last {@link ChartData#DAYS} days of {@code scope}'s servers. */
    public ChartData chart(ServerScope scope) {
        return storedChart(store, scope, clock);
    }

    /** As {@link #chart}, read from the store alone ({@code faqbot stats --chart}). */
    public static ChartData storedChart(Store store, ServerScope scope, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return ChartData.of(store.recent(scope, ChartData.firstDay(today)), today);
    }

    /** Everything stored, of every server, with this process's uptime, cache and knowledge base. */
    public StatsSnapshot snapshot() {
        return snapshot(ServerScope.ALL);
    }

    /** What the store holds for {@code scope}'s servers, with this process's uptime, cache and knowledge base. */
    public StatsSnapshot snapshot(ServerScope scope) {
        KnowledgeBase kb = knowledgeBase.get();
        CacheStats cacheStats = cache.get();
        StatsSnapshot.Live live = new StatsSnapshot.Live(started, Duration.between(started, clock.instant()),
                cacheStats.requestCount() == 0 ? 0 : cacheStats.hitRate(), kb.version(), kb.loadedAt());
        return stored(store, scope, clock, Optional.of(live));
    }

    /** What the store holds for {@code scope}'s servers, as {@code faqbot stats} shows it without a running bot. */
    public static StatsSnapshot stored(Store store, ServerScope scope, Clock clock, Optional<StatsSnapshot.Live> live) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Tally tally = store.tally(scope, today.minusDays(RECENT_DAYS - 1L));
        long questions = tally.questions();
        long fallbacks = tally.byOutcome().getOrDefault(OutcomeKind.FALLBACK.label(), 0L);
        Map<String, StatsSnapshot.Votes> feedback = new TreeMap<>();
        tally.votes().forEach((intent, v) -> feedback.put(intent, new StatsSnapshot.Votes(v.helpful(), v.notHelpful())));
        return new StatsSnapshot(tally.since(), questions, tally.byOutcome(), tally.byIntent(), tally.byDay(),
                tally.byServer(), questions == 0 ? 0 : (double) fallbacks / questions, feedback, tally.posts(), live);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
