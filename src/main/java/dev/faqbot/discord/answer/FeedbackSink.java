package dev.faqbot.discord.answer;

import dev.faqbot.core.Origin;

/** Where "helpful" and "not helpful" clicks go (in production: the statistics and the learning log). */
@FunctionalInterface
public interface FeedbackSink {

    /**
     * One member's vote on the answer for {@code intentId}.
     *
     * @param question the question the answer was for, redacted; empty when it is not known
     * @param origin   the server the vote was given in (never the member)
     */
    void record(String question, String intentId, boolean helpful, Origin origin);
}
