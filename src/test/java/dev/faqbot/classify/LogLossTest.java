package dev.faqbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training objective: its value and gradient, and how it behaves under OpenNLP's optimiser. */
class LogLossTest {

    private static final int EXAMPLES = 40;
    private static final int DENSE = 5;
    private static final int SPARSE = 12;
    private static final int OUTCOMES = 3;

    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** A small random problem; the same seed gives the same problem. */
    private static LogLoss problem(long seed) {
        Random random = new Random(seed);
        float[][] dense = new float[EXAMPLES][DENSE];
        int[][] sparse = new int[EXAMPLES][];
        float[][] values = new float[EXAMPLES][];
        int[] outcomes = new int[EXAMPLES];
        double[] weights = new double[EXAMPLES];
        for (int e = 0; e < EXAMPLES; e++) {
            for (int i = 0; i < DENSE; i++) {
                dense[e][i] = (float) random.nextGaussian();
            }
            int n = 1 + random.nextInt(4);
            sparse[e] = random.ints(n, 0, SPARSE).distinct().toArray();
            values[e] = new float[sparse[e].length];
            for (int i = 0; i < values[e].length; i++) {
                values[e][i] = (float) random.nextDouble();
            }
            outcomes[e] = random.nextInt(OUTCOMES);
            weights[e] = 1 + random.nextInt(3);
        }
        return new LogLoss(dense, sparse, values, outcomes, weights, SPARSE, OUTCOMES, pool, 2);
    }

    private static double[] point(LogLoss loss, long seed) {
        Random random = new Random(seed);
        double[] x = new double[loss.getDimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * 0.3;
        }
        return x;
    }

    @Test
    void theGradient_isTheSlopeOfTheValue() {
        LogLoss loss = problem(1);
        double[] x = point(loss, 2);
        double[] gradient = loss.gradientAt(x).clone();
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            double slope = (loss.valueAt(up) - loss.valueAt(down)) / (2 * h);
            assertEquals(slope, gradient[i], 1e-5, "weight " + i);
        }
    }

    @Test
    void atZero_everyOutcomeIsEquallyLikely_andWeightsCount() {
        float[][] dense = {{1f, 0f}, {0f, 1f}};
        int[][] sparse = {{0}, {}};
        float[][] values = {{1f}, {}};
        LogLoss loss = new LogLoss(dense, sparse, values, new int[] {0, 2}, new double[] {1, 3}, 1, 3, pool, 2);

        assertEquals(2 * 3 + 1 * 3, loss.getDimension());
        assertEquals(4 * Math.log(3), loss.valueAt(new double[loss.getDimension()]), 1e-12);
        double[] gradient = loss.gradientAt(new double[loss.getDimension()]);
        // dense weight 0 of outcome 0: only the first example has input 0; its residual is 1/3 - 1
        assertEquals(1.0 / 3 - 1, gradient[LogLoss.denseIndex(0, 0, 2)], 1e-12);
        // dense weight 1 of outcome 2: the second example (weight 3), residual 3 * (1/3 - 1)
        assertEquals(3 * (1.0 / 3 - 1), gradient[LogLoss.denseIndex(2, 1, 2)], 1e-12);
        // the sparse feature, outcome 1: the first example, not its outcome, residual 1/3
        assertEquals(1.0 / 3, gradient[LogLoss.sparseIndex(0, 1, 3, 2)], 1e-12);
    }

    @Test
    void aGradientAskedAfterTrialPoints_isTheGradientAtThatPoint() {
        LogLoss walked = problem(4);
        double[] x = point(walked, 5);
        walked.valueAt(point(walked, 6));
        walked.valueAt(point(walked, 7));
        walked.valueAt(x);
        double[] afterTrials = walked.gradientAt(x).clone();

        LogLoss fresh = problem(4);
        assertArrayEquals(fresh.gradientAt(x), afterTrials, 0);
        assertEquals(fresh.valueAt(x), walked.valueAt(x), 0);
    }

    /** What OpenNLP's line search does: the gradient at a point, then trial points x + t * d for t = 1, 1/2, 1/4. */
    @Test
    void pointsOnTheSearchLine_getTheValueAndGradientOfAFullPass() {
        LogLoss walked = problem(11);
        double[] x = point(walked, 12);
        double[] d = point(walked, 13);
        walked.valueAt(x);
        walked.gradientAt(x);
        for (double t = 1; t >= 0.25; t /= 2) {
            double[] trial = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                trial[i] = x[i] + d[i] * t;
            }
            LogLoss fresh = problem(11);
            assertEquals(fresh.valueAt(trial), walked.valueAt(trial), 1e-9 * Math.abs(fresh.valueAt(trial)), "t=" + t);
            if (t == 0.25) {
                assertArrayEquals(fresh.gradientAt(trial).clone(), walked.gradientAt(trial), 1e-9);
            }
        }
    }

    @Test
    void aPointOffTheSearchLine_isScoredInFull() {
        LogLoss walked = problem(14);
        double[] x = point(walked, 15);
        walked.gradientAt(x);
        walked.valueAt(point(walked, 16)); // the first trial point: fixes the line
        double[] off = point(walked, 17);

        assertEquals(problem(14).valueAt(off), walked.valueAt(off), 0);
        // half-way to the first point, but one weight off the line
        double[] first = point(walked, 16);
        double[] nearly = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            nearly[i] = (x[i] + first[i]) / 2;
        }
        nearly[3] += 1e-6;
        assertEquals(problem(14).valueAt(nearly), walked.valueAt(nearly), 0);
    }

    @Test
    void theGradientHandedOut_mayBeChangedByTheCaller() {
        LogLoss loss = problem(8);
        double[] x = point(loss, 9);
        double[] first = loss.gradientAt(x).clone();
        double[] handed = loss.gradientAt(x);
        java.util.Arrays.fill(handed, 42); // what OpenNLP's L2 term does to it, in the extreme

        assertArrayEquals(first, loss.gradientAt(x), 0);
    }

    /**
     * The optimiser keeps no reference to a gradient it was given (it copies each at once): trained over the
     * objective that hands out one array again and again, the weights are exactly those of an objective that
     * hands out a new array every time.
     */
    @Test
    void openNlpsOptimiser_givesTheSameWeights_asWithAFreshArrayEveryTime() {
        LogLoss reused = problem(10);
        LogLoss copied = problem(10);
        Function copying = new Function() {
            @Override
            public int getDimension() {
                return copied.getDimension();
            }

            @Override
            public double valueAt(double[] x) {
                return copied.valueAt(x);
            }

            @Override
            public double[] gradientAt(double[] x) {
                return copied.gradientAt(x).clone();
            }
        };

        double[] a = new QNMinimizer(0, 0.5, 30, 7, QNMinimizer.MAX_FCT_EVAL_DEFAULT).minimize(reused);
        double[] b = new QNMinimizer(0, 0.5, 30, 7, QNMinimizer.MAX_FCT_EVAL_DEFAULT).minimize(copying);

        assertArrayEquals(b, a, 0);
    }
}
