package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.JointClassifier;
import dev.faqbot.classify.ModelStore;
import dev.faqbot.classify.OpenNlpClassifier;
import dev.faqbot.classify.Progress;
import dev.faqbot.classify.VectorStore;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.safety.DetectorSettings;
import dev.faqbot.testing.HashingEncoder;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restart or a reload costs: vectors and models come from the stores when nothing they depend on changed. */
class BrainTrainerTest {

    private static final ClassifierSettings JOINT = ClassifierSettings.DEFAULTS;

    @TempDir
    Path root;

    private final HashingEncoder encoder = new HashingEncoder();
    private final MemoryVectors vectors = new MemoryVectors();
    private final MemoryModels models = new MemoryModels();

    private BrainTrainer trainer(ClassifierSettings settings) {
        return new BrainTrainer(MiniKb.NORMALISER, settings, DetectorSettings.DEFAULTS,
                Optional.of(new Embedder(encoder, vectors)), models, Progress.NONE);
    }

    @Test
    void aSecondStart_embedsAndTrainsNothing() {
        KnowledgeBase kb = MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A")));
        Brain first = trainer(JOINT).train(kb);
        int embedded = encoder.calls();
        int stored = models.puts;
        vectors.gets = 0;

        Brain second = trainer(JOINT).train(kb);

        assertEquals(embedded, encoder.calls());
        assertEquals(stored, models.puts);
        assertEquals(2, stored, "the classifier and the detector");
        assertEquals(0, vectors.gets, "no vector is even read when both models come from the store");
        assertEquals(first.classifier().classify("what is an msc").top(), second.classifier().classify("what is an msc").top());
        assertTrue(second.safety().detector().isPresent());
    }

    /** The console shows the steps in the order they run: the examples are embedded, then the models trained. */
    @Test
    void aFirstStart_reportsEmbeddingBeforeTraining() {
        List<String> steps = new ArrayList<>();
        new BrainTrainer(MiniKb.NORMALISER, JOINT, DetectorSettings.DEFAULTS,
                Optional.of(new Embedder(encoder, vectors)), models, (step, done, total) -> steps.add(step))
                .train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A"))));

        List<String> order = steps.stream().distinct().toList();
        assertEquals(List.of("embedding new examples", "training the classifier", "training the emergency detector"),
                order);
    }

    @Test
    void oneChangedExample_isTheOnlyTextEmbeddedAgain_andTheModelsAreRetrained() {
        trainer(JOINT).train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A"))));
        int embedded = encoder.calls();
        int stored = models.puts;

        trainer(JOINT).train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "B"))));

        assertEquals(embedded + 1, encoder.calls());
        assertEquals(stored + 2, models.puts);
    }

    @Test
    void theDefaultEngine_isTheJointModel_withTheDetector() {
        Brain brain = trainer(JOINT).train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A"))));

        assertInstanceOf(JointClassifier.class, brain.classifier());
        assertTrue(brain.embedder().isPresent());
        assertTrue(brain.safety().detector().isPresent());
    }

    @Test
    void theWordsEngine_stillHasTheDetector_whenTheSentenceModelRuns() {
        Brain brain = trainer(JOINT.withEngine(ClassifierSettings.Engine.WORDS))
                .train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A"))));

        assertInstanceOf(OpenNlpClassifier.class, brain.classifier());
        assertTrue(brain.safety().detector().isPresent());
    }

    @Test
    void withoutCrisisExamples_theSafetyCheckRunsOnItsPatternsAlone() {
        Brain brain = trainer(JOINT).train(MiniKb.load(MiniKb.write(root, "A")));

        assertTrue(brain.safety().detector().isEmpty());
    }

    @Test
    void withoutASentenceModel_theWordsEngineAndPatternsServe() {
        Brain brain = BrainTrainer.wordsOnly(MiniKb.NORMALISER, JOINT)
                .train(MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A"))));

        assertInstanceOf(OpenNlpClassifier.class, brain.classifier());
        assertTrue(brain.embedder().isEmpty());
        assertTrue(brain.safety().detector().isEmpty());
    }

    @Test
    void aDamagedCachedModel_isTrainedAgain() {
        KnowledgeBase kb = MiniKb.load(MiniKb.withCrisisExamples(MiniKb.write(root, "A")));
        trainer(JOINT).train(kb);
        models.saved.replaceAll((key, bytes) -> new byte[] {0, 1, 2});

        Brain brain = trainer(JOINT).train(kb);

        assertEquals("msc_basics", brain.classifier().classify("what is an msc").top().intent());
    }

    private static final class MemoryModels implements ModelStore {
        final Map<String, byte[]> saved = new HashMap<>();
        int puts;

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(saved.get(key));
        }

        @Override
        public void put(String key, byte[] model) {
            puts++;
            saved.put(key, model);
        }
    }

    private static final class MemoryVectors implements VectorStore {
        final Map<String, float[]> saved = new HashMap<>();
        int gets;

        @Override
        public Optional<float[]> get(String modelId, String text) {
            gets++;
            return Optional.ofNullable(saved.get(text));
        }

        @Override
        public void putAll(String modelId, Map<String, float[]> vectors) {
            saved.putAll(vectors);
        }
    }
}
