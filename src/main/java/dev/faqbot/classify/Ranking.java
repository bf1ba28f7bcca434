package dev.faqbot.classify;

import java.util.Comparator;
import java.util.List;

/** Every intent the classifier knows, most likely first. */
public record Ranking(List<Scored> ranked) {

    public Ranking {
        ranked = ranked.stream().sorted(Comparator.comparingDouble(Scored::confidence).reversed()
                .thenComparing(Scored::intent)).toList();
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a ranking needs at least one intent");
        }
    }

    public Scored top() {
        return ranked.get(0);
    }

    /** The second best, or a zero-confidence placeholder when there is only one intent. */
    public Scored second() {
        return ranked.size() > 1 ? ranked.get(1) : new Scored("", 0);
    }

    public List<Scored> top(int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }
}
