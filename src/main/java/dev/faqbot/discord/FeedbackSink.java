package dev.faqbot.discord;

/** Where "helpful" and "not helpful" clicks go (in production: the statistics and the learning log). */
@FunctionalInterface
public interface FeedbackSink {

    /**
     * One member's vote on the answer for {@code intentId}.
     *
     * @param question the question the answer was for, redacted; empty when it is not known
     */
    void record(String question, String intentId, boolean helpful);
}
