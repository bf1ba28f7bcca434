package dev.faqbot.discord.render;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands the bot registers: for everyone, globally, {@code /ask question:<text> [private:true]},
 * {@code /faq topics} and {@code /faq post} (moderators only, checked on every call); for moderators, only in the servers of {@code discord.admin_guilds},
 * {@code /faq-admin reload|test|stats|unanswered|stale}.
 */
public final class SlashCommands {

    public static final String ASK = "ask";
    public static final String QUESTION = "question";
    public static final String PRIVATE = "private";
    public static final String FAQ = "faq";
    public static final String TOPICS = "topics";
    public static final String POST = "post";
    public static final String TOPIC = "topic";
    public static final String REPLY_TO = "reply_to";
    public static final String ADMIN = "faq-admin";
    public static final String RELOAD = "reload";
    public static final String TEST = "test";
    public static final String STATS = "stats";
    public static final String UNANSWERED = "unanswered";
    public static final String STALE = "stale";

    /** Longer than the classifier reads (it cuts at max_question_chars), so the safety check sees it all. */
    private static final int QUESTION_MAX = 1_000;

    private SlashCommands() {
    }

    /** The members' commands, registered globally. */
    public static List<SlashCommandData> members() {
        return List.of(
                Commands.slash(ASK, "Ask a question about ALS or stem cell therapy")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true)
                                        .setMaxLength(QUESTION_MAX),
                                new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer"))
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM),
                Commands.slash(FAQ, "What the bot can answer")
                        .addSubcommands(new SubcommandData(TOPICS, "List the topics I can answer"), post())
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
    }

    /**
     * {@code /faq post topic:<menu> [reply_to:<message link>]}: a moderator posts a vetted answer. Under {@code /faq},
     * where a moderator looks for answers; Discord cannot hide one subcommand from members, so {@link dev.faqbot.discord.admin.PostCommand}
     * checks every call as {@code /faq-admin} does. The topics come from the live knowledge base as one types.
     */
    private static SubcommandData post() {
        return new SubcommandData(POST, "Moderators: post a vetted answer in this channel, or as a reply")
                .addOptions(new OptionData(OptionType.STRING, TOPIC, "The answer to post", true, true),
                        new OptionData(OptionType.STRING, REPLY_TO, "Link to a message in this channel to reply to"));
    }

    /**
     * Shown only to members with Manage Server until a server admin allows it for the moderator role (Server
     * Settings, Integrations). That is only what Discord shows: {@link dev.faqbot.discord.admin.ModeratorCheck} decides on every call.
     */
    public static SlashCommandData admin() {
        return Commands.slash(ADMIN, "Moderator tools for the FAQ bot (only you see the replies)")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData(RELOAD, "Reload the knowledge base now and show the result"),
                        new SubcommandData(TEST, "What the bot would answer to a question, and why")
                                .addOptions(new OptionData(OptionType.STRING, QUESTION, "The question to try", true)
                                        .setMaxLength(QUESTION_MAX)),
                        new SubcommandData(STATS, "Questions, outcomes, feedback and the live knowledge base"),
                        new SubcommandData(UNANSWERED, "Questions the bot declined or was unsure about, grouped"),
                        new SubcommandData(STALE, "Answers whose review is due soon or overdue"));
    }
}
