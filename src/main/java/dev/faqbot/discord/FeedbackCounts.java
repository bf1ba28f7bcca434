package dev.faqbot.discord;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts feedback votes per intent in memory; the counts are logged when the bot stops. */
public final class FeedbackCounts implements FeedbackSink {

    /** The votes on one answer. */
    public record Tally(long helpful, long notHelpful) {
    }

    private final Map<String, LongAdder> helpful = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notHelpful = new ConcurrentHashMap<>();

    @Override
    public void record(String intentId, boolean wasHelpful) {
        Objects.requireNonNull(intentId, "intentId");
        (wasHelpful ? helpful : notHelpful).computeIfAbsent(intentId, id -> new LongAdder()).increment();
    }

    /** The votes so far, by intent id in alphabetical order. */
    public Map<String, Tally> tallies() {
        Map<String, Tally> tallies = new TreeMap<>();
        helpful.keySet().forEach(id -> tallies.put(id, tally(id)));
        notHelpful.keySet().forEach(id -> tallies.put(id, tally(id)));
        return tallies;
    }

    private Tally tally(String id) {
        return new Tally(count(helpful, id), count(notHelpful, id));
    }

    private static long count(Map<String, LongAdder> votes, String id) {
        LongAdder adder = votes.get(id);
        return adder == null ? 0 : adder.sum();
    }
}
