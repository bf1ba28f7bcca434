package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReadabilityTest {

    @Test
    void plainShortSentences_readEasily() {
        assertTrue(Readability.grade("The cat sat. The dog ran. We ate lunch.") < 2);
    }

    @Test
    void longWordsInOneLongSentence_readHard() {
        // Hand-counted: 14 words, 58 syllables, 1 sentence -> 0.39*14 + 11.8*58/14 - 15.59 = 38.76
        String text = "Mesenchymal stromal cells demonstrate immunomodulatory characteristics, and investigational"
                + " administration intrathecally necessitates comprehensive institutional authorization.";

        assertEquals(38.756, Readability.grade(text), 0.001);
    }

    @Test
    void linksAndMarkdownLists_doNotCountAsHardWords() {
        String withLink = "Read [the FDA page](https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/x) now.";

        assertEquals(Readability.grade("Read the FDA page now."), Readability.grade(withLink), 1e-9);
        assertEquals(0, Readability.grade("https://www.fda.gov/very/long/address"), 1e-9);
        assertEquals(0, Readability.grade(""), 1e-9);
    }

    static Stream<Arguments> sentenceCounts() {
        return Stream.of(
                Arguments.of("One. Two! Three? Four", 4),
                Arguments.of("Ask these: who runs it; who pays for it.", 1),
                Arguments.of("Questions to ask:\n- Is it a trial\n- Who pays", 3),
                Arguments.of("A first line with no stop\nand a second one", 2),
                Arguments.of("A paragraph.\n\nAnother paragraph.", 2),
                Arguments.of("See the U.S. FDA, e.g. its page, i.e. the rules.", 1),
                Arguments.of("Ask Dr. Smith about the NurOwn vs. placebo result.", 1),
                Arguments.of("It rose from 2.5 to 3.75 points.", 1),
                Arguments.of("**Call for help now.** Tell them it is ALS.", 2),
                Arguments.of("He said \"no.\" Then he left.", 2),
                Arguments.of("   ", 1));
    }

    @ParameterizedTest
    @MethodSource("sentenceCounts")
    void sentences_endAtStopsAndLineBreaks_notAtColonsAbbreviationsOrDecimals(String text, long sentences) {
        assertEquals(sentences, Readability.sentences(text), text);
    }

    @Test
    void aColonDoesNotHalveTheGrade() {
        String oneSentence = "Before you decide on any treatment, ask your own neurologist these questions: who runs"
                + " it, who pays, and what happens afterwards.";

        assertTrue(Readability.grade(oneSentence) > 8, () -> "grade " + Readability.grade(oneSentence));
    }

    @Test
    void dottedAbbreviations_readAsOneShortWord() {
        assertEquals(Readability.grade("Ask the US agency, for example the FDA."),
                Readability.grade("Ask the U.S. agency, for example the FDA."), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"cat, 1", "table, 2", "cake, 1", "mesenchymal, 4", "immunomodulatory, 8", "necessitates, 4", "als, 1"})
    void syllables_areEstimatedFromVowelGroups(String word, int syllables) {
        assertEquals(syllables, Readability.syllables(word));
    }
}
