package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackCountsTest {

    @Test
    void votesAreCountedPerIntentInAlphabeticalOrder() {
        FeedbackCounts counts = new FeedbackCounts();
        counts.record("risks", true);
        counts.record("risks", false);
        counts.record("cost", false);
        counts.record("risks", true);

        assertEquals(Map.of("cost", new FeedbackCounts.Tally(0, 1), "risks", new FeedbackCounts.Tally(2, 1)),
                counts.tallies());
        assertEquals("cost", counts.tallies().keySet().iterator().next());
    }
}
