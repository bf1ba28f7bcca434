package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"cat, 1", "table, 2", "cake, 1", "mesenchymal, 4", "immunomodulatory, 8", "necessitates, 4", "als, 1"})
    void syllables_areEstimatedFromVowelGroups(String word, int syllables) {
        assertEquals(syllables, Readability.syllables(word));
    }
}
