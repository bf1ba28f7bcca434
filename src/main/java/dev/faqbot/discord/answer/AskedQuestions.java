package dev.faqbot.discord.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.faqbot.core.Outcome;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Answered questions held for a short while under a random key, which the answer's "not helpful" button
 * carries: a click then brings the question to the learning log. Only the redacted text is held (no user, no
 * channel, no message id), only while the learning loop is on, and it is gone after {@link #KEEP}.
 */
public final class AskedQuestions {

    /** As long as the answer cache keeps a question's text by default: feedback comes soon after an answer. */
    static final Duration KEEP = Duration.ofHours(1);
    private static final long MAX_QUESTIONS = 10_000;

    private final Cache<String, String> questions;
    private final UnaryOperator<String> redact;
    private final boolean on;

    private AskedQuestions(UnaryOperator<String> redact, boolean on, Ticker ticker) {
        this.redact = Objects.requireNonNull(redact, "redact");
        this.on = on;
        this.questions = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX_QUESTIONS)
                .ticker(ticker).build();
    }

    /** Holds questions, after {@code redact}; for when the learning loop is on. */
    public static AskedQuestions keeping(UnaryOperator<String> redact) {
        return new AskedQuestions(redact, true, Ticker.systemTicker());
    }

    public static AskedQuestions keeping(UnaryOperator<String> redact, Ticker ticker) {
        return new AskedQuestions(redact, true, ticker);
    }

    /** Holds nothing: with the learning loop off there is nowhere for the question to go. */
    public static AskedQuestions off() {
        return new AskedQuestions(UnaryOperator.identity(), false, Ticker.systemTicker());
    }

    /** The key for an answer's question; empty when nothing is held (not an answer, or the loop is off). */
    Optional<String> remember(Outcome outcome) {
        if (!on || !(outcome instanceof Outcome.Answered)) {
            return Optional.empty();
        }
        String text = redact.apply(outcome.question());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Random rather than counted: a button from before a restart must not find another person's question.
        String key = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, Character.MAX_RADIX);
        questions.put(key, text);
        return Optional.of(key);
    }

    /** The question held under {@code key}; empty text when there is none (no key, expired, or loop off). */
    String question(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        String text = questions.getIfPresent(key);
        return text == null ? "" : text;
    }
}
