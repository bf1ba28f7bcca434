package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.discord.admin.FakeAdmin;
import dev.faqbot.discord.answer.NoAnswers;
import dev.faqbot.discord.gateway.Token;
import dev.faqbot.discord.gateway.TokenSource;
import dev.faqbot.discord.standin.DiscordStandIn;
import dev.faqbot.storage.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The Discord bot in a process of its own, pointed at a stand-in (args: REST base URL, gateway URL, the store's
 * JDBC URL), with the token from DISCORD_TOKEN as in production. A test sends it SIGTERM. It knows no answers
 * (training the real model would only make the test slower), but counts every question in the store, which it
 * closes when it stops, as the {@code discord} command does.
 */
public final class StandInBotMain {

    private StandInBotMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings.Discord settings = SettingsLoader.defaults().discord();
        Token token = TokenSource.find(System.getenv(), settings);
        Store store = Store.open(Settings.Storage.at(args[2]), Map.of(), Clock.systemUTC());
        NoAnswers counting = new NoAnswers( // knows nothing, counts everything
                origin -> store.countQuestion(LocalDate.now(ZoneOffset.UTC), origin.server(), "fallback", ""));
        Backend backend = FakeAdmin.backend(counting, new FakeAdmin());
        DiscordBot.start(backend, settings, token, DiscordStandIn.pointAt(args[0], args[1]), Clock.systemUTC(),
                store::close).awaitStop();
    }
}
