package dev.faqbot.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.Steps;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of the clean-up reads any message in time proportional to its length: the characters each reads are
 * counted on inputs of 2,000 and 20,000 characters, built to make a careless scanner or pattern go back over the
 * same text again and again. The figures in wall time are the {@code faqbot bench} command's.
 */
class LinearTimeTest {

    /** Markup that the old line-start pattern, and careless link or URL handling, would read over and over. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                "\n", " \n", "\n\t", "- \n", "\n-", "> ", ">", ">>>> ", "# ", "####", "-#", "1", "1.", "12345 ",
                "1\n", "[", "[a", "[a]", "[a](", "](", "[a](b", "](x[", "[a](b)", "(", ")",
                "*", "**", "_", "_a", "a_", "__", "~", "~~", "|", "||", "`", "``", "```", "```a\n", "````",
                "h", "http://", "https://a ", "www.", "wwww", "http:/", "a", " ", "\u2019",
                "**__||`[x](y)`||__**", "> - 1. **[_x_](http://y)** ~~z~~\n")
                .map(unit -> Arguments.of(unit.replace("\n", "\\n"), unit));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @MethodSource("hostile")
    void markup_readsEveryInputInLinearTime(String shown, String unit) {
        Steps.assertLinear("markup on \"" + shown + "\" repeated", Markup::toPlain, n -> Steps.repeat(unit, n));
        Steps.assertLinear("markup on one \"" + shown + "\" then letters", Markup::toPlain,
                n -> unit + "a".repeat(n));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @MethodSource("hostile")
    void controls_andTokens_readEveryInputInLinearTime(String shown, String unit) {
        Steps.assertLinear("controls on \"" + shown + "\"", Markup::controls, n -> Steps.repeat(unit, n));
        Steps.assertLinear("tokens on \"" + shown + "\"", Tokens::of, n -> Steps.repeat(unit, n));
    }

    @Test
    void controlCharacters_areReadOnce() {
        Steps.assertLinear("controls", Markup::controls, n -> Steps.repeat("a\u0000\u200b\uD83E\uDD23\r", n));
    }

    @Test
    void theCountCatchesAQuadraticPattern() {
        // The normaliser's old line-markup pattern: at every line start, \s* ran over all the line breaks after it.
        Pattern old = Pattern.compile("(?m)^\\s*(>{1,3}|#{1,3}|-#|[-*+]|\\d+\\.)\\s+");
        Function<CharSequence, Object> work = text -> old.matcher(text).replaceAll("");

        double ratio = Steps.ratio(work, n -> "\n".repeat(n), 300, 3_000);

        assertTrue(ratio > 50, "x10 input costs x" + ratio);
    }
}
