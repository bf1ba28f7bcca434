package dev.faqbot.discord.standin;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waiting for a condition that something else makes true. */
public final class Waits {

    private Waits() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        until(what, timeout, Duration.ofMillis(20), condition);
    }

    /** As above, looking every {@code every}: for a condition that costs a request to check. */
    public static void until(String what, Duration timeout, Duration every, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout);
            }
            Thread.sleep(every.toMillis());
        }
    }
}
