package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.Settings;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

/** What the bot asks Discord for at start-up: intents and shards. */
class StartupSettingsTest {

    @Test
    void withoutAutoAnswerOrForumChannelsThePrivilegedMessageContentIntentIsNotAskedFor() {
        assertEquals(EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES),
                Intents.needed(discord(List.of(), 1, List.of())));
    }

    @Test
    void anAutoAnswerChannelNeedsTheMessageContentIntent() {
        assertTrue(Intents.needed(discord(List.of("123"), 1, List.of())).contains(GatewayIntent.MESSAGE_CONTENT));
        assertFalse(Intents.needed(discord(List.of("123"), 1, List.of())).contains(GatewayIntent.GUILD_MEMBERS));
    }

    @Test
    void aForumChannelAloneNeedsTheMessageContentIntentToo() {
        Settings.Discord forum = discord(List.of(), 1, List.of()).withForumChannels(List.of("1300000000000000007"));

        assertEquals(EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
                GatewayIntent.MESSAGE_CONTENT), Intents.needed(forum));
    }

    @Test
    void theShardPlanComesFromTheSettings() {
        ShardPlan plan = ShardPlan.of(discord(List.of(), 4, List.of(2, 3)));
        assertEquals(4, plan.total());
        assertEquals(List.of(2, 3), plan.ids());
    }

    @Test
    void shardIdsMustExistAndBeListedOnce() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShardPlan.of(discord(List.of(), 2, List.of(2))))
                .getMessage().contains("the ids are 0 to 1"));
        assertThrows(IllegalArgumentException.class, () -> ShardPlan.of(discord(List.of(), 2, List.of(-1))));
        assertThrows(IllegalArgumentException.class, () -> ShardPlan.of(discord(List.of(), 2, List.of(1, 1))));
        assertThrows(IllegalArgumentException.class, () -> ShardPlan.of(discord(List.of(), 0, List.of())));
    }

    private static Settings.Discord discord(List<String> auto, int total, List<Integer> ids) {
        return new Settings.Discord("", auto, 10, "", "", total, ids);
    }
}
