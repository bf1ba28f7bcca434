package dev.faqbot.discord.answer;

import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.Shedding;
import dev.faqbot.discord.render.DiscordText;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.EmbedRenderer;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Messages: an @mention of the bot, a DM, any message in an opt-in auto-answer channel, or the first message of a
 * new post in an opt-in forum channel (read with the post's title). The cooldown is asked first, before any
 * costly work; a question is counted only when it is answered.
 */
public final class MessageListener extends ListenerAdapter {

    /** Why the bot is looking at a message. */
    enum Mode {
        DIRECT, MENTION, AUTO, FORUM;

        /** Nobody asked the bot: it speaks only when confident (or for an emergency), and looking costs no cooldown. */
        boolean unasked() {
            return this == AUTO || this == FORUM;
        }
    }

    private final Answers answers;
    private final Cooldown cooldown;
    private final AskedQuestions questions;
    private final Set<String> autoAnswerChannels;
    private final Set<String> forumChannels;
    private final FailureLog failures;
    private final Shedding shedding;

    public MessageListener(Answers answers, Cooldown cooldown, AskedQuestions questions, Collection<String> autoAnswerChannels,
                    Collection<String> forumChannels, FailureLog failures, Shedding shedding) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.autoAnswerChannels = Set.copyOf(autoAnswerChannels);
        this.forumChannels = Set.copyOf(forumChannels);
        this.failures = Objects.requireNonNull(failures, "failures");
        this.shedding = Objects.requireNonNull(shedding, "shedding");
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
        if (forumPost(event).isPresent()) {
            return Optional.of(Mode.FORUM);
        }
        return autoAnswerChannels.contains(event.getChannel().getId()) ? Optional.of(Mode.AUTO) : Optional.empty();
    }

    /**
     * The thread when the message opens a new post in one of the forum channels: Discord gives a post's first
     * message the id of its thread. Later messages in the thread are not the post.
     */
    private Optional<ThreadChannel> forumPost(MessageReceivedEvent event) {
        if (forumChannels.isEmpty() || !event.getChannelType().isThread()) {
            return Optional.empty();
        }
        ThreadChannel thread = event.getChannel().asThreadChannel();
        boolean opens = thread.getIdLong() == event.getMessageIdLong();
        return opens && forumChannels.contains(thread.getParentChannel().getId()) ? Optional.of(thread) : Optional.empty();
    }

    /** What the member asked: a forum post's title and first message are read together, as one question. */
    private String text(MessageReceivedEvent event) {
        String content = event.getMessage().getContentRaw();
        return question(forumPost(event).map(thread -> thread.getName() + "\n" + content).orElse(content));
    }

    private void answer(MessageReceivedEvent event, Mode mode, String where) {
        String text = text(event);
        long member = event.getAuthor().getIdLong();
        // In an auto-answer channel or a forum nobody asked the bot: looking must not start the member's cooldown.
        Cooldown.Verdict verdict = mode.unasked() ? cooldown.look(member) : cooldown.check(member);
        if (verdict != Cooldown.Verdict.GO) {
            waiting(event, mode, text, verdict, where);
            return;
        }
        // Looked at, not yet counted: only what the bot answers counts as a question (and reaches the learning
        // loop). In an auto-answer channel or a forum the bot speaks only when it is confident, and what it does not
        // answer was not a question to it.
        Outcome peeked = answers.peek(text);
        if (mode.unasked() && peeked instanceof Outcome.Emergency) {
            cooldown.check(member); // starts the cooldown; an emergency goes out whatever it says (two at once race)
        } else if (mode.unasked() && (!Answers.speaks(peeked) || cooldown.check(member) != Cooldown.Verdict.GO)) {
            return;
        }
        Origin origin = Origins.of(event.isFromGuild() ? event.getGuild() : null);
        if (peeked instanceof Outcome.Emergency emergency) {
            if (firstInChannel(event, emergency, where)) {
                sendAnyway(event, EmbedRenderer.render(answers.ask(text, origin)), where);
            }
            return;
        }
        if (!shedding.rate().tryTake()) {
            shedding.drops().dropped("the answer to " + where + ": over discord.replies_per_second");
            return;
        }
        Outcome answered = answers.ask(text, origin);
        if (mode.unasked() && !Answers.speaks(answered)) {
            return; // a reload in between changed the answer
        }
        send(event, EmbedRenderer.render(answered, questions.remember(answered)), where);
    }

    /**
     * A member in the cooldown: only checked for an emergency, not answered, not counted. The message that earns
     * the one notice of the window gets the full check (sentence vectors too); later ones only the patterns.
     */
    private void waiting(MessageReceivedEvent event, Mode mode, String text, Cooldown.Verdict verdict, String where) {
        Optional<Outcome> danger = verdict == Cooldown.Verdict.WAIT_AND_TELL
                ? Answers.dangerOnly(answers.peek(text)) : answers.urgent(text);
        if (danger.isPresent()) {
            if (firstInChannel(event, (Outcome.Emergency) danger.get(), where)) {
                sendAnyway(event, EmbedRenderer.render(danger.get()), where);
            }
            return;
        }
        if (verdict == Cooldown.Verdict.WAIT_AND_TELL && !mode.unasked()) {
            if (shedding.rate().tryTake()) {
                tellPrivately(event, EmbedRenderer.notice(DiscordWording.cooldown(cooldown.seconds())), where);
            } else {
                shedding.drops().dropped("the cooldown notice for " + where + ": over discord.replies_per_second");
            }
        }
    }

    /** The same emergency reply is posted in a channel once a minute at most; the first one always. */
    private boolean firstInChannel(MessageReceivedEvent event, Outcome.Emergency emergency, String where) {
        if (shedding.emergencies().first(event.getChannel().getId(), emergency.reply())) {
            return true;
        }
        shedding.drops().dropped("a repeat of the emergency reply for " + where + ": posted in that channel"
                + " within the last minute");
        return false;
    }

    /** The message text without the bot's own mention, or any other Discord markup. */
    static String question(String content) {
        return DiscordText.plain(content);
    }

    /** An emergency reply: it takes its share of the reply rate, but is never held back by it. */
    private void sendAnyway(MessageReceivedEvent event, MessageCreateData data, String where) {
        shedding.rate().take();
        send(event, data, where);
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
