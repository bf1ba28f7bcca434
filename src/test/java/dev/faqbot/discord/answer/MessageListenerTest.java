package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.core.Origin;
import dev.faqbot.discord.gateway.EmergencyLimit;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.Shedding;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MessageListenerTest {

    private static final String SELF = "99";
    private static final String AUTO = "500";
    private static final String FORUM = "600";
    private static final long THREAD = 700;

    private final FakeAnswers answers = new FakeAnswers()
            .answering("what are mscs", Fixtures.answered())
            .answering("cost", Fixtures.clarify())
            .answering("my husband can't breathe", Fixtures.emergency());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final MessageListener listener = listener(20);
    private final MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
    private final ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);

    @Test
    void aMentionIsAnsweredAsAReplyWithoutTheMention() {
        MessageReceivedEvent event = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);

        listener.onMessageReceived(event);

        verify(event.getMessage()).reply(sent.capture());
        assertEquals("What are MSCs?", sent.getValue().getEmbeds().get(0).getTitle());
        assertEquals(List.of("what are mscs"), answers.asked);
    }

    @Test
    void aMessageNotAddressedToTheBotIsNotEvenRead() {
        MessageReceivedEvent event = message("what are mscs", "100", false, ChannelType.TEXT);

        listener.onMessageReceived(event);

        verify(event.getMessage(), never()).getContentRaw();
        assertTrue(answers.asked.isEmpty());
    }

    @Test
    void aDirectMessageGetsEveryKindOfReply() {
        MessageReceivedEvent event = message("cost", "100", false, ChannelType.PRIVATE);

        listener.onMessageReceived(event);

        verify(event.getMessage()).reply(sent.capture());
        assertEquals(2, sent.getValue().getComponents().get(0).asActionRow().getComponents().size());
    }

    @Test
    void otherBotsWebhooksAndSystemMessagesAreIgnored() {
        MessageReceivedEvent bot = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        when(bot.getAuthor().isBot()).thenReturn(true);
        MessageReceivedEvent webhook = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        when(webhook.isWebhookMessage()).thenReturn(true);
        MessageReceivedEvent system = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        when(system.getMessage().getType()).thenReturn(MessageType.GUILD_MEMBER_JOIN);

        List.of(bot, webhook, system).forEach(listener::onMessageReceived);

        assertTrue(answers.asked.isEmpty());
    }

    @Test
    void anAutoAnswerChannelGetsConfidentAnswersOnly() {
        MessageReceivedEvent unsure = message("cost", AUTO, false, ChannelType.TEXT);
        MessageReceivedEvent unknown = message("tell me a joke", AUTO, false, ChannelType.TEXT);
        MessageReceivedEvent confident = message("what are mscs", AUTO, false, ChannelType.TEXT);

        List.of(unsure, unknown, confident).forEach(listener::onMessageReceived);

        verify(unsure.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(unknown.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(confident.getMessage()).reply(any(MessageCreateData.class));
    }

    @Test
    void anEmergencyIsAnsweredInAnAutoAnswerChannelAndDuringTheCooldown() {
        listener.onMessageReceived(message("what are mscs", AUTO, false, ChannelType.TEXT));
        MessageReceivedEvent emergency = message("my husband can't breathe", AUTO, false, ChannelType.TEXT);

        listener.onMessageReceived(emergency);

        verify(emergency.getMessage()).reply(sent.capture());
        assertTrue(sent.getValue().getContent().startsWith("## 🚨"));
    }

    @Test
    void aMemberWhoAsksTooFastIsToldOnceByDirectMessage() {
        listener.onMessageReceived(message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT));
        MessageReceivedEvent second = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        MessageReceivedEvent third = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        @SuppressWarnings("unchecked")
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        @SuppressWarnings("unchecked")
        RestAction<Message> dm = mock(RestAction.class);
        when(second.getAuthor().openPrivateChannel()).thenReturn(open);
        doReturn(dm).when(open).flatMap(any());

        listener.onMessageReceived(second);
        listener.onMessageReceived(third);

        verify(dm).queue(any(), any());
        verify(second.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(third.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(third.getAuthor(), never()).openPrivateChannel();
        assertEquals(List.of("what are mscs"), answers.asked, "a member told to wait was not answered: not counted");
    }

    @Test
    void aFailingListenerStepIsLoggedAndTheNextMessageIsAnswered() {
        MessageReceivedEvent broken = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        when(broken.getMessage().reply(any(MessageCreateData.class))).thenThrow(new IllegalStateException("no perms"));
        MessageReceivedEvent next = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        when(next.getAuthor().getIdLong()).thenReturn(2L);

        listener.onMessageReceived(broken);
        listener.onMessageReceived(next);

        verify(next.getMessage()).reply(any(MessageCreateData.class));
    }

    @Test
    void inAnAutoAnswerChannel_aMemberInTheCooldownIsNeitherAnsweredNorCounted() {
        listener.onMessageReceived(message("what are mscs", AUTO, false, ChannelType.TEXT));
        MessageReceivedEvent again = message("what are mscs", AUTO, false, ChannelType.TEXT);

        listener.onMessageReceived(again);

        verify(again.getMessage(), never()).reply(any(MessageCreateData.class));
        assertEquals(List.of("what are mscs"), answers.asked, "only the answered question is counted");
    }

    @Test
    void inAnAutoAnswerChannel_chatterTheBotIgnoresDoesNotStartTheCooldown() {
        listener.onMessageReceived(message("tell me a joke", AUTO, false, ChannelType.TEXT));
        MessageReceivedEvent question = message("what are mscs", AUTO, false, ChannelType.TEXT);

        listener.onMessageReceived(question);

        verify(question.getMessage()).reply(any(MessageCreateData.class));
        assertEquals(List.of("what are mscs"), answers.asked);
    }

    @Test
    void theCooldownComesBeforeAnyCostlyWork_laterMessagesOfTheWindowGetThePatternsOnly() {
        listener.onMessageReceived(message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT));
        MessageReceivedEvent second = message("<@" + SELF + "> cost", "100", true, ChannelType.TEXT);
        @SuppressWarnings("unchecked")
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        doReturn(mock(RestAction.class)).when(open).flatMap(any());
        when(second.getAuthor().openPrivateChannel()).thenReturn(open);
        listener.onMessageReceived(second);
        answers.peeked.clear();

        for (int i = 0; i < 50; i++) {
            listener.onMessageReceived(message("<@" + SELF + "> cost " + i, "100", true, ChannelType.TEXT));
        }

        assertEquals(List.of(), answers.peeked, "no sentence vector, no classifier for a member who floods");
        assertEquals(List.of("what are mscs"), answers.asked);
    }

    @Test
    void theSameEmergencyReplyIsPostedInAChannelOnceAMinute_theFirstAlways() {
        MessageReceivedEvent first = mention("my husband can't breathe", "100", 1);
        MessageReceivedEvent repeat = mention("my husband can't breathe", "100", 2);
        MessageReceivedEvent elsewhere = mention("my husband can't breathe", "101", 3);

        List.of(first, repeat, elsewhere).forEach(listener::onMessageReceived);
        clock.advance(EmergencyLimit.WINDOW);
        MessageReceivedEvent aMinuteLater = mention("my husband can't breathe", "100", 4);
        listener.onMessageReceived(aMinuteLater);

        verify(first.getMessage()).reply(any(MessageCreateData.class));
        verify(repeat.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(elsewhere.getMessage()).reply(any(MessageCreateData.class));
        verify(aMinuteLater.getMessage()).reply(any(MessageCreateData.class));
    }

    @Test
    void aMemberInTheCooldownCannotRepostTheEmergencyReply() {
        List<MessageReceivedEvent> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            flood.add(message("<@" + SELF + "> my husband can't breathe", "100", true, ChannelType.TEXT));
        }

        flood.forEach(listener::onMessageReceived);

        verify(flood.get(0).getMessage()).reply(any(MessageCreateData.class));
        flood.subList(1, 5).forEach(e -> verify(e.getMessage(), never()).reply(any(MessageCreateData.class)));
    }

    @Test
    void overTheReplyRate_anAnswerIsDroppedWithALogLine_andNotCounted_butAnEmergencyAlwaysGoes() {
        MessageListener slow = listener(1);
        MessageReceivedEvent first = mention("what are mscs", "100", 1);
        MessageReceivedEvent second = mention("what are mscs", "100", 2);
        MessageReceivedEvent emergency = mention("my husband can't breathe", "100", 3);

        try (LogCapture logs = new LogCapture()) {
            List.of(first, second, emergency).forEach(slow::onMessageReceived);

            assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Dropped the answer to message")
                    && l.contains("over discord.replies_per_second")), logs.lines().toString());
        }
        clock.advance(Duration.ofSeconds(2));
        MessageReceivedEvent later = mention("what are mscs", "100", 4);
        slow.onMessageReceived(later);

        verify(first.getMessage()).reply(any(MessageCreateData.class));
        verify(second.getMessage(), never()).reply(any(MessageCreateData.class));
        verify(emergency.getMessage()).reply(any(MessageCreateData.class));
        verify(later.getMessage()).reply(any(MessageCreateData.class));
        assertEquals(List.of("what are mscs", "my husband can't breathe", "what are mscs"), answers.asked,
                "the dropped answer is not counted");
    }

    @Test
    void aQuestionInAServerIsCountedForThatServer() {
        MessageReceivedEvent event = message("<@" + SELF + "> what are mscs", "100", true, ChannelType.TEXT);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("1200000000000000002");
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(guild);

        listener.onMessageReceived(event);

        assertEquals(List.of(Origin.server("1200000000000000002")), answers.origins);
    }

    @Test
    void mentionsAreTakenOutOfTheQuestion() {
        assertEquals("what is als", MessageListener.question("<@99> what is als <@!99>"));
        assertEquals("hi", MessageListener.question("<@12> hi"));
    }

    @Test
    void aNewForumPost_isReadWithItsTitle_andAnsweredInItsThreadWhenConfident() {
        answers.answering(MessageListener.question("MSCs?\nwhat are they, and do they help"), Fixtures.answered());
        MessageReceivedEvent post = forumPost("MSCs?", "what are they, and do they help", FORUM, THREAD);

        listener.onMessageReceived(post);

        verify(post.getMessage()).reply(sent.capture());
        assertEquals("What are MSCs?", sent.getValue().getEmbeds().get(0).getTitle());
        assertEquals(List.of(MessageListener.question("MSCs?\nwhat are they, and do they help")), answers.asked);
    }

    @Test
    void aForumPostTheBotIsUnsureAbout_getsSilence_andIsNotCounted() {
        answers.answering(MessageListener.question("Prices\ncost"), Fixtures.clarify());
        MessageReceivedEvent post = forumPost("Prices", "cost", FORUM, THREAD);

        listener.onMessageReceived(post);

        verify(post.getMessage(), never()).reply(any(MessageCreateData.class));
        assertEquals(List.of(), answers.asked);
    }

    @Test
    void anEmergencyInAForumPost_getsTheEmergencyReply() {
        answers.answering(MessageListener.question("Help\nmy husband can't breathe"), Fixtures.emergency());
        MessageReceivedEvent post = forumPost("Help", "my husband can't breathe", FORUM, THREAD);

        listener.onMessageReceived(post);

        verify(post.getMessage()).reply(sent.capture());
        assertTrue(sent.getValue().getContent().startsWith("## 🚨"), sent.getValue().getContent());
    }

    @Test
    void laterMessagesInTheThread_andPostsInOtherForums_areNotRead() {
        answers.answering(MessageListener.question("MSCs?\nwhat are mscs"), Fixtures.answered());
        MessageReceivedEvent reply = forumPost("MSCs?", "what are mscs", FORUM, THREAD);
        when(reply.getMessageIdLong()).thenReturn(THREAD + 1);
        MessageReceivedEvent elsewhere = forumPost("MSCs?", "what are mscs", "601", THREAD + 2);

        listener.onMessageReceived(reply);
        listener.onMessageReceived(elsewhere);

        verify(reply.getMessage(), never()).getContentRaw();
        verify(elsewhere.getMessage(), never()).getContentRaw();
        assertEquals(List.of(), answers.peeked);
    }

    /** The first message of a new post titled {@code title} in forum {@code forumId}: its id is the thread's. */
    private MessageReceivedEvent forumPost(String title, String content, String forumId, long threadId) {
        MessageReceivedEvent event = message(content, Long.toString(threadId), false, ChannelType.GUILD_PUBLIC_THREAD);
        ThreadChannel thread = mock(ThreadChannel.class);
        IThreadContainerUnion forum = mock(IThreadContainerUnion.class);
        when(forum.getId()).thenReturn(forumId);
        when(thread.getIdLong()).thenReturn(threadId);
        when(thread.getName()).thenReturn(title);
        when(thread.getParentChannel()).thenReturn(forum);
        when(event.getChannel().asThreadChannel()).thenReturn(thread);
        when(event.getMessageIdLong()).thenReturn(threadId);
        return event;
    }

    private MessageListener listener(int repliesPerSecond) {
        return new MessageListener(answers, new Cooldown(Duration.ofSeconds(10), () -> clock.millis() * 1_000_000L),
                AskedQuestions.off(), Set.of(AUTO), Set.of(FORUM), new FailureLog(new Token("secret")),
                Shedding.of(clock, repliesPerSecond));
    }

    /** An @mention of the bot by member {@code member}. */
    private MessageReceivedEvent mention(String text, String channelId, long member) {
        MessageReceivedEvent event = message("<@" + SELF + "> " + text, channelId, true, ChannelType.TEXT);
        when(event.getAuthor().getIdLong()).thenReturn(member);
        return event;
    }

    /** A message by member 1, with the mocks JDA would give the listener. */
    private MessageReceivedEvent message(String content, String channelId, boolean mentionsBot, ChannelType type) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        Message message = mock(Message.class);
        User author = mock(User.class);
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        Mentions mentions = mock(Mentions.class);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(event.getMessage()).thenReturn(message);
        when(event.getAuthor()).thenReturn(author);
        when(event.getJDA()).thenReturn(jda);
        when(event.getChannel()).thenReturn(channel);
        when(event.getMessageId()).thenReturn("1000");
        when(event.isFromType(type)).thenReturn(true);
        when(event.getChannelType()).thenReturn(type);
        when(jda.getSelfUser()).thenReturn(self);
        when(self.getId()).thenReturn(SELF);
        when(channel.getId()).thenReturn(channelId);
        when(author.getIdLong()).thenReturn(1L);
        when(author.getId()).thenReturn("1");
        when(message.getType()).thenReturn(MessageType.DEFAULT);
        when(message.getMentions()).thenReturn(mentions);
        when(mentions.isMentioned(eq(self), any(Message.MentionType[].class))).thenReturn(mentionsBot);
        when(message.getContentRaw()).thenReturn(content);
        when(message.reply(any(MessageCreateData.class))).thenReturn(action);
        return event;
    }
}
