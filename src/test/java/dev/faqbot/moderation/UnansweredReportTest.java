package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UnansweredReportTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final List<LearningEntry> entries = new ArrayList<>();
    private final List<String> classified = new ArrayList<>();

    private void logged(int minute, String text, String outcome) {
        entries.add(new LearningEntry(T0.plusSeconds(60L * minute), text, outcome,
                List.of(new LearningEntry.Guess("stored_guess", 0.3))));
    }

    /** A fake model: questions about knees look like "risks", others like "cost". */
    private final Function<String, Optional<Ranking>> model = text -> {
        classified.add(text);
        boolean knee = text.contains("knee");
        return Optional.of(new Ranking(List.of(new Scored("risks", knee ? 0.6 : 0.2), new Scored("cost", knee ? 0.1 : 0.5))));
    };

    @Test
    void mostFrequent_groupsSimilarWordingsAndNamesTheClosestIntent() {
        logged(1, "are knee injections of stem cells safe", "fallback");
        logged(2, "how much does a trip to mexico cost", "clarify");
        logged(3, "stem cell knee injections, are they safe?", "fallback");
        logged(4, "is a knee injection with stem cells safe", "not_helpful");

        List<QuestionGroup> groups = new UnansweredReport(() -> entries, model).mostFrequent(10, 1);

        assertEquals(2, groups.size());
        QuestionGroup knees = groups.get(0);
        assertEquals(3, knees.count());
        assertEquals(List.of("is a knee injection with stem cells safe", "stem cell knee injections, are they safe?",
                "are knee injections of stem cells safe"), knees.examples());
        assertEquals(T0.plusSeconds(240), knees.lastSeen());
        assertEquals(Map.of("fallback", 2L, "not_helpful", 1L), knees.outcomes());
        assertEquals(new QuestionGroup.Resemblance("risks", 0.6), knees.resembles().orElseThrow());
        assertEquals("cost", groups.get(1).resembles().orElseThrow().intent());
    }

    @Test
    void mostFrequent_leavesOutGroupsBelowTheMinimumSize_andDoesNotClassifyThem() {
        logged(1, "are knee injections safe", "fallback");
        logged(2, "knee injections safe?", "fallback");
        logged(3, "what about mexico clinics", "fallback");

        List<QuestionGroup> groups = new UnansweredReport(() -> entries, model).mostFrequent(10, 2);

        assertEquals(1, groups.size());
        assertEquals(2, groups.get(0).count());
        assertEquals(List.of("knee injections safe?", "are knee injections safe"), classified);
    }

    @Test
    void mostRecent_putsTheLatestGroupFirst() {
        logged(1, "are knee injections safe", "fallback");
        logged(2, "knee injections safe?", "fallback");
        logged(9, "what about mexico clinics", "fallback");

        List<QuestionGroup> groups = new UnansweredReport(() -> entries, model).mostRecent(1);

        assertEquals(List.of("what about mexico clinics"), groups.get(0).examples());
    }

    @Test
    void withoutAModel_theStoredGuessesAreUsed() {
        logged(1, "are knee injections safe", "fallback");

        QuestionGroup group = new UnansweredReport(() -> entries, text -> Optional.empty()).mostFrequent(1, 1).get(0);

        assertEquals(new QuestionGroup.Resemblance("stored_guess", 0.3), group.resembles().orElseThrow());
    }

    @Test
    void theSameTextAskedTwice_isOneGroupWithOneExample() {
        logged(1, "hmm", "fallback");
        logged(2, "hmm", "fallback");

        QuestionGroup group = new UnansweredReport(() -> entries, model).mostFrequent(5, 1).get(0);

        assertEquals(2, group.count());
        assertEquals(List.of("hmm"), group.examples());
    }
}
