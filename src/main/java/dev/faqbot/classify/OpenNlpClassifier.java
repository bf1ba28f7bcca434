package dev.faqbot.classify;

import dev.faqbot.kb.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * An intent classifier on OpenNLP's maximum-entropy document categorizer, trained in memory from labelled
 * examples. {@link DocumentCategorizerME} is not thread-safe, so each thread gets its own over the shared,
 * read-only model.
 *
 * <p>A question that is, word for word (after normalising, synonyms and stemming), one of the moderators'
 * own examples of exactly one intent goes to that intent with full confidence: a smoothed model is shy on
 * three-word questions, and a phrase a moderator wrote for an intent is the surest evidence there is.
 */
public final class OpenNlpClassifier implements IntentClassifier {

    static {
        // OpenNLP only instantiates feature generators from packages it has been told to trust.
        ExtensionLoader.registerAllowedPackage(CharGramFeatures.class.getPackageName());
    }

    private final DoccatModel model;
    private final TextFeatures features;
    private final Map<String, String> knownPhrases;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private OpenNlpClassifier(DoccatModel model, TextFeatures features, Map<String, String> knownPhrases) {
        this.model = model;
        this.features = features;
        this.knownPhrases = Map.copyOf(knownPhrases);
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(this.model));
    }

    /** Trains on {@code examples} (already normalised text), which must cover at least two labels. */
    public static OpenNlpClassifier train(List<LabelledText> examples, Synonyms synonyms, ClassifierSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (examples.stream().map(LabelledText::label).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs examples of at least two intents");
        }
        TextFeatures textFeatures = new TextFeatures(synonyms, settings.stem(), settings.stopWords());
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        Map<String, String> known = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (LabelledText example : examples) {
            String[] tokens = textFeatures.tokens(example.text());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(example.label(), tokens));
                String key = String.join(" ", tokens);
                if (!example.label().equals(known.getOrDefault(key, example.label()))) {
                    ambiguous.add(key);
                }
                known.put(key, example.label());
            }
        }
        ambiguous.forEach(known::remove);
        try {
            DoccatFactory factory = new DoccatFactory(generators(settings));
            DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples),
                    parameters(settings), factory);
            return new OpenNlpClassifier(model, textFeatures, known);
        } catch (IOException e) {
            throw new UncheckedIOException("training the classifier failed", e);
        }
    }

    private static FeatureGenerator[] generators(ClassifierSettings settings) throws IOException {
        List<FeatureGenerator> generators = new ArrayList<>();
        generators.add(new BagOfWordsFeatureGenerator());
        if (settings.bigrams()) {
            generators.add(new NGramFeatureGenerator(2, 2));
        }
        if (settings.charGrams() > 0) {
            generators.add(CharGramFeatures.ofLength(settings.charGrams()));
        }
        if (settings.lengthFeature()) {
            generators.add(new LengthFeatures());
        }
        return generators.toArray(FeatureGenerator[]::new);
    }

    private static TrainingParameters parameters(ClassifierSettings settings) {
        TrainingParameters params = new TrainingParameters();
        // Maximum entropy (GIS). Naive Bayes ranked well but was over-confident: far more wrong answers.
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        if (settings.gaussianSigma() > 0) {
            params.put("GaussianSmoothing", true);
            params.put("GaussianSmoothingSigma", settings.gaussianSigma());
        }
        return params;
    }

    @Override
    public Ranking classify(String normalised) {
        String[] tokens = features.tokens(normalised);
        DocumentCategorizerME me = categorizer.get();
        String known = tokens.length == 0 ? null : knownPhrases.get(String.join(" ", tokens));
        double[] scores = me.categorize(tokens);
        List<Scored> ranked = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            String intent = me.getCategory(i);
            ranked.add(new Scored(intent, known == null ? scores[i] : intent.equals(known) ? 1.0 : 0.0));
        }
        return new Ranking(ranked);
    }
}
