package dev.faqbot.eval;

import java.util.Set;

/** A labelled test question: {@code labels} holds every intent that counts as right ("a|b" in the file). */
public record LabelledLine(Set<String> labels, String text, int line) {

    public static final String CRISIS = "crisis";
    public static final String OUT_OF_SCOPE = "out_of_scope";

    public LabelledLine {
        labels = Set.copyOf(labels);
    }

    public boolean isCrisis() {
        return labels.contains(CRISIS);
    }

    public boolean isOutOfScope() {
        return labels.contains(OUT_OF_SCOPE);
    }

    public boolean isInScope() {
        return !isCrisis() && !isOutOfScope();
    }

    /** The first label, for per-intent tables. */
    public String primary() {
        return labels.stream().sorted().findFirst().orElseThrow();
    }
}
