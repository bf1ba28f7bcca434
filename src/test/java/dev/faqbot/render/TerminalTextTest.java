package dev.faqbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The knowledge base's Markdown as a terminal shows it. */
class TerminalTextTest {

    private static final TerminalText PLAIN = TerminalText.plain();

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "**Red flags:** call 911 => Red flags: call 911",
            "__Red flags:__ call 911 => Red flags: call 911",
            "see [the FDA page](https://www.fda.gov/x) => see the FDA page (https://www.fda.gov/x)",
            "see <https://www.fda.gov/x> => see https://www.fda.gov/x",
            "an *important* _word_ => an important word",
            "run `validate` ~~now~~ ||later|| => run validate now later",
            "msc_basics and out_of_scope => msc_basics and out_of_scope",
            "5 * 3 * 2 is 30 => 5 * 3 * 2 is 30",
            "a \\*star\\* and \\_under\\_ => a *star* and _under_",
            "## Outside the US => Outside the US",
            "> quoted => '  quoted'",
            "* **Call 999 now** (or 112). => - Call 999 now (or 112).",
            "'  + nested item' => '  - nested item'"})
    void plain_dropsTheMarks_keepsTheWords(String markdown, String terminal) {
        assertEquals(terminal, PLAIN.render(markdown));
    }

    @Test
    void ansi_showsBoldAsBold_andOnlyThat() {
        assertEquals("\u001b[1mRed flags:\u001b[22m call [911] now", TerminalText.ansi().render("**Red flags:** call [911] now"));
        assertEquals("\u001b[1m== Title ==\u001b[22m", TerminalText.ansi().title("== Title =="));
        assertEquals("== Title ==", PLAIN.title("== Title =="));
    }

    @Test
    void linesAndBlankLinesStayWhereTheyAre() {
        assertEquals("Short answer.\n\n- one\n- two\n", PLAIN.render("Short answer.\n\n- **one**\n* two\n"));
    }
}
