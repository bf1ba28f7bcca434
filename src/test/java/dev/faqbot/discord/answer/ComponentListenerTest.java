package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.ComponentIds;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ComponentListenerTest {

    private static final Executor SAME_THREAD = Runnable::run;

    private final FakeAnswers answers = new FakeAnswers().picking("msc_basics", Fixtures.answered());
    /** Each vote as "question|intent|helpful". */
    private final List<String> votes = new CopyOnWriteArrayList<>();
    private final AskedQuestions questions = AskedQuestions.keeping(q -> q.toLowerCase(Locale.ROOT));
    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final ComponentListener listener = new ComponentListener(answers,
            (question, intent, helpful, origin) -> votes.add(question + "|" + intent + "|" + helpful), questions,
            new InteractionReplier(SAME_THREAD, Duration.ofSeconds(1), failures), failures);
    private final ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);

    @Test
    void aChoiceButtonShowsThatAnswerToTheClickerOnly() {
        ButtonInteractionEvent click = button("faq:pick:msc_basics", 1, "300");

        listener.onButtonInteraction(click);

        verify(click).reply(sent.capture());
        assertEquals("What are MSCs?", sent.getValue().getEmbeds().get(0).getTitle());
        verify(action).setEphemeral(true);
    }

    @Test
    void aChoiceThatIsNoLongerKnownSaysSo() {
        ButtonInteractionEvent click = button("faq:pick:removed_topic", 1, "300");

        listener.onButtonInteraction(click);

        verify(click).reply(sent.capture());
        assertEquals(DiscordWording.GONE, sent.getValue().getContent());
    }

    @Test
    void feedbackCountsOneVotePerMemberPerAnswer() {
        ButtonInteractionEvent first = button("faq:no:msc_basics", 1, "300");
        ButtonInteractionEvent again = button("faq:yes:msc_basics", 1, "300");
        ButtonInteractionEvent other = button("faq:yes:msc_basics", 2, "300");

        List.of(first, again, other).forEach(listener::onButtonInteraction);

        assertEquals(List.of("|msc_basics|false", "|msc_basics|true"), votes);
        verify(again).reply(sent.capture());
        assertEquals(DiscordWording.ALREADY_VOTED, sent.getValue().getContent());
        verify(first).reply(sent.capture());
        assertEquals(DiscordWording.THANKS, sent.getValue().getContent());
    }

    @Test
    void aNotHelpfulVoteBringsTheQuestionItWasAbout() {
        String key = questions.remember(Fixtures.answered()).orElseThrow();

        listener.onButtonInteraction(button("faq:no:msc_basics:" + key, 1, "300"));
        listener.onButtonInteraction(button("faq:no:msc_basics:unknownkey", 2, "300"));

        assertEquals(List.of("what are mscs|msc_basics|false", "|msc_basics|false"), votes);
    }

    @Test
    void aTopicFromTheMenuShowsThatAnswer() {
        StringSelectInteractionEvent choice = component(StringSelectInteractionEvent.class, ComponentIds.TOPICS, 1, "300");
        when(choice.getValues()).thenReturn(List.of("msc_basics"));

        listener.onStringSelectInteraction(choice);

        verify(choice).reply(sent.capture());
        assertEquals("What are MSCs?", sent.getValue().getEmbeds().get(0).getTitle());
    }

    @Test
    void componentsTheBotDidNotMakeAreLeftAlone() {
        ButtonInteractionEvent click = button("someone-else:button", 1, "300");

        listener.onButtonInteraction(click);

        verify(click, never()).reply(any(MessageCreateData.class));
    }

    private ButtonInteractionEvent button(String customId, long userId, String messageId) {
        return component(ButtonInteractionEvent.class, customId, userId, messageId);
    }

    private <T extends GenericComponentInteractionCreateEvent> T component(Class<T> type, String customId, long userId,
                                                                          String messageId) {
        T event = mock(type);
        User user = mock(User.class);
        when(user.getId()).thenReturn(Long.toString(userId));
        when(event.getUser()).thenReturn(user);
        when(event.getComponentId()).thenReturn(customId);
        when(event.getMessageId()).thenReturn(messageId);
        when(event.getChannelId()).thenReturn("7");
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        return event;
    }
}
