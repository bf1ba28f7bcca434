package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.testing.Kbs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --test} on a small labelled file, trained on the small fixture knowledge base (fast). */
class EvalCommandTest {

    private static final String SMALL = Kbs.PROJECT.resolve("src/test/resources/eval/small.tsv").toString();
    private static final String KB = Kbs.GOOD.toString();

    @TempDir
    Path dir;

    @Test
    void eval_printsTheReport() {
        Console.Run run = Console.run("eval", "--kb", KB, "--test", SMALL);

        assertEquals(0, run.exit(), run::toString);
        String out = run.out();
        assertTrue(out.startsWith("eval: 9 questions from " + SMALL + "; trained on knowledge base "), run::toString);
        assertEquals(5, count(out, "in-scope questions"), run::toString);
        assertEquals(2, count(out, "out-of-scope questions"), run::toString);
        assertEquals(2, count(out, "crisis questions"), run::toString);
        assertEquals(2, count(out, "  crisis recall"), run::toString);
        assertTrue(out.contains("100.0%"), run::toString);
        assertTrue(out.contains("training time: "), run::toString);
        assertTrue(out.contains("time per question: mean "), run::toString);
        assertTrue(Pattern.compile("(?m)^intent\\s+precision\\s+recall").matcher(out).find(), run::toString);
    }

    @Test
    void eval_writesOnePredictionPerLine_andListsMisses() throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");

        Console.Run run = Console.run("eval", "--kb", KB, "--test", SMALL, "--predictions", predictions.toString(), "--misses");

        assertEquals(0, run.exit(), run::toString);
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(9, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode crisis = json.readTree(lines.get(7));
        assertEquals("i cant breathe", crisis.get("text").asText());
        assertEquals("emergency", crisis.get("outcome").asText());
        assertTrue(run.err().contains("wrote 9 predictions to " + predictions), run::toString);
    }

    @Test
    void aMalformedLabelledFile_isReportedWithItsLine() {
        Path bad = dir.resolve("bad.tsv");
        Kbs.write(bad, "msc_basics\twhat are MSCs?\nno tab on this line\n");

        Console.Run run = Console.run("eval", "--kb", KB, "--test", bad.toString());

        assertEquals(1, run.exit(), run::toString);
        assertEquals(bad + ":2: expected label<TAB>message\n", run.err());
    }

    /** The number on a report line: "label ... N  share". */
    private static int count(String report, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(\\d+)").matcher(report);
        if (!m.find()) {
            throw new AssertionError("no line '" + label + "' in\n" + report);
        }
        return Integer.parseInt(m.group(1));
    }
}
