package dev.faqbot.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import opennlp.tools.ml.maxent.quasinewton.Function;

/**
 * The negative log-likelihood of a multinomial logistic model, for OpenNLP's quasi-Newton optimiser, over two
 * blocks of features: a dense block every example has (the sentence vector) and sparse named features (words).
 * OpenNLP's own objective reads each weight from far-apart places in memory; here the dense weights of an
 * outcome sit in one row (a dot product per outcome), the sparse weights of a feature sit side by side, the
 * gradient is computed only where the optimiser asks for it, and the examples are split over threads. On the
 * knowledge base's 6,000 examples that is the difference between a bot that starts in under a minute and one that
 * does not.
 *
 * <p>Layout of the parameters: {@code outcomes x dense} dense weights (outcome-major), then
 * {@code sparseFeatures x outcomes} sparse weights (feature-major).
 */
final class LogLoss implements Function {

    private final float[][] dense;
    private final int[][] sparse;
    private final float[][] sparseValues;
    private final int[] outcomes;
    private final double[] weights;
    private final int numOutcomes;
    private final int denseSize;
    private final int dimension;
    private final ExecutorService pool;
    private final int parts;

    /** The point the value (and, once asked for, the gradient) below belong to; null before the first call. */
    private double[] lastX;
    private double lastValue;
    /** Each example's probabilities at {@link #lastX}, outcome by outcome: all the gradient needs from {@code x}. */
    private final double[] probabilities;
    private boolean gradientReady;
    private final double[] lastGradient;
    /** One gradient per part, reused on every call: training allocates no gradient-sized arrays as it goes. */
    private final double[][] partials;

    /** @param weights how much each example counts (1 for an ordinary one) */
    LogLoss(float[][] dense, int[][] sparse, float[][] sparseValues, int[] outcomes, double[] weights, int numSparse,
            int numOutcomes, ExecutorService pool, int parts) {
        this.dense = dense;
        this.sparse = sparse;
        this.sparseValues = sparseValues;
        this.outcomes = outcomes;
        this.weights = weights;
        this.numOutcomes = numOutcomes;
        this.denseSize = dense.length == 0 ? 0 : dense[0].length;
        this.dimension = numOutcomes * denseSize + numSparse * numOutcomes;
        this.pool = pool;
        this.parts = Math.max(1, parts);
        this.lastGradient = new double[dimension];
        this.probabilities = new double[outcomes.length * numOutcomes];
        this.partials = new double[this.parts][dimension];
    }

    /** Where the dense weight {@code i} of {@code outcome} is. */
    static int denseIndex(int outcome, int i, int denseSize) {
        return outcome * denseSize + i;
    }

    /** Where the weight of sparse feature {@code feature} for {@code outcome} is. */
    static int sparseIndex(int feature, int outcome, int numOutcomes, int denseSize) {
        return numOutcomes * denseSize + feature * numOutcomes + outcome;
    }

    @Override
    public int getDimension() {
        return dimension;
    }

    /**
     * The line search asks for the value at several trial points (OpenNLP's L-BFGS starts every search at step 1,
     * usually too long, and halves it) and for the gradient only at the point it accepts: so the value is computed
     * alone, and the gradient later from the probabilities kept on the way. Same sums in the same order as one pass
     * doing both: the same model, bit for bit.
     */
    @Override
    public double valueAt(double[] x) {
        value(x);
        return lastValue;
    }

    @Override
    public double[] gradientAt(double[] x) {
        value(x);
        if (!gradientReady) {
            gradient();
        }
        // Every caller in OpenNLP copies the gradient at once, after adding its L2 term into it: so the array itself
        // is handed out (no new 8 MB array per step of training; LogLossTest holds this), and as the caller changes
        // it, it is computed again if asked for once more.
        gradientReady = false;
        return lastGradient;
    }

    private void value(double[] x) {
        if (lastX != null && Arrays.equals(lastX, x)) {
            return;
        }
        double value = 0;
        for (Double partial : inParts((from, to, gradient) -> scores(x, from, to))) { // a fixed order: same sum
            value += partial;
        }
        lastValue = value;
        if (lastX == null) {
            lastX = new double[dimension];
        }
        System.arraycopy(x, 0, lastX, 0, dimension);
        gradientReady = false;
    }

    private void gradient() {
        Arrays.fill(lastGradient, 0);
        for (double[] partial : inParts(this::gradient)) { // summed in a fixed order: the same result every run
            for (int i = 0; i < dimension; i++) {
                lastGradient[i] += partial[i];
            }
        }
        gradientReady = true;
    }

    @FunctionalInterface
    private interface Part<T> {
        T run(int from, int to, double[] gradient);
    }

    /** Runs {@code part} over the examples split into {@link #parts} ranges, and gives the results in order. */
    private <T> List<T> inParts(Part<T> part) {
        int n = outcomes.length;
        List<Future<T>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = n * p / parts;
            int to = n * (p + 1) / parts;
            double[] gradient = partials[p];
            futures.add(pool.submit(() -> part.run(from, to, gradient)));
        }
        List<T> results = new ArrayList<>(parts);
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        }
        return results;
    }

    /** The loss of examples {@code from..to} at {@code x}; keeps their probabilities for {@link #gradient}. */
    private double scores(double[] x, int from, int to) {
        double[] scores = new double[numOutcomes];
        double loss = 0;
        int sparseBase = numOutcomes * denseSize;
        for (int e = from; e < to; e++) {
            float[] d = dense[e];
            for (int o = 0; o < numOutcomes; o++) {
                double s = 0;
                int row = o * denseSize;
                for (int i = 0; i < denseSize; i++) {
                    s += d[i] * x[row + i];
                }
                scores[o] = s;
            }
            int[] f = sparse[e];
            float[] v = sparseValues[e];
            for (int i = 0; i < f.length; i++) {
                int base = sparseBase + f[i] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    scores[o] += v[i] * x[base + o];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int o = 0; o < numOutcomes; o++) {
                scores[o] = Math.exp(scores[o] - max);
                sum += scores[o];
            }
            int gold = outcomes[e];
            loss -= weights[e] * Math.log(scores[gold] / sum);
            int at = e * numOutcomes;
            for (int o = 0; o < numOutcomes; o++) {
                probabilities[at + o] = scores[o] / sum;
            }
        }
        return loss;
    }

    /** The gradient of examples {@code from..to}'s loss at the last point, into {@code gradient}. */
    private double[] gradient(int from, int to, double[] gradient) {
        Arrays.fill(gradient, 0);
        double[] residuals = new double[numOutcomes];
        int sparseBase = numOutcomes * denseSize;
        for (int e = from; e < to; e++) {
            float[] d = dense[e];
            int gold = outcomes[e];
            double weight = weights[e];
            int at = e * numOutcomes;
            for (int o = 0; o < numOutcomes; o++) {
                double residual = weight * (probabilities[at + o] - (o == gold ? 1 : 0)); // d loss / d score
                int row = o * denseSize;
                for (int i = 0; i < denseSize; i++) {
                    gradient[row + i] += residual * d[i];
                }
                residuals[o] = residual;
            }
            int[] f = sparse[e];
            float[] v = sparseValues[e];
            for (int i = 0; i < f.length; i++) {
                int base = sparseBase + f[i] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    gradient[base + o] += v[i] * residuals[o];
                }
            }
        }
        return gradient;
    }
}
