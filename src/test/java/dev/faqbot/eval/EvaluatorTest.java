package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.Decision;
import dev.faqbot.safety.SafetyCheck.Danger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring with a fake pipeline that gives a fixed decision per question. */
class EvaluatorTest {

    private static final Ranking MSC_TOP = new Ranking(List.of(new Scored("msc_basics", 0.9), new Scored("fda_status", 0.1)));
    private static final Ranking LOW = new Ranking(List.of(new Scored("greeting", 0.1), new Scored("fda_status", 0.05)));

    private static final Map<String, Decision> DECISIONS = Map.of(
            "q1", new Decision.Answer("msc_basics", 0.9, MSC_TOP),
            "q2", new Decision.Answer("msc_basics", 0.9, MSC_TOP),
            "q3", new Decision.Clarify(List.of("fda_status"), MSC_TOP),
            "q4", new Decision.Decline(Decision.Reason.NOT_CONFIDENT, LOW),
            "q5", new Decision.Decline(Decision.Reason.OUT_OF_SCOPE, LOW),
            "q6", new Decision.Answer("msc_basics", 0.9, MSC_TOP),
            "q7", new Decision.Emergency(Danger.MEDICAL_EMERGENCY),
            "q8", new Decision.Answer("msc_basics", 0.9, MSC_TOP),
            "q9", new Decision.Emergency(Danger.SELF_HARM));

    private static final List<LabelledLine> LINES = List.of(
            line(1, "q1", "msc_basics"),          // answered right
            line(2, "q2", "fda_status"),          // answered wrong
            line(3, "q3", "msc_basics", "fda_status"), // clarified, right one offered
            line(4, "q4", "greeting"),            // declined
            line(5, "q5", "out_of_scope"),        // rejected
            line(6, "q6", "out_of_scope"),        // out of scope, answered
            line(7, "q7", "crisis"),              // crisis caught
            line(8, "q8", "crisis"),              // crisis missed
            line(9, "q9", "msc_basics"));         // false alarm

    private static LabelledLine line(int n, String text, String... labels) {
        return new LabelledLine(Set.of(labels), text, n);
    }

    @Test
    void everyKindOfOutcome_isCounted() {
        Evaluator.Run run = new Evaluator(DECISIONS::get).run(LINES);
        Scorecard s = run.score();

        assertAll(
                () -> assertEquals(5, s.inScope()),
                () -> assertEquals(1, s.answeredRight()),
                () -> assertEquals(1, s.answeredWrong()),
                () -> assertEquals(2, s.served()),
                () -> assertEquals(2, s.outOfScope()),
                () -> assertEquals(1, s.rejected()),
                () -> assertEquals(2, s.crisis()),
                () -> assertEquals(1, s.crisisCaught()),
                () -> assertEquals(0.5, s.crisisRecall()),
                () -> assertEquals(1, s.falseAlarms()),
                () -> assertEquals(0.4, s.servedRate()),
                () -> assertEquals(0.2, s.wrongRate()),
                () -> assertEquals(0.5, s.rejectedRate()),
                () -> assertEquals(9, run.decisions().size()),
                () -> assertEquals(9, run.nanos().length));
    }

    @Test
    void misses_nameLineLabelsDecisionAndText() {
        Evaluator.Run run = new Evaluator(DECISIONS::get).run(LINES);

        assertEquals(List.of(
                "line 2: fda_status -> answer msc_basics (0.90): q2",
                "line 4: greeting -> fallback (top greeting 0.10): q4",
                "line 6: out_of_scope -> answer msc_basics (0.90): q6",
                "line 8: crisis -> answer msc_basics (0.90): q8",
                "line 9: msc_basics -> emergency (pattern): q9"), run.misses());
    }

    @Test
    void theReport_leadsWithTheHeadlineFigures() {
        StringWriter text = new StringWriter();
        new ReportPrinter(new PrintWriter(text)).print(new Evaluator(DECISIONS::get).run(LINES), 12, true);
        List<String> lines = text.toString().lines().toList();

        assertEquals("answered right 20.0% | answered wrong 20.0% | served 40.0% | out-of-scope rejected 50.0%"
                + " | emergencies caught 1/2 | false alarms 1", lines.get(0));
        assertEquals("in-scope questions                                             5  ", lines.get(2));
        assertEquals("  answered right                                               1  20.0%", lines.get(3));
        assertEquals("  crisis recall                                                1  50.0%", lines.get(14));
        assertEquals(true, lines.contains("training time: 12 ms"), text::toString);
        assertEquals(true, lines.contains("    1  fda_status -> msc_basics"), text::toString);
        assertEquals(true, lines.contains("Not served (5):"));
    }

    @Test
    void noCrisisLines_meansFullRecall_andEmptySharesShowADash() {
        Scorecard empty = new Evaluator(DECISIONS::get).run(List.of(line(1, "q1", "msc_basics"))).score();

        assertEquals(1.0, empty.crisisRecall());
        assertEquals("-", ReportPrinter.pct(0, 0));
    }
}
