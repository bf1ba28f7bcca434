package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.discord.admin.Admin;
import dev.faqbot.discord.answer.Answers;
import dev.faqbot.discord.answer.AskedQuestions;
import dev.faqbot.discord.answer.FeedbackSink;
import dev.faqbot.moderation.Moderation;
import dev.faqbot.moderation.Redactor;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.text.Normaliser;
import java.util.Objects;

/**
 * Everything the Discord adapter needs from the rest of the bot: answers for members, moderation for
 * {@code /faq-admin}, where feedback votes go, and the questions held for those votes.
 */
public record Backend(Answers answers, Admin admin, FeedbackSink feedback, AskedQuestions questions) {

    public Backend {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(questions, "questions");
    }

    /** The production wiring: the core, and moderation started for it. */
    static Backend of(FaqBot bot, Moderation moderation, Settings settings) {
        // A question is held for a "not helpful" vote only when the learning loop can take it, and redacted
        // as the learning log would keep it.
        AskedQuestions questions = moderation.learning().isPresent()
                ? AskedQuestions.keeping(new Redactor(new Normaliser(settings.maxQuestionChars()))::redact)
                : AskedQuestions.off();
        // Moderators see the statistics and questions of the bot's own servers only, never another server's.
        return new Backend(Answers.of(bot), Admin.of(bot, moderation, ServerScope.only(settings.discord().adminGuilds())),
                moderation.feedback()::record, questions);
    }
}
