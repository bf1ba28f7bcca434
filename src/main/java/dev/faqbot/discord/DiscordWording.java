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

    static final String NOT_ALLOWED = "Sorry, /faq-admin is for this server's moderators: it needs the Manage"
            + " Server permission or the moderator role set for the bot.";
    static final String NOT_AN_ADMIN_SERVER = "Sorry, /faq-admin works only in the servers the bot's operator"
            + " listed for its moderators (discord.admin_guilds), and this is not one of them.";
    static final String BUSY = "Sorry, I'm very busy right now. Please try again in a minute.";
    static final String ADMIN_IN_SERVER_ONLY = "/faq-admin works only in a server, for its moderators.";
    static final String UNKNOWN_SUBCOMMAND = "Unknown /faq-admin command: Discord may still show an old list."
            + " Reload Discord (Ctrl-R) and try again.";
    static final String TEST_TITLE = "Test";
    static final String WOULD_SEND = "What it would send";
    static final String STATS_TITLE = "Statistics";
    static final String UNANSWERED_TITLE = "Unanswered questions";
    static final String LEARNING_OFF = "The learning loop is **off** (`learning.enabled: false`), so the bot keeps"
            + " no questions and there is nothing to show. Turning it on is a community decision: see MODERATORS.md,"
            + " \"What the bot could not answer\".";
    static final String NOTHING_LOGGED = "The learning log is empty: no question was declined, answered with"
            + " \"did you mean\" or low confidence, or voted not helpful within the retention time.";

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
