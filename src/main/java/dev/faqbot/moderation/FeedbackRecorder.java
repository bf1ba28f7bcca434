package dev.faqbot.moderation;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a "helpful" / "not helpful" vote on an answer: it is counted in the statistics, and a "not helpful" one
 * goes to the learning log (when that is on) with the model's current guesses for the question.
 */
public final class FeedbackRecorder {

    private final BotStats stats;
    private final Optional<LearningLog> learning;
    private final Function<String, Decision> decide;

    /** @param decide the bot's uncached decision for a question ({@code bot::decide}) */
    public FeedbackRecorder(BotStats stats, Optional<LearningLog> learning, Function<String, Decision> decide) {
        this.stats = Objects.requireNonNull(stats, "stats");
        this.learning = Objects.requireNonNull(learning, "learning");
        this.decide = Objects.requireNonNull(decide, "decide");
    }

    /**
     * @param question the question as the user wrote it (it is redacted before it is kept)
     * @param intent   the intent whose answer was rated
     * @param origin   where the vote was given (the server is counted, never the member)
     */
    public void record(String question, String intent, boolean helpful, Origin origin) {
        stats.recordFeedback(intent, helpful, origin);
        if (!helpful) {
            learning.ifPresent(log -> log.recordNotHelpful(question, decide.apply(question), origin));
        }
    }
}
