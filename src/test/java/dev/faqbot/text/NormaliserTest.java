package dev.faqbot.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NormaliserTest {

    private final Normaliser normaliser = new Normaliser(500);

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("chatMessages")
    void normalise_turnsChatMarkupIntoPlainLowerCaseText(String why, String raw, String expected) {
        assertEquals(expected, normaliser.normalise(raw));
    }

    static Stream<Arguments> chatMessages() {
        return Stream.of(
                Arguments.of("lower case", "What Are MSCs?", "what are mscs?"),
                Arguments.of("NFKC: fullwidth letters", "ＷＨＡＴ ａｒｅ ＭＳＣｓ？", "what are mscs?"),
                Arguments.of("NFKC: ligatures", "how do I ﬁnd a trial", "how do i find a trial"),
                Arguments.of("NFKC: superscripts and circled digits", "phase ²  and ①", "phase 2 and 1"),
                Arguments.of("curly apostrophes", "I can\u2019t find \u2018nurown\u2019", "i can't find 'nurown'"),
                Arguments.of("https URL", "is https://stemcell-clinic.example/als?ref=1 legit", "is legit"),
                Arguments.of("www URL", "what about www.example.com/cure", "what about"),
                Arguments.of("masked link keeps its text", "what is [NurOwn](https://example.com/nurown)?", "what is nurown?"),
                Arguments.of("bold", "what are **MSCs**", "what are mscs"),
                Arguments.of("italics with stars", "what are *MSCs*", "what are mscs"),
                Arguments.of("bold italics", "***what*** are MSCs", "what are mscs"),
                Arguments.of("underline", "what are __MSCs__", "what are mscs"),
                Arguments.of("strike-through", "what are ~~stem~~ MSCs", "what are stem mscs"),
                Arguments.of("spoiler", "||what are MSCs||", "what are mscs"),
                Arguments.of("inline code", "what is `msc-ntf`", "what is msc-ntf"),
                Arguments.of("code block", "```text\nwhat are MSCs\n```", "what are mscs"),
                Arguments.of("quote", "> what are MSCs\nasking for my dad", "what are mscs asking for my dad"),
                Arguments.of("block quote", ">>> what are MSCs", "what are mscs"),
                Arguments.of("headers", "# MSCs\n## what are they\n### really", "mscs what are they really"),
                Arguments.of("subtext", "-# small print question", "small print question"),
                Arguments.of("list items", "- what are MSCs\n* where from\n1. who gives them", "what are mscs where from who gives them"),
                Arguments.of("control characters", "what\u0000 are\u0007 MSCs\u001b", "what are mscs"),
                Arguments.of("a control character is a space, not nothing", "what\u0000is", "what is"),
                Arguments.of("carriage returns and form feeds", "what\rare\fMSCs", "what are mscs"),
                Arguments.of("a line break inside a word's markup", "**bold\nacross** lines", "bold across lines"),
                Arguments.of("a link whose text has markup", "see [**NurOwn** trial](https://x.example/a)", "see nurown trial"),
                Arguments.of("a URL inside a link's text", "[https://a.example](https://b.example) ok", "ok"),
                Arguments.of("a number at the start of a line", "2024 was hard\n1990s too", "2024 was hard 1990s too"),
                Arguments.of("many quote marks are not a quote", ">>>> hi", ">>>> hi"),
                Arguments.of("a list item after a blank line", "intro\n\n- first\n- second", "intro first second"),
                Arguments.of("zero-width characters", "can\u200bt brea\u200dthe", "cant breathe"),
                Arguments.of("white space collapses", "  what\t\tare \n\n MSCs\r\n  ", "what are mscs"),
                Arguments.of("no-break spaces", "what\u00a0are\u2003MSCs", "what are mscs"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "_what are MSCs_                 | what are mscs",
            "_i cant breathe_                | i cant breathe",
            "my dad is _not breathing_ help  | my dad is not breathing help",
            "what does msc_ntf mean          | what does msc_ntf mean"})
    void underscoreItalics_areRemoved_butUnderscoresInsideWordsStay(String raw, String expected) {
        assertEquals(expected, normaliser.normalise(raw));
    }

    @Test
    void cap_keepsTheBeginningAndTheEnd_cutAtWordBoundaries() {
        Normaliser short20 = new Normaliser(20);

        assertAll(
                () -> assertEquals("what are cells?", short20.normalise("What are mesenchymal stem cells?")),
                () -> assertEquals("exactly twenty chars", short20.normalise("exactly twenty chars")),
                () -> assertEquals("a".repeat(9) + " " + "a".repeat(10), short20.normalise("a".repeat(50))),
                () -> assertEquals("ab cdefgh qrstuvwxyz", short20.normalise("ab cdefghijklmnopqrstuvwxyz")));
    }

    @Test
    void cap_keepsTheQuestionAtTheEndOfALongLetter() {
        Normaliser short80 = new Normaliser(80);
        String letter = "Dear doctor, my father was diagnosed with MND in 2023 and lives with us. He still walks a "
                + "little. The neurologist mentioned trials. My question is: can he still join a stem cell trial?";

        String capped = short80.normalise(letter);

        assertAll(
                () -> assertTrue(capped.length() <= 80, capped),
                () -> assertTrue(capped.startsWith("dear doctor, my father was diagnosed"), capped),
                () -> assertTrue(capped.endsWith("can he still join a stem cell trial?"), capped));
    }

    @Test
    void clean_keepsTheWholeMessage_forTheSafetyCheck() {
        Normaliser short20 = new Normaliser(20);
        String message = "quick question about trials. also my dad cant breathe";

        assertEquals("quick question about trials. also my dad cant breathe", short20.clean(message));
        assertTrue(short20.normalise(message).length() <= 20);
    }

    @Test
    void maximumLength_mustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Normaliser(0));
        assertEquals("maximum length must be positive: 0", e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileInputs")
    void hostileInput_neverThrows_andStaysWithinTheCap(String why, String raw) {
        String normalised = assertDoesNotThrow(() -> normaliser.normalise(raw));
        String cleaned = assertDoesNotThrow(() -> normaliser.clean(raw));

        assertTrue(normalised.length() <= 500, () -> why + ": " + normalised.length());
        assertTrue(cleaned.length() <= Normaliser.MAX_RAW_CHARS, () -> why + ": " + cleaned.length());
        assertEquals(normalised, normalised.strip());
    }

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("blank", " \t\n "),
                Arguments.of("100k characters", "a".repeat(100_000)),
                Arguments.of("100k words", "als ".repeat(25_000)),
                Arguments.of("100k emoji (cut inside a surrogate pair)", "x" + "\uD83E\uDD23".repeat(50_000)),
                Arguments.of("only mentions", "<@1> <@!2> <@&3> <#4> @everyone @here"),
                Arguments.of("unclosed markup", "[[[[(((( ``` ** __ || <@ <a: <t:"),
                Arguments.of("nested markup", "**__||`[x](y)`||__**".repeat(1_000)),
                Arguments.of("lone surrogates", "\uD800 what \uDC00"),
                Arguments.of("100k line breaks", "\n".repeat(100_000)),
                Arguments.of("100k list marks", "- ".repeat(50_000)),
                Arguments.of("100k open brackets", "[".repeat(100_000)),
                Arguments.of("link openings", "[a](".repeat(25_000)),
                Arguments.of("control characters only", "\u0000\u0001\u0002\u200b\u200e\u202e"),
                Arguments.of("long mention id", "<@" + "9".repeat(10_000) + ">"),
                Arguments.of("long URL", "https://" + "a".repeat(20_000)));
    }

    @Test
    void nothing_normalisesToNothing() {
        assertEquals("", normaliser.normalise(null));
        assertEquals("", normaliser.normalise("** __ || ``` "));
    }

    @Test
    void discordMarkup_isLeftToTheDiscordAdapter() {
        // Mentions, custom emoji and timestamps mean something only on Discord: the adapter removes them.
        assertEquals("<@123> hi <:wave:42>", normaliser.normalise("<@123> hi <:wave:42>"));
    }
}
