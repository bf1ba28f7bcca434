package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    /** A copy of the shipped knowledge base (intents/ and responses/ only). */
    private Path copyOfShipped() {
        Kbs.copyTree(Kbs.PROJECT.resolve("intents"), dir.resolve("intents"));
        Kbs.copyTree(Kbs.PROJECT.resolve("responses"), dir.resolve("responses"));
        return dir;
    }

    @Test
    void validate_exitsWith0_onTheShippedKnowledgeBase() {
        Console.Run run = Console.run("validate");

        assertEquals(0, run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("OK: "), run::toString);
        assertTrue(lines.stream().noneMatch(l -> l.matches("[^:]+:\\d+: (?!warning: ).*")), run::toString);
    }

    @Test
    void validate_exitsWith1_onABrokenCopy_namingFileAndLine() {
        Path kb = copyOfShipped();
        Kbs.replace(kb.resolve("responses/msc_basics.yml"), "url: https://doi.org/", "url: http://doi.org/");
        Kbs.replace(kb.resolve("intents/greeting.yml"), "id: greeting", "id: greetings");

        Console.Run run = Console.run("validate", "--kb", kb.toString());

        assertEquals(1, run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("intents/greeting.yml:2: id: 'greetings' does not match the file name; expected 'greeting'"),
                run::toString);
        assertTrue(lines.contains("responses/msc_basics.yml:21: sources[0].url: 'http://doi.org/10.1080/14653240500319234'"
                + " must start with https://"), run::toString);
        assertTrue(lines.get(lines.size() - 1).matches("FAILED: 2 error\\(s\\), \\d+ warning\\(s\\)"), run::toString);
    }

    @Test
    void validate_catchesAnExampleIndentedOneSpaceTooFar() {
        Path kb = copyOfShipped();
        Kbs.replace(kb.resolve("intents/msc_basics.yml"), "\n  - what exactly is a mesenchymal stem cell\n",
                "\n   - what exactly is a mesenchymal stem cell\n");

        Console.Run run = Console.run("validate", "--kb", kb.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().lines().toList().contains("intents/msc_basics.yml:5: examples[0]: this \"- \" line is"
                + " indented further than the items above, so YAML joined it to the item on line 4 as one: 'what are"
                + " MSCs? - what exactly is a mesenchymal stem cell'; line its \"-\" up with the other items"), run::toString);
    }

    @Test
    void validate_markdown_listsEachProblemAsATableRow() {
        Path kb = copyOfShipped();
        Kbs.replace(kb.resolve("responses/msc_basics.yml"), "url: https://doi.org/", "url: http://doi.org/");

        Console.Run run = Console.run("validate", "--format", "markdown", "--kb", kb.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().startsWith("### Knowledge base check: failed\n"), run::toString);
        assertTrue(run.out().contains("| error | responses/msc_basics.yml | 21 | `sources[0].url`: "
                + "'http://doi.org/10.1080/14653240500319234' must start with https:// |"), run::toString);
    }

    @Test
    void validate_onAFolderWithoutAKnowledgeBase_exitsWith1() {
        Console.Run run = Console.run("validate", "--kb", dir.toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("intents/:1: folder not found in " + dir.toAbsolutePath().normalize()), run::toString);
    }
}
