package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.answer.FakeAnswers;
import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.ReplyRate;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.discord.render.Limits;
import dev.faqbot.discord.render.SlashCommands;
import dev.faqbot.discord.standin.LogCapture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** /faq post with JDA's event mocked: who may post, what is posted where, what the moderator is told. */
class PostCommandTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final String ROLE_ID = "1700000000000000010";
    private static final String OUR_SERVER = "1200000000000000002";
    private static final String CHANNEL = "1300000000000000003";
    private static final String LINK = "https://discord.com/channels/" + OUR_SERVER + "/" + CHANNEL + "/1400000000000000077";

    private final FakeAdmin admin = new FakeAdmin();
    private final FakeAnswers answers = new FakeAnswers().picking("msc_basics", Fixtures.answered())
            .picking("stale_one", Fixtures.withdrawn());
    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final PostCommand command = new PostCommand(answers, admin, new ModeratorCheck(ROLE_ID, Set.of(OUR_SERVER)),
            new InteractionReplier(SAME_THREAD, Duration.ofSeconds(1), failures), new ReplyRate(Clock.systemUTC(), 20),
            failures);
    private final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final MessageChannel channel = mock(MessageChannel.class);
    private final MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
    private final ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
    private final ArgumentCaptor<MessageCreateData> posted = ArgumentCaptor.forClass(MessageCreateData.class);
    private final LogCapture logs = new LogCapture();

    @AfterEach
    void closeLogs() {
        logs.close();
    }

    @Test
    void aModerator_postsTheAnswerEmbedInTheChannel_isToldPrivately_andThePostIsCounted() {
        sendSucceeds();
        SlashCommandInteractionEvent call = call(true, "msc_basics", "");

        command.onSlashCommandInteraction(call);

        verify(channel).sendMessage(posted.capture());
        assertEquals("What are MSCs?", posted.getValue().getEmbeds().get(0).getTitle());
        verify(send, never()).setMessageReference(anyString());
        verify(call).reply(told.capture());
        assertEquals(DiscordWording.posted("What are MSCs?", false), told.getValue().getContent());
        verify(reply).setEphemeral(true);
        assertEquals(List.of("msc_basics@" + OUR_SERVER), admin.posts);
        assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("INFO faqbot.audit")
                && l.contains("/faq post msc_basics in channel " + CHANNEL + " by bob (42)")), logs.lines().toString());
    }

    @Test
    void withALinkToAMessageInThisChannel_theAnswerIsAReplyToIt() {
        sendSucceeds();

        command.onSlashCommandInteraction(call(true, "msc_basics", " <" + LINK + "> "));

        verify(send).setMessageReference("1400000000000000077");
        verify(send).failOnInvalidReply(true);
        assertEquals(List.of("msc_basics@" + OUR_SERVER), admin.posts);
    }

    @Test
    void aMemberWithoutTheRole_isRefusedPrivately_andNothingIsPosted() {
        SlashCommandInteractionEvent call = call(false, "msc_basics", "");

        command.onSlashCommandInteraction(call);

        verify(call).reply(told.capture());
        assertTrue(told.getValue().getContent().startsWith("Sorry, /faq post is for this server's moderators"));
        verify(channel, never()).sendMessage(any(MessageCreateData.class));
        assertEquals(List.of(), admin.posts);
        assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("WARN faqbot.audit")
                && l.contains("refused /faq post msc_basics")), logs.lines().toString());
    }

    @Test
    void aBadLink_aLinkElsewhere_anUnknownTopic_andAWithdrawnAnswer_getAClearPrivateError() {
        assertRefusedWith(DiscordWording.NOT_A_MESSAGE_LINK, call(true, "msc_basics", "the message above"));
        assertRefusedWith(DiscordWording.LINK_ELSEWHERE, call(true, "msc_basics",
                LINK.replace(CHANNEL, "1300000000000000004")));
        assertRefusedWith(DiscordWording.LINK_ELSEWHERE, call(true, "msc_basics",
                LINK.replace(OUR_SERVER, "1200000000000000009")));
        assertRefusedWith(DiscordWording.unknownTopic("no_such_topic"), call(true, "no_such_topic", ""));
        assertRefusedWith(DiscordWording.withdrawnTopic("stale_one", 45), call(true, "stale_one", ""));
    }

    @Test
    void whenDiscordRefusesThePost_theModeratorIsToldAndNothingIsCounted() {
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        when(send.submit()).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("boom")));
        SlashCommandInteractionEvent call = call(true, "msc_basics", LINK);

        command.onSlashCommandInteraction(call);

        verify(call).reply(told.capture());
        assertEquals(DiscordWording.notPosted("an unexpected error (see the bot's log)"), told.getValue().getContent());
        verify(reply).setEphemeral(true);
        assertEquals(List.of(), admin.posts);
    }

    @Test
    void theTopicChoices_matchTheIdOrTitleTyped_titlesShownIdsSent() {
        List<Command.Choice> all = PostCommand.choices(Fixtures.topics(30), "");
        List<Command.Choice> some = PostCommand.choices(Fixtures.topics(30), "NUMBER 1");

        assertEquals(Limits.CHOICES, all.size(), "Discord takes 25 at most");
        assertEquals("Topic number 1", some.get(0).getName());
        assertEquals(Fixtures.topics(30).get(0).id(), some.get(0).getAsString());
        assertEquals(11, some.size(), "1 and 10 to 19");
    }

    private void assertRefusedWith(String text, SlashCommandInteractionEvent call) {
        command.onSlashCommandInteraction(call);
        verify(call).reply(told.capture());
        assertEquals(text, told.getValue().getContent());
        verify(channel, never()).sendMessage(any(MessageCreateData.class));
        assertEquals(List.of(), admin.posts);
    }

    private void sendSucceeds() {
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        when(send.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
    }

    private SlashCommandInteractionEvent call(boolean moderator, String topic, String link) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("42");
        when(user.getName()).thenReturn("bob");
        Role role = mock(Role.class);
        when(role.getId()).thenReturn(moderator ? ROLE_ID : "7");
        Member member = mock(Member.class);
        when(member.getRoles()).thenReturn(List.of(role));
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(OUR_SERVER);
        when(event.getGuild()).thenReturn(guild);
        when(event.getUser()).thenReturn(user);
        when(event.getMember()).thenReturn(member);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getName()).thenReturn(SlashCommands.FAQ);
        when(event.getSubcommandName()).thenReturn(SlashCommands.POST);
        when(event.getChannelId()).thenReturn(CHANNEL);
        when(event.getMessageChannel()).thenReturn(channel);
        when(event.getOption(eq(SlashCommands.TOPIC), eq(""), any())).thenReturn(topic);
        when(event.getOption(eq(SlashCommands.REPLY_TO), eq(""), any())).thenReturn(link);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        return event;
    }
}
