package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Brain;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Synonyms;
import dev.faqbot.testing.Kbs;
import dev.faqbot.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OpenNLP classifier trained once (for the whole class) on the shipped knowledge base. Training settings are
 * the defaults with fewer iterations: the properties tested here do not depend on how converged the model is.
 */
class OpenNlpClassifierTest {

    private static final Normaliser NORMALISER = new Normaliser(500);
    private static final ClassifierSettings FAST = ClassifierSettings.words(60, 1, 2.0, true, true, 4, true, true);

    private static KnowledgeBase kb;
    private static OpenNlpClassifier classifier;
    private static List<String> questions;
    private static ExecutorService pool;

    @BeforeAll
    static void trainOnce() {
        kb = Kbs.shipped();
        classifier = OpenNlpClassifier.train(Brain.examples(kb, NORMALISER), kb.synonyms(), FAST);
        questions = questions(200);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** {@code n} questions: training examples of every intent in turn, some with typos. */
    private static List<String> questions(int n) {
        List<String> all = new ArrayList<>();
        List<List<String>> perIntent = kb.intents().values().stream().map(i -> i.examples()).toList();
        for (int i = 0; all.size() < n; i++) {
            for (List<String> examples : perIntent) {
                if (i < examples.size() && all.size() < n) {
                    String text = NORMALISER.normalise(examples.get(i));
                    all.add(i % 3 == 0 ? text.replace("e", "a") : text);
                }
            }
        }
        return all;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void rankingsFromManyThreads_areIdenticalToSequentialOnes() throws Exception {
        List<Ranking> sequential = questions.stream().map(classifier::classify).toList();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Ranking>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 25;
            Callable<List<Ranking>> task = () -> {
                start.await();
                Ranking[] out = new Ranking[questions.size()];
                // each thread walks the questions from a different place, so threads interleave on different texts
                for (int k = 0; k < questions.size(); k++) {
                    int i = (k + offset) % questions.size();
                    out[i] = classifier.classify(questions.get(i));
                }
                return List.of(out);
            };
            results.add(pool.submit(task));
        }
        start.countDown();

        for (Future<List<Ranking>> result : results) {
            List<Ranking> concurrent = result.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < questions.size(); i++) {
                // Ranking is a record of records: equal means same intents, same order, bit-identical confidences.
                assertEquals(sequential.get(i), concurrent.get(i), "question " + i + ": " + questions.get(i));
            }
        }
    }

    @Test
    void aRanking_coversEveryIntent_withConfidencesThatSumToOne() {
        Ranking ranking = classifier.classify(NORMALISER.normalise("is stem cell therapy FDA approved?"));

        assertAll(
                () -> assertEquals(kb.intents().keySet(), ranking.ranked().stream().map(Scored::intent)
                        .collect(java.util.stream.Collectors.toSet())),
                () -> assertEquals(1.0, ranking.ranked().stream().mapToDouble(Scored::confidence).sum(), 1e-9),
                () -> assertEquals("fda_status", ranking.top().intent()),
                () -> assertTrue(ranking.ranked().get(0).confidence() >= ranking.ranked().get(1).confidence()));
    }

    @Test
    void synonymsAndTypos_landOnTheSameIntent() {
        assertAll(
                () -> assertEquals("msc_basics", top("what are mesenchymal stromal cells")),
                () -> assertEquals("msc_basics", top("wat are mesenchimal stem cels")),
                () -> assertEquals("nurown", top("what is debamestrocel")),
                () -> assertEquals("greeting", top("hello there")));
    }

    @Test
    void textWithoutWords_stillGetsARanking() {
        assertEquals(kb.intents().size(), classifier.classify("").ranked().size());
    }

    @Test
    void training_needsTwoIntents() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenNlpClassifier.train(
                List.of(new LabelledText("a", "one"), new LabelledText("a", "two")), Synonyms.none(), FAST));

        assertEquals("training needs examples of at least two intents", e.getMessage());
    }

    private static String top(String question) {
        return classifier.classify(NORMALISER.normalise(question)).top().intent();
    }
}
