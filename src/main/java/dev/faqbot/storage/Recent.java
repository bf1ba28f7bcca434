package dev.faqbot.storage;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The stored statistics of recent days, for the statistics chart: questions per day, outcome and answered intent,
 * and the votes given on those days.
 *
 * @param from   the first day included
 * @param counts questions per day, outcome and intent ("" when no answer was given), in that order
 * @param votes  helpful and not-helpful votes per intent, from {@code from} on
 */
public record Recent(LocalDate from, List<Count> counts, Map<String, Tally.Votes> votes) {

    public Recent {
        Objects.requireNonNull(from, "from");
        counts = counts.stream().sorted(Comparator.comparing(Count::day).thenComparing(Count::outcome)
                .thenComparing(Count::intent)).toList();
        votes = Collections.unmodifiableSortedMap(new TreeMap<>(votes));
    }

    /** {@code questions} questions on {@code day} with this outcome and answered intent. */
    public record Count(LocalDate day, String outcome, String intent, long questions) {
        public Count {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(intent, "intent");
        }
    }
}
