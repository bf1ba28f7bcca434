package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void withATokenInTheEnvironmentTheDefaultIsDiscord() {
        Main main = new Main();
        main.environment = Map.of("DISCORD_TOKEN", "abc.def.ghi");

        DiscordCommand discord = assertInstanceOf(DiscordCommand.class, main.defaultCommand());
        assertEquals(main.environment, discord.environment);
    }

    @Test
    void withoutATokenTheDefaultIsTheConsoleChat() {
        Main main = new Main();
        main.environment = Map.of("DISCORD_TOKEN", "");

        assertInstanceOf(ChatCommand.class, main.defaultCommand());
    }

    @Test
    void discordWithoutATokenStopsWithAnError() throws Exception {
        DiscordCommand discord = new DiscordCommand();
        discord.environment = Map.of();

        assertEquals(1, discord.call());
    }

    @Test
    void theTokenCannotBeGivenOnTheCommandLine() {
        CommandLine cli = new CommandLine(new DiscordCommand());
        cli.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));

        assertEquals(2, cli.execute("--token", "abc.def.ghi"), "an unknown option");
    }
}
