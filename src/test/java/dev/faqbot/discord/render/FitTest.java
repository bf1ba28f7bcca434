package dev.faqbot.discord.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FitTest {

    @Test
    void textThatFitsIsLeftAsItIs() {
        assertEquals("short", Fit.text("short", 5));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String fitted = Fit.text("one two three four five", 12);

        assertEquals("one two…", fitted);
        assertTrue(fitted.length() <= 12);
    }

    @Test
    void aMarkdownLinkIsNeverCutInHalf() {
        String text = "See [the FDA warning](https://www.fda.gov/consumers/stem-cells) for details";

        assertEquals("See…", Fit.text(text, 30));
        assertEquals("See [the FDA warning](https://www.fda.gov/consumers/stem-cells)…", Fit.text(text, 66));
    }

    @Test
    void aBareUrlIsNeverCutInHalf() {
        String text = "Look at https://clinicaltrials.gov/search?cond=ALS today";

        assertEquals("Look at…", Fit.text(text, 30));
    }

    @Test
    void anEmojiIsNeverSplit() {
        String text = "x".repeat(8) + "😀😀😀";

        String fitted = Fit.text(text, 11);
        assertTrue(fitted.length() <= 11);
        assertTrue(fitted.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), fitted);
    }

    @Test
    void linesAreKeptWholeAndTheRestCounted() {
        List<String> lines = List.of("aaaa", "bbbb", "cccc", "dddd");

        assertEquals("aaaa\nbbbb\ncccc\ndddd", Fit.lines(lines, 19, n -> "+" + n));
        assertEquals("aaaa\nbbbb\n+2", Fit.lines(lines, 14, n -> "+" + n));
        assertEquals("+4", Fit.lines(lines, 3, n -> "+" + n));
        assertEquals("", Fit.lines(List.of(), 10, n -> "+" + n));
    }
}
