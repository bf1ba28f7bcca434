package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.eval.LabelledFile;
import dev.faqbot.eval.LabelledLine;
import dev.faqbot.eval.Percentile;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench}: how fast the bot starts and answers on this machine, and how much memory it takes: the figures
 * the README promises, measured the same way every time (a benchmark, not a timed test: machines are shared).
 * With {@code --input}, also how long hostile messages take: the clean-up on the whole text (no length cap), and
 * the bot's whole decision as a member's message gets it (cut at the raw cap, safety check, detector, classifier;
 * uncached).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure start-up (from a warm cache, or cold with --cold), time per question",
        "on one thread, and peak memory. With --input, then time hostile messages",
        "(100,000 line breaks, a 1 MB message, nested Markdown): the clean-up of the",
        "whole text and the bot's decision on it as a message (uncached).",
        "Exit code 1 when a hostile input misses its target (line breaks: 100 ms;",
        "the others: 1 s)."})
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

    @Option(names = "--cold", description = "Start from an empty cache folder: embed every example and train (slow).")
    boolean cold;

    @Option(names = "--questions", paramLabel = "FILE.tsv",
            description = "Time these questions (label<TAB>message); default: every 4th knowledge-base example.")
    Path questions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "4",
            description = "Ask every question this many times (the first round warms the JIT up and is not counted;"
                    + " each question's fastest later round is shown too).")
    int rounds;

    @Option(names = "--input", description = "Also time the hostile inputs (after the memory figures, so they do not"
            + " count in them).")
    boolean input;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "With --input: timed runs per"
            + " hostile input, after two warm-up runs; the median is shown (default: 5).")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> loaded = startup.settings(kb);
        if (loaded.isEmpty()) {
            return 1;
        }
        Path coldFolder = cold ? Files.createTempDirectory("faqbot-bench-cache") : null;
        try {
            Settings settings = cold ? withCacheFolder(loaded.get(), coldFolder) : loaded.get();
            startup.prepare(settings);
            Optional<KnowledgeBase> base = startup.knowledgeBase(kb, settings);
            if (base.isEmpty()) {
                return 1;
            }
            FaqBot bot = startup.bot(base.get(), settings);
            long readyMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Terminal.OUT.printf(Locale.ROOT, "start (%s cache): ready to answer %d ms after the JVM started%n",
                    cold ? "cold: empty" : "warm", readyMillis);
            timeQuestions(bot, texts(base.get(), settings));
            memory();
            boolean allWithin = !input || timeInputs(bot, Terminal.OUT);
            Terminal.OUT.flush();
            return allWithin ? 0 : 1;
        } finally {
            if (coldFolder != null) {
                deleteTree(coldFolder);
            }
        }
    }

    private List<String> texts(KnowledgeBase base, Settings settings) throws LabelledFile.BadFile {
        if (questions != null) {
            return LabelledFile.read(questions).stream().map(LabelledLine::text).toList();
        }
        List<String> all = Brain.examples(base, Startup.normaliser(settings)).stream().map(e -> e.text()).toList();
        List<String> every4th = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 4) {
            every4th.add(all.get(i));
        }
        return every4th;
    }

    /**
     * Times every question in every round after the first, and also each question's fastest round: on a shared
     * machine another tenant's load slows some rounds of some questions, and the fastest of a few rounds is what the
     * bot itself costs. Both are shown; the first is what a member waits on this machine now.
     */
    private void timeQuestions(FaqBot bot, List<String> texts) {
        List<Long> nanos = new ArrayList<>();
        long[] fastest = new long[texts.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        int timedRounds = Math.max(2, rounds) - 1;
        for (int round = 0; round <= timedRounds; round++) {
            for (int i = 0; i < texts.size(); i++) {
                long start = System.nanoTime();
                bot.decide(texts.get(i)); // uncached: the safety check, the sentence vector and the classifier every time
                long took = System.nanoTime() - start;
                if (round > 0) {
                    nanos.add(took);
                    fastest[i] = Math.min(fastest[i], took);
                }
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Terminal.OUT.printf(Locale.ROOT, "questions: %d timed on one thread; %s%n", sorted.length, summary(sorted));
        Arrays.sort(fastest);
        Terminal.OUT.printf(Locale.ROOT, "questions, each its fastest of %d round%s (the host's other load left out): %s%n",
                timedRounds, timedRounds == 1 ? "" : "s", summary(fastest));
    }

    private static String summary(long[] sorted) {
        return String.format(Locale.ROOT, "mean %.1f ms, median %.1f ms, p99 %.1f ms, max %.1f ms",
                Arrays.stream(sorted).average().orElse(0) / 1e6, Percentile.of(sorted, 0.50) / 1e6,
                Percentile.of(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static void memory() throws IOException {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        Path status = Path.of("/proc/self/status");
        String rss = "not available on this system";
        if (Files.isReadable(status)) {
            rss = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MB").findFirst().orElse(rss);
        }
        Terminal.OUT.printf(Locale.ROOT, "memory: peak resident set %s; peak Java heap used %d MB%n", rss, heap >> 20);
    }

    /** The hostile inputs' table; false when one missed its target. */
    private boolean timeInputs(FaqBot bot, PrintWriter out) {
        out.printf(Locale.ROOT, "%-26s %11s %14s %14s %8s%n", "input", "characters", "clean-up (ms)", "decision (ms)",
                "target");
        boolean allWithin = true;
        for (Input hostile : INPUTS) {
            double clean = medianMillis(Normaliser::plain, hostile.text());
            double decide = medianMillis(bot::decide, hostile.text());
            boolean within = clean < hostile.targetMillis() && decide < hostile.targetMillis();
            allWithin &= within;
            out.printf(Locale.ROOT, "%-26s %,11d %14.2f %14.2f %6.0f ms%s%n", hostile.name(), hostile.text().length(),
                    clean, decide, hostile.targetMillis(), within ? "" : "  MISSED");
        }
        return allWithin;
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

    private static Settings withCacheFolder(Settings s, Path folder) {
        Settings.Cache cache = new Settings.Cache(s.cache().maximumSize(), s.cache().expireAfterWrite(), folder.toString());
        return new Settings(s.classifier(), s.safety(), s.thresholds(), cache, s.maxQuestionChars(), s.discord(),
                s.learning(), s.region(), s.storage());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
