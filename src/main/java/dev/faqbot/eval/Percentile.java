package dev.faqbot.eval;

/** Percentiles of timings, by nearest rank: the value below which {@code p} of them lie, one of the values itself. */
public final class Percentile {

    private Percentile() {
    }

    /** The {@code p} percentile (0 < p <= 1) of values sorted in ascending order; 0 when there are none. */
    public static long of(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1))];
    }
}
