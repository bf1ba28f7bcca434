package dev.faqbot.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
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
    /** Each example's scores (before the softmax) at {@link #lastX}, outcome by outcome. */
    private final double[] scores;
    /** The search line: where it starts (the last point the gradient was asked at) and its first trial point. */
    private final Line line;
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
        this.scores = new double[outcomes.length * numOutcomes];
        this.line = new Line(dimension, scores.length);
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
     * alone (and, on the search line, from the scores at its two ends: see {@link Line}), and the gradient later
     * from the probabilities kept on the way.
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
        line.startAt(x, scores);
        return lastGradient;
    }

    private void value(double[] x) {
        if (lastX != null && Arrays.equals(lastX, x)) {
            return;
        }
        OptionalDouble along = line.along(x);
        double value = 0;
        if (along.isPresent()) {
            line.scoresAt(along.getAsDouble(), scores);
            for (Double partial : inParts((part, from, to) -> loss(from, to))) { // a fixed order: same sum
                value += partial;
            }
        } else {
            for (Double partial : inParts((part, from, to) -> score(x, from, to))) {
                value += partial;
            }
            line.tried(x, scores);
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
        // summed in a fixed order: the same result every run
        for (double[] partial : inParts((part, from, to) -> gradient(from, to, partials[part]))) {
            for (int i = 0; i < dimension; i++) {
                lastGradient[i] += partial[i];
            }
        }
        gradientReady = true;
    }

    /** The work on one part (numbered from 0) of the examples, {@code from..to}. */
    @FunctionalInterface
    private interface Part<T> {
        T run(int part, int from, int to);
    }

    /** Runs {@code part} over the examples split into {@link #parts} ranges, and gives the results in order. */
    private <T> List<T> inParts(Part<T> part) {
        int n = outcomes.length;
        List<Future<T>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = n * p / parts;
            int to = n * (p + 1) / parts;
            int which = p;
            futures.add(pool.submit(() -> part.run(which, from, to)));
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

    /** The loss of examples {@code from..to} at {@code x}; keeps their scores and probabilities. */
    private double score(double[] x, int from, int to) {
        int sparseBase = numOutcomes * denseSize;
        for (int e = from; e < to; e++) {
            int at = e * numOutcomes;
            float[] d = dense[e];
            for (int o = 0; o < numOutcomes; o++) {
                double s = 0;
                int row = o * denseSize;
                for (int i = 0; i < denseSize; i++) {
                    s += d[i] * x[row + i];
                }
                scores[at + o] = s;
            }
            int[] f = sparse[e];
            float[] v = sparseValues[e];
            for (int i = 0; i < f.length; i++) {
                int base = sparseBase + f[i] * numOutcomes;
                for (int o = 0; o < numOutcomes; o++) {
                    scores[at + o] += v[i] * x[base + o];
                }
            }
        }
        return loss(from, to);
    }

    /** The loss of examples {@code from..to} from their {@link #scores}; keeps their probabilities. */
    private double loss(int from, int to) {
        double[] exp = new double[numOutcomes];
        double loss = 0;
        for (int e = from; e < to; e++) {
            int at = e * numOutcomes;
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < numOutcomes; o++) {
                max = Math.max(max, scores[at + o]);
            }
            double sum = 0;
            for (int o = 0; o < numOutcomes; o++) {
                exp[o] = Math.exp(scores[at + o] - max);
                sum += exp[o];
            }
            int gold = outcomes[e];
            loss -= weights[e] * Math.log(exp[gold] / sum);
            for (int o = 0; o < numOutcomes; o++) {
                probabilities[at + o] = exp[o] / sum;
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

    /**
     * The line OpenNLP's line search walks: from the point it last took the gradient at, through its first trial
     * point, back towards the start (step 1, then halved until the value drops enough, about five times a step
     * here). The scores are linear in the weights, so the scores at any point of that line follow from those at its
     * two ends, one multiply-add per example and outcome instead of a pass over every feature: training takes half
     * the time. A point is taken as on the line only when every weight is where the line puts it (to rounding);
     * any other point is scored in full.
     */
    private static final class Line {

        /** How far a weight may be from where the line puts it, relative to its size: rounding, nothing more. */
        private static final double TOLERANCE = 1e-12;

        private final double[] start;
        private final double[] startScores;
        private final double[] first;
        private final double[] firstScores;
        private boolean hasStart;
        private boolean hasFirst;
        /** The weight that moves most from start to first: where a point's place on the line is read. */
        private int widest;

        Line(int dimension, int scores) {
            start = new double[dimension];
            first = new double[dimension];
            startScores = new double[scores];
            firstScores = new double[scores];
        }

        /** The gradient was taken at {@code x}: the next search starts here. */
        void startAt(double[] x, double[] scoresAtX) {
            System.arraycopy(x, 0, start, 0, x.length);
            System.arraycopy(scoresAtX, 0, startScores, 0, scoresAtX.length);
            hasStart = true;
            hasFirst = false;
        }

        /** {@code x} was scored in full: the first such point after the start fixes the line. */
        void tried(double[] x, double[] scoresAtX) {
            if (!hasStart || hasFirst) {
                return;
            }
            widest = 0;
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i] - start[i]) > Math.abs(x[widest] - start[widest])) {
                    widest = i;
                }
            }
            if (x[widest] == start[widest]) {
                return; // the start itself: no line
            }
            System.arraycopy(x, 0, first, 0, x.length);
            System.arraycopy(scoresAtX, 0, firstScores, 0, scoresAtX.length);
            hasFirst = true;
        }

        /** Where {@code x} is on the line (0 the start, 1 the first point), if it is on it. */
        OptionalDouble along(double[] x) {
            if (!hasFirst) {
                return OptionalDouble.empty();
            }
            double t = (x[widest] - start[widest]) / (first[widest] - start[widest]);
            if (!(t > 0 && t < 1)) {
                return OptionalDouble.empty(); // the search only ever steps back towards the start
            }
            for (int i = 0; i < x.length; i++) {
                double expected = start[i] + t * (first[i] - start[i]);
                double scale = Math.abs(start[i]) + Math.abs(first[i]) + Math.abs(x[i]);
                if (Math.abs(x[i] - expected) > TOLERANCE * scale) {
                    return OptionalDouble.empty();
                }
            }
            return OptionalDouble.of(t);
        }

        /** The scores at {@code t} along the line, into {@code into}. */
        void scoresAt(double t, double[] into) {
            for (int i = 0; i < into.length; i++) {
                into[i] = startScores[i] + t * (firstScores[i] - startScores[i]);
            }
        }
    }
}
