package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.discord.standin.DiscordStandIn;

/**
 * The Discord bot in a process of its own, pointed at a stand-in (args: REST base URL, gateway URL), with the
 * token from DISCORD_TOKEN as in production. A test sends it SIGTERM. It knows no answers: training the real
 * model would only make the test slower.
 */
public final class StandInBotMain {

    private StandInBotMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings.Discord settings = SettingsLoader.defaults().discord();
        Token token = TokenSource.find(System.getenv(), settings);
        DiscordBot.start(FakeAdmin.none(), settings, token, DiscordStandIn.pointAt(args[0], args[1])).awaitStop();
    }
}
