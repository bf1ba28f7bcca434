package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
import dev.faqbot.testing.Brains;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code review} with the real sentence model and the shipped knowledge base (vectors and model from the tests'
 * cache): four wordings of one question about iPSCs, sharing hardly a word, are one group, with the intent they
 * resemble; unrelated questions asked in between are groups of their own.
 */
class ReviewByMeaningTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final List<String> IPSC = List.of("are ipscs being tested for als?",
            "induced pluripotent stem cells als trial?", "anything with ips cells for als",
            "has anyone tried reprogrammed skin cells (ipsc) for als");
    private static final List<String> UNRELATED = List.of("how much would a stem cell clinic in mexico cost us",
            "is nurown fda approved now", "can my dad join a trial while he is on bipap",
            "are exosomes safer than stem cells", "what is the weather like today");

    private static FaqBot bot;

    @BeforeAll
    static void shippedBot() {
        bot = Brains.shippedBot();
    }

    @Test
    void fourWordingsOfTheIpscQuestion_areOneGroup_likeStemCellTypes_andUnrelatedQuestionsAreNot() {
        List<LearningEntry> entries = new ArrayList<>();
        List<String> asked = new ArrayList<>(UNRELATED);
        for (int i = 0; i < IPSC.size(); i++) {
            asked.add(2 * i, IPSC.get(i)); // interleaved, as they would come in
        }
        for (int i = 0; i < asked.size(); i++) {
            entries.add(new LearningEntry(T0.plusSeconds(600L * i), asked.get(i), "fallback", List.of()));
        }

        List<QuestionGroup> groups = UnansweredReport.of(() -> entries, bot).mostFrequent(20, 1);

        QuestionGroup ipsc = groups.get(0);
        assertEquals(IPSC.size(), ipsc.count(), groups::toString);
        assertEquals("stem_cell_types", ipsc.resembles().orElseThrow().intent(), groups::toString);
        assertEquals(1 + UNRELATED.size(), groups.size(), groups::toString);
        Set<String> alone = groups.subList(1, groups.size()).stream().flatMap(g -> g.examples().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(UNRELATED), alone, groups::toString);
        assertTrue(groups.subList(1, groups.size()).stream().allMatch(g -> g.count() == 1), groups::toString);
    }
}
