package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality line the shipped knowledge base and default settings must hold, on the project's labelled
 * development set and on an independent hold-out set written without sight of the training examples:
 * in-scope served >= 95%, wrong answers <= 2% of in-scope, out-of-scope rejected >= 90%, every crisis caught,
 * no false alarms. A change that drops below fails the build; the message lists every miss.
 */
class QualityTargetsTest {

    private static FaqBot bot;

    @BeforeAll
    static void trainTheShippedBot() {
        Settings settings = SettingsLoader.defaults();
        bot = new FaqBot(Brains.shipped(), Kbs.NORMALISER,
                new Decider(settings.thresholds()), new AnswerCache(0, Duration.ofMinutes(1)), settings.region(),
                Kbs.SHIPPED_TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../shared/eval/dev.tsv", "src/test/resources/eval/holdout.tsv"})
    void theShippedBot_meetsEveryQualityTarget(String file) throws Exception {
        Path path = Kbs.PROJECT.resolve(file);
        assumeTrue(Files.isRegularFile(path), () -> file + " is not beside this checkout");
        Evaluator.Run run = new Evaluator(bot::decide).run(LabelledFile.read(path));
        Scorecard s = run.score();
        String misses = file + ":\n" + String.join("\n", run.misses());

        assertTrue(s.servedRate() >= 0.95, () -> "served " + s.servedRate() + " < 95% in " + misses);
        assertTrue(s.wrongRate() <= 0.02, () -> "answered wrong " + s.wrongRate() + " > 2% in " + misses);
        assertTrue(s.rejectedRate() >= 0.90, () -> "out-of-scope rejected " + s.rejectedRate() + " < 90% in " + misses);
        assertEquals(1.0, s.crisisRecall(), () -> "crisis recall below 100% in " + misses);
        assertEquals(0, s.falseAlarms(), () -> "false alarms in " + misses);
    }
}
