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

    static final String NOT_ALLOWED = notAllowed("/faq-admin");
    static final String NOT_AN_ADMIN_SERVER = notAnAdminServer("/faq-admin");
    static final String BUSY = "Sorry, I'm very busy right now. Please try again in a minute.";
    static final String ADMIN_IN_SERVER_ONLY = inServerOnly("/faq-admin");
    static final String UNKNOWN_SUBCOMMAND = "Unknown /faq-admin command: Discord may still show an old list."
            + " Reload Discord (Ctrl-R) and try again.";
    static final String TEST_TITLE = "Test";
    static final String WOULD_SEND = "What it would send";
    static final String STATS_TITLE = "Statistics";
    static final String POSTS = "Moderator posts (/faq post)";
    static final String UNANSWERED_TITLE = "Unanswered questions";
    static final String LEARNING_OFF = "The learning loop is **off** (`learning.enabled: false`), so the bot keeps"
            + " no questions and there is nothing to show. Turning it on is a community decision: see MODERATORS.md,"
            + " \"What the bot could not answer\".";
    static final String NOTHING_LOGGED = "The learning log is empty: no question was declined, answered with"
            + " \"did you mean\" or low confidence, or voted not helpful within the retention time.";

    static final String NOT_A_MESSAGE_LINK = "That is not a message link. In Discord, open the message's menu (⋯ or"
            + " right-click), choose **Copy Message Link**, and paste it into `reply_to`. Nothing was posted.";
    static final String LINK_ELSEWHERE = "That message is in another channel or server: `/faq post` can reply only to"
            + " a message in the channel you use it in. Nothing was posted.";

    private DiscordWording() {
    }

    /** A refused moderator command: why, in the member's terms. */
    static String refusal(ModeratorCheck.Access access, String command) {
        return switch (access) {
            case NOT_IN_SERVER -> inServerOnly(command);
            case NOT_AN_ADMIN_SERVER -> notAnAdminServer(command);
            default -> notAllowed(command);
        };
    }

    private static String notAllowed(String command) {
        return "Sorry, " + command + " is for this server's moderators: it needs the Manage Server permission or the"
                + " moderator role set for the bot.";
    }

    private static String notAnAdminServer(String command) {
        return "Sorry, " + command + " works only in the servers the bot's operator listed for its moderators"
                + " (discord.admin_guilds), and this is not one of them.";
    }

    private static String inServerOnly(String command) {
        return command + " works only in a server, for its moderators.";
    }

    /** {@code /faq post} with a topic the knowledge base does not have (any more). */
    static String unknownTopic(String topic) {
        return "There is no topic `" + topic.replace("`", "'") + "` in the knowledge base. Pick one from the list"
                + " Discord shows as you type. Nothing was posted.";
    }

    /** {@code /faq post} of an answer withdrawn for review: members would see only the notice. */
    static String withdrawnTopic(String topic, long daysOverdue) {
        return "`" + topic + "` is withdrawn for review (" + daysOverdue + " days overdue): update its review dates"
                + " before posting it. Nothing was posted.";
    }

    /** Told to the moderator once the answer is in the channel. */
    static String posted(String title, boolean asReply) {
        return "Posted \"" + title.strip() + "\"" + (asReply ? " as a reply to the linked message." : " in this channel.");
    }

    /** Told to the moderator when Discord refused the post. */
    static String notPosted(String reason) {
        return "Could not post the answer: Discord said \"" + reason + "\". If you gave `reply_to`, check that the"
                + " message still exists; and that the bot may send messages in this channel.";
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
