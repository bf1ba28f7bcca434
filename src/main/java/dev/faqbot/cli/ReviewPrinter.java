package dev.faqbot.cli;

import dev.faqbot.moderation.QuestionGroup;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints groups of unanswered questions for {@code review}: size, last time, closest intent, wordings. */
final class ReviewPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PrintWriter out;

    ReviewPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(String source, int entries, List<QuestionGroup> groups, int minGroup) {
        out.println(entries + " logged question(s) in " + source + "; " + groups.size() + " group(s)"
                + (minGroup > 1 ? " of " + minGroup + " or more" : "") + ", largest first.");
        for (int i = 0; i < groups.size(); i++) {
            QuestionGroup group = groups.get(i);
            out.println();
            out.println(String.format(Locale.ROOT, "%2d) %d question(s), last %s, %s; %s", i + 1, group.count(),
                    time(group.lastSeen()), closest(group), outcomes(group.outcomes())));
            group.examples().forEach(example -> out.println("    - " + example));
        }
        if (!groups.isEmpty()) {
            out.println();
            out.println("Add the good wordings as examples to the intent they belong to (or write a new intent),"
                    + " then run validate.");
        }
        out.flush();
    }

    private static String closest(QuestionGroup group) {
        return group.resembles().map(r -> String.format(Locale.ROOT, "most like %s (%.2f)", r.intent(), r.confidence()))
                .orElse("like no intent");
    }

    private static String outcomes(Map<String, Long> outcomes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(outcomes).forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return text.toString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
