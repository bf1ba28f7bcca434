package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.gateway.EmergencyLimit;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.ComponentIds;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.discord.render.SlashCommands;
import dev.faqbot.moderation.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SlashCommandListenerTest {

    private static final Executor SAME_THREAD = Runnable::run;

    private final FakeAnswers answers = new FakeAnswers()
            .answering("what are mscs", Fixtures.answered())
            .answering("my husband can't breathe", Fixtures.emergency());
    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final SlashCommandListener listener = new SlashCommandListener(answers,
            new Cooldown(Duration.ofSeconds(10)), AskedQuestions.off(), new InteractionReplier(SAME_THREAD, Duration.ofSeconds(1), failures),
            failures, new EmergencyLimit(clock));
    private final ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);

    @Test
    void askRepliesWithTheAnswerForEveryoneToSee() {
        SlashCommandInteractionEvent event = ask(1, "what are mscs", false);

        listener.onSlashCommandInteraction(event);

        verify(event).reply(sent.capture());
        assertEquals("What are MSCs?", sent.getValue().getEmbeds().get(0).getTitle());
        verify(action).setEphemeral(false);
    }

    @Test
    void withTheLearningLoopOnTheNotHelpfulButtonCarriesTheKeyOfTheQuestion() {
        AskedQuestions questions = AskedQuestions.keeping(q -> q);
        SlashCommandListener keeping = new SlashCommandListener(answers, new Cooldown(Duration.ofSeconds(10)), questions,
                new InteractionReplier(SAME_THREAD, Duration.ofSeconds(1), failures), failures, new EmergencyLimit(clock));
        SlashCommandInteractionEvent event = ask(1, "what are mscs", false);

        keeping.onSlashCommandInteraction(event);

        verify(event).reply(sent.capture());
        List<ActionRow> rows = sent.getValue().getComponents().stream().map(c -> c.asActionRow()).toList();
        String notHelpful = rows.get(rows.size() - 1).getButtons().get(1).getCustomId();
        assertTrue(notHelpful.startsWith("faq:no:msc_basics:"), notHelpful);
        assertEquals("what are mscs", questions.question(notHelpful.substring("faq:no:msc_basics:".length())));
    }

    @Test
    void askWithPrivateRepliesOnlyToTheAsker() {
        listener.onSlashCommandInteraction(ask(1, "what are mscs", true));

        verify(action).setEphemeral(true);
    }

    @Test
    void askingTooFastGetsAPrivateNotice() {
        listener.onSlashCommandInteraction(ask(1, "what are mscs", false));
        SlashCommandInteractionEvent second = ask(1, "what are mscs", false);

        listener.onSlashCommandInteraction(second);

        verify(second).reply(sent.capture());
        assertEquals(DiscordWording.cooldown(10), sent.getValue().getContent());
        verify(action).setEphemeral(true);
    }

    @Test
    void anEmergencyIsAnsweredEvenWhenTooFast() {
        listener.onSlashCommandInteraction(ask(1, "what are mscs", false));
        SlashCommandInteractionEvent second = ask(1, "my husband can't breathe", false);

        listener.onSlashCommandInteraction(second);

        verify(second).reply(sent.capture());
        assertTrue(sent.getValue().getContent().startsWith("## 🚨"));
    }

    @Test
    void aMemberWhoFloodsDuringTheCooldown_costsOnlyThePatternCheck_andIsNeverCounted() {
        listener.onSlashCommandInteraction(ask(1, "what are mscs", false));
        listener.onSlashCommandInteraction(ask(1, "what are mscs", false));
        answers.peeked.clear();

        for (int i = 0; i < 20; i++) {
            listener.onSlashCommandInteraction(ask(1, "cost " + i, false));
        }
        SlashCommandInteractionEvent emergency = ask(1, "my husband can't breathe", false);
        listener.onSlashCommandInteraction(emergency);

        assertEquals(List.of(), answers.peeked, "no sentence vector, no classifier");
        assertEquals(List.of("what are mscs"), answers.asked);
        verify(emergency).reply(sent.capture());
        assertTrue(sent.getValue().getContent().startsWith("## 🚨"), "the patterns still catch an emergency");
    }

    @Test
    void theSameEmergencyReplyIsPostedInAChannelOnceAMinute_aRepeatGoesToTheAskerAlone() {
        SlashCommandInteractionEvent first = ask(1, "my husband can't breathe", false);
        SlashCommandInteractionEvent repeat = ask(2, "my husband can't breathe", false);
        ReplyCallbackAction firstAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
        ReplyCallbackAction repeatAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(first.reply(any(MessageCreateData.class))).thenReturn(firstAction);
        when(repeat.reply(any(MessageCreateData.class))).thenReturn(repeatAction);

        listener.onSlashCommandInteraction(first);
        listener.onSlashCommandInteraction(repeat);

        verify(firstAction).setEphemeral(false);
        verify(repeatAction).setEphemeral(true);
        verify(repeat).reply(sent.capture());
        assertTrue(sent.getValue().getContent().startsWith("## 🚨"), "the asker still gets it");
    }

    @Test
    void faqPost_isLeftToThePostCommand() {
        SlashCommandInteractionEvent event = command(1, "faq", "faq post");
        when(event.getSubcommandName()).thenReturn("post");

        listener.onSlashCommandInteraction(event);

        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void faqTopicsListsTheTopicsPrivatelyWithAMenu() {
        SlashCommandInteractionEvent event = command(1, "faq", "faq topics");
        when(event.getSubcommandName()).thenReturn("topics");

        listener.onSlashCommandInteraction(event);

        verify(event).reply(sent.capture());
        assertTrue(sent.getValue().getContent().contains("Topic number 1"));
        assertEquals(ComponentIds.TOPICS, sent.getValue().getComponents().get(0).asActionRow().getComponents().get(0)
                .asStringSelectMenu().getCustomId());
        verify(action).setEphemeral(true);
    }

    private SlashCommandInteractionEvent ask(long userId, String question, boolean privately) {
        SlashCommandInteractionEvent event = command(userId, "ask", "ask");
        when(event.getOption(eq(SlashCommands.QUESTION), eq(""), any())).thenReturn(question);
        when(event.getOption(eq(SlashCommands.PRIVATE), eq(false), any())).thenReturn(privately);
        return event;
    }

    private SlashCommandInteractionEvent command(long userId, String name, String fullName) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(userId);
        when(user.getId()).thenReturn(Long.toString(userId));
        when(event.getUser()).thenReturn(user);
        when(event.getName()).thenReturn(name);
        when(event.getFullCommandName()).thenReturn(fullName);
        when(event.getChannelId()).thenReturn("7");
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        return event;
    }
}
