package dev.faqbot.cli;

import dev.faqbot.core.FaqBot;
import dev.faqbot.text.Normaliser;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: how long hostile messages take: the clean-up on the whole text (no length cap), and the bot's
 * whole decision as a member's message gets it (cut at the raw cap, safety check, detector, classifier; uncached).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Time the handling of hostile messages: 100,000 line breaks, a 1 MB message and nested Markdown.",
        "For each: the clean-up of the whole text, and the bot's decision on it as a message (uncached).",
        "Exit code 1 when one misses its target (line breaks: 100 ms; the others: 1 s)."})
final class BenchCommand implements Callable<Integer> {

    /** A hostile input and the most it may take, in milliseconds, at either step. */
    record Input(String name, String text, double targetMillis) {
    }

    static final List<Input> INPUTS = List.of(
            new Input("100,000 line breaks", "\n".repeat(100_000), 100),
            new Input("1 MB message", oneMegabyte(), 1_000),
            new Input("nested Markdown, 100 kB", repeat("> - **__||~~`[*_x_*](https://e.example/a)`~~||__**\n", 100_000), 1_000),
            new Input("100,000 '[' and '*'", repeat("[*", 100_000), 1_000));

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs per input, after two warm-up runs; the median is shown (default: 5).")
    int runs = 5;

    @Override
    public Integer call() {
        Optional<FaqBot> bot = new Startup(Terminal.ERR, main.clock).bot(kb);
        if (bot.isEmpty()) {
            return 1;
        }
        PrintWriter out = Terminal.OUT;
        out.printf(Locale.ROOT, "%-26s %11s %14s %14s %8s%n", "input", "characters", "clean-up (ms)", "decision (ms)",
                "target");
        boolean allWithin = true;
        for (Input input : INPUTS) {
            double clean = medianMillis(Normaliser::plain, input.text());
            double decide = medianMillis(bot.get()::decide, input.text());
            boolean within = clean < input.targetMillis() && decide < input.targetMillis();
            allWithin &= within;
            out.printf(Locale.ROOT, "%-26s %,11d %14.2f %14.2f %6.0f ms%s%n", input.name(), input.text().length(), clean,
                    decide, input.targetMillis(), within ? "" : "  MISSED");
        }
        out.flush();
        return allWithin ? 0 : 1;
    }

    private double medianMillis(Consumer<String> work, String text) {
        for (int i = 0; i < 2; i++) {
            work.accept(text);
        }
        double[] millis = new double[Math.max(1, runs)];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.accept(text);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /** Ordinary sentences, a worried member's long letter, to one megabyte. */
    private static String oneMegabyte() {
        return repeat("My mother was diagnosed with ALS last spring and a clinic abroad offers stem cells for $40,000. "
                + "Is that safe? ", 1 << 20);
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
