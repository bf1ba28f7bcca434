package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --kb} and {@code --settings} mean the same before the command as after it, for every command: the
 * order {@code --help} shows ({@code faqbot [--kb DIR] [--settings FILE] COMMAND}) once ran the command on the
 * current folder and the default settings, silently.
 */
class OptionOrderTest {

    /** Every command, with what it needs besides the shared options to get as far as reading them. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("chat"), List.of("discord"), List.of("ask", "hello"), List.of("validate"),
            List.of("eval", "--test", Kbs.PROJECT.resolve("src/test/resources/eval/small.tsv").toString()),
            List.of("review"), List.of("stats"), List.of("bench"));

    @TempDir
    Path dir;

    private static String[] before(Path kb, Path settings, List<String> command) {
        List<String> args = new ArrayList<>(List.of("--kb", kb.toString(), "--settings", settings.toString()));
        args.addAll(command);
        return args.toArray(String[]::new);
    }

    private static String[] after(Path kb, Path settings, List<String> command) {
        List<String> args = new ArrayList<>(command.subList(0, 1));
        args.addAll(List.of("--kb", kb.toString(), "--settings", settings.toString()));
        args.addAll(command.subList(1, command.size()));
        return args.toArray(String[]::new);
    }

    private static List<String> command(String name) {
        return COMMANDS.stream().filter(c -> c.get(0).equals(name)).findFirst().orElseThrow();
    }

    /** Runs the command both ways; they must print the same and end the same. */
    private static Console.Run bothWays(Path kb, Path settings, String name) {
        Console.Run first = Console.run(before(kb, settings, command(name)));
        Console.Run second = Console.run(after(kb, settings, command(name)));
        assertEquals(second.toString(), first.toString(), "options before '" + name + "' vs after it");
        return first;
    }

    /** Valid settings: the tests' model cache, a store in this test's folder, a token file that is not there. */
    private Path goodSettings() {
        Path file = dir.resolve("good.yml");
        Kbs.write(file, "cache:\n  folder: \"" + Brains.CACHE.toString().replace('\\', '/') + "\"\n"
                + "storage:\n  url: \"" + Stores.sqliteUrl(dir).replace('\\', '/') + "\"\n"
                + "discord:\n  token_file: \"" + dir.resolve("no-token").toString().replace('\\', '/') + "\"\n");
        return file;
    }

    @Test
    void everyCommandIsCoveredHere() {
        Set<String> commands = new TreeSet<>(new CommandLine(new Main()).getSubcommands().keySet());
        commands.remove("help");

        assertEquals(commands, new TreeSet<>(COMMANDS.stream().map(c -> c.get(0)).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "discord", "ask", "validate", "eval", "review", "stats", "bench"})
    void badSettingsGivenBeforeTheCommand_areRead_likeAfterIt(String name) {
        Path bad = dir.resolve("bad.yml");
        Kbs.write(bad, "region: gb\n");

        Console.Run run = bothWays(Kbs.GOOD, bad, name);

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().startsWith(bad + ":1: region: 'gb' is not a region"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "ask", "validate", "eval", "bench"})
    void aKnowledgeBaseFolderGivenBeforeTheCommand_isTheOneRead(String name) {
        Path empty = dir.resolve("empty");

        Console.Run run = bothWays(empty, goodSettings(), name);

        assertEquals(1, run.exit(), run::toString);
        assertTrue((run.out() + run.err()).contains("intents/:1: folder not found in " + empty.toAbsolutePath()),
                run::toString);
    }

    @Test
    void discord_readsTheTokenFileOfTheSettingsGivenBeforeIt() {
        Console.Run run = bothWays(Kbs.GOOD, goodSettings(), "discord");

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("cannot read the token file " + dir.resolve("no-token")), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"review", "stats"})
    void theStoreOfTheSettingsGivenBeforeTheCommand_isTheOneRead(String name) throws Exception {
        Console.Run run = bothWays(Kbs.GOOD, goodSettings(), name);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains(dir.toString()), run::toString);
        assertTrue(Files.list(dir).anyMatch(f -> f.getFileName().toString().endsWith(".db")), "the store was created here");
    }

    @Test
    void twoDifferentValues_onBothSides_areRefused() {
        Console.Run run = Console.run("--kb", dir.toString(), "validate", "--kb", Kbs.GOOD.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("--kb was given twice, before the command (" + dir + ") and after it ("
                + Kbs.GOOD + "); give it once"), run::toString);
    }

    @Test
    void theSameValueOnBothSides_isAccepted() {
        Console.Run run = Console.run("--kb", Kbs.GOOD.toString(), "validate", "--kb", Kbs.GOOD + "/");

        assertEquals(0, run.exit(), run::toString);
    }

    @Test
    void aCommandsOwnOptionBeforeIt_saysWhereItGoes() {
        Console.Run run = Console.run("--json", "ask", "hello");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("--json is an option of ask: put it after the command, as in faqbot ask --json\n"
                + "Run 'faqbot --help' for the commands and their options.\n", run.err());
        assertEquals("", run.out());
    }
}
