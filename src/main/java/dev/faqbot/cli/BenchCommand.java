package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.eval.LabelledFile;
import dev.faqbot.eval.LabelledLine;
import dev.faqbot.kb.KnowledgeBase;
import java.io.IOException;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: how fast the bot starts and answers on this machine, and how much memory it takes: the figures
 * the README promises, measured the same way every time (a benchmark, not a timed test: machines are shared).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Measure start-up (from a warm cache, or cold with --cold), time per question on one thread, and peak memory."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    @Option(names = "--cold", description = "Start from an empty cache folder: embed every example and train (slow).")
    boolean cold;

    @Option(names = "--questions", paramLabel = "FILE.tsv",
            description = "Time these questions (label<TAB>message); default: every 4th knowledge-base example.")
    Path questions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Ask every question this many times (the first round warms the JIT up and is not counted).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Startup startup = new Startup(Terminal.ERR);
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
            return 0;
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

    private void timeQuestions(FaqBot bot, List<String> texts) {
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < Math.max(2, rounds); round++) {
            for (String text : texts) {
                long start = System.nanoTime();
                bot.decide(text); // uncached: the safety check, the sentence vector and the classifier every time
                if (round > 0) {
                    nanos.add(System.nanoTime() - start);
                }
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Terminal.OUT.printf(Locale.ROOT, "questions: %d timed on one thread; mean %.1f ms, median %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n", sorted.length, Arrays.stream(sorted).average().orElse(0) / 1e6,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
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
