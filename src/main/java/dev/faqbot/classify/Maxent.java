package dev.faqbot.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's maximum-entropy (multinomial logistic) model on real-valued features, trained with OpenNLP's
 * quasi-Newton optimiser (L-BFGS) over {@link LogLoss}, and its binary form for the model cache.
 */
final class Maxent {

    private Maxent() {
    }

    /** Threads the examples are split over while training (the machines this runs on have two cores). */
    static final int THREADS = 2;
    /**
     * Past steps L-BFGS remembers. Each costs two parameter-sized arrays (8 MB apiece for the classifier): OpenNLP's
     * default of 15 took 240 MB of heap while training; 7 converges about as well at half the memory.
     */
    static final int UPDATES = 7;

    /**
     * One training example: its outcome, a dense block of values every example has (named {@code denseNames}),
     * named sparse features with their values, and how much it counts (1 for an ordinary example).
     */
    record Sample(String outcome, float[] dense, String[] names, float[] values, double weight) {
    }

    /**
     * Trains on the samples; the same samples always give the same model (the threads' sums are added in a fixed
     * order).
     *
     * @param l2Cost L2 regularisation, summed over all examples (higher: calmer, less confident probabilities)
     */
    static MaxentModel train(List<Sample> samples, String[] denseNames, double l2Cost, int iterations) {
        Map<String, Integer> featureIds = new LinkedHashMap<>();
        Map<String, Integer> outcomeIds = new TreeMap<>();
        samples.forEach(sample -> outcomeIds.putIfAbsent(sample.outcome(), 0));
        int next = 0;
        for (Map.Entry<String, Integer> outcome : outcomeIds.entrySet()) {
            outcome.setValue(next++);
        }
        float[][] dense = new float[samples.size()][];
        int[][] sparse = new int[samples.size()][];
        float[][] values = new float[samples.size()][];
        int[] outcomes = new int[samples.size()];
        double[] weights = new double[samples.size()];
        for (int e = 0; e < samples.size(); e++) {
            Sample sample = samples.get(e);
            if (sample.dense().length != denseNames.length) {
                throw new IllegalArgumentException("every example needs " + denseNames.length + " dense values");
            }
            dense[e] = sample.dense();
            sparse[e] = new int[sample.names().length];
            for (int i = 0; i < sample.names().length; i++) {
                sparse[e][i] = featureIds.computeIfAbsent(sample.names()[i], k -> featureIds.size());
            }
            values[e] = sample.values();
            outcomes[e] = outcomeIds.get(sample.outcome());
            weights[e] = sample.weight();
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "model-training");
            thread.setDaemon(true);
            return thread;
        });
        try {
            LogLoss loss = new LogLoss(dense, sparse, values, outcomes, weights, featureIds.size(), outcomeIds.size(),
                    pool, THREADS);
            double[] trained = new QNMinimizer(0, l2Cost, iterations, UPDATES, QNMinimizer.MAX_FCT_EVAL_DEFAULT)
                    .minimize(loss);
            return model(trained, denseNames, featureIds.keySet().toArray(String[]::new),
                    outcomeIds.keySet().toArray(String[]::new));
        } finally {
            pool.shutdownNow();
        }
    }

    /** OpenNLP's quasi-Newton model: per feature, its weight for every outcome. */
    private static MaxentModel model(double[] weights, String[] denseNames, String[] sparseNames,
                                     String[] outcomeNames) {
        int numOutcomes = outcomeNames.length;
        int denseSize = denseNames.length;
        int[] allOutcomes = new int[numOutcomes];
        for (int o = 0; o < numOutcomes; o++) {
            allOutcomes[o] = o;
        }
        String[] names = new String[denseSize + sparseNames.length];
        Context[] params = new Context[names.length];
        for (int i = 0; i < denseSize; i++) {
            double[] alpha = new double[numOutcomes];
            for (int o = 0; o < numOutcomes; o++) {
                alpha[o] = weights[LogLoss.denseIndex(o, i, denseSize)];
            }
            names[i] = denseNames[i];
            params[i] = new Context(allOutcomes, alpha);
        }
        for (int f = 0; f < sparseNames.length; f++) {
            double[] alpha = new double[numOutcomes];
            for (int o = 0; o < numOutcomes; o++) {
                alpha[o] = weights[LogLoss.sparseIndex(f, o, numOutcomes, denseSize)];
            }
            names[denseSize + f] = sparseNames[f];
            params[denseSize + f] = new Context(allOutcomes, alpha);
        }
        return new QNModel(params, names, outcomeNames);
    }

    static byte[] toBytes(MaxentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a model to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The model in {@code bytes}; an {@link IOException} when they are not a model OpenNLP can read. */
    static MaxentModel fromBytes(byte[] bytes) throws IOException {
        try {
            return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
        } catch (RuntimeException e) {
            throw new IOException("not a readable model: " + e, e);
        }
    }
}
