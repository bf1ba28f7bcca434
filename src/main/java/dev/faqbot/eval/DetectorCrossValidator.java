package dev.faqbot.eval;

import dev.faqbot.classify.LabelledText;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.safety.CrisisDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation of the emergency detector over its own examples and the knowledge base's questions: each
 * example is read by a detector that never saw it. For each crisis probability, how many emergency and self-harm
 * examples reach it, and how many near misses and ordinary questions do (what {@code safety.sure} and
 * {@code safety.unsure} are chosen from, never from a reported set).
 */
public final class DetectorCrossValidator {

    /** At crisis probability {@code threshold} or above: the crises caught, and the others flagged. */
    public record Row(double threshold, int crises, int nearMisses, int questions) {
    }

    /** How many examples of each kind were read, and the rows. */
    public record Result(int crises, int nearMisses, int questions, List<Row> rows) {
    }

    private final BrainTrainer.DetectorFolds folds;

    public DetectorCrossValidator(BrainTrainer.DetectorFolds folds) {
        this.folds = folds;
    }

    public Result run(int k, List<Double> thresholds) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + k);
        }
        List<LabelledText> all = folds.examples().all();
        List<List<LabelledText>> split = CrossValidator.split(all, k);
        int[][] reached = new int[3][thresholds.size()];
        int[] read = new int[3];
        for (int fold = 0; fold < k; fold++) {
            CrisisDetector detector = folds.train().apply(CrossValidator.allBut(split, fold));
            for (LabelledText held : split.get(fold)) {
                int kind = !held.label().equals(CrisisDetector.NONE) ? 0 : folds.examples().nearMiss(held) ? 1 : 2;
                double crisis = detector.read(held.text(), folds.query().apply(held.text())).crisis();
                read[kind]++;
                for (int t = 0; t < thresholds.size(); t++) {
                    if (crisis >= thresholds.get(t)) {
                        reached[kind][t]++;
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < thresholds.size(); t++) {
            rows.add(new Row(thresholds.get(t), reached[0][t], reached[1][t], reached[2][t]));
        }
        return new Result(read[0], read[1], read[2], List.copyOf(rows));
    }
}
