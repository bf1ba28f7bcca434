package dev.faqbot.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model over a sentence vector alone: which of a few classes a text means, whatever its
 * words. The safety check's detector is one ("emergency", "self_harm", "none").
 */
public final class VectorModel {

    private static final String BIAS = "bias";

    private final MaxentModel model;
    private final String[] names;
    private final float scale;

    private VectorModel(MaxentModel model, int dimension, double scale) {
        this.model = model;
        this.scale = (float) scale;
        this.names = new String[dimension + 1];
        for (int i = 0; i < dimension; i++) {
            names[i] = "v" + i;
        }
        names[dimension] = BIAS;
    }

    /**
     * Trains on labelled vectors.
     *
     * @param scale   multiplies every vector (unit vectors have tiny components; a larger scale lets the model
     *                be confident without huge weights)
     * @param l2Cost  L2 regularisation
     * @param balance weigh the examples of smaller classes up, so every class weighs the same in total
     */
    public static VectorModel train(List<Labelled> examples, double scale, double l2Cost, int iterations,
                                    boolean balance) {
        if (examples.stream().map(Labelled::label).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs examples of at least two classes");
        }
        int dimension = examples.get(0).vector().length;
        VectorModel shell = new VectorModel(null, dimension, scale);
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        int largest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Maxent.Sample> samples = new ArrayList<>();
        String[] denseNames = Arrays.copyOf(shell.names, dimension);
        for (Labelled example : examples) {
            // Balanced: each class weighs as much in total as the largest one.
            double weight = balance ? (double) largest / counts.get(example.label()) : 1;
            float[] dense = Arrays.copyOf(shell.values(example.vector()), dimension);
            samples.add(new Maxent.Sample(example.label(), dense, new String[] {BIAS}, new float[] {1f}, weight));
        }
        return new VectorModel(Maxent.train(samples, denseNames, l2Cost, iterations), dimension, scale);
    }

    /** A model saved with {@link #bytes()}. */
    public static VectorModel restore(byte[] saved, int dimension, double scale) throws IOException {
        return new VectorModel(Maxent.fromBytes(saved), dimension, scale);
    }

    public byte[] bytes() {
        return Maxent.toBytes(model);
    }

    /** The probability of every class for {@code vector}. */
    public Map<String, Double> probabilities(float[] vector) {
        double[] p = model.eval(names, values(vector));
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(model.getOutcome(i), p[i]);
        }
        return out;
    }

    private float[] values(float[] vector) {
        float[] values = new float[vector.length + 1];
        for (int i = 0; i < vector.length; i++) {
            values[i] = scale * vector[i];
        }
        values[vector.length] = 1f;
        return values;
    }

    /** A training example: its class and its sentence vector. */
    public record Labelled(String label, float[] vector) {
    }
}
