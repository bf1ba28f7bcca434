package dev.faqbot.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bot's statistics at one moment, for {@code /faq-admin stats}.
 *
 * @param byOutcome      questions per outcome: answered, clarify, fallback, emergency, caution
 * @param byIntent       answered questions per intent
 * @param fallbackRate   the share of questions declined, from 0 to 1
 * @param cacheHitRatio  the share of answer-cache lookups served from the cache, from 0 to 1
 * @param feedback       helpful and not-helpful votes per intent
 * @param kbVersion      the short hash of the live knowledge base
 * @param kbLoadedAt     when the live knowledge base was loaded
 */
public record StatsSnapshot(Instant started, Duration uptime, long questions, Map<String, Long> byOutcome,
                            Map<String, Long> byIntent, double fallbackRate, double cacheHitRatio,
                            Map<String, Votes> feedback, String kbVersion, Instant kbLoadedAt) {

    public StatsSnapshot {
        // Sorted by name so that a printed snapshot reads the same every time.
        byOutcome = Collections.unmodifiableSortedMap(new TreeMap<>(byOutcome));
        byIntent = Collections.unmodifiableSortedMap(new TreeMap<>(byIntent));
        feedback = Collections.unmodifiableSortedMap(new TreeMap<>(feedback));
    }

    /** Feedback on one intent's answer. */
    public record Votes(long helpful, long notHelpful) {
    }
}
