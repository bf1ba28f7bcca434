package dev.faqbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import dev.faqbot.core.Decision;
import dev.faqbot.core.FaqBot;
import dev.faqbot.testing.Brains;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typical questions reach the three intents added in 2026-12 (after a clinic treatment, expanded access and Right
 * to Try, trial eligibility) with the shipped bot and the default settings, and their neighbours keep theirs.
 * Written for this test: none is a training example or a line of a measuring set.
 */
class NewIntentsTest {

    private static FaqBot bot;

    @BeforeAll
    static void shippedBot() {
        bot = Brains.shippedBot();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "after_treatment | we already paid for stem cells in mexico and he had them last month, what should we do now?",
            "after_treatment | my mum came back from a clinic abroad after MSC injections, what records should we keep for her neurologist?",
            "after_treatment | how do I report a stem cell clinic that treated my husband and get our money back?",
            "expanded_access | what is Right to Try and could my dad use it for ALS?",
            "expanded_access | can we get an experimental ALS drug through expanded access if he is not in a trial?",
            "expanded_access | what is compassionate use and how does a neurologist apply for it?",
            "trial_eligibility | does using BiPAP at night rule him out of stem cell trials?",
            "trial_eligibility | can she still join a trial if she already has a feeding tube?",
            "trial_eligibility | is there an age limit for ALS clinical trials? he is 76",
            "find_trials | where can I search for ALS stem cell trials near me?",
            "risks | what are the risks of stem cell injections into the spine?"})
    void typicalQuestions_reachTheirIntent_answeredOrOfferedFirst(String intent, String question) {
        Decision decision = bot.decide(question);
        String reached;
        if (decision instanceof Decision.Answer answer) {
            reached = answer.intent();
        } else if (decision instanceof Decision.Clarify clarify) {
            // at 0.75 ("what is Right to Try ...?") the bot asks "did you mean", its first choice the right one
            reached = clarify.candidates().get(0);
        } else {
            reached = fail(question + ": " + decision);
        }
        assertEquals(intent, reached, question);
    }

    @Test
    void mostTypicalQuestions_areAnsweredOutright() {
        assertInstanceOf(Decision.Answer.class, bot.decide("does using BiPAP at night rule him out of stem cell trials?"));
        assertInstanceOf(Decision.Answer.class, bot.decide("we already paid for stem cells in mexico and he had them last month, what should we do now?"));
        assertInstanceOf(Decision.Answer.class, bot.decide("can we get an experimental ALS drug through expanded access if he is not in a trial?"));
    }
}
