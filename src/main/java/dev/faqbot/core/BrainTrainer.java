package dev.faqbot.core;

import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.JointClassifier;
import dev.faqbot.classify.LabelledText;
import dev.faqbot.classify.ModelStore;
import dev.faqbot.classify.OpenNlpClassifier;
import dev.faqbot.classify.Progress;
import dev.faqbot.classify.Query;
import dev.faqbot.kb.CrisisExamples;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Synonyms;
import dev.faqbot.safety.CrisisDetector;
import dev.faqbot.safety.DetectorSettings;
import dev.faqbot.safety.SafetyCheck;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Brain} from a knowledge base: embeds the examples (only new ones: the vector store keeps the
 * rest), then trains the intent classifier and the emergency detector, or takes them from the model store when
 * nothing they learn from has changed. Safe to use from one thread at a time (the reload thread).
 */
public final class BrainTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(BrainTrainer.class);
    /** Part of every model key: change it when the features, the training or the way models are saved change. */
    private static final String FORMAT = "faqbot-models-4";
    /** How the detector's examples are weighed; part of its cache key, so a change retrains it. */
    private static final String DETECTOR_WEIGHTS = "classes equal; none: near misses = knowledge base";

    private final Normaliser normaliser;
    private final ClassifierSettings classifier;
    private final DetectorSettings detector;
    private final Optional<Embedder> embedder;
    private final ModelStore models;
    private final Progress progress;

    /**
     * @param embedder the sentence model; empty runs the words engine and the safety patterns alone
     * @param models   where trained models are kept between runs
     */
    public BrainTrainer(Normaliser normaliser, ClassifierSettings classifier, DetectorSettings detector,
                        Optional<Embedder> embedder, ModelStore models, Progress progress) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.models = Objects.requireNonNull(models, "models");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The words engine and the safety patterns alone: no sentence model, nothing kept between runs. */
    public static BrainTrainer wordsOnly(Normaliser normaliser, ClassifierSettings classifier) {
        return new BrainTrainer(normaliser, classifier.withEngine(ClassifierSettings.Engine.WORDS),
                DetectorSettings.DEFAULTS, Optional.empty(), ModelStore.NONE, Progress.NONE);
    }

    public Brain train(KnowledgeBase kb) {
        List<LabelledText> examples = Brain.examples(kb, normaliser);
        if (embedder.isEmpty()) {
            return new Brain(kb, words(kb, examples), new SafetyCheck(kb.crisis()), Optional.empty());
        }
        Embedder sentences = embedder.get();
        CrisisExamples crisis = kb.crisis().examples();
        boolean detect = detector.enabled() && crisis.trainable();
        // the detector's examples hold the knowledge base's too, so one list of texts serves both models
        Optional<DetectorExamples> detectorExamples = detect ? Optional.of(detectorExamples(crisis, examples))
                : Optional.empty();
        List<LabelledText> all = detectorExamples.map(DetectorExamples::all).orElse(examples);
        // Read (and the new ones embedded) only when a model must be trained: on a warm start both models come from
        // the store, and reading 7,000 vectors from disk would only delay the first answer.
        Supplier<Map<String, float[]>> vectors = once(() -> sentences.embedAll(all.stream().map(LabelledText::text)
                .toList(), progress));
        IntentClassifier intents = classifier.engine() == ClassifierSettings.Engine.WORDS ? words(kb, examples)
                : joint(kb, examples, vectors, sentences);
        Optional<CrisisDetector> crisisDetector = detectorExamples.map(d -> detector(kb, d, vectors, sentences));
        return new Brain(kb, intents, new SafetyCheck(kb.crisis(), crisisDetector), embedder);
    }

    /**
     * A full collection before and after each model is trained. Before: loading the sentence model and embedding
     * leave the Java heap grown and full of garbage, and training would grow it further on top (a cold start peaked
     * at 705 to 775 MB resident while training; with this, 500 MB). After: training leaves a few hundred MB of
     * garbage (the optimiser's arrays, the examples' features) that the JVM would otherwise keep, and fill, for as
     * long as the bot runs (OpenNLP's optimiser runs a collection too, but before its own arrays are free). Only
     * around training: never on a warm start, and on a reload only when an edit changed what a model learns from.
     */
    private static void returnTrainingMemory() {
        System.gc();
    }

    /**
     * For cross-validation: a function that trains a classifier (same engine and settings, nothing stored) on a
     * part of {@code all}, and the queries for any of them, with their vectors computed once up front.
     */
    public Folds folds(List<LabelledText> all, Synonyms synonyms) {
        if (embedder.isEmpty() || classifier.engine() == ClassifierSettings.Engine.WORDS) {
            return new Folds(part -> OpenNlpClassifier.train(part, synonyms, classifier), Query::textOnly);
        }
        Embedder sentences = embedder.get();
        Map<String, float[]> vectors = sentences.embedAll(all.stream().map(LabelledText::text).toList(), progress);
        return new Folds(part -> JointClassifier.train(part, vectors, synonyms, classifier, sentences),
                text -> Query.withVector(text, vectors.get(text), sentences));
    }

    /** How cross-validation trains on a part of the examples and asks about the rest. */
    public record Folds(java.util.function.Function<List<LabelledText>, IntentClassifier> train,
                        java.util.function.Function<String, Query> query) {
    }

    private IntentClassifier words(KnowledgeBase kb, List<LabelledText> examples) {
        progress.report("training the classifier", 0, 1);
        return OpenNlpClassifier.train(examples, kb.synonyms(), classifier);
    }

    private JointClassifier joint(KnowledgeBase kb, List<LabelledText> examples,
                                  Supplier<Map<String, float[]>> vectors, Embedder sentences) {
        String key = key("classifier", sentences.modelId(), classifier.toString(), kb.synonyms().fingerprint(),
                labelled(examples));
        return cached(key, "classifier",
                bytes -> JointClassifier.restore(bytes, kb.synonyms(), classifier, sentences), vectors::get,
                () -> JointClassifier.train(examples, vectors.get(), kb.synonyms(), classifier, sentences),
                JointClassifier::bytes);
    }

    private CrisisDetector detector(KnowledgeBase kb, DetectorExamples labelled,
                                    Supplier<Map<String, float[]>> vectors, Embedder sentences) {
        ClassifierSettings settings = detectorSettings();
        // which examples are near misses changes their weights, so it is part of the key beside the examples
        String key = key("detector", DETECTOR_WEIGHTS, sentences.modelId(), settings.toString(),
                kb.synonyms().fingerprint(), labelled(labelled.all()),
                String.join("\n", sorted(labelled.nearMisses())));
        JointClassifier model = cached(key, "emergency detector",
                bytes -> JointClassifier.restore(bytes, kb.synonyms(), settings, sentences), vectors::get,
                () -> trainDetector(labelled.all(), labelled, vectors.get(), kb, settings, sentences),
                JointClassifier::bytes);
        return crisisDetector(model);
    }

    /**
     * The detector's model trained on {@code part} of its examples, each weighed by its group: the one way it is
     * trained, for the bot and for its cross-validation alike.
     */
    private static JointClassifier trainDetector(List<LabelledText> part, DetectorExamples labelled,
                                                 Map<String, float[]> vectors, KnowledgeBase kb,
                                                 ClassifierSettings settings, Embedder sentences) {
        return JointClassifier.train(part, vectors, kb.synonyms(), settings, sentences, labelled::group);
    }

    /** The detector over a trained model, with the thresholds the settings give. */
    private CrisisDetector crisisDetector(JointClassifier model) {
        return new CrisisDetector(model, detector.sure(), detector.unsure());
    }

    /**
     * For the detector's cross-validation: its examples, and a function that trains a detector (same settings and
     * weights, nothing stored) on a part of them. Empty without sentence vectors or crisis examples.
     */
    public Optional<DetectorFolds> detectorFolds(KnowledgeBase kb) {
        CrisisExamples crisis = kb.crisis().examples();
        if (embedder.isEmpty() || !crisis.trainable()) {
            return Optional.empty();
        }
        Embedder sentences = embedder.get();
        DetectorExamples labelled = detectorExamples(crisis, Brain.examples(kb, normaliser));
        Map<String, float[]> vectors = sentences.embedAll(labelled.all().stream().map(LabelledText::text).toList(),
                progress);
        ClassifierSettings settings = detectorSettings();
        return Optional.of(new DetectorFolds(labelled,
                part -> crisisDetector(trainDetector(part, labelled, vectors, kb, settings, sentences)),
                cleaned -> new Query(normaliser.cap(cleaned), sentences)));
    }

    /** How the detector's cross-validation trains on a part of its examples and reads a message (cleaned). */
    public record DetectorFolds(DetectorExamples examples,
                                java.util.function.Function<List<LabelledText>, CrisisDetector> train,
                                java.util.function.Function<String, Query> query) {
    }

    /**
     * What the detector learns from: the crisis examples (cleaned), the near misses, and every knowledge-base
     * question as "none". The near misses form a group of their own within "none", weighing as much as all the
     * questions together (see {@code JointClassifier.train} with groups): a few hundred among thousands would
     * otherwise teach it little.
     */
    public record DetectorExamples(List<LabelledText> all, Set<String> nearMisses) {

        public boolean nearMiss(LabelledText example) {
            return example.label().equals(CrisisDetector.NONE) && nearMisses.contains(example.text());
        }

        String group(LabelledText example) {
            return nearMiss(example) ? "near miss" : example.label();
        }
    }

    private DetectorExamples detectorExamples(CrisisExamples crisis, List<LabelledText> examples) {
        List<LabelledText> labelled = new ArrayList<>();
        crisis.emergency().forEach(t -> labelled.add(new LabelledText(CrisisDetector.EMERGENCY, normaliser.clean(t))));
        crisis.selfHarm().forEach(t -> labelled.add(new LabelledText(CrisisDetector.SELF_HARM, normaliser.clean(t))));
        Set<String> nearMisses = new HashSet<>();
        for (String nearMiss : crisis.notCrisis()) {
            String cleaned = normaliser.clean(nearMiss);
            nearMisses.add(cleaned);
            labelled.add(new LabelledText(CrisisDetector.NONE, cleaned));
        }
        examples.forEach(e -> labelled.add(new LabelledText(CrisisDetector.NONE, e.text())));
        return new DetectorExamples(List.copyOf(labelled), Set.copyOf(nearMisses));
    }

    private static List<String> sorted(Set<String> texts) {
        return texts.stream().sorted().toList();
    }

    private ClassifierSettings detectorSettings() {
        return new ClassifierSettings(ClassifierSettings.Engine.EMBEDDINGS,
                classifier.iterations(), classifier.wordsIterations(), classifier.cutoff(), classifier.gaussianSigma(),
                classifier.stem(), classifier.bigrams(), classifier.charGrams(), classifier.stopWords(),
                classifier.lengthFeature(), detector.l2Cost(), detector.vectorWeight());
    }

    /**
     * A model from the store when one was trained from the same inputs, else trained now and stored; {@code needs}
     * fetches what training needs (the vectors, embedding the new examples with their own progress) before the
     * console says it trains.
     */
    private <M> M cached(String key, String what, Restorer<M> restore, Runnable needs, Supplier<M> train,
                        java.util.function.Function<M, byte[]> save) {
        Optional<byte[]> saved = models.get(key);
        if (saved.isPresent()) {
            try {
                return restore.restore(saved.get());
            } catch (IOException | RuntimeException e) {
                LOG.warn("the cached {} could not be read ({}); training it again", what, e.toString());
            }
        }
        needs.run();
        progress.report("training the " + what, 0, 1);
        returnTrainingMemory();
        long start = System.nanoTime();
        M model = train.get();
        LOG.debug("trained the {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        models.put(key, save.apply(model));
        returnTrainingMemory();
        progress.report("training the " + what, 1, 1);
        return model;
    }

    /** {@code value}, computed on the first call only (one thread). */
    private static <T> Supplier<T> once(Supplier<T> value) {
        List<T> computed = new ArrayList<>(1);
        return () -> {
            if (computed.isEmpty()) {
                computed.add(value.get());
            }
            return computed.get(0);
        };
    }

    @FunctionalInterface
    private interface Restorer<M> {
        M restore(byte[] bytes) throws IOException;
    }

    private static String labelled(List<LabelledText> examples) {
        StringBuilder text = new StringBuilder();
        examples.forEach(e -> text.append(e.label()).append('\t').append(e.text()).append('\n'));
        return text.toString();
    }

    private static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return parts[0] + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
