package dev.faqbot.discord.admin;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Explanation;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.kb.Problem;
import dev.faqbot.kb.Response;
import dev.faqbot.moderation.KnowledgeBaseDiff;
import dev.faqbot.moderation.LearningEntry;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.StaleReport;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.moderation.UnansweredReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Moderation results for the renderer tests: a normal one of each, and oversized ones. */
final class AdminFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private AdminFixtures() {
    }

    static Explanation answered() {
        Ranking ranking = new Ranking(List.of(new Scored("msc_basics", 0.91), new Scored("risks", 0.05),
                new Scored("evidence", 0.03), new Scored("out_of_scope", 0.01)));
        return new Explanation(Fixtures.answered(), new Decision.Answer("msc_basics", 0.91, ranking), ranking.top(3));
    }

    static Explanation clarify() {
        Ranking ranking = new Ranking(List.of(new Scored("cost", 0.41), new Scored("unproven_clinics", 0.38),
                new Scored("out_of_scope", 0.21)));
        return new Explanation(Fixtures.clarify(), new Decision.Clarify(List.of("cost", "unproven_clinics"), ranking),
                ranking.top(3));
    }

    static Explanation emergency() {
        return new Explanation(Fixtures.emergency(),
                new Decision.Emergency(Fixtures.emergency().danger()), List.of());
    }

    static Explanation declined() {
        Ranking ranking = new Ranking(List.of(new Scored("out_of_scope", 0.8), new Scored("cost", 0.1),
                new Scored("risks", 0.1)));
        return new Explanation(Fixtures.noMatch(), new Decision.Decline(Decision.Reason.OUT_OF_SCOPE, ranking),
                ranking.top(3));
    }

    /** An answer far longer than any limit, with an intent id and a question just as long. */
    static Explanation oversizedAnswer() {
        String id = "x".repeat(300);
        Response huge = Fixtures.response(id, "T".repeat(400), "Word ".repeat(3_000), List.of(), List.of());
        Ranking ranking = new Ranking(List.of(new Scored(id, 0.9), new Scored(id + "2", 0.05),
                new Scored(id + "3", 0.05)));
        return new Explanation(new Outcome.Answered("q", huge, 0.9, "", List.of()),
                new Decision.Answer(id, 0.9, ranking), ranking.top(3));
    }

    static StatsSnapshot stats() {
        return new StatsSnapshot(Optional.of(LocalDate.parse("2026-10-01")), 120,
                Map.of("answered", 80L, "clarify", 20L, "fallback", 18L, "emergency", 2L),
                Map.of("msc_basics", 50L, "cost", 20L, "risks", 10L),
                Map.of(LocalDate.parse("2026-11-20"), 30L, LocalDate.parse("2026-11-21"), 12L),
                Map.of("1200000000000000002", 100L, "1200000000000000003", 20L), 0.15,
                Map.of("msc_basics", new StatsSnapshot.Votes(9, 1), "cost", new StatsSnapshot.Votes(2, 4)),
                Map.of("risks", 3L, "msc_basics", 1L),
                Optional.of(new StatsSnapshot.Live(NOW.minus(Duration.ofHours(27).plusMinutes(5)),
                        Duration.ofHours(27).plusMinutes(5), 0.42, "a3134fa0c340", NOW.minus(Duration.ofHours(3)))));
    }

    static StatsSnapshot oversizedStats() {
        Map<String, Long> intents = new TreeMap<>();
        Map<String, StatsSnapshot.Votes> feedback = new TreeMap<>();
        IntStream.range(0, 500).forEach(i -> {
            intents.put("intent_with_a_rather_long_name_number_" + i, (long) i);
            feedback.put("intent_with_a_rather_long_name_number_" + i, new StatsSnapshot.Votes(i, i));
        });
        return new StatsSnapshot(Optional.empty(), 0, Map.of(), intents, Map.of(), Map.of(), 0, feedback, intents,
                Optional.of(new StatsSnapshot.Live(NOW, Duration.ZERO, 0, "a3134fa0c340", NOW)));
    }

    static Optional<UnansweredReport> unanswered() {
        List<LearningEntry> entries = List.of(
                entry(1, "are knee injections of stem cells safe", LearningEntry.FALLBACK),
                entry(2, "is a knee injection with stem cells safe", LearningEntry.NOT_HELPFUL),
                entry(3, "how much is a trip to *panama* for stem cells", LearningEntry.CLARIFY));
        return Optional.of(new UnansweredReport(() -> entries, text -> Optional.empty()));
    }

    /** Many different long questions, asked twice each. */
    static Optional<UnansweredReport> oversizedUnanswered() {
        List<LearningEntry> entries = IntStream.range(0, 80).mapToObj(i -> entry(i % 40,
                "question number " + i % 40 + " about topic" + i % 40 + " " + "very long words ".repeat(40),
                LearningEntry.FALLBACK)).toList();
        return Optional.of(new UnansweredReport(() -> entries, text -> Optional.empty()));
    }

    private static LearningEntry entry(int hour, String text, String outcome) {
        return new LearningEntry(NOW.minus(Duration.ofHours(hour)), text, outcome,
                List.of(new LearningEntry.Guess(text.contains("knee") ? "risks" : "cost", 0.4)));
    }

    static StaleReport stale() {
        return new StaleReport(TODAY, 30, List.of(
                new StaleReport.Due("msc_basics", "What are MSCs?", TODAY.minusMonths(5), TODAY.minusDays(40), -40, true),
                new StaleReport.Due("fda_status", "Is it FDA approved?", TODAY.minusMonths(4), TODAY.minusDays(5), -5,
                        false),
                new StaleReport.Due("cost", "What does it cost?", TODAY.minusMonths(11), TODAY.plusDays(12), 12, false)));
    }

    static StaleReport oversizedStale() {
        return new StaleReport(TODAY, 30, IntStream.range(0, 300).mapToObj(i -> new StaleReport.Due("intent_" + i,
                "A long title for answer number " + i + " that goes on and on", TODAY.minusYears(1),
                TODAY.minusDays(i), -i, i > 30)).toList());
    }

    static ReloadResult loaded() {
        return new ReloadResult.Loaded("file change: responses/msc_basics.yml", "a3134fa0c340", "b00c0ffee123",
                new KnowledgeBaseDiff(List.of(), List.of(), List.of(), 0, 0, List.of(), List.of(),
                        List.of("msc_basics"), List.of()), List.of(), Duration.ofMillis(240), false);
    }

    static ReloadResult refused(int problems) {
        return new ReloadResult.Refused("file change: responses/msc_basics.yml", "a3134fa0c340",
                IntStream.range(0, problems).mapToObj(i -> Problem.error("responses/msc_basics.yml", i + 3, "title",
                        "must be text, not a list (```yaml``` " + "padding ".repeat(i % 7 * 10) + ")")).toList());
    }
}
