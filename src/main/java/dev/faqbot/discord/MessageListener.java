package dev.faqbot.discord;

import dev.faqbot.core.Outcome;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Messages: an @mention of the bot, a DM, or any message in an opt-in auto-answer channel. */
final class MessageListener extends ListenerAdapter {

    /** Why the bot is looking at a message. */
    enum Mode { DIRECT, MENTION, AUTO }

    private final Answers answers;
    private final Cooldown cooldown;
    private final AskedQuestions questions;
    private final Set<String> autoAnswerChannels;
    private final FailureLog failures;

    MessageListener(Answers answers, Cooldown cooldown, AskedQuestions questions, Collection<String> autoAnswerChannels,
                    FailureLog failures) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.autoAnswerChannels = Set.copyOf(autoAnswerChannels);
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        // Bots (this one included), webhooks and system messages: answering them could start a loop.
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()
                || event.getMessage().getType().isSystem()) {
            return;
        }
        mode(event).ifPresent(mode -> {
            String where = "message " + event.getMessageId() + " from user " + author.getId()
                    + " in channel " + event.getChannel().getId() + " (" + mode + ")";
            failures.guard(where, () -> answer(event, mode, where));
        });
    }

    private Optional<Mode> mode(MessageReceivedEvent event) {
        if (event.isFromType(ChannelType.PRIVATE)) {
            return Optional.of(Mode.DIRECT);
        }
        // USER only: @everyone, @here or a role the bot has is not a question to the bot.
        if (event.getMessage().getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)) {
            return Optional.of(Mode.MENTION);
        }
        return autoAnswerChannels.contains(event.getChannel().getId()) ? Optional.of(Mode.AUTO) : Optional.empty();
    }

    private void answer(MessageReceivedEvent event, Mode mode, String where) {
        String text = question(event.getMessage().getContentRaw());
        // In an auto-answer channel nobody asked the bot: it speaks only when it is confident, and what it does
        // not answer is not a question to it (not counted, not kept by the learning loop).
        // Elsewhere the message is only looked at until the cooldown lets it through: a member who is told to
        // wait has not been answered, so the question is neither counted nor logged.
        Optional<Outcome> reply = mode == Mode.AUTO ? answers.overhear(text) : Optional.of(answers.peek(text));
        if (reply.isEmpty()) {
            return;
        }
        Outcome outcome = reply.get();
        // Safety first: emergency guidance goes out everywhere, before the spam guard is even asked.
        if (outcome instanceof Outcome.Emergency) {
            send(event, EmbedRenderer.render(outcome), where);
            return;
        }
        Cooldown.Verdict verdict = cooldown.check(event.getAuthor().getIdLong());
        if (verdict != Cooldown.Verdict.GO && outcome instanceof Outcome.Cautioned) {
            // A possible danger: the member in the cooldown still sees what to do, without the answer.
            Answers.dangerOnly(outcome).ifPresent(danger -> send(event, EmbedRenderer.render(danger), where));
            return;
        }
        switch (verdict) {
            case GO -> {
                Outcome answered = mode == Mode.AUTO ? outcome : answers.ask(text);
                send(event, EmbedRenderer.render(answered, questions.remember(answered)), where);
            }
            case WAIT_AND_TELL -> {
                if (mode != Mode.AUTO) {
                    tellPrivately(event, EmbedRenderer.notice(DiscordWording.cooldown(cooldown.seconds())), where);
                }
            }
            case WAIT_QUIETLY -> {
            }
        }
    }

    /** The message text without the bot's own mention, or any other Discord markup. */
    static String question(String content) {
        return DiscordText.plain(content);
    }

    private void send(MessageReceivedEvent event, MessageCreateData data, String where) {
        event.getMessage().reply(data).queue(null, failures.onFailure("answer", where));
    }

    private void tellPrivately(MessageReceivedEvent event, MessageCreateData data, String where) {
        if (event.isFromType(ChannelType.PRIVATE)) {
            send(event, data, where);
            return;
        }
        // A member whose DMs are closed is simply not told: a notice in the channel would be more noise.
        event.getAuthor().openPrivateChannel().flatMap(channel -> channel.sendMessage(data))
                .queue(null, failures.onFailure("send the cooldown notice by DM", where));
    }
}
