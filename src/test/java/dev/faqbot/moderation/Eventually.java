package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a generous bound passes: no test depends on how fast a machine is. */
final class Eventually {

    static final Duration BOUND = Duration.ofSeconds(30);

    private Eventually() {
    }

    static void until(BooleanSupplier condition, Supplier<String> whatWasExpected) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + BOUND.toSeconds() + " s: " + whatWasExpected.get());
            }
            Thread.sleep(20);
        }
    }
}
