package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.testing.HashingEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorModelTest {

    private final HashingEncoder encoder = new HashingEncoder();

    private List<VectorModel.Labelled> examples() {
        List<VectorModel.Labelled> examples = new ArrayList<>();
        for (String t : List.of("he cannot breathe now", "she is choking now", "not breathing help")) {
            examples.add(new VectorModel.Labelled("danger", encoder.encode(t)));
        }
        for (String t : List.of("what are stem cells", "how much does it cost", "where are the trials",
                "what is nurown", "is it approved", "hello there", "thank you so much")) {
            examples.add(new VectorModel.Labelled("none", encoder.encode(t)));
        }
        return examples;
    }

    @Test
    void aVectorNearTheDangerExamples_isDanger() {
        VectorModel model = VectorModel.train(examples(), 10, 0.1, 100, true);

        Map<String, Double> p = model.probabilities(encoder.encode("he is choking now help"));

        assertTrue(p.get("danger") > p.get("none"), p.toString());
        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void aSavedModel_givesTheSameProbabilities() throws Exception {
        VectorModel model = VectorModel.train(examples(), 10, 0.1, 100, true);
        VectorModel restored = VectorModel.restore(model.bytes(), HashingEncoder.DIMENSION, 10);

        float[] vector = encoder.encode("is it approved");
        assertEquals(model.probabilities(vector), restored.probabilities(vector));
    }

    @Test
    void oneClass_isNotEnoughToTrain() {
        List<VectorModel.Labelled> one = List.of(new VectorModel.Labelled("none", encoder.encode("a")));
        assertThrows(IllegalArgumentException.class, () -> VectorModel.train(one, 10, 0.1, 10, false));
    }
}
