package dev.faqbot.classify;

import dev.faqbot.kb.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * The words-only intent classifier (engine {@code words}): OpenNLP's maximum-entropy document categorizer,
 * trained in memory from labelled examples. It needs no sentence vectors, so it is also what the bot falls back
 * to where the sentence model cannot run. {@link DocumentCategorizerME} is not thread-safe, so each thread gets its own over the shared,
 * read-only model.
 * A moderator's own example is answered with full confidence ({@link KnownPhrases}).
 */
public final class OpenNlpClassifier implements IntentClassifier {

    static {
        // OpenNLP only instantiates feature generators from packages it has been told to trust.
        ExtensionLoader.registerAllowedPackage(CharGramFeatures.class.getPackageName());
    }

    private final DoccatModel model;
    private final TextFeatures features;
    private final KnownPhrases known;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private OpenNlpClassifier(DoccatModel model, TextFeatures features, KnownPhrases known) {
        this.model = model;
        this.features = features;
        this.known = known;
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
        for (LabelledText example : examples) {
            String[] tokens = textFeatures.tokens(example.text());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(example.label(), tokens));
            }
        }
        try {
            DoccatFactory factory = new DoccatFactory(generators(settings));
            DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples),
                    parameters(settings), factory);
            return new OpenNlpClassifier(model, textFeatures, new KnownPhrases(textFeatures, examples));
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
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.wordsIterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        if (settings.gaussianSigma() > 0) {
            params.put("GaussianSmoothing", true);
            params.put("GaussianSmoothingSigma", settings.gaussianSigma());
        }
        return params;
    }

    @Override
    public Ranking classify(Query query) {
        String[] tokens = features.tokens(query.text());
        DocumentCategorizerME me = categorizer.get();
        double[] scores = me.categorize(tokens);
        List<Scored> ranked = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Scored(me.getCategory(i), scores[i]));
        }
        return known.apply(query.text(), new Ranking(ranked));
    }
}
