package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code bench} lists each hostile input with its two timings; the timings themselves are not tested here. */
class BenchCommandTest {

    @Test
    void bench_timesEveryHostileInput_cleanUpAndDecision() {
        Console.Run run = Console.run("bench", "--runs", "1");

        String[] lines = run.out().split("\n");
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
