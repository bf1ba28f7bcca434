package dev.faqbot.safety;

import dev.faqbot.kb.CrisisRules;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Steps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety check reads the whole message, so everything it runs must cost time in proportion to the message's
 * length: the sentence splitter, and every one of the moderators' patterns in {@code intents/crisis.yml}. The
 * patterns are data, written by moderators; this test is what tells them when a new one backtracks badly (the
 * characters each reads are counted on inputs of 2,000 and 20,000 characters, see {@link Steps}).
 */
class LinearTimeTest {

    private static final List<String> GENERIC = List.of("a", " ", "\n", "a ", "my ", "is ", "i ", "no ", "si ",
            "my a ", "he is ", "can't ", "not ", "-", "'", "é ", "call ", "¿");
    /** How many of a pattern's words are tried on their own (more take long and found nothing new). */
    private static final int WORDS_ALONE = 6;

    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @ValueSource(strings = {"a", " ", ".", ". ", "a.", "! ", "\n", "ab ", "a b. c? d!\n"})
    void sentences_areSplitInLinearTime(String unit) {
        Steps.assertLinear("sentences of \"" + unit + "\"", text -> Sentences.split(text, CrisisDetector.WINDOW_CHARS),
                n -> Steps.repeat(unit, n));
    }

    static Stream<Arguments> patterns() {
        CrisisRules rules = Kbs.shipped().crisis();
        List<Arguments> all = new ArrayList<>();
        rules.emergency().forEach(p -> all.add(Arguments.of("emergency " + all.size(), p)));
        rules.selfHarm().forEach(p -> all.add(Arguments.of("self-harm " + all.size(), p)));
        return all.stream();
    }

    /**
     * Moderators' patterns, on repeats of common text and of the pattern's own words (where a near miss hides), as
     * the safety check gets them: cleaned, so a run of white space is one space. (Four patterns that start with
     * {@code ^(?!\s*¿?\s*...)} read a run of raw spaces in quadratic time; the normaliser never leaves one.)
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("patterns")
    void everyCrisisPattern_findsInLinearTime(String name, Pattern pattern) {
        for (String unit : units(pattern)) {
            // Discord's longest message is 4,000 characters: 500 and 5,000 cover it.
            Steps.assertLinear(name + " (" + pattern.pattern() + ") on \"" + unit + "\" repeated",
                    text -> pattern.matcher(text).find(), n -> cleaned(unit, n), 500, 5_000);
        }
    }

    private static final java.util.Map<String, String> CLEANED = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code unit} repeated to {@code n} characters and cleaned as the safety check gets it (once per run). */
    private static String cleaned(String unit, int n) {
        return CLEANED.computeIfAbsent(n + ":" + unit, k -> Kbs.NORMALISER.clean(Steps.repeat(unit, n)));
    }

    /** The generic units, the pattern's first few words each followed by a space, and all its words in a row. */
    private static Set<String> units(Pattern pattern) {
        Set<String> units = new LinkedHashSet<>(GENERIC);
        StringBuilder all = new StringBuilder();
        Matcher word = Pattern.compile("\\p{L}{2,}").matcher(pattern.pattern().replaceAll("\\\\[a-zA-Z]", " "));
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (units.size() < GENERIC.size() + WORDS_ALONE) {
                units.add(w + " ");
            }
            all.append(w).append(' ');
        }
        units.add(all.toString());
        return units;
    }
}
