package dev.faqbot.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logged questions that ask much the same thing.
 *
 * @param count      how many entries the group holds
 * @param examples   up to three different wordings, most recent first
 * @param lastSeen   when the most recent of them was asked
 * @param outcomes   entries per outcome (fallback, clarify, low_confidence, not_helpful)
 * @param resembles  the intent the current model thinks the group is closest to, with its average confidence
 */
public record QuestionGroup(int count, List<String> examples, Instant lastSeen, Map<String, Long> outcomes,
                            Optional<Resemblance> resembles) {

    public QuestionGroup {
        examples = List.copyOf(examples);
        outcomes = Map.copyOf(outcomes);
    }

    /** An intent and the model's average confidence in it over the group's questions. */
    public record Resemblance(String intent, double confidence) {
    }
}
