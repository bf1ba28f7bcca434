package dev.faqbot.classify;

import dev.faqbot.kb.Synonyms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The intent classifier: one OpenNLP maximum-entropy model (quasi-Newton, real-valued features) over what a
 * message says word for word (tf-idf words, word pairs, character 4-grams) and what it means (its BGE sentence
 * vector), side by side. Words catch names and exact terms ("Neuronata-R", "phase 2"); the vector catches
 * the same question in other words ("is it allowed here", "can they legally sell it"). One model over both,
 * rather than two models multiplied, gave the best-calibrated confidences (README: what moved the numbers).
 */
public final class JointClassifier implements IntentClassifier {

    private static final String BIAS = "bias";
    private static final int FORMAT = 0x4A43_0002; // "JC" v2

    private final MaxentModel model;
    private final SparseFeatures sparse;
    private final KnownPhrases known;
    private final Embedder embedder;
    private final float[] shift;
    private final float[] factor;
    private final String[] vectorNames;

    private JointClassifier(MaxentModel model, SparseFeatures sparse, KnownPhrases known, Embedder embedder,
                            float[] shift, float[] factor) {
        this.model = model;
        this.sparse = sparse;
        this.known = known;
        this.embedder = embedder;
        this.shift = shift;
        this.factor = factor;
        int dimension = shift.length;
        this.vectorNames = new String[dimension];
        for (int i = 0; i < dimension; i++) {
            vectorNames[i] = "v" + i;
        }
    }

    /**
     * Trains on {@code examples} (normalised text), whose sentence vectors are in {@code vectors}.
     *
     * @param embedder embeds the questions asked later (the same model that made {@code vectors})
     */
    public static JointClassifier train(List<LabelledText> examples, Map<String, float[]> vectors, Synonyms synonyms,
                                        ClassifierSettings settings, Embedder embedder) {
        return train(examples, vectors, synonyms, settings, embedder, (double[]) null);
    }

    /**
     * As {@link #train(List, Map, Synonyms, ClassifierSettings, Embedder)}, balanced: the examples of smaller classes
     * weigh more, so that every class weighs the same in total (the emergency detector: a few hundred emergencies
     * against thousands of ordinary questions), and within a class every group ({@code group}; one per class when
     * it gives the label) weighs the same share. A few hundred near misses among thousands of ordinary questions
     * would otherwise weigh too little to teach the detector what is not an emergency.
     */
    public static JointClassifier train(List<LabelledText> examples, Map<String, float[]> vectors, Synonyms synonyms,
                                        ClassifierSettings settings, Embedder embedder,
                                        Function<LabelledText, String> group) {
        return train(examples, vectors, synonyms, settings, embedder, balanced(examples, group));
    }

    /** Each example's weight: every class the same in total, shared equally among its groups. */
    static double[] balanced(List<LabelledText> examples, Function<LabelledText, String> group) {
        Map<String, Integer> perLabel = new java.util.HashMap<>();
        Map<List<String>, Integer> perGroup = new java.util.HashMap<>();
        for (LabelledText e : examples) {
            perLabel.merge(e.label(), 1, Integer::sum);
            perGroup.merge(List.of(e.label(), group.apply(e)), 1, Integer::sum);
        }
        Map<String, Integer> groupsOfLabel = new java.util.HashMap<>();
        perGroup.keySet().forEach(k -> groupsOfLabel.merge(k.get(0), 1, Integer::sum));
        int largest = perLabel.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double[] weights = new double[examples.size()];
        for (int i = 0; i < weights.length; i++) {
            LabelledText e = examples.get(i);
            weights[i] = (double) largest / groupsOfLabel.get(e.label())
                    / perGroup.get(List.of(e.label(), group.apply(e)));
        }
        return weights;
    }

    private static JointClassifier train(List<LabelledText> examples, Map<String, float[]> vectors, Synonyms synonyms,
                                         ClassifierSettings settings, Embedder embedder, double[] weights) {
        checkLabels(examples);
        TextFeatures words = new TextFeatures(synonyms, settings.stem(), settings.stopWords());
        List<String[]> tokenised = examples.stream().map(e -> words.tokens(e.text())).toList();
        SparseFeatures sparse = SparseFeatures.fit(words, tokenised);
        float[][] scaling = scaling(examples.stream().map(e -> Objects.requireNonNull(vectors.get(e.text()),
                () -> "no vector for " + e.text())).toList(), settings.vectorWeight());
        JointClassifier shell = new JointClassifier(null, sparse, null, embedder, scaling[0], scaling[1]);
        List<Maxent.Sample> samples = new ArrayList<>(examples.size());
        // One string per feature name, however many examples have it: the examples' features are kept throughout
        // training, and a copy of every name in every example came to some 30 MB of the heap.
        Map<String, String> oneCopy = new java.util.HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            LabelledText example = examples.get(i);
            float[] vector = vectors.get(example.text());
            SparseFeatures.Weighted said = sparse.of(tokenised.get(i));
            String[] names = java.util.Arrays.copyOf(said.names(), said.names().length + 1);
            for (int n = 0; n < said.names().length; n++) {
                names[n] = oneCopy.computeIfAbsent(names[n], name -> name);
            }
            float[] values = java.util.Arrays.copyOf(said.values(), said.values().length + 1);
            names[names.length - 1] = BIAS;
            values[values.length - 1] = 1f;
            samples.add(new Maxent.Sample(example.label(), shell.weighted(vector), names, values,
                    weights == null ? 1 : weights[i]));
        }
        MaxentModel model = Maxent.train(samples, shell.vectorNames, settings.l2Cost(), settings.iterations());
        return new JointClassifier(model, sparse, new KnownPhrases(words, examples, tokenised), embedder,
                scaling[0], scaling[1]);
    }

    /** Test switch for the experiment: standardise each dimension (true) or scale by the weight alone. */
    static boolean standardise = true;

    /**
     * How each dimension of the sentence vector is shifted and scaled before the model reads it: to mean 0 and
     * standard deviation {@code weight / sqrt(dimension)} over the examples. Sentence vectors share a large common
     * direction and tiny per-dimension spreads; standardised, the optimiser converges in far fewer steps, and the
     * vector as a whole weighs about {@code weight} against the words (whose features have length 1).
     */
    static float[][] scaling(List<float[]> vectors, double weight) {
        int dimension = vectors.get(0).length;
        float[] shift = new float[dimension];
        float[] factor = new float[dimension];
        if (!standardise) {
            java.util.Arrays.fill(factor, (float) weight);
            return new float[][] {shift, factor};
        }
        for (int d = 0; d < dimension; d++) {
            double sum = 0;
            double squares = 0;
            for (float[] v : vectors) {
                sum += v[d];
                squares += (double) v[d] * v[d];
            }
            double mean = sum / vectors.size();
            double std = Math.sqrt(Math.max(squares / vectors.size() - mean * mean, 1e-12));
            shift[d] = (float) mean;
            factor[d] = (float) (weight / Math.sqrt(dimension) / std);
        }
        return new float[][] {shift, factor};
    }

    /**
     * A classifier saved with {@link #bytes()}: the weights, the idf table and the known phrases, so that a
     * restart with an unchanged knowledge base re-reads no example.
     */
    public static JointClassifier restore(byte[] saved, Synonyms synonyms, ClassifierSettings settings,
                                          Embedder embedder) throws IOException {
        TextFeatures words = new TextFeatures(synonyms, settings.stem(), settings.stopWords());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("saved by another version");
            }
            byte[] model = new byte[in.readInt()];
            in.readFully(model);
            SparseFeatures sparse = SparseFeatures.read(words, in);
            KnownPhrases known = KnownPhrases.read(words, in);
            int dimension = in.readInt();
            if (dimension < 1 || dimension > 65_536) {
                throw new IOException("bad vector dimension " + dimension);
            }
            float[] shift = new float[dimension];
            float[] factor = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                shift[d] = in.readFloat();
                factor[d] = in.readFloat();
            }
            return new JointClassifier(Maxent.fromBytes(model), sparse, known, embedder, shift, factor);
        }
    }

    /** Everything {@link #restore} needs, for the model cache. */
    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] model = Maxent.toBytes(this.model);
            out.writeInt(FORMAT);
            out.writeInt(model.length);
            out.write(model);
            sparse.write(out);
            known.write(out);
            out.writeInt(shift.length);
            for (int d = 0; d < shift.length; d++) {
                out.writeFloat(shift[d]);
                out.writeFloat(factor[d]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Ranking classify(Query query) {
        // the words first: the sentence vector may still be on its way from the other core
        SparseFeatures.Weighted words = sparse.of(query.text());
        float[] vector = query.hasVectors() ? query.vector() : embedder.embed(query.text());
        Features f = features(words, vector);
        double[] probabilities = model.eval(f.names(), f.values());
        List<Scored> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new Scored(model.getOutcome(i), probabilities[i]));
        }
        return known.apply(query.text(), new Ranking(ranked));
    }

    private float[] weighted(float[] vector) {
        float[] weighted = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            weighted[d] = (vector[d] - shift[d]) * factor[d];
        }
        return weighted;
    }

    private Features features(SparseFeatures.Weighted words, float[] vector) {
        int n = words.names().length;
        String[] names = new String[n + vector.length + 1];
        float[] values = new float[names.length];
        System.arraycopy(words.names(), 0, names, 0, n);
        System.arraycopy(words.values(), 0, values, 0, n);
        System.arraycopy(vectorNames, 0, names, n, vector.length);
        for (int d = 0; d < vector.length; d++) {
            values[n + d] = (vector[d] - shift[d]) * factor[d];
        }
        names[names.length - 1] = BIAS;
        values[values.length - 1] = 1f;
        return new Features(names, values);
    }

    private record Features(String[] names, float[] values) {
    }

    private static int dimension(Map<String, float[]> vectors) {
        return vectors.values().stream().findFirst().map(v -> v.length)
                .orElseThrow(() -> new IllegalArgumentException("training needs at least one example vector"));
    }

    private static void checkLabels(List<LabelledText> examples) {
        if (examples.stream().map(LabelledText::label).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs examples of at least two intents");
        }
    }
}
