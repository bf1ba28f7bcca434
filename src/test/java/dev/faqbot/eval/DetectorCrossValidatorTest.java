package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faqbot.classify.LabelledText;
import dev.faqbot.classify.Query;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.safety.CrisisDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detector's cross-validation, with detectors that read fixed words or what they were trained on. */
class DetectorCrossValidatorTest {

    private static final List<LabelledText> EXAMPLES = List.of(
            new LabelledText(CrisisDetector.EMERGENCY, "he is gasping"),
            new LabelledText(CrisisDetector.EMERGENCY, "she is gasping for air"),
            new LabelledText(CrisisDetector.SELF_HARM, "i saved my pills, goodbye"),
            new LabelledText(CrisisDetector.SELF_HARM, "tonight i end it, goodbye"),
            new LabelledText(CrisisDetector.NONE, "he was gasping last year, it passed"),
            new LabelledText(CrisisDetector.NONE, "a goodbye party for my retirement"),
            new LabelledText(CrisisDetector.NONE, "what are mscs"),
            new LabelledText(CrisisDetector.NONE, "are stem cells approved"),
            new LabelledText(CrisisDetector.NONE, "how do i find a trial"),
            new LabelledText(CrisisDetector.NONE, "what does it cost"));
    private static final BrainTrainer.DetectorExamples LABELLED = new BrainTrainer.DetectorExamples(EXAMPLES,
            Set.of("he was gasping last year, it passed", "a goodbye party for my retirement"));

    /** A detector whose crisis probability is fixed by words, whatever it was trained on. */
    private static CrisisDetector byWords(List<LabelledText> ignored) {
        return new CrisisDetector(query -> {
            String t = query.text();
            double crisis = t.contains("gasping") ? 0.9 : t.contains("goodbye") ? 0.3 : 0.0;
            return new Ranking(List.of(new Scored(CrisisDetector.EMERGENCY, crisis),
                    new Scored(CrisisDetector.NONE, 1 - crisis)));
        }, 0.5, 0.2);
    }

    @Test
    void eachKind_isCountedAtEveryThreshold() {
        BrainTrainer.DetectorFolds folds = new BrainTrainer.DetectorFolds(LABELLED,
                DetectorCrossValidatorTest::byWords, Query::textOnly);

        DetectorCrossValidator.Result result = new DetectorCrossValidator(folds).run(2, List.of(0.2, 0.5));

        assertEquals(new DetectorCrossValidator.Result(4, 2, 4, List.of(
                new DetectorCrossValidator.Row(0.2, 4, 2, 0),
                new DetectorCrossValidator.Row(0.5, 2, 1, 0))), result);
    }

    @Test
    void everyExample_isReadOnce_byADetectorThatNeverSawIt() {
        List<Set<String>> trainedOn = new ArrayList<>();
        // alarms on every text it was not trained on: a fold that leaked would leave an example unflagged
        BrainTrainer.DetectorFolds folds = new BrainTrainer.DetectorFolds(LABELLED, part -> {
            Set<String> seen = new HashSet<>();
            part.forEach(e -> seen.add(e.text()));
            trainedOn.add(seen);
            return new CrisisDetector(query -> new Ranking(List.of(
                    new Scored(CrisisDetector.EMERGENCY, seen.contains(query.text()) ? 0.0 : 1.0),
                    new Scored(CrisisDetector.NONE, seen.contains(query.text()) ? 1.0 : 0.0))), 0.5, 0.2);
        }, Query::textOnly);

        DetectorCrossValidator.Result result = new DetectorCrossValidator(folds).run(5, List.of(0.5));

        assertEquals(new DetectorCrossValidator.Row(0.5, 4, 2, 4), result.rows().get(0));
        assertEquals(5, trainedOn.size());
        trainedOn.forEach(seen -> assertEquals(8, seen.size(), "each detector learns from four folds of five"));
        assertThrows(IllegalArgumentException.class, () -> new DetectorCrossValidator(folds).run(1, List.of(0.5)));
    }
}
