package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0     | 1  | 2.0  | 4 | iterations must be from 1 to 10000: 0",
            "10001 | 1  | 2.0  | 4 | iterations must be from 1 to 10000: 10001",
            "300   | -1 | 2.0  | 4 | cutoff must not be negative: -1",
            "300   | 1  | -0.5 | 4 | gaussian sigma must not be negative: -0.5",
            "300   | 1  | 2.0  | 2 | character n-gram length must be 0 (off), 3, 4 or 5: 2",
            "300   | 1  | 2.0  | 6 | character n-gram length must be 0 (off), 3, 4 or 5: 6"})
    void badSettings_areRefusedWithAClearMessage(int iterations, int cutoff, double sigma, int charGrams, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifierSettings.words(iterations, cutoff, sigma, true, true, charGrams, true, true));

        assertEquals(message, e.getMessage());
    }

    @Test
    void charGrams_comeFromInsideWords_andSkipShortOnes() {
        CharGramFeatures grams = CharGramFeatures.ofLength(4);

        // "<als>" is five characters: a 4-gram would add nothing that the whole word does not already say
        assertEquals(List.of(), List.copyOf(grams.extractFeatures(new String[] {"als"}, java.util.Map.of())));
        assertEquals(List.of("c=<wha", "c=what", "c=hat>"),
                List.copyOf(grams.extractFeatures(new String[] {"what"}, java.util.Map.of())));
        assertEquals(List.of("c=<cel", "c=cell", "c=ells", "c=lls>"),
                List.copyOf(grams.extractFeatures(new String[] {"cells"}, java.util.Map.of())));
        assertThrows(IllegalArgumentException.class, () -> CharGramFeatures.ofLength(6));
    }
}
