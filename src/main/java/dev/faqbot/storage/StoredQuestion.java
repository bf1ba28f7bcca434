package dev.faqbot.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A learning-log entry as the store keeps it: no user, channel or message id, by design.
 *
 * @param hour     when it was asked, to the hour
 * @param server   the server (guild) id it was asked in; "dm", "console" or "" elsewhere
 * @param text     the redacted question
 * @param outcome  fallback, clarify, low_confidence or not_helpful
 * @param guesses  the model's top guesses as JSON, stored as they come
 */
public record StoredQuestion(Instant hour, String server, String text, String outcome, String guesses) {

    public StoredQuestion {
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(guesses, "guesses");
    }
}
