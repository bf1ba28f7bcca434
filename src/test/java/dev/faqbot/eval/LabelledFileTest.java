package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledFileTest {

    @TempDir
    Path dir;

    private Path file(String text) {
        Path file = dir.resolve("test.tsv");
        Kbs.write(file, text);
        return file;
    }

    @Test
    void labelledLines_areRead_skippingBlankAndCommentLines() throws Exception {
        List<LabelledLine> lines = LabelledFile.read(file("""
                # header
                msc_basics\twhat are MSCs?

                fda_status|msc_basics\t  has the fda approved msc therapy\s
                crisis\ti cant breathe
                out_of_scope\twhat's the weather
                """));

        assertEquals(List.of(
                new LabelledLine(Set.of("msc_basics"), "what are MSCs?", 2),
                new LabelledLine(Set.of("fda_status", "msc_basics"), "has the fda approved msc therapy", 4),
                new LabelledLine(Set.of("crisis"), "i cant breathe", 5),
                new LabelledLine(Set.of("out_of_scope"), "what's the weather", 6)), lines);
        assertEquals("fda_status", lines.get(1).primary());
        assertTrue(lines.get(2).isCrisis() && !lines.get(2).isInScope());
        assertTrue(lines.get(3).isOutOfScope() && !lines.get(3).isInScope());
    }

    @Test
    void everyMalformedLine_isReportedWithItsLine() {
        Path file = file("msc_basics\tfine\nno tab here\n\tno label\nmsc_basics\t   \n");

        LabelledFile.BadFile bad = assertThrows(LabelledFile.BadFile.class, () -> LabelledFile.read(file));

        assertEquals(String.join("\n", file + ":2: expected label<TAB>message", file + ":3: expected label<TAB>message",
                file + ":4: expected label<TAB>message"), bad.getMessage());
    }

    @Test
    void aLabelMadeOfSeparatorsOnly_isMalformed() {
        Path file = file("msc_basics\tfine\n|\twhat are MSCs?\n \twhat are MSCs?\n");

        LabelledFile.BadFile bad = assertThrows(LabelledFile.BadFile.class, () -> LabelledFile.read(file));

        assertEquals(String.join("\n", file + ":2: expected label<TAB>message", file + ":3: expected label<TAB>message"),
                bad.getMessage());
    }

    @Test
    void aFileWithoutLabelledLines_isAnError() {
        Path file = file("# nothing yet\n\n");

        LabelledFile.BadFile bad = assertThrows(LabelledFile.BadFile.class, () -> LabelledFile.read(file));

        assertEquals(file + ":1: the file has no labelled lines", bad.getMessage());
    }
}
