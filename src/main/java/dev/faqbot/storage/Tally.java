package dev.faqbot.storage;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stored statistics, added up over every process that shares the store.
 *
 * @param since      the first day anything was counted; empty when nothing was
 * @param byOutcome  questions per outcome
 * @param byIntent   answered questions per intent
 * @param byDay      questions per day, for the days asked for
 * @param byServer   questions per server id ("dm" for direct messages, "console" for the console chat)
 * @param votes      helpful and not-helpful votes per intent
 * @param posts      answers posted by moderators ({@code /faq post}) per intent; not questions
 */
public record Tally(Optional<LocalDate> since, Map<String, Long> byOutcome, Map<String, Long> byIntent,
                    Map<LocalDate, Long> byDay, Map<String, Long> byServer, Map<String, Votes> votes,
                    Map<String, Long> posts) {

    public Tally {
        byOutcome = sorted(byOutcome);
        byIntent = sorted(byIntent);
        byDay = sorted(byDay);
        byServer = sorted(byServer);
        votes = sorted(votes);
        posts = sorted(posts);
    }

    /** All questions counted. */
    public long questions() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** Votes on one intent's answer. */
    public record Votes(long helpful, long notHelpful) {
    }
}
