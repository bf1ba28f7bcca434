package dev.faqbot.discord;

/** Where "helpful" and "not helpful" clicks go. */
public interface FeedbackSink {

    /** One member's vote on the answer for {@code intentId}. */
    void record(String intentId, boolean helpful);
}
