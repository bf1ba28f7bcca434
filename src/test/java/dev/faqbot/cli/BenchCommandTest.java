package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench}: start-up, time per question and peak memory always; with {@code --input}, each hostile input with
 * its two timings after them. The timings themselves are not tested here.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    private Path questions() throws IOException {
        return Files.writeString(dir.resolve("questions.tsv"), "als_basics\twhat is als?\nmsc_basics\twhat are mscs\n");
    }

    @Test
    void bench_measuresStartQuestionsAndMemory_andNothingElseWithoutInput() throws IOException {
        Console.Run run = Console.run("bench", "--rounds", "2", "--questions", questions().toString());

        assertEquals(0, run.exit(), run::toString);
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run::toString);
        assertTrue(lines[0].startsWith("start (warm cache): ready to answer "), lines[0]);
        assertTrue(lines[1].startsWith("questions: 2 timed on one thread; mean "), lines[1]);
        assertTrue(lines[2].startsWith("questions, each its fastest of 1 round (the host's other load left out): mean "),
                lines[2]);
        assertTrue(lines[3].startsWith("memory: peak resident set "), lines[3]);
    }

    @Test
    void eachQuestionsFastestRound_isCountedOverTheRoundsAfterTheFirst() throws IOException {
        Console.Run run = Console.run("bench", "--rounds", "4", "--questions", questions().toString());

        String[] lines = run.out().split("\n");
        assertTrue(lines[1].startsWith("questions: 6 timed on one thread; "), lines[1]);
        assertTrue(lines[2].startsWith("questions, each its fastest of 3 rounds "), lines[2]);
    }

    @Test
    void benchWithInput_alsoTimesEveryHostileInput_cleanUpAndDecision() throws IOException {
        Console.Run run = Console.run("bench", "--input", "--runs", "1", "--rounds", "2", "--questions",
                questions().toString());

        String[] all = run.out().split("\n");
        assertTrue(all.length > 4 && all[3].startsWith("memory: "), run::toString);
        String[] lines = Arrays.copyOfRange(all, 4, all.length);
        assertTrue(lines[0].startsWith("input") && lines[0].contains("clean-up (ms)") && lines[0].contains("decision (ms)"),
                run::toString);
        assertEquals(BenchCommand.INPUTS.size() + 1, lines.length, run::toString);
        for (int i = 0; i < BenchCommand.INPUTS.size(); i++) {
            BenchCommand.Input input = BenchCommand.INPUTS.get(i);
            assertTrue(lines[i + 1].startsWith(input.name()), lines[i + 1]);
            assertTrue(lines[i + 1].contains(String.format(java.util.Locale.ROOT, "%,d", input.text().length())),
                    lines[i + 1]);
        }
    }
}
