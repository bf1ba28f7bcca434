package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.config.Settings;
import dev.faqbot.discord.admin.FakeAdmin;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When Discord refuses the bot for good, the bot says why and ends, instead of sitting there offline. */
class ClosedForGoodTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // generous: JDA's start-up is slow on a loaded 2-core machine
    void aPrivilegedIntentThatIsNotEnabledEndsTheBotWithTheReason() throws Exception {
        try (DiscordStandIn discord = DiscordStandIn.start()) {
            Settings.Discord settings = new Settings.Discord("", List.of("123"), 10, "", "", 1, List.of());
            DiscordBot bot = DiscordBot.start(FakeAdmin.none(), settings, new Token("MzMz.fake.token"),
                    discord::pointAtStandIn);
            discord.gateway().next(2, Duration.ofSeconds(10));
            // Close only once the shard has processed READY: a close that races the login is a login failure
            // to JDA, not a session that Discord ended.
            JDA shard = bot.shards().getShardById(0);
            Waits.until("shard 0 is connected", Duration.ofSeconds(20),
                    () -> shard != null && shard.getStatus() == JDA.Status.CONNECTED);

            discord.gateway().closeWith(4014, "Disallowed intent(s).");

            IllegalStateException stopped = assertThrows(IllegalStateException.class, bot::awaitStop);
            assertTrue(stopped.getMessage().contains("4014"), stopped.getMessage());
        }
    }
}
