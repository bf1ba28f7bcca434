package dev.faqbot.discord.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.Outcome;
import dev.faqbot.discord.render.Fixtures;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AskedQuestionsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AskedQuestions questions =
            AskedQuestions.keeping(q -> q.toUpperCase(Locale.ROOT).replace("@SOMEONE", "").strip(), nanos::get);

    @Test
    void anAnsweredQuestionIsHeldRedactedUnderARandomKey() {
        String first = questions.remember(answered("@someone what are mscs")).orElseThrow();
        String second = questions.remember(answered("@someone what are mscs")).orElseThrow();

        assertEquals("WHAT ARE MSCS", questions.question(first));
        assertNotEquals(first, second);
        assertTrue(first.matches("[0-9a-z]{1,13}"), first);
    }

    @Test
    void onlyAnswersAreHeld_andNothingEmpty() {
        assertTrue(questions.remember(Fixtures.clarify()).isEmpty());
        assertTrue(questions.remember(Fixtures.noMatch()).isEmpty());
        assertTrue(questions.remember(Fixtures.emergency()).isEmpty());
        assertTrue(questions.remember(answered("@someone")).isEmpty());
    }

    @Test
    void aQuestionIsGoneAfterAnHour() {
        String key = questions.remember(answered("what are mscs")).orElseThrow();

        nanos.addAndGet(TimeUnit.MINUTES.toNanos(61));

        assertEquals("", questions.question(key));
    }

    @Test
    void withTheLearningLoopOffNothingIsHeld() {
        AskedQuestions off = AskedQuestions.off();

        assertTrue(off.remember(answered("what are mscs")).isEmpty());
        assertEquals("", off.question("anything"));
        assertEquals("", questions.question(""));
    }

    private static Outcome.Answered answered(String question) {
        Outcome.Answered a = Fixtures.answered();
        return new Outcome.Answered(question, a.response(), a.confidence(), a.disclaimer(), a.related());
    }
}
