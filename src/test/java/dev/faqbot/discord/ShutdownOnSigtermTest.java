package dev.faqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.discord.gateway.TokenSource;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.discord.standin.Payloads;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.testing.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in its own JVM gets SIGTERM, as from {@code docker stop}: it closes its gateway connection, stores what
 * it counted, and exits.
 */
class ShutdownOnSigtermTest {

    private static final String TOKEN = "MjIyMjIyMjIyMjIyMjIyMjIy.other.fake";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sigtermClosesTheGatewayConnectionAndEndsTheProcess(@TempDir Path temp) throws Exception {
        try (DiscordStandIn discord = DiscordStandIn.start()) {
            Path output = temp.resolve("bot.log");
            ProcessBuilder process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    // The production logging set-up, not the tests' one.
                    "-Dlogback.configurationFile=logback.xml",
                    StandInBotMain.class.getName(), discord.rest().baseUrl(), discord.gateway().url(),
                    Stores.sqliteUrl(temp))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            process.environment().put(TokenSource.VARIABLE, TOKEN);
            Process bot = process.start();
            try {
                discord.gateway().next(2, Duration.ofSeconds(30));
                discord.rest().next("PUT", "/applications/\\d+/commands", Duration.ofSeconds(10));
                discord.gateway().dispatch("MESSAGE_CREATE", Payloads.guildMessage(Payloads.GENERAL_CHANNEL,
                        Payloads.user(Payloads.nextId(), "member", false), "<@" + Payloads.BOT_ID + "> hello", true));
                discord.rest().next("POST", "/channels/" + Payloads.GENERAL_CHANNEL + "/messages", Duration.ofSeconds(10));

                bot.destroy(); // SIGTERM

                assertEquals(1000, discord.gateway().nextCloseByBot(Duration.ofSeconds(15)), "a normal close");
                assertTrue(bot.waitFor(15, TimeUnit.SECONDS), "the process ends");
            } finally {
                bot.destroyForcibly();
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(log.contains("Stopping: closing the Discord connections"), log);
            assertFalse(log.contains(TOKEN), "the token is in the output:\n" + log);
            try (Store store = Stores.sqlite(temp, Clock.systemUTC())) {
                assertEquals(Map.of(Payloads.GUILD_ID, 1L), store.tally(ServerScope.ALL, LocalDate.EPOCH).byServer(),
                        "the question counted before SIGTERM is in the store");
            }
        }
    }
}
