package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.Decision;
import dev.faqbot.kb.Problem;
import dev.faqbot.safety.SafetyCheck;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusedIntentsTest {

    @TempDir
    Path root;

    private final List<LabelledLine> lines = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    private void held(String label, String top, int times) {
        for (int i = 0; i < times; i++) {
            lines.add(new LabelledLine(Set.of(label), label + " example " + i, 0));
            Ranking ranking = new Ranking(List.of(new Scored(top, 0.6), new Scored("other", 0.1)));
            decisions.add(new Decision.Clarify(List.of(top), ranking));
        }
    }

    private Evaluator.Run run() {
        return new Evaluator.Run(lines, new Scorecard(), decisions, List.of(), new long[lines.size()]);
    }

    @Test
    void of_keepsPairsAboveBothLimits_worstFirst() {
        held("cost", "cost", 16);
        held("cost", "risks", 4);      // 4 of 20: kept
        held("risks", "risks", 27);
        held("risks", "cost", 3);      // 3 of 30: kept
        held("msc_basics", "msc_basics", 38);
        held("msc_basics", "greeting", 2); // 2 of 40: too few
        lines.add(new LabelledLine(Set.of("risks"), "help", 0));
        decisions.add(new Decision.Emergency(SafetyCheck.Danger.MEDICAL_EMERGENCY)); // no ranking: not counted

        List<ConfusedIntents.Pair> pairs = ConfusedIntents.of(run(), 3, 0.10);

        assertEquals(List.of(new ConfusedIntents.Pair("cost", "risks", 4, 20), new ConfusedIntents.Pair("risks", "cost", 3, 30)),
                pairs);
    }

    @Test
    void warnings_standOnTheExamplesLineOfTheIntentFile() {
        MiniKb.write(root, "A");
        MiniKb.file(root, "intents/greeting.yml", "# hello\nid: greeting\nexamples: [hi]\n");

        List<Problem> warnings = ConfusedIntents.warnings(List.of(new ConfusedIntents.Pair("greeting", "out_of_scope", 3, 12),
                new ConfusedIntents.Pair("msc_basics", "greeting", 5, 20)), root, 5);

        assertEquals(List.of("intents/greeting.yml:3: warning: examples: 3 of 12 examples (25%) were taken for 'out_of_scope'"
                        + " in 5-fold cross-validation; make these examples name their topic, and check out_of_scope has"
                        + " none that belong here",
                "intents/msc_basics.yml:2: warning: examples: 5 of 20 examples (25%) were taken for 'greeting' in 5-fold"
                        + " cross-validation; make the examples of the two intents more distinct, or merge them"),
                warnings.stream().map(Problem::toString).toList());
    }
}
