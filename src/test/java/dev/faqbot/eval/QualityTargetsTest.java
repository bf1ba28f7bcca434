package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqbot.classify.LabelledText;
import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality line the shipped knowledge base and default settings must hold on messages written by people who
 * never saw the training examples: {@code ../shared/eval/community.tsv} and the project's hold-out set. In-scope
 * questions answered right (a direct, correct answer) at least 82%, answered wrong at most 1%, served (right, or
 * right among the choices) at least 95%; out-of-scope questions declined at least 92%; every emergency caught (the
 * emergency reply, or the emergency lines above the reply); no emergency reply to a question that is none. The
 * thresholds were chosen by cross-validation, not on these sets. A change that drops below fails the build; the
 * message lists every miss.
 */
class QualityTargetsTest {

    private static FaqBot bot;

    @BeforeAll
    static void theShippedBot() {
        bot = Brains.shippedBot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../shared/eval/community.tsv", "src/test/resources/eval/holdout.tsv"})
    void theShippedBot_meetsEveryQualityTarget_onUnseenMessages(String file) throws Exception {
        Path path = Kbs.PROJECT.resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> file + " is not beside this checkout");
        assertMeetsTheTargets(file, LabelledFile.read(path));
    }

    /**
     * The hold-out set was written after the first knowledge base (2026-11-21), and 34 of its 260 lines are word for
     * word among the training examples (the first examples written). The targets hold on the lines the model never
     * learnt too.
     */
    @Test
    void theShippedBot_meetsEveryQualityTarget_onTheHoldOutLinesThatAreNoTrainingExample() throws Exception {
        Set<String> learnt = Brain.examples(Kbs.shipped(), Kbs.NORMALISER).stream()
                .map(LabelledText::text).collect(Collectors.toSet());
        List<LabelledLine> all = LabelledFile.read(Kbs.PROJECT.resolve("src/test/resources/eval/holdout.tsv"));
        List<LabelledLine> unseen = all.stream()
                .filter(line -> !learnt.contains(Kbs.NORMALISER.normalise(line.text()))).toList();
        assertTrue(unseen.size() < all.size() && unseen.size() >= 200,
                () -> unseen.size() + " of " + all.size() + " hold-out lines are no training example");
        assertMeetsTheTargets("holdout.tsv, lines that are no training example", unseen);
    }

    private static void assertMeetsTheTargets(String name, List<LabelledLine> lines) {
        Evaluator.Run run = new Evaluator(bot::decide).run(lines);
        Scorecard s = run.score();
        String misses = name + ":\n" + String.join("\n", run.misses());
        double right = (double) s.answeredRight() / s.inScope();

        assertAll(
                () -> assertTrue(right >= 0.82, () -> "answered right " + right + " < 82% in " + misses),
                () -> assertTrue(s.wrongRate() <= 0.01, () -> "answered wrong " + s.wrongRate() + " > 1% in " + misses),
                () -> assertTrue(s.servedRate() >= 0.95, () -> "served " + s.servedRate() + " < 95% in " + misses),
                () -> assertTrue(s.rejectedRate() >= 0.92,
                        () -> "out-of-scope rejected " + s.rejectedRate() + " < 92% in " + misses),
                () -> assertEquals(1.0, s.crisisRecall(), () -> "an emergency was missed in " + misses),
                () -> assertEquals(0, s.falseAlarms(), () -> "false alarms in " + misses));
    }

    /** The older development set, tuned on in the past: a looser line, so a regression still shows. */
    @ParameterizedTest
    @ValueSource(strings = {"../shared/eval/dev.tsv"})
    void theShippedBot_holdsTheOldLine_onTheDevelopmentSet(String file) throws Exception {
        Path path = Kbs.PROJECT.resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> file + " is not beside this checkout");
        Evaluator.Run run = new Evaluator(bot::decide).run(LabelledFile.read(path));
        Scorecard s = run.score();
        String misses = file + ":\n" + String.join("\n", run.misses());

        assertAll(
                () -> assertTrue(s.servedRate() >= 0.95, () -> "served " + s.servedRate() + " < 95% in " + misses),
                () -> assertTrue(s.wrongRate() <= 0.02, () -> "answered wrong " + s.wrongRate() + " > 2% in " + misses),
                () -> assertTrue(s.rejectedRate() >= 0.90,
                        () -> "out-of-scope rejected " + s.rejectedRate() + " < 90% in " + misses),
                () -> assertEquals(1.0, s.crisisRecall(), () -> "an emergency was missed in " + misses),
                () -> assertEquals(0, s.falseAlarms(), () -> "false alarms in " + misses));
    }

    /**
     * Long letters with an emergency or a suicide plan told in passing before an ordinary question, and letters that
     * only sound final (a retirement, a will, a move), written blind (2026-12-03); {@code crisis_mixed3.tsv} mixes them
     * with short messages. Before the detector learned such letters it caught 22, 18 and 34 of their crises. The first
     * set was then looked at to find false alarms, the others only measured (docs/MEASUREMENTS.md: what was fixed
     * after). {@code forum_letters.tsv} (forum posts and letters to a column), {@code chat_voices.tsv} (chat in many
     * voices) and {@code mixed_c.tsv} (both) were written blind later the same day: the first two were looked at (they
     * caught 18 of 22 and 24 of 25 before new patterns), the third measured before and after one pattern. Later that
     * day three more were written blind: {@code real_posts.tsv} (forum posts, letters to a column, Q&A sites, formal
     * and Indian English), {@code crisis_fresh.tsv} (60 crises, 60 near misses) and {@code everyday_chat.tsv} (300
     * ordinary messages of a support channel, no crisis). The detector took 36 of those 300 for an emergency; it then
     * learned everyday chat, words of finality and treatment decisions as near misses, and care stopped in secret as
     * self-harm (everyday_chat: 6). Against the lines measured earlier that day, forum_letters and mixed_c lost a
     * letter each (warning signs told in passing, read before only in the band that puts the emergency lines above the
     * reply) and crisis_letters2 has one more false alarm (4: letters that sound final); new patterns and examples,
     * from the misses of crisis_letters, crisis_mixed3 and mixed_c (so these were looked at), brought crisis_letters to
     * 50 of 50 and crisis_mixed3 to 54 of 55. {@code support_chat.tsv} (170 ordinary messages, 30 crises) was written
     * blind after the everyday chat was learned and only measured since: 30 of 30, 7 false alarms (16 with the detector
     * of the day before). Two more were written blind at the end of the day and then looked at: {@code
     * press_letters.tsv} (160 letters to columns and forum posts, 13 crises; 13 of 13, 2 false alarms, both letters
     * about spending savings on a clinic) and {@code plain_safety.tsv} (60 crises in plain words, ten in other
     * languages, and 90 near misses; 56 of 60, 5 false alarms). Their misses led to patterns in the other languages and
     * to near misses about money, breathing questions, venting and emergencies that are over (written by a helper who
     * did not see the sets): 13 of 13 with 1 false alarm, 60 of 60 with 4; crisis_letters2 went from 4 false alarms to
     * 2 (and, with "he fainted" as a pattern, from 45 crises to 46), real_posts from 1 to 0, everyday_chat from 6 to 5,
     * forum_letters from 21 to 22 crises and crisis_mixed3 from 54 to 53. The lines are what was measured, so a change
     * that loses ground fails.
     */
    @ParameterizedTest
    @CsvSource({"src/test/resources/eval/letters.tsv, 1.0, 0", "src/test/resources/eval/crisis_letters.tsv, 1.0, 0",
            "src/test/resources/eval/crisis_letters2.tsv, 0.92, 2",
            "src/test/resources/eval/crisis_mixed3.tsv, 0.96, 0", "src/test/resources/eval/forum_letters.tsv, 1.0, 0",
            "src/test/resources/eval/chat_voices.tsv, 1.0, 1", "src/test/resources/eval/mixed_c.tsv, 0.9, 0",
            "src/test/resources/eval/real_posts.tsv, 1.0, 0", "src/test/resources/eval/crisis_fresh.tsv, 1.0, 2",
            "src/test/resources/eval/everyday_chat.tsv, 1.0, 5", "src/test/resources/eval/support_chat.tsv, 1.0, 7",
            "src/test/resources/eval/press_letters.tsv, 1.0, 1", "src/test/resources/eval/plain_safety.tsv, 1.0, 4"})
    void theShippedBot_findsTheDangerInsideLongLetters_withoutAlarmingOrdinaryOnes(String file, double recall,
                                                                                 int falseAlarms) throws Exception {
        Evaluator.Run run = new Evaluator(bot::decide).run(LabelledFile.read(Kbs.PROJECT.resolve(file)));
        Scorecard s = run.score();
        String misses = file + ":\n" + String.join("\n", run.misses());

        assertAll(
                () -> assertTrue(s.crisisRecall() >= recall, () -> "crisis recall " + s.crisisRecall() + " < " + recall
                        + " in " + misses),
                () -> assertTrue(s.falseAlarms() <= falseAlarms, () -> s.falseAlarms() + " false alarms > "
                        + falseAlarms + " in " + misses));
    }
}
