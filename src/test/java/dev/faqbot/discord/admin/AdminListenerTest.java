package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.InteractionReplier;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.render.DiscordWording;
import dev.faqbot.discord.render.SlashCommands;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.ReloadResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** /faq-admin with JDA's event mocked: the check on every call, and what each subcommand replies, privately. */
class AdminListenerTest {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final String ROLE_ID = "1700000000000000010";
    private static final String OUR_SERVER = "1200000000000000002";

    private final FakeAdmin admin = new FakeAdmin();
    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final AdminListener listener = new AdminListener(admin, new ModeratorCheck(ROLE_ID, Set.of(OUR_SERVER)),
            new InteractionReplier(SAME_THREAD, Duration.ofSeconds(1), failures), failures);
    private final ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    private final LogCapture logs = new LogCapture();

    @AfterEach
    void closeLogs() {
        logs.close();
    }

    @Test
    void aMemberWithoutManageServerOrTheRoleGetsAPrivateRefusalThatIsLogged() {
        SlashCommandInteractionEvent call = call("stats", false);

        listener.onSlashCommandInteraction(call);

        verify(call).reply(sent.capture());
        assertEquals(DiscordWording.NOT_ALLOWED, sent.getValue().getContent());
        assertTrue(sent.getValue().getEmbeds().isEmpty());
        verify(action).setEphemeral(true);
        assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("WARN faqbot.audit")
                && l.contains("refused /faq-admin stats from bob (42)")), logs.lines().toString());
    }

    @Test
    void aDirectMessageIsRefusedPrivately() {
        SlashCommandInteractionEvent call = call("reload", false);
        when(call.isFromGuild()).thenReturn(false);
        when(call.getMember()).thenReturn(null);

        listener.onSlashCommandInteraction(call);

        verify(call).reply(sent.capture());
        assertEquals(DiscordWording.ADMIN_IN_SERVER_ONLY, sent.getValue().getContent());
        verify(action).setEphemeral(true);
        assertEquals(List.of(), admin.reloads);
    }

    @Test
    void aModeratorsReloadIsTriggeredByTheirNameAndTheResultShownPrivately() {
        admin.reloadResult = CompletableFuture.completedFuture(new ReloadResult.Unchanged("bob", "abc123"));
        SlashCommandInteractionEvent call = call("reload", true);

        listener.onSlashCommandInteraction(call);

        assertEquals(List.of("bob"), admin.reloads);
        verify(call).reply(sent.capture());
        assertEquals("ℹ️ Knowledge base unchanged (bob): still abc123.", sent.getValue().getContent());
        verify(action).setEphemeral(true);
        assertTrue(logs.lines().stream().anyMatch(l -> l.equals("INFO faqbot.audit - /faq-admin reload by bob (42)")),
                logs.lines().toString());
    }

    @Test
    void testExplainsTheQuestionPrivately() {
        SlashCommandInteractionEvent call = call("test", true);
        when(call.getOption(eq(SlashCommands.QUESTION), eq(""), any())).thenReturn("what are mscs");

        listener.onSlashCommandInteraction(call);

        assertEquals(List.of("what are mscs"), admin.explained);
        verify(call).reply(sent.capture());
        assertEquals(DiscordWording.TEST_TITLE, sent.getValue().getEmbeds().get(0).getTitle());
        verify(action).setEphemeral(true);
    }

    @Test
    void statsUnansweredAndStaleAreRepliedPrivately() {
        for (String subcommand : List.of("stats", "unanswered", "stale")) {
            SlashCommandInteractionEvent call = call(subcommand, true);
            ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
            when(call.reply(any(MessageCreateData.class))).thenReturn(reply);

            listener.onSlashCommandInteraction(call);

            verify(reply).setEphemeral(true);
        }
    }

    @Test
    void stats_carryTheChartAsAPng_orTheNumbersAloneWithALogLineWhenItCannotBeDrawn() {
        SlashCommandInteractionEvent call = call("stats", true);
        listener.onSlashCommandInteraction(call);
        verify(call).reply(sent.capture());
        assertEquals(StatsReply.CHART_FILE, sent.getValue().getFiles().get(0).getName());

        admin.chartFailure = new InternalError("Probable fatal error: no fonts found");
        SlashCommandInteractionEvent broken = call("stats", true);
        listener.onSlashCommandInteraction(broken);

        verify(broken).reply(sent.capture());
        assertEquals(DiscordWording.STATS_TITLE, sent.getValue().getEmbeds().get(0).getTitle());
        assertTrue(sent.getValue().getFiles().isEmpty());
        assertTrue(logs.lines().stream().anyMatch(l -> l.contains("Could not draw the statistics chart")
                && l.contains("no fonts")), logs.lines().toString());
    }

    @Test
    void aManageServerMemberWithoutTheRoleIsAllowed() {
        SlashCommandInteractionEvent call = call("stats", false);
        when(call.getMember().hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);

        listener.onSlashCommandInteraction(call);

        verify(call).reply(sent.capture());
        assertEquals(DiscordWording.STATS_TITLE, sent.getValue().getEmbeds().get(0).getTitle());
    }

    @Test
    void otherCommandsAreLeftToTheirListener() {
        SlashCommandInteractionEvent call = call("stats", true);
        when(call.getName()).thenReturn("ask");

        listener.onSlashCommandInteraction(call);

        verify(call, never()).reply(any(MessageCreateData.class));
    }

    /** /faq-admin {@code subcommand} by member bob (42) in a server; {@code moderator}: with the moderator role. */
    @Test
    void aModeratorOfAServerNotListedInAdminGuildsIsRefusedPrivatelyAndThatIsLogged() {
        SlashCommandInteractionEvent call = call("unanswered", true);
        when(call.getMember().hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        when(call.getGuild().getId()).thenReturn("1200000000000000999");

        listener.onSlashCommandInteraction(call);

        verify(call).reply(sent.capture());
        assertEquals(DiscordWording.NOT_AN_ADMIN_SERVER, sent.getValue().getContent());
        verify(action).setEphemeral(true);
        assertTrue(logs.lines().stream().anyMatch(l -> l.contains("refused /faq-admin unanswered from bob (42) in server"
                + " 1200000000000000999: not one of the servers in discord.admin_guilds")), logs.lines().toString());
    }

    private SlashCommandInteractionEvent call(String subcommand, boolean moderator) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("42");
        when(user.getName()).thenReturn("bob");
        Member member = mock(Member.class);
        net.dv8tion.jda.api.entities.Role role = mock(net.dv8tion.jda.api.entities.Role.class);
        when(role.getName()).thenReturn("Moderators");
        when(role.getId()).thenReturn(moderator ? ROLE_ID : "7");
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(OUR_SERVER);
        when(event.getGuild()).thenReturn(guild);
        when(member.getRoles()).thenReturn(List.of(role));
        when(event.getUser()).thenReturn(user);
        when(event.getMember()).thenReturn(member);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getName()).thenReturn(SlashCommands.ADMIN);
        when(event.getSubcommandName()).thenReturn(subcommand);
        when(event.getFullCommandName()).thenReturn(SlashCommands.ADMIN + " " + subcommand);
        when(event.getChannelId()).thenReturn("7");
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        return event;
    }
}
