package dev.faqbot.moderation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the learning log: a question the bot could not answer well. By design it has no field for a user,
 * a name, a server or a channel; {@code text} is the question after {@link Redactor} took mentions and ids out.
 *
 * @param time     when it was asked, to the hour
 * @param outcome  fallback, clarify, low_confidence or not_helpful
 * @param guesses  the model's top three intents at the time, most likely first
 */
@JsonPropertyOrder({"time", "text", "outcome", "guesses"})
public record LearningEntry(Instant time, String text, String outcome, List<Guess> guesses) {

    public static final String FALLBACK = "fallback";
    public static final String CLARIFY = "clarify";
    public static final String LOW_CONFIDENCE = "low_confidence";
    public static final String NOT_HELPFUL = "not_helpful";

    public LearningEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        guesses = guesses == null ? List.of() : List.copyOf(guesses);
    }

    /** An intent and the model's confidence in it. */
    public record Guess(String intent, double confidence) {
    }
}
