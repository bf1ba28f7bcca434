package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.faqbot.testing.Kbs;
import dev.faqbot.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynonymsTest {

    private final Synonyms synonyms = new Synonyms(new LinkedHashMap<>(Map.of(
            "stemcell", List.of("stem cells", "stem cell"),
            "msc", List.of("mscs", "mesenchymal stem cells", "msc's"),
            "price$1", List.of("cost"))));

    @Test
    void variants_becomeTheirCanonicalWord_longestFirst() {
        assertEquals("are msc stemcell?", synonyms.apply("are mesenchymal stem cells stem cells?"));
        assertEquals("msc and msc", synonyms.apply("mscs and msc's"));
    }

    @Test
    void onlyWholeWordsAreRewritten() {
        assertEquals("mscsx stem cellular", synonyms.apply("mscsx stem cellular"));
    }

    @Test
    void canonicalWordsAreInsertedLiterally() {
        assertEquals("the price$1", synonyms.apply("the cost"));
    }

    @Test
    void none_changesNothing() {
        assertEquals("mscs", Synonyms.none().apply("mscs"));
        assertEquals(0, Synonyms.none().size());
        assertEquals(6, synonyms.size());
    }

    /** One alternation of literals, tried where a word starts: the shipped synonyms read any text in linear time. */
    @ParameterizedTest(name = "[{index}] \"{0}\" repeated")
    @ValueSource(strings = {"a", " ", "stem ", "stem cell", "mesenchymal stem ", "mesenchymal stromal cel", "msc",
            "s", "é", "clinical trial", "right to tr"})
    void apply_readsAnyTextInLinearTime(String unit) {
        Synonyms shipped = Kbs.shipped().synonyms();
        Steps.assertLinear("synonyms on \"" + unit + "\" repeated", shipped::apply, n -> Steps.repeat(unit, n));
    }
}
