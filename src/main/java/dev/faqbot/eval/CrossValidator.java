package dev.faqbot.eval;

import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.LabelledText;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.core.Decider;
import dev.faqbot.core.Decision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * K-fold cross-validation over the knowledge base's own examples: each example is classified by a model that
 * never saw it. Shows moderators how well their examples generalise, and which intents get mixed up.
 */
public final class CrossValidator {

    private final BrainTrainer.Folds folds;
    private final Decider decider;

    /** @param folds trains a classifier on part of the examples and makes the queries for the rest */
    public CrossValidator(BrainTrainer.Folds folds, Decider decider) {
        this.folds = folds;
        this.decider = decider;
    }

    /** Folds are stratified (each intent spread evenly) and shuffled with a fixed seed, so runs repeat. */
    public Evaluator.Run run(List<LabelledText> examples, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        List<List<LabelledText>> split = split(examples, folds);
        Scorecard score = new Scorecard();
        List<Decision> decisions = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        List<LabelledLine> lines = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            IntentClassifier classifier = this.folds.train().apply(allBut(split, k));
            for (LabelledText held : split.get(k)) {
                long start = System.nanoTime();
                Decision decision = decider.decide(classifier.classify(this.folds.query().apply(held.text())));
                nanos.add(System.nanoTime() - start);
                decisions.add(decision);
                LabelledLine line = new LabelledLine(Set.of(held.label()), held.text(), 0);
                lines.add(line);
                if (!score.add(line, decision)) {
                    misses.add(held.label() + " -> " + Evaluator.describe(decision) + ": " + held.text());
                }
            }
        }
        return new Evaluator.Run(lines, score, decisions, misses, nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** Every part of {@code split} but part {@code k}: what the model that judges part {@code k} learns from. */
    static List<LabelledText> allBut(List<List<LabelledText>> split, int k) {
        List<LabelledText> train = new ArrayList<>();
        for (int j = 0; j < split.size(); j++) {
            if (j != k) {
                train.addAll(split.get(j));
            }
        }
        return train;
    }

    /** The examples in {@code folds} parts, each label spread evenly, shuffled with a fixed seed. */
    static List<List<LabelledText>> split(List<LabelledText> examples, int folds) {
        Map<String, List<LabelledText>> byLabel = new TreeMap<>();
        examples.forEach(e -> byLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        List<List<LabelledText>> split = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            split.add(new ArrayList<>());
        }
        Random random = new Random(42);
        int next = 0;
        for (List<LabelledText> group : byLabel.values()) {
            List<LabelledText> shuffled = new ArrayList<>(group);
            shuffled.sort(Comparator.comparing(LabelledText::text));
            java.util.Collections.shuffle(shuffled, random);
            for (LabelledText example : shuffled) {
                split.get(next++ % folds).add(example);
            }
        }
        return split;
    }
}
