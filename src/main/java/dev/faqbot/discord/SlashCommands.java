package dev.faqbot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The slash commands the bot registers: {@code /ask question:<text> [private:true]} and {@code /faq topics}. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";
    static final String FAQ = "faq";
    static final String TOPICS = "topics";

    /** Longer than the classifier reads (it cuts at max_question_chars), so the safety check sees it all. */
    private static final int QUESTION_MAX = 1_000;

    private SlashCommands() {
    }

    static List<SlashCommandData> all() {
        return List.of(
                Commands.slash(ASK, "Ask a question about ALS or stem cell therapy")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true)
                                        .setMaxLength(QUESTION_MAX),
                                new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer"))
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM),
                Commands.slash(FAQ, "What the bot can answer")
                        .addSubcommands(new SubcommandData(TOPICS, "List the topics I can answer"))
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
    }
}
