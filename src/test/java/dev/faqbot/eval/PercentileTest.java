package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void nearestRank_isOneOfTheValues() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(99, Percentile.of(hundred, 0.99));
        assertEquals(50, Percentile.of(hundred, 0.50));
        assertEquals(100, Percentile.of(hundred, 1.0));
        assertEquals(7, Percentile.of(new long[] {3, 7}, 0.99)); // the slower of two is their p99
        assertEquals(3, Percentile.of(new long[] {3, 7}, 0.50));
    }

    @Test
    void noValues_giveZero() {
        assertEquals(0, Percentile.of(new long[0], 0.99));
    }
}
