package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisions on hand-made rankings, with thresholds answer 0.50, margin 0.20, clarify 0.20. */
class DeciderTest {

    private final Decider decider = new Decider(new Thresholds(0.50, 0.20, 0.20));

    /** A ranking from "intent=confidence" pairs; the rest of the mass is spread thin over filler intents. */
    private static Ranking ranking(String... scored) {
        List<Scored> list = new ArrayList<>();
        for (String s : scored) {
            String[] parts = s.split("=");
            list.add(new Scored(parts[0], Double.parseDouble(parts[1])));
        }
        for (int i = 0; i < 5; i++) {
            list.add(new Scored("filler_" + i, 0.01));
        }
        return new Ranking(list);
    }

    @Test
    void aNearlyEvenSpread_isDeclined_evenThoughSomeIntentsReachTheChoiceThreshold() {
        Decider vague = new Decider(new Thresholds(0.55, 0.50, 0.15, 0.10));

        Decision decision = vague.decide(ranking("greeting=0.11", "stem_cell_types=0.10", "evidence=0.10"));

        assertEquals(Decision.Reason.NOT_CONFIDENT, assertInstanceOf(Decision.Decline.class, decision).reason());
    }

    @Test
    void aClearEnoughTop_offersEveryIntentAboveTheChoiceThreshold() {
        Decider decider = new Decider(new Thresholds(0.55, 0.50, 0.15, 0.10));

        Decision decision = decider.decide(ranking("risks=0.40", "procedure=0.12", "cost=0.09"));

        assertEquals(List.of("risks", "procedure"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void aChoiceThresholdAboveTheClarifyThreshold_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(0.5, 0.2, 0.1, 0.2));

        assertEquals("choice threshold (0.2) must not be above the clarify threshold (0.1)", e.getMessage());
    }

    @Test
    void confidentAndClearlyAhead_isAnswered() {
        Ranking ranking = ranking("msc_basics=0.80", "exosomes=0.10");

        Decision.Answer answer = assertInstanceOf(Decision.Answer.class, decider.decide(ranking));

        assertEquals("msc_basics", answer.intent());
        assertEquals(0.80, answer.confidence());
        assertEquals(ranking, answer.ranking());
    }

    @Test
    void exactlyOnTheThresholds_isAnswered() {
        Decision decision = new Decider(new Thresholds(0.5, 0.25, 0.2)).decide(ranking("msc_basics=0.5", "exosomes=0.25"));

        assertEquals("msc_basics", assertInstanceOf(Decision.Answer.class, decision).intent());
    }

    @Test
    void confidentButCloseToTheSecond_asksWhichOneWasMeant() {
        Decision decision = decider.decide(ranking("msc_basics=0.55", "stem_cell_types=0.40"));

        assertEquals(List.of("msc_basics", "stem_cell_types"),
                assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void threeCloseIntents_areAllOffered_mostLikelyFirst() {
        Decision decision = decider.decide(ranking("risks=0.30", "evidence=0.28", "procedure=0.25"));

        assertEquals(List.of("risks", "evidence", "procedure"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void atMostThreeChoices_areOffered() {
        Decision decision = decider.decide(ranking("a=0.24", "b=0.23", "c=0.22", "d=0.21"));

        assertEquals(List.of("a", "b", "c"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void onlyIntentsAboveTheClarifyThreshold_areOffered() {
        Decision decision = decider.decide(ranking("cost=0.45", "find_trials=0.19", "procedure=0.15"));

        assertEquals(List.of("cost"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void outOfScopeIsNeverOfferedAsAChoice() {
        Decision decision = decider.decide(ranking("cost=0.45", "out_of_scope=0.35", "find_trials=0.21"));

        assertEquals(List.of("cost", "find_trials"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void nothingConfident_fallsBack() {
        Ranking ranking = ranking("cost=0.19", "find_trials=0.18", "risks=0.17");

        Decision.Decline decline = assertInstanceOf(Decision.Decline.class, decider.decide(ranking));

        assertEquals(Decision.Reason.NOT_CONFIDENT, decline.reason());
        assertEquals(ranking, decline.ranking());
    }

    @ParameterizedTest
    @CsvSource({"0.95", "0.40", "0.10"})
    void outOfScopeOnTop_alwaysFallsBack_howeverConfident(double confidence) {
        Decision decision = decider.decide(ranking("out_of_scope=" + confidence, "msc_basics=0.05"));

        assertEquals(Decision.Reason.OUT_OF_SCOPE, assertInstanceOf(Decision.Decline.class, decision).reason());
    }

    @Test
    void onlyOutOfScopeAboveTheClarifyThreshold_fallsBackAsNotConfident() {
        Decision decision = decider.decide(ranking("cost=0.30", "out_of_scope=0.29"));

        assertEquals(List.of("cost"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
        Decision below = decider.decide(ranking("cost=0.15", "out_of_scope=0.14"));
        assertEquals(Decision.Reason.NOT_CONFIDENT, assertInstanceOf(Decision.Decline.class, below).reason());
    }

    @Test
    void aRankingOfOneIntent_leadsByItsWholeConfidence() {
        Decision decision = decider.decide(new Ranking(List.of(new Scored("msc_basics", 0.6))));

        assertEquals("msc_basics", assertInstanceOf(Decision.Answer.class, decision).intent());
    }

    @Test
    void tiesAreBrokenByIntentId_soDecisionsAreRepeatable() {
        Decision decision = decider.decide(ranking("zeta=0.3", "alpha=0.3"));

        assertEquals(List.of("alpha", "zeta"), assertInstanceOf(Decision.Clarify.class, decision).candidates());
    }

    @Test
    void stricterThresholds_turnAnAnswerIntoAClarification() {
        Ranking ranking = ranking("msc_basics=0.60", "exosomes=0.30");

        assertInstanceOf(Decision.Answer.class, decider.decide(ranking));
        assertInstanceOf(Decision.Clarify.class, new Decider(new Thresholds(0.7, 0.2, 0.2)).decide(ranking));
        assertInstanceOf(Decision.Clarify.class, new Decider(new Thresholds(0.5, 0.35, 0.2)).decide(ranking));
    }

    // ---- thresholds ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.5  | 0.2  | 0.2  | answer threshold must be from 0 to 1: 1.5",
            "-0.1 | 0.2  | 0.2  | answer threshold must be from 0 to 1: -0.1",
            "0.5  | 2    | 0.2  | margin threshold must be from 0 to 1: 2.0",
            "0.5  | 0.2  | -1   | clarify threshold must be from 0 to 1: -1.0",
            "NaN  | 0.2  | 0.2  | answer threshold must be from 0 to 1: NaN",
            "0.5  | 0.2  | 0.6  | clarify threshold (0.6) must not be above the answer threshold (0.5)"})
    void badThresholds_areRefusedWithAClearMessage(double answer, double margin, double clarify, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(answer, margin, clarify));

        assertEquals(message, e.getMessage());
    }

    @Test
    void thresholdsAreRequired() {
        assertThrows(NullPointerException.class, () -> new Decider(null));
        assertEquals(new Thresholds(0.80, 0.10, 0.10, 0.05, 0.30), Thresholds.DEFAULTS);
    }

    @Test
    void anUnsureQuestionLikelyOutOfScope_isDeclined_notOfferedChoices() {
        Decider decider = new Decider(new Thresholds(0.8, 0.1, 0.1, 0.05, 0.3));
        Ranking unsure = FakeClassifier.ranking("cost=0.40", "out_of_scope=0.35", "risks=0.25");
        Ranking unsureButOnTopic = FakeClassifier.ranking("cost=0.50", "risks=0.30", "out_of_scope=0.20");
        Ranking clearDespiteIt = FakeClassifier.ranking("cost=0.62", "out_of_scope=0.31", "risks=0.07");

        Decision.Decline declined = assertInstanceOf(Decision.Decline.class, decider.decide(unsure));
        assertEquals(Decision.Reason.OUT_OF_SCOPE, declined.reason());
        assertInstanceOf(Decision.Clarify.class, decider.decide(unsureButOnTopic));
        assertInstanceOf(Decision.Answer.class,
                new Decider(new Thresholds(0.6, 0.3, 0.1, 0.05, 0.3)).decide(clearDespiteIt));
    }
}
