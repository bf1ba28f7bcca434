package dev.faqbot.discord.render;

/** Sentences only the Discord adapter says; the ones every adapter shares are in {@code render.Wording}. */
public final class DiscordWording {

    static final String SOURCES = "Sources";
    static final String REVIEWED = "Reviewed";
    static final String HELPFUL = "Helpful";
    static final String NOT_HELPFUL = "Not helpful";
    static final String TOPIC_PLACEHOLDER = "Choose a topic";
    public static final String THANKS = "Thank you for the feedback: it helps the moderators improve the answers.";
    public static final String ALREADY_VOTED = "You have already given feedback on this answer. Thank you!";
    public static final String GONE = "That topic is no longer in the knowledge base. Please ask again.";
    public static final String FAILED = "Sorry, something went wrong on my side. Please try again in a moment.";

    public static final String NOT_ALLOWED = notAllowed("/faq-admin");
    public static final String NOT_AN_ADMIN_SERVER = notAnAdminServer("/faq-admin");
    public static final String BUSY = "Sorry, I'm very busy right now. Please try again in a minute.";
    public static final String ADMIN_IN_SERVER_ONLY = inServerOnly("/faq-admin");
    public static final String UNKNOWN_SUBCOMMAND = "Unknown /faq-admin command: Discord may still show an old list."
            + " Reload Discord (Ctrl-R) and try again.";
    public static final String TEST_TITLE = "Test";
    public static final String WOULD_SEND = "What it would send";
    public static final String STATS_TITLE = "Statistics";
    public static final String POSTS = "Moderator posts (/faq post)";
    public static final String UNANSWERED_TITLE = "Unanswered questions";
    public static final String LEARNING_OFF = "The learning loop is **off** (`learning.enabled: false`), so the bot keeps"
            + " no questions and there is nothing to show. Turning it on is a community decision: see MODERATORS.md,"
            + " \"What the bot could not answer\".";
    public static final String NOTHING_LOGGED = "The learning log is empty: no question was declined, answered with"
            + " \"did you mean\" or low confidence, or voted not helpful within the retention time.";

    public static final String NOT_A_MESSAGE_LINK = "That is not a message link. In Discord, open the message's menu (⋯ or"
            + " right-click), choose **Copy Message Link**, and paste it into `reply_to`. Nothing was posted.";
    public static final String LINK_ELSEWHERE = "That message is in another channel or server: `/faq post` can reply only to"
            + " a message in the channel you use it in. Nothing was posted.";

    private DiscordWording() {
    }

    /** A moderator command refused to a member without Manage Server or the moderator role. */
    public static String notAllowed(String command) {
        return "Sorry, " + command + " is for this server's moderators: it needs the Manage Server permission or the"
                + " moderator role set for the bot.";
    }

    /** A moderator command refused outside the servers of {@code discord.admin_guilds}. */
    public static String notAnAdminServer(String command) {
        return "Sorry, " + command + " works only in the servers the bot's operator listed for its moderators"
                + " (discord.admin_guilds), and this is not one of them.";
    }

    /** A moderator command refused in a direct message. */
    public static String inServerOnly(String command) {
        return command + " works only in a server, for its moderators.";
    }

    /** {@code /faq post} with a topic the knowledge base does not have (any more). */
    public static String unknownTopic(String topic) {
        return "There is no topic `" + topic.replace("`", "'") + "` in the knowledge base. Pick one from the list"
                + " Discord shows as you type. Nothing was posted.";
    }

    /** {@code /faq post} of an answer withdrawn for review: members would see only the notice. */
    public static String withdrawnTopic(String topic, long daysOverdue) {
        return "`" + topic + "` is withdrawn for review (" + daysOverdue + " days overdue): update its review dates"
                + " before posting it. Nothing was posted.";
    }

    /** Told to the moderator once the answer is in the channel. */
    public static String posted(String title, boolean asReply) {
        return "Posted \"" + title.strip() + "\"" + (asReply ? " as a reply to the linked message." : " in this channel.");
    }

    /** Told to the moderator when Discord refused the post. */
    public static String notPosted(String reason) {
        return "Could not post the answer: Discord said \"" + reason + "\". If you gave `reply_to`, check that the"
                + " message still exists; and that the bot may send messages in this channel.";
    }

    /** The line that stands for items (sources, topics) left out to keep within Discord's limits. */
    public static String more(int count) {
        return Fit.ELLIPSIS + "and " + count + " more";
    }

    /** Told once to a member who asks again within the cooldown. */
    public static String cooldown(int seconds) {
        return "You're asking quickly: please wait " + seconds + " seconds between questions."
                + " I'll answer your next question after that.";
    }
}
