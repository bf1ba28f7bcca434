package dev.faqbot.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Counts the characters a function reads from its input: a measure of work that is the same on any machine, on
 * any load, so a test can tell linear from quadratic without a stopwatch. Regular expressions, scanners and
 * string builders all read a {@link CharSequence} through {@code charAt}, {@code subSequence} and {@code toString},
 * and each of those is counted here.
 */
public final class Steps {

    /** The two input sizes compared: linear work grows about tenfold between them, quadratic about a hundredfold. */
    public static final int SMALL = 2_000;
    public static final int LARGE = 20_000;
    /** Linear work gives a ratio near 10; a little more is allowed for work that does not grow with the input. */
    public static final double MAX_RATIO = 15;

    private Steps() {
    }

    /** How many characters {@code work} read from {@code input}. */
    public static long count(Function<CharSequence, ?> work, String input) {
        Counting counting = new Counting(input);
        work.apply(counting);
        return counting.reads;
    }

    /** The growth of the reads from an input of {@link #SMALL} characters to one of {@link #LARGE}. */
    public static double ratio(Function<CharSequence, ?> work, IntFunction<String> input) {
        return ratio(work, input, SMALL, LARGE);
    }

    /** The growth of the reads from an input of {@code small} characters to one of {@code large}. */
    public static double ratio(Function<CharSequence, ?> work, IntFunction<String> input, int small, int large) {
        return (double) count(work, input.apply(large)) / Math.max(1, count(work, input.apply(small)));
    }

    /** Fails when the work on {@code input} grows faster than the input, with the counts in the message. */
    public static void assertLinear(String what, Function<CharSequence, ?> work, IntFunction<String> input) {
        assertLinear(what, work, input, SMALL, LARGE);
    }

    /** As above, from {@code smallSize} to {@code largeSize} characters (ten times as many). */
    public static void assertLinear(String what, Function<CharSequence, ?> work, IntFunction<String> input,
                                    int smallSize, int largeSize) {
        long small = count(work, input.apply(smallSize));
        long large = count(work, input.apply(largeSize));
        double ratio = (double) large / Math.max(1, small);
        assertTrue(ratio <= MAX_RATIO, () -> String.format(java.util.Locale.ROOT,
                "%s: %,d reads for %,d characters but %,d for %,d (x%.0f for x%d input): not linear",
                what, small, smallSize, large, largeSize, ratio, largeSize / smallSize));
    }

    /** {@code unit} repeated to {@code length} characters. */
    public static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    /** A read-only text that counts every character read from it. */
    private static final class Counting implements CharSequence {
        private final String text;
        long reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}
