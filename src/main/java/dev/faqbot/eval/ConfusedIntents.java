package dev.faqbot.eval;

import dev.faqbot.classify.Ranking;
import dev.faqbot.core.Decision;
import dev.faqbot.kb.Intent;
import dev.faqbot.kb.Problem;
import dev.faqbot.kb.YamlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intent pairs a cross-validation run mixes up: examples of one intent that a model which never saw them
 * ranked first as another. For {@code validate --cross-validate}, as warnings on the intent's file.
 */
public final class ConfusedIntents {

    /** Examples of {@code intent} ranked first as {@code takenFor}, out of its {@code examples} held out. */
    public record Pair(String intent, String takenFor, int count, int examples) {
        public double share() {
            return examples == 0 ? 0 : (double) count / examples;
        }
    }

    private ConfusedIntents() {
    }

    /** Pairs with at least {@code minCount} examples and {@code minShare} of the intent's examples, worst first. */
    public static List<Pair> of(Evaluator.Run run, int minCount, double minShare) {
        Map<String, Integer> totals = new TreeMap<>();
        Map<List<String>, Integer> mixed = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (int i = 0; i < run.lines().size(); i++) {
            Ranking ranking = ranking(run.decisions().get(i));
            if (ranking == null) {
                continue;
            }
            String label = run.lines().get(i).primary();
            totals.merge(label, 1, Integer::sum);
            String top = ranking.top().intent();
            if (!top.equals(label)) {
                mixed.merge(List.of(label, top), 1, Integer::sum);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        mixed.forEach((key, count) -> pairs.add(new Pair(key.get(0), key.get(1), count, totals.get(key.get(0)))));
        return pairs.stream().filter(p -> p.count() >= minCount && p.share() >= minShare)
                .sorted(Comparator.comparingDouble(Pair::share).reversed()).toList();
    }

    /** One warning per pair, on the {@code examples:} line of {@code intents/<intent>.yml}. */
    public static List<Problem> warnings(List<Pair> pairs, Path root, int folds) {
        List<Problem> warnings = new ArrayList<>();
        for (Pair pair : pairs) {
            String file = "intents/" + pair.intent() + ".yml";
            String advice = pair.takenFor().equals(Intent.OUT_OF_SCOPE)
                    ? "make these examples name their topic, and check out_of_scope has none that belong here"
                    : "make the examples of the two intents more distinct, or merge them";
            warnings.add(Problem.warning(file, examplesLine(root.resolve(file), file), "examples", String.format(
                    Locale.ROOT, "%d of %d examples (%.0f%%) were taken for '%s' in %d-fold cross-validation; %s",
                    pair.count(), pair.examples(), 100 * pair.share(), pair.takenFor(), folds, advice)));
        }
        return warnings;
    }

    private static int examplesLine(Path path, String name) {
        try {
            return YamlFile.read(path, name).line("/examples");
        } catch (YamlFile.BadFile e) {
            return 1;
        }
    }

    private static Ranking ranking(Decision decision) {
        if (decision instanceof Decision.Answer a) {
            return a.ranking();
        }
        if (decision instanceof Decision.Clarify c) {
            return c.ranking();
        }
        return decision instanceof Decision.Decline d ? d.ranking() : null;
    }
}
