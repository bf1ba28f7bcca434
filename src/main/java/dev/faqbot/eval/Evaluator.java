package dev.faqbot.eval;

import dev.faqbot.core.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs every labelled line through the pipeline and keeps score and timings. */
public final class Evaluator {

    private final Function<String, Decision> pipeline;

    public Evaluator(Function<String, Decision> pipeline) {
        this.pipeline = pipeline;
    }

    /** The outcome for each line, in file order, with the score and per-question timings. */
    public record Run(List<LabelledLine> lines, Scorecard score, List<Decision> decisions, List<String> misses,
                      long[] nanos) {
    }

    public Run run(List<LabelledLine> lines) {
        Scorecard score = new Scorecard();
        List<Decision> decisions = new ArrayList<>(lines.size());
        List<String> misses = new ArrayList<>();
        long[] nanos = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LabelledLine line = lines.get(i);
            long start = System.nanoTime();
            Decision decision = pipeline.apply(line.text());
            nanos[i] = System.nanoTime() - start;
            decisions.add(decision);
            if (!score.add(line, decision)) {
                misses.add("line " + line.line() + ": " + String.join("|", line.labels()) + " -> "
                        + describe(decision) + ": " + line.text());
            }
        }
        return new Run(lines, score, decisions, misses, nanos);
    }

    static String describe(Decision decision) {
        if (decision instanceof Decision.Cautioned c) {
            return "caution (" + c.reason() + ") + " + describe(c.decision());
        }
        if (decision instanceof Decision.Emergency e) {
            return "emergency (" + e.reason() + ")";
        }
        if (decision instanceof Decision.Answer a) {
            return "answer " + a.intent() + String.format(java.util.Locale.ROOT, " (%.2f)", a.confidence());
        }
        if (decision instanceof Decision.Clarify c) {
            return "clarify " + String.join("/", c.candidates());
        }
        if (decision instanceof Decision.Decline d) {
            return "fallback" + (d.ranking() == null ? "" : String.format(java.util.Locale.ROOT, " (top %s %.2f)",
                    d.ranking().top().intent(), d.ranking().top().confidence()));
        }
        return "emergency";
    }
}
