package dev.faqbot.discord.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.faqbot.discord.gateway.FailureLog;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.standin.LogCapture;
import dev.faqbot.moderation.ReloadResult;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ModLogTest {

    private static final String CHANNEL = "1300000000000000006";

    private final ShardManager shards = mock(ShardManager.class);
    private final GuildMessageChannel channel = mock(GuildMessageChannel.class);
    private final MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
    private final FailureLog failures = new FailureLog(new Token("secret"));
    private final ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    private final LogCapture logs = new LogCapture();

    ModLogTest() {
        when(shards.getChannelById(GuildMessageChannel.class, CHANNEL)).thenReturn(channel);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
    }

    @AfterEach
    void closeLogs() {
        logs.close();
    }

    @Test
    void aNewKnowledgeBaseIsPostedWithWhatChanged() {
        new ModLog(CHANNEL, shards, failures).reloaded(AdminFixtures.loaded());

        verify(channel).sendMessage(sent.capture());
        assertTrue(sent.getValue().getContent().contains("responses changed"), sent.getValue().getContent());
        verify(send).queue(any(), any());
    }

    @Test
    void aRefusalIsPostedWithEveryProblemInAsManyMessagesAsAllowed() {
        new ModLog(CHANNEL, shards, failures).reloaded(AdminFixtures.refused(300));

        verify(channel, times(ModLog.MAX_MESSAGES)).sendMessage(sent.capture());
        sent.getAllValues().forEach(AdminRepliesTest::assertWithinLimits);
        assertTrue(sent.getAllValues().get(0).getContent().contains("responses/msc_basics.yml:3: title:"));
    }

    @Test
    void unchangedIsNotPosted() {
        new ModLog(CHANNEL, shards, failures).reloaded(new ReloadResult.Unchanged("start-up check", "abc"));

        verify(channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void withoutAChannelNothingIsPosted() {
        new ModLog("", shards, failures).reloaded(AdminFixtures.refused(1));

        verifyNoInteractions(shards);
    }

    @Test
    void aChannelSettingThatIsNoIdIsReportedOnceAndNothingIsPosted() {
        ModLog log = new ModLog("#mod-log", shards, failures);
        log.reloaded(AdminFixtures.refused(1));

        verifyNoInteractions(shards);
        assertTrue(logs.lines().stream().anyMatch(l -> l.contains("discord.mod_log_channel must be a channel id")));
    }

    @Test
    void anUnknownChannelIsLogged() {
        when(shards.getChannelById(GuildMessageChannel.class, "42")).thenReturn(null);

        new ModLog("42", shards, failures).reloaded(AdminFixtures.refused(1));

        assertTrue(logs.lines().stream().anyMatch(l -> l.contains("mod log channel 42 is unknown")), logs.lines().toString());
    }

    @Test
    void afterTheBotStoppedNothingIsPosted() {
        ModLog log = new ModLog(CHANNEL, shards, failures);
        log.stop();

        log.reloaded(AdminFixtures.refused(1));

        verify(shards, never()).getChannelById(any(Class.class), anyString());
        assertEquals(List.of(), sent.getAllValues());
    }

    private static dev.faqbot.moderation.Withdrawals withdrawals() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 4, 2);
        return new dev.faqbot.moderation.Withdrawals(today, List.of(new dev.faqbot.moderation.StaleReport.Due("cost",
                "What does it cost?", today.minusMonths(4), today.minusDays(31), -31, true)), List.of("cost"));
    }

    @Test
    void answersWithdrawnForReviewArePosted() {
        new ModLog(CHANNEL, shards, failures).withdrawn(withdrawals());

        verify(channel).sendMessage(sent.capture());
        String posted = sent.getValue().getContent();
        assertTrue(posted.startsWith("⛔ 1 answer(s) withdrawn for review (newly: cost)"), posted);
        assertTrue(posted.contains("• cost: withdrawn, review 31 days overdue (due 2027-03-02)"), posted);
        AdminRepliesTest.assertWithinLimits(sent.getValue());
    }

    @Test
    void aWithdrawalToldBeforeTheServerIsReady_isPostedWhenItIs() {
        when(shards.getChannelById(GuildMessageChannel.class, CHANNEL)).thenReturn(null);
        ModLog log = new ModLog(CHANNEL, shards, failures);

        log.withdrawn(withdrawals());
        verify(channel, never()).sendMessage(any(MessageCreateData.class));
        when(shards.getChannelById(GuildMessageChannel.class, CHANNEL)).thenReturn(channel);
        log.onGuildReady(mock(net.dv8tion.jda.api.events.guild.GuildReadyEvent.class));
        log.onGuildReady(mock(net.dv8tion.jda.api.events.guild.GuildReadyEvent.class));

        verify(channel, times(1)).sendMessage(sent.capture());
        assertTrue(sent.getValue().getContent().contains("cost: withdrawn"));
    }

    /** JDA refuses an empty id with an exception (which it logs as an error): no channel set, nothing looked up. */
    @Test
    void withNoChannelSet_aServerBecomingReadyLooksUpNoChannel() {
        ModLog log = new ModLog("", shards, failures);

        log.withdrawn(withdrawals());
        log.onGuildReady(mock(net.dv8tion.jda.api.events.guild.GuildReadyEvent.class));

        verify(shards, never()).getChannelById(any(Class.class), anyString());
    }
}
