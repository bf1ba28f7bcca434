package dev.faqbot.cli;

import dev.faqbot.moderation.StatsSnapshot;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a {@link StatsSnapshot} as plain text: the fields of {@code /faq-admin stats}, one section a line. */
final class StatsPrinter {

    private final PrintWriter out;

    StatsPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(String source, List<String> servers, StatsSnapshot stats) {
        out.println("Statistics in " + source + (servers.isEmpty() ? ", all servers" : ", servers " + servers)
                + stats.since().map(d -> ", since " + d).orElse("") + ".");
        out.println("Questions: " + stats.questions() + " in all" + (stats.byOutcome().isEmpty() ? ""
                : " (" + joined(stats.byOutcome()) + ")"));
        out.println(String.format(Locale.ROOT, "Fallback rate: %.0f%%", stats.fallbackRate() * 100));
        out.println("Last days: " + (stats.byDay().isEmpty() ? "none" : joined(stats.byDay())));
        out.println("Per server: " + (stats.byServer().isEmpty() ? "none" : joined(stats.byServer())));
        stats.live().ifPresent(live -> out.println(String.format(Locale.ROOT,
                "Cache hit ratio: %.0f%%; knowledge base %s", live.cacheHitRatio() * 100, live.kbVersion())));
        out.println("Answers per intent:" + (stats.byIntent().isEmpty() ? " none yet" : ""));
        stats.byIntent().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.println("  " + e.getKey() + " " + e.getValue()));
        long helpful = stats.feedback().values().stream().mapToLong(StatsSnapshot.Votes::helpful).sum();
        long notHelpful = stats.feedback().values().stream().mapToLong(StatsSnapshot.Votes::notHelpful).sum();
        out.println("Feedback: helpful " + helpful + ", not helpful " + notHelpful + " in all");
        // The answers with the most "not helpful" first: those are the ones to look at.
        stats.feedback().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, StatsSnapshot.Votes> e) -> e.getValue().notHelpful())
                        .reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.println("  " + e.getKey() + " helpful " + e.getValue().helpful() + ", not helpful "
                        + e.getValue().notHelpful()));
        out.println("Moderator posts (/faq post): " + stats.postCount() + (stats.posts().isEmpty() ? ""
                : " (" + joined(stats.posts()) + ")"));
        if (stats.live().isEmpty()) {
            out.println("(Uptime, the cache hit ratio and the live knowledge base: /faq-admin stats on the running bot.)");
        }
        out.flush();
    }

    private static String joined(Map<?, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
