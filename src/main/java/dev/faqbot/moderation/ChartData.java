package dev.faqbot.moderation;

import dev.faqbot.storage.Recent;
import dev.faqbot.storage.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers behind the statistics chart: questions per day by outcome over the last {@link #DAYS} days (a day
 * without questions is there, with zeros), and the {@link #TOP} most asked answers of those days with the votes
 * given on them. What the chart draws, and what its snapshot test compares.
 *
 * @param from the first day shown
 * @param to   the last day shown (today, by the bot's clock)
 * @param days every day from {@code from} to {@code to}, in order
 * @param top  the most asked answers, the most asked first
 */
public record ChartData(LocalDate from, LocalDate to, List<Day> days, List<TopAnswer> top) {

    /** How many days the chart covers, today included. */
    public static final int DAYS = 30;
    /** How many answers the chart ranks. */
    public static final int TOP = 10;

    /** What the chart shows a question as: the four replies a member can get. */
    public enum Series {
        ANSWERED("Answered"), DID_YOU_MEAN("Did you mean"), DONT_KNOW("I don't know"), EMERGENCY("Emergency");

        private final String label;

        Series(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A withdrawn answer is still an answer (to the notice); a caution shows the emergency lines. */
        static Series of(OutcomeKind kind) {
            return switch (kind) {
                case ANSWERED, WITHDRAWN -> ANSWERED;
                case CLARIFY -> DID_YOU_MEAN;
                case FALLBACK -> DONT_KNOW;
                case EMERGENCY, CAUTION -> EMERGENCY;
            };
        }
    }

    public ChartData {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = List.copyOf(days);
        top = List.copyOf(top);
    }

    /** Questions on one day, per series (every series present, zero when none). */
    public record Day(LocalDate day, Map<Series, Long> counts) {
        public Day {
            Objects.requireNonNull(day, "day");
            EnumMap<Series, Long> all = new EnumMap<>(Series.class);
            for (Series series : Series.values()) {
                all.put(series, counts.getOrDefault(series, 0L));
            }
            counts = Collections.unmodifiableMap(all);
        }

        public long count(Series series) {
            return counts.get(series);
        }
    }

    /** One answer: how often it was given in the period, and the votes on it then. */
    public record TopAnswer(String intent, long asked, long helpful, long notHelpful) {
        public TopAnswer {
            Objects.requireNonNull(intent, "intent");
        }
    }

    /** The first day a chart ending {@code today} shows. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1L);
    }

    /** The chart of the {@link #DAYS} days up to {@code today}, from what the store holds of them. */
    public static ChartData of(Recent recent, LocalDate today) {
        LocalDate from = firstDay(today);
        Map<LocalDate, Map<Series, Long>> perDay = new HashMap<>();
        Map<String, Long> asked = new HashMap<>();
        for (Recent.Count count : recent.counts()) {
            if (count.day().isBefore(from) || count.day().isAfter(today)) {
                continue;
            }
            // A label from a newer version is not dropped silently: it is counted as the closest, "I don't know".
            Series series = OutcomeKind.ofLabel(count.outcome()).map(Series::of).orElse(Series.DONT_KNOW);
            perDay.computeIfAbsent(count.day(), d -> new EnumMap<>(Series.class)).merge(series, count.questions(), Long::sum);
            if (!count.intent().isEmpty()) {
                asked.merge(count.intent(), count.questions(), Long::sum);
            }
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new Day(day, perDay.getOrDefault(day, Map.of())));
        }
        return new ChartData(from, today, days, top(asked, recent.votes()));
    }

    private static List<TopAnswer> top(Map<String, Long> asked, Map<String, Tally.Votes> votes) {
        return asked.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> {
                    Tally.Votes v = votes.getOrDefault(e.getKey(), new Tally.Votes(0, 0));
                    return new TopAnswer(e.getKey(), e.getValue(), v.helpful(), v.notHelpful());
                })
                .toList();
    }

    /** All questions of the period. */
    public long questions() {
        return days.stream().mapToLong(d -> d.counts().values().stream().mapToLong(Long::longValue).sum()).sum();
    }
}
