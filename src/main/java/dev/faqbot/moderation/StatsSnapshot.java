package dev.faqbot.moderation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bot's statistics at one moment, for {@code /faq-admin stats} and {@code faqbot stats}: what the store
 * counted (every process that shares it, since {@code since}), and what only the running process knows.
 *
 * @param since         the first day counted; empty when nothing was
 * @param byOutcome     questions per outcome: answered, clarify, fallback, emergency, caution
 * @param byIntent      answered questions per intent
 * @param byDay         questions per day, over the last {@link BotStats#RECENT_DAYS} days
 * @param byServer      questions per server id ("dm": direct messages, "console": the console chat)
 * @param fallbackRate  the share of questions declined, from 0 to 1
 * @param feedback      helpful and not-helpful votes per intent
 * @param posts         answers posted by moderators ({@code /faq post}) per intent; not counted as questions
 * @param live          uptime, cache and knowledge base of the running process; empty when read from the store alone
 */
public record StatsSnapshot(Optional<LocalDate> since, long questions, Map<String, Long> byOutcome,
                            Map<String, Long> byIntent, Map<LocalDate, Long> byDay, Map<String, Long> byServer,
                            double fallbackRate, Map<String, Votes> feedback, Map<String, Long> posts,
                            Optional<Live> live) {

    public StatsSnapshot {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(live, "live");
        // Sorted by name so that a printed snapshot reads the same every time.
        byOutcome = sorted(byOutcome);
        byIntent = sorted(byIntent);
        byDay = sorted(byDay);
        byServer = sorted(byServer);
        feedback = sorted(feedback);
        posts = sorted(posts);
    }

    /** All answers posted by moderators. */
    public long postCount() {
        return posts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** Feedback on one intent's answer. */
    public record Votes(long helpful, long notHelpful) {
    }

    /**
     * What the running process knows and the store does not.
     *
     * @param cacheHitRatio the share of answer-cache lookups served from the cache, from 0 to 1
     * @param kbVersion     the short hash of the live knowledge base
     * @param kbLoadedAt    when the live knowledge base was loaded
     */
    public record Live(Instant started, Duration uptime, double cacheHitRatio, String kbVersion, Instant kbLoadedAt) {
    }
}
