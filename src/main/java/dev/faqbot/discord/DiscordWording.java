package dev.faqbot.discord;

/** Sentences only the Discord adapter says; the ones every adapter shares are in {@code render.Wording}. */
final class DiscordWording {

    static final String SOURCES = "Sources";
    static final String REVIEWED = "Reviewed";
    static final String HELPFUL = "Helpful";
    static final String NOT_HELPFUL = "Not helpful";
    static final String TOPIC_PLACEHOLDER = "Choose a topic";
    static final String THANKS = "Thank you for the feedback: it helps the moderators improve the answers.";
    static final String ALREADY_VOTED = "You have already given feedback on this answer. Thank you!";
    static final String GONE = "That topic is no longer in the knowledge base. Please ask again.";
    static final String FAILED = "Sorry, something went wrong on my side. Please try again in a moment.";

    private DiscordWording() {
    }

    /** The line that stands for items (sources, topics) left out to keep within Discord's limits. */
    static String more(int count) {
        return Fit.ELLIPSIS + "and " + count + " more";
    }

    /** Told once to a member who asks again within the cooldown. */
    static String cooldown(int seconds) {
        return "You're asking quickly: please wait " + seconds + " seconds between questions."
                + " I'll answer your next question after that.";
    }
}
