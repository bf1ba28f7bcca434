package dev.faqbot.discord.admin;

import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.answer.Answers;
import dev.faqbot.discord.answer.Origins;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.ReplyRate;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import dev.faqbot.discord.render.Fit;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.discord.render.SlashCommands;
import dev.faqbot.kb.Response;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /faq post topic:<menu> [reply_to:<message link>]}: a moderator posts a vetted answer in the channel, as the
 * normal answer embed, optionally as a reply to a message there. Checked as {@code /faq-admin} is, on every call.
 * The moderator is told privately whether it was posted; it is counted (as a post, not a question) once Discord
 * has accepted it.
 */
public final class PostCommand extends ListenerAdapter {

    private static final String COMMAND = "/" + SlashCommands.FAQ + " " + SlashCommands.POST;

    private final Answers answers;
    private final Admin admin;
    private final ModeratorGate gate;
    private final InteractionReplier replier;
    private final ReplyRate rate;
    private final FailureLog failures;

    public PostCommand(Answers answers, Admin admin, ModeratorCheck check, InteractionReplier replier, ReplyRate rate,
                FailureLog failures) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.replier = Objects.requireNonNull(replier, "replier");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.gate = new ModeratorGate(check, failures);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!isPost(event.getName(), event.getSubcommandName())) {
            return;
        }
        String where = COMMAND + " from user " + event.getUser().getId() + " in channel " + event.getChannelId();
        failures.guard(where, () -> {
            String topic = event.getOption(SlashCommands.TOPIC, "", OptionMapping::getAsString).strip();
            String link = event.getOption(SlashCommands.REPLY_TO, "", OptionMapping::getAsString);
            String action = COMMAND + " " + topic + " in channel " + event.getChannelId()
                    + (link.isBlank() ? "" : " replying to " + link.strip());
            if (gate.admits(event, COMMAND, action, where)) {
                post(event, topic, link, where);
            }
        });
    }

    /** The topics as a moderator types: titles shown, intent ids sent; at most Discord's 25. */
    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!isPost(event.getName(), event.getSubcommandName())
                || !SlashCommands.TOPIC.equals(event.getFocusedOption().getName())) {
            return;
        }
        String where = "autocomplete of " + COMMAND + " from user " + event.getUser().getId();
        failures.guard(where, () -> event.replyChoices(choices(answers.topics(), event.getFocusedOption().getValue()))
                .queue(null, failures.onFailure("offer the topics", where)));
    }

    static List<Command.Choice> choices(List<Response> topics, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return topics.stream()
                .filter(t -> t.id().contains(wanted) || t.title().toLowerCase(Locale.ROOT).contains(wanted))
                .filter(t -> t.id().length() <= Limits.OPTION_VALUE)
                .limit(Limits.CHOICES)
                .map(t -> new Command.Choice(Fit.text(t.title().strip(), Limits.OPTION_LABEL), t.id()))
                .toList();
    }

    private void post(SlashCommandInteractionEvent event, String topic, String link, String where) {
        Optional<Outcome> outcome = answers.answerFor(topic, topic);
        if (outcome.isEmpty()) {
            tell(event, DiscordWording.unknownTopic(topic), where);
            return;
        }
        if (outcome.get() instanceof Outcome.Withdrawn withdrawn) {
            tell(event, DiscordWording.withdrawnTopic(topic, withdrawn.daysOverdue()), where);
            return;
        }
        Optional<MessageLink> target = link.isBlank() ? Optional.empty() : MessageLink.parse(link);
        if (!link.isBlank() && target.isEmpty()) {
            tell(event, DiscordWording.NOT_A_MESSAGE_LINK, where);
            return;
        }
        String guild = event.getGuild() == null ? "" : event.getGuild().getId();
        if (target.isPresent() && !target.get().isIn(guild, event.getChannelId())) {
            tell(event, DiscordWording.LINK_ELSEWHERE, where);
            return;
        }
        replier.reply(event, true, send(event, (Outcome.Answered) outcome.get(), target, where), where);
    }

    /** Sends the answer to the channel; completes with what to tell the moderator. */
    private CompletableFuture<MessageCreateData> send(SlashCommandInteractionEvent event, Outcome.Answered answer,
                                                      Optional<MessageLink> target, String where) {
        MessageCreateAction message = event.getMessageChannel().sendMessage(EmbedRenderer.render(answer));
        target.ifPresent(t -> message.setMessageReference(t.messageId()).failOnInvalidReply(true));
        rate.take(); // a moderator's post must go; it takes its share of the reply rate
        Origin origin = Origins.of(event.getGuild());
        return message.submit().handle((sent, error) -> {
            if (error != null) {
                failures.onFailure("post the answer", where).accept(error);
                return EmbedRenderer.notice(DiscordWording.notPosted(reason(error)));
            }
            admin.posted(answer.response().id(), origin);
            return EmbedRenderer.notice(DiscordWording.posted(answer.response().title(), target.isPresent()));
        });
    }

    /** Discord's own words for a refusal; never the exception's text, which is for the log. */
    private static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException refused) {
                return refused.getMeaning();
            }
        }
        return "an unexpected error (see the bot's log)";
    }

    private void tell(SlashCommandInteractionEvent event, String text, String where) {
        event.reply(EmbedRenderer.notice(text)).setEphemeral(true).queue(null, failures.onFailure("reply", where));
    }

    private static boolean isPost(String command, String subcommand) {
        return SlashCommands.FAQ.equals(command) && SlashCommands.POST.equals(subcommand);
    }
}
