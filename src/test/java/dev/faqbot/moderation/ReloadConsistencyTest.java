package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads over and over (A, B, a broken one, A, ...) while many threads ask. Every answer must come wholly from
 * one version: its title, its related answer and its disclaimer all carry the same mark, and no question may
 * fail or fall back because it met a half-loaded state.
 */
class ReloadConsistencyTest {

    private static final int ASKERS = 4;
    private static final List<String> STEPS = List.of("B", "A", "broken", "B", "broken", "A", "B", "A", "B");

    @TempDir
    Path root;

    @Test
    void everyAnswerDuringRepeatedReloads_comesFromExactlyOneVersion() throws Exception {
        MiniKb.write(root, "A");
        FaqBot bot = MiniKb.bot(root);
        Map<String, LongAdder> seen = new ConcurrentHashMap<>();
        List<String> inconsistent = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(ASKERS);
        ExecutorService askers = Executors.newFixedThreadPool(ASKERS);
        List<Future<Long>> asked = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            // Half of the threads ask varied text, so the answer cache misses and the model runs too.
            String suffix = i % 2 == 0 ? "" : " please " + i;
            asked.add(askers.submit(() -> {
                started.countDown();
                long n = 0;
                while (reloading.get() || n < 50) {
                    Outcome outcome = bot.ask(MiniKb.MSC_QUESTION + suffix + (n % 7 == 0 ? " " + n : ""));
                    String mark = markOf(outcome, inconsistent);
                    seen.computeIfAbsent(mark, k -> new LongAdder()).increment();
                    n++;
                }
                return n;
            }));
        }
        started.await(10, TimeUnit.SECONDS);

        List<ReloadResult> results = new ArrayList<>();
        try (Reloader reloader = new Reloader(root, MiniKb.loader(), MiniKb::train, bot)) {
            for (String step : STEPS) {
                if (step.equals("broken")) {
                    MiniKb.file(root, "responses/greeting.yml", "id: greeting\ntitle: [broken\n");
                } else {
                    MiniKb.write(root, step);
                }
                results.add(reloader.reloadNow("test: " + step));
            }
        } finally {
            reloading.set(false);
        }
        long total = 0;
        for (Future<Long> f : asked) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        askers.shutdown();

        assertEquals(List.of(), inconsistent);
        assertEquals(total, seen.values().stream().mapToLong(LongAdder::sum).sum());
        assertTrue(Set.of("A", "B").containsAll(seen.keySet()), seen.toString());
        assertEquals(List.of("Loaded", "Loaded", "Refused", "Loaded", "Refused", "Loaded", "Loaded", "Loaded", "Loaded"),
                results.stream().map(r -> r.getClass().getSimpleName()).toList());
    }

    /** The one mark an answer carries, or "mixed" (and a note) when its parts disagree. */
    private static String markOf(Outcome outcome, List<String> inconsistent) {
        Outcome.Answered answered = assertInstanceOf(Outcome.Answered.class, outcome, () -> "not answered: " + outcome);
        String title = mark(answered.response().title());
        String related = mark(answered.related().get(0).title());
        String disclaimer = mark(answered.disclaimer());
        if (!title.equals(related) || !title.equals(disclaimer)) {
            inconsistent.add(title + "/" + related + "/" + disclaimer);
            return "mixed";
        }
        return title;
    }

    private static String mark(String text) {
        int open = text.lastIndexOf('(');
        return text.substring(open + 1, text.indexOf(')', open));
    }
}
