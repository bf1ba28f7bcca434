package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Bad command lines get a message (and usage), never a stack trace. */
class MainTest {

    @TempDir
    Path dir;

    private static void assertNoStackTrace(Console.Run run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception"), run::toString);
        assertFalse(all.contains("\tat "), run::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ask --nope              | Unknown option: '--nope'",
            "frobnicate              | Unmatched argument at index 0: 'frobnicate'",
            "eval                    | eval needs --test FILE.tsv, --cross-validate K or --cross-validate-detector K",
            "eval --cross-validate 5 --cross-validate-detector 5 | --cross-validate and --cross-validate-detector are two runs",
            "eval --cross-validate-detector 1 | cross-validation needs at least 2 folds: 1",
            "validate --format html  | Invalid value for option '--format': expected one of [text, markdown]"})
    void badUsage_getsAMessageAndHelp_exitCode2(String args, String message) {
        Console.Run run = Console.run(args.split(" "));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith(message), run::toString);
        assertTrue(run.err().contains("Usage: faqbot") || run.err().contains("Did you mean: faqbot"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aMissingTestFile_isAMessage() {
        Path missing = dir.resolve("missing.tsv");

        Console.Run run = Console.run("eval", "--kb", Kbs.GOOD.toString(), "--test", missing.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith(missing + ": cannot read ("), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aMissingSettingsFile_isAMessage() {
        Path missing = dir.resolve("faqbot.yml");

        Console.Run run = Console.run("validate", "--kb", Kbs.GOOD.toString(), "--settings", missing.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith(missing + ":1: cannot read the file ("), run::toString);
        assertTrue(run.err().contains("The settings have errors; nothing was started."), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aFailureWhileRunning_isAOneLineError() {
        // --predictions names a folder: writing fails inside the command
        Console.Run run = Console.run("eval", "--kb", Kbs.GOOD.toString(), "--test",
                Kbs.PROJECT.resolve("src/test/resources/eval/small.tsv").toString(), "--predictions", dir.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("error: " + dir), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void askOnABrokenKnowledgeBase_saysSoAndStarts_nothing() {
        Console.Run run = Console.run("ask", "--kb", dir.toString(), "hello");

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("error(s) and was not loaded."), run::toString);
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void versionAndHelp() {
        Console.Run version = Console.run("--version");
        Console.Run help = Console.run("ask", "--help");

        assertEquals("faqbot 0.1.0\n", version.out());
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--json"), help::toString);
    }

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
