package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faqbot.kb.Synonyms;
import dev.faqbot.testing.HashingEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The joint model over words and a sentence vector, with a stand-in sentence model (real one: the quality tests). */
class JointClassifierTest {

    private static final ClassifierSettings SETTINGS = ClassifierSettings.DEFAULTS;
    private static final Synonyms SYNONYMS = new Synonyms(Map.of("msc", List.of("mesenchymal stem cells")));
    private static final List<LabelledText> EXAMPLES = List.of(
            new LabelledText("msc_basics", "what are mesenchymal stem cells"),
            new LabelledText("msc_basics", "what is an msc"),
            new LabelledText("msc_basics", "where do mscs come from"),
            new LabelledText("msc_basics", "explain msc cells to me"),
            new LabelledText("cost", "how much does stem cell treatment cost"),
            new LabelledText("cost", "what is the price of the clinic"),
            new LabelledText("cost", "does insurance pay for it"),
            new LabelledText("cost", "can we afford the fees"),
            new LabelledText("out_of_scope", "what is the weather today"),
            new LabelledText("out_of_scope", "tell me a joke"),
            new LabelledText("out_of_scope", "who won the game"));

    private static Embedder embedder;
    private static Map<String, float[]> vectors;
    private static JointClassifier classifier;

    @BeforeAll
    static void train() {
        embedder = Embedder.uncached(new HashingEncoder());
        vectors = embedder.embedAll(EXAMPLES.stream().map(LabelledText::text).toList(), Progress.NONE);
        classifier = JointClassifier.train(EXAMPLES, vectors, SYNONYMS, SETTINGS, embedder);
    }

    @Test
    void aQuestionLikeTheExamples_ranksItsIntentFirst() {
        assertEquals("cost", classifier.classify("how much would the clinic cost us").top().intent());
        assertEquals("msc_basics", classifier.classify("where do msc come from exactly").top().intent());
    }

    @Test
    void anExampleWordForWord_isItsIntentWithFullConfidence() {
        Ranking ranking = classifier.classify("does insurance pay for it");

        assertEquals("cost", ranking.top().intent());
        assertEquals(1.0, ranking.top().confidence());
    }

    @Test
    void aSavedModel_answersExactlyAsTheTrainedOne() throws Exception {
        JointClassifier restored = JointClassifier.restore(classifier.bytes(), SYNONYMS, SETTINGS, embedder);

        for (String question : List.of("how much would the clinic cost us", "tell me about mscs", "hi")) {
            assertArrayEquals(confidences(classifier.classify(question)), confidences(restored.classify(question)),
                    1e-9, question);
        }
    }

    @Test
    void aQueryWithItsVector_isNotEmbeddedAgain() {
        HashingEncoder counting = new HashingEncoder();
        Embedder queries = Embedder.uncached(counting);
        Query query = new Query("how much does it cost", queries);
        query.vector();

        classifier.classify(query);

        assertEquals(1, counting.calls());
    }

    @Test
    void bytesFromSomethingElse_areRefused() {
        assertThrows(java.io.IOException.class, () -> JointClassifier.restore(new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
                SYNONYMS, SETTINGS, embedder));
    }

    @Test
    void oneIntent_isNotEnoughToTrain() {
        assertThrows(IllegalArgumentException.class, () -> JointClassifier.train(EXAMPLES.subList(0, 4), vectors,
                SYNONYMS, SETTINGS, embedder));
    }

    private static double[] confidences(Ranking ranking) {
        List<Double> values = new ArrayList<>();
        ranking.ranked().stream().sorted(java.util.Comparator.comparing(Scored::intent))
                .forEach(s -> values.add(s.confidence()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void balanced_everyClassWeighsTheSame_andWithinAClassEveryGroupAnEqualShare() {
        List<LabelledText> examples = List.of(
                new LabelledText("crisis", "a"), new LabelledText("crisis", "b"),
                new LabelledText("none", "near 1"), new LabelledText("none", "q1"), new LabelledText("none", "q2"),
                new LabelledText("none", "q3"), new LabelledText("none", "q4"), new LabelledText("none", "q5"));
        double[] weights = JointClassifier.balanced(examples, e -> e.text().startsWith("near") ? "near" : e.label());

        // none has the most examples (6): each class weighs 6 in all; none's two groups 3 each
        assertArrayEquals(new double[] {3, 3, 3, 0.6, 0.6, 0.6, 0.6, 0.6}, weights, 1e-12);
        assertArrayEquals(new double[] {3, 3, 1, 1, 1, 1, 1, 1},
                JointClassifier.balanced(examples, LabelledText::label), 1e-12, "one group per class: as before");
    }
}
