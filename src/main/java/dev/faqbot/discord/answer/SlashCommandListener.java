package dev.faqbot.discord.answer;

import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.gateway.EmergencyLimit;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.render.DiscordText;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.render.SlashCommands;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** {@code /ask} and {@code /faq topics} ({@code /faq post} is {@link dev.faqbot.discord.admin.PostCommand}'s). */
public final class SlashCommandListener extends ListenerAdapter {

    private final Answers answers;
    private final Cooldown cooldown;
    private final AskedQuestions questions;
    private final InteractionReplier replier;
    private final FailureLog failures;
    private final EmergencyLimit emergencies;

    public SlashCommandListener(Answers answers, Cooldown cooldown, AskedQuestions questions, InteractionReplier replier,
                         FailureLog failures, EmergencyLimit emergencies) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.emergencies = Objects.requireNonNull(emergencies, "emergencies");
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String where = "/" + event.getFullCommandName() + " from user " + event.getUser().getId()
                + " in channel " + event.getChannelId();
        failures.guard(where, () -> {
            if (SlashCommands.ASK.equals(event.getName())) {
                ask(event, where);
            } else if (SlashCommands.FAQ.equals(event.getName())
                    && SlashCommands.TOPICS.equals(event.getSubcommandName())) {
                // Private: a topic list is for the one who asked, not for the whole channel.
                replier.reply(event, true, () -> EmbedRenderer.topics(answers.topics()), where);
            }
        });
    }

    private void ask(SlashCommandInteractionEvent event, String where) {
        String question = DiscordText.plain(event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString));
        boolean privately = event.getOption(SlashCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        Cooldown.Verdict verdict = cooldown.check(event.getUser().getIdLong());
        if (verdict == Cooldown.Verdict.GO) {
            Origin origin = Origins.of(event.isFromGuild() ? event.getGuild() : null);
            // The same emergency reply is posted in a channel once a minute at most: a repeat goes to the asker
            // alone (the moderators' patterns tell, cheaply, before the answer is worked out).
            boolean repeat = answers.urgent(question).filter(e -> !emergencies.first(event.getChannelId(),
                    ((Outcome.Emergency) e).reply())).isPresent();
            replier.reply(event, privately || repeat, () -> {
                Outcome outcome = answers.ask(question, origin);
                return EmbedRenderer.render(outcome, questions.remember(outcome));
            }, where);
            return;
        }
        // Too soon. An interaction must always be answered, so the notice goes (privately) every time; but an
        // emergency is answered whatever the cooldown says: safety comes before the spam guard. Not a question
        // answered: not counted, not logged. The first call of the window gets the full check (sentence vectors
        // too), later ones only the moderators' patterns, so a flood costs little.
        replier.reply(event, true, () -> {
            Optional<Outcome> danger = verdict == Cooldown.Verdict.WAIT_AND_TELL
                    ? Answers.dangerOnly(answers.peek(question)) : answers.urgent(question);
            return danger.map(EmbedRenderer::render)
                    .orElseGet(() -> EmbedRenderer.notice(DiscordWording.cooldown(cooldown.seconds())));
        }, where);
    }
}
