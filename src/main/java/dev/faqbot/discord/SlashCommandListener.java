package dev.faqbot.discord;

import dev.faqbot.core.Outcome;
import java.util.Objects;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** {@code /ask} and {@code /faq topics}. */
final class SlashCommandListener extends ListenerAdapter {

    private final Answers answers;
    private final Cooldown cooldown;
    private final AskedQuestions questions;
    private final InteractionReplier replier;
    private final FailureLog failures;

    SlashCommandListener(Answers answers, Cooldown cooldown, AskedQuestions questions, InteractionReplier replier,
                         FailureLog failures) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String where = "/" + event.getFullCommandName() + " from user " + event.getUser().getId()
                + " in channel " + event.getChannelId();
        failures.guard(where, () -> {
            if (SlashCommands.ASK.equals(event.getName())) {
                ask(event, where);
            } else if (SlashCommands.FAQ.equals(event.getName())) {
                // Private: a topic list is for the one who asked, not for the whole channel.
                replier.reply(event, true, () -> EmbedRenderer.topics(answers.topics()), where);
            }
        });
    }

    private void ask(SlashCommandInteractionEvent event, String where) {
        String question = DiscordText.plain(event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString));
        boolean privately = event.getOption(SlashCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        if (cooldown.check(event.getUser().getIdLong()) == Cooldown.Verdict.GO) {
            replier.reply(event, privately, () -> {
                Outcome outcome = answers.ask(question);
                return EmbedRenderer.render(outcome, questions.remember(outcome));
            }, where);
            return;
        }
        // Too soon. An interaction must always be answered, so the notice goes (privately) every time; but an
        // emergency is answered whatever the cooldown says: safety comes before the spam guard.
        replier.reply(event, true, () -> {
            Outcome outcome = answers.peek(question); // not a question answered: not counted, not logged
            return Answers.dangerOnly(outcome).map(EmbedRenderer::render)
                    .orElseGet(() -> EmbedRenderer.notice(DiscordWording.cooldown(cooldown.seconds())));
        }, where);
    }
}
