package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Region;
import dev.faqbot.kb.Response;
import dev.faqbot.safety.CrisisDetector;
import dev.faqbot.safety.SafetyCheck;
import dev.faqbot.safety.SafetyCheck.Danger;
import dev.faqbot.testing.GatedEncoder;
import dev.faqbot.testing.Kbs;
import dev.faqbot.text.Normaliser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipeline with a hand-written fake classifier: safety first, then the cache, then the decision. */
class FaqBotTest {

    private static final Normaliser NORMALISER = new Normaliser(500);

    private final KnowledgeBase good = Kbs.good();
    private final AnswerCache cache = new AnswerCache(100, Duration.ofHours(1));

    private FaqBot bot(KnowledgeBase kb, FakeClassifier classifier) {
        return new FaqBot(brain(kb, classifier), NORMALISER, new Decider(Thresholds.DEFAULTS), cache, Region.OTHER,
                Kbs.TODAY);
    }

    private static Brain brain(KnowledgeBase kb, FakeClassifier classifier) {
        return new Brain(kb, classifier, new SafetyCheck(kb.crisis()));
    }

    // ---- answers ----

    /** The fixture's medical answers are due for review on 2031-05-01; review_overdue_error_days is 30. */
    private static final Instant DUE = Instant.parse("2031-05-01T12:00:00Z");

    private FaqBot botAt(Clock clock, FakeClassifier classifier) {
        return new FaqBot(brain(good, classifier), NORMALISER, new Decider(Thresholds.DEFAULTS), cache, Region.OTHER,
                clock);
    }

    private static Clock daysAfterDue(int days) {
        return Clock.fixed(DUE.plus(Duration.ofDays(days)), ZoneOffset.UTC);
    }

    @Test
    void anAnswerMoreThan30DaysPastItsReview_isWithdrawn_showingItsSourcesAndTheDangerLine() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);

        Outcome onTime = botAt(daysAfterDue(30), classifier).ask("What are MSCs?");
        Outcome late = botAt(daysAfterDue(31), classifier).ask("What are MSCs?");

        assertInstanceOf(Outcome.Answered.class, onTime);
        Outcome.Withdrawn withdrawn = assertInstanceOf(Outcome.Withdrawn.class, late);
        assertAll(
                () -> assertEquals("msc_basics", withdrawn.response().id()),
                () -> assertEquals(2, withdrawn.response().sources().size()),
                () -> assertEquals(31, withdrawn.daysOverdue()),
                () -> assertEquals(0.9, withdrawn.confidence()),
                () -> assertEquals(List.of("fda_status"), withdrawn.related().stream().map(Response::id).toList()),
                () -> assertEquals(good.crisis().dangerLine(Region.OTHER), withdrawn.dangerLine()));
    }

    @Test
    void theSameBot_withdrawsAnAnswerOnTheDay_withoutAReload_evenFromTheCache() {
        MovingClock clock = new MovingClock(DUE.plus(Duration.ofDays(30)));
        FaqBot bot = botAt(clock, FakeClassifier.always("msc_basics", 0.9));

        assertInstanceOf(Outcome.Answered.class, bot.ask("What are MSCs?"));
        clock.now = clock.now.plus(Duration.ofDays(1));

        assertInstanceOf(Outcome.Withdrawn.class, bot.ask("What are MSCs?"));
        assertEquals(1, cache.stats().hitCount(), "the decision came from the cache; the withdrawal did not");
    }

    @Test
    void aChosenTopic_andAnUnsureAnswer_areWithdrawnToo() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = botAt(daysAfterDue(31), classifier);

        assertInstanceOf(Outcome.Withdrawn.class, bot.answerFor("fda_status", "fda_status").orElseThrow());
        assertInstanceOf(Outcome.Withdrawn.class, bot.explain("What are MSCs?").outcome());
    }

    @Test
    void emergencyReplies_andConversationalAnswers_areNeverWithdrawn() {
        Clock tenYearsLate = daysAfterDue(3_650);

        Outcome emergency = botAt(tenYearsLate, FakeClassifier.always("msc_basics", 0.9)).ask("I can't breathe");
        Outcome greeting = botAt(tenYearsLate, FakeClassifier.always("greeting", 0.9)).ask("hi");

        assertInstanceOf(Outcome.Emergency.class, emergency);
        assertInstanceOf(Outcome.Answered.class, greeting);
    }

    /** A clock a test moves by hand. */
    private static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void confidentQuestion_getsTheVettedAnswer_withDisclaimerAndRelated() {
        FaqBot bot = bot(good, FakeClassifier.always("msc_basics", 0.9));

        Outcome.Answered answered = assertInstanceOf(Outcome.Answered.class, bot.ask("What are MSCs?"));

        assertAll(
                () -> assertEquals("What are MSCs?", answered.question()),
                () -> assertEquals("msc_basics", answered.response().id()),
                () -> assertEquals(0.9, answered.confidence()),
                () -> assertEquals("This is not medical advice. Ask your own doctor.", answered.disclaimer()),
                () -> assertEquals(List.of("fda_status"), answered.related().stream().map(Response::id).toList()),
                () -> assertEquals(2, answered.response().sources().size()));
    }

    @Test
    void conversationalAnswer_hasNoDisclaimer() {
        Outcome.Answered answered = assertInstanceOf(Outcome.Answered.class,
                bot(good, FakeClassifier.always("greeting", 0.9)).ask("hi"));

        assertEquals("", answered.disclaimer());
    }

    @Test
    void closeCall_offersTheCandidatesAsResponses() {
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("msc_basics=0.45", "fda_status=0.40",
                "out_of_scope=0.15"));

        Outcome.Clarify clarify = assertInstanceOf(Outcome.Clarify.class, bot(good, classifier).ask("msc fda?"));

        assertEquals(List.of("msc_basics", "fda_status"), clarify.candidates().stream().map(Response::id).toList());
        assertEquals(0.45, clarify.confidence());
    }

    @Test
    void outOfScope_fallsBackWithTheMedicalTopics() {
        Outcome.NoMatch noMatch = assertInstanceOf(Outcome.NoMatch.class,
                bot(good, FakeClassifier.always("out_of_scope", 0.9)).ask("what's the weather"));

        assertEquals(Decision.Reason.OUT_OF_SCOPE, noMatch.reason());
        assertEquals(List.of("fda_status", "msc_basics"), noMatch.topics().stream().map(Response::id).sorted().toList());
    }

    @Test
    void anAnswerForAnIntentWithoutResponse_fallsBack_neverThrows() {
        Outcome outcome = bot(good, FakeClassifier.always("ghost_intent", 0.9)).ask("boo");

        assertEquals(Decision.Reason.NOT_CONFIDENT, assertInstanceOf(Outcome.NoMatch.class, outcome).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "** __ ||", "🙂🙂", "***", "```"})
    void nothingToGoOn_asksForAQuestion_withoutClassifyingOrCaching(String message) {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);

        Outcome.NoMatch noMatch = assertInstanceOf(Outcome.NoMatch.class, bot(good, classifier).ask(message));

        assertEquals(Decision.Reason.EMPTY, noMatch.reason());
        assertEquals(0, classifier.calls());
        assertEquals(0, cache.stats().requestCount());
    }

    @Test
    void hostileInput_neverThrows() {
        FaqBot bot = bot(good, FakeClassifier.always("msc_basics", 0.9));

        assertAll(
                () -> assertNotNull(assertDoesNotThrow(() -> bot.ask(null))),
                () -> assertNotNull(assertDoesNotThrow(() -> bot.ask("a".repeat(100_000)))),
                () -> assertNotNull(assertDoesNotThrow(() -> bot.ask("\u0000\uD800<@!1>||```"))),
                () -> assertNotNull(assertDoesNotThrow(() -> bot.decide(null))));
    }

    @Test
    void theSafetyCheckReadsTheWholeOfDiscordsLongestMessage_aForumPostsTitleIncluded() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        String danger = " I can't breathe";
        String message = "t".repeat(100) + "\n" + "x".repeat(4_000 - danger.length()) + danger;

        Outcome outcome = bot(good, classifier).ask(message);

        assertEquals(4_101, message.length());
        assertInstanceOf(Outcome.Emergency.class, outcome);
        assertEquals(0, classifier.calls(), "the emergency is found before the classifier is asked");
    }

    @Test
    void theClassifierReadsTheCappedNormalisedText_itsBeginningAndItsEnd() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = new FaqBot(brain(good, classifier), new Normaliser(20), new Decider(Thresholds.DEFAULTS), cache,
                Region.OTHER, Kbs.TODAY);

        bot.ask("What are **Mesenchymal** stem cells, really?");

        assertEquals(List.of("what are really?"), classifier.seen);
    }

    @Test
    void answerFor_givesTheChosenTopic() {
        FaqBot bot = bot(good, FakeClassifier.always("out_of_scope", 0.9));

        assertEquals("fda_status", bot.answerFor("fda_status", "2").map(o -> ((Outcome.Answered) o).response().id()).orElseThrow());
        assertTrue(bot.answerFor("out_of_scope", "3").isEmpty());
    }

    // ---- emergencies ----

    @Test
    void emergency_getsTheEmergencyReply_andIsNeverCachedOrClassified() {
        KnowledgeBase shipped = Kbs.shipped();
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = bot(shipped, classifier);

        for (int i = 0; i < 3; i++) {
            Outcome.Emergency emergency = assertInstanceOf(Outcome.Emergency.class, bot.ask("I can't breathe"));
            assertEquals(Danger.MEDICAL_EMERGENCY, emergency.danger());
            assertSame(shipped.crisis().emergencyReply(Region.OTHER), emergency.reply());
            assertTrue(emergency.reply().answer().contains("911") && emergency.reply().answer().contains("988"));
        }

        CacheStats stats = cache.stats();
        assertEquals(0, stats.requestCount(), stats::toString);
        assertEquals(0, cache.size());
        assertEquals(0, classifier.calls());
    }

    @Test
    void selfHarm_getsTheCrisisLineReply_andIsNeverCached() {
        KnowledgeBase shipped = Kbs.shipped();
        FaqBot bot = bot(shipped, FakeClassifier.always("msc_basics", 0.9));

        Outcome.Emergency emergency = assertInstanceOf(Outcome.Emergency.class, bot.ask("i want to end my life"));

        assertEquals(Danger.SELF_HARM, emergency.danger());
        assertSame(shipped.crisis().selfHarmReply(Region.OTHER), emergency.reply());
        assertTrue(emergency.reply().answer().contains("988") && emergency.reply().answer().contains("911"));
        assertEquals(0, cache.stats().requestCount());
    }

    @Test
    void inTheUk_theEmergencyRepliesShow999And116123First() {
        KnowledgeBase shipped = Kbs.shipped();
        FaqBot bot = new FaqBot(brain(shipped, FakeClassifier.always("msc_basics", 0.9)), NORMALISER,
                new Decider(Thresholds.DEFAULTS), cache, Region.UK, Kbs.SHIPPED_TODAY);

        String emergency = ((Outcome.Emergency) bot.ask("my dad can't breathe")).reply().answer();
        String selfHarm = ((Outcome.Emergency) bot.ask("i want to end my life")).reply().answer();

        assertAll(
                () -> assertTrue(emergency.indexOf("999") >= 0 && emergency.indexOf("999") < emergency.indexOf("116 123"),
                        emergency),
                () -> assertTrue(selfHarm.indexOf("116 123") >= 0 && selfHarm.indexOf("116 123") < selfHarm.indexOf("999"),
                        "the self-harm reply leads with the crisis line: " + selfHarm),
                () -> assertFalse(emergency.contains("911") || emergency.contains("988"), emergency),
                () -> assertFalse(selfHarm.contains("911") || selfHarm.contains("988"), selfHarm));
    }

    @Test
    void byDefault_theEmergencyRepliesListTheNumbersOfSeveralCountries() {
        FaqBot bot = bot(Kbs.shipped(), FakeClassifier.always("msc_basics", 0.9));

        for (String question : List.of("my dad can't breathe", "i want to end my life")) {
            String reply = ((Outcome.Emergency) bot.ask(question)).reply().answer();
            for (String number : List.of("911", "999", "112", "000", "988", "116 123", "findahelpline.com")) {
                assertTrue(reply.contains(number), () -> question + ": no " + number + " in\n" + reply);
            }
        }
    }

    @Test
    void anEmergencyAfterACachedQuestion_isStillAnEmergency() {
        // The same words once asked calmly must not serve a cached answer when the danger words come.
        FaqBot bot = bot(Kbs.shipped(), FakeClassifier.always("als_basics", 0.9));
        bot.ask("my husband has ALS");

        assertInstanceOf(Outcome.Emergency.class, bot.ask("my husband has ALS and he can't breathe"));
        assertEquals(1, cache.size());
    }

    // ---- the cache ----

    @Test
    void cache_countsHits() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = bot(good, classifier);

        bot.ask("what are MSCs?");
        bot.ask("what are MSCs?");
        bot.ask("what are MSCs?");

        assertEquals(2, cache.stats().hitCount());
        assertEquals(1, cache.stats().missCount());
        assertEquals(1, classifier.calls());
    }

    @Test
    void cache_isKeyedByNormalisedText() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = bot(good, classifier);

        List<String> sameQuestion = List.of("what are MSCs?", "  What   are\tmscs?  ", "WHAT ARE **MSCs**?",
                "> what are _MSCs_?", "ｗｈａｔ ａｒｅ ＭＳＣｓ?", "||what are MSCs?|| https://x.example");
        sameQuestion.forEach(bot::ask);

        assertEquals(1, cache.size());
        assertEquals(sameQuestion.size() - 1, cache.stats().hitCount());
        assertEquals(List.of("what are mscs?"), classifier.seen);
    }

    @Test
    void cache_keepsDifferentQuestionsApart() {
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("out_of_scope=0.9", "msc_basics=0.1"))
                .when("what are mscs?", "msc_basics=0.9", "fda_status=0.1")
                .when("is it fda approved?", "fda_status=0.9", "msc_basics=0.1");
        FaqBot bot = bot(good, classifier);

        Outcome first = bot.ask("what are MSCs?");
        Outcome second = bot.ask("is it FDA approved?");

        assertEquals("msc_basics", ((Outcome.Answered) first).response().id());
        assertEquals("fda_status", ((Outcome.Answered) second).response().id());
        assertEquals(2, cache.size());
    }

    @Test
    void cache_isEmptiedWhenTheKnowledgeBaseIsSwapped() {
        FaqBot bot = bot(good, FakeClassifier.always("msc_basics", 0.9));
        bot.ask("what are MSCs?");
        assertEquals(1, cache.size());

        FakeClassifier retrained = FakeClassifier.always("fda_status", 0.9);
        bot.swap(brain(good, retrained));

        assertEquals(0, cache.size());
        Outcome after = bot.ask("what are MSCs?");
        assertEquals("fda_status", ((Outcome.Answered) after).response().id(), "a stale cached answer was served");
        assertEquals(1, retrained.calls());
    }

    @Test
    void swap_putsTheNewKnowledgeBaseInPlace() {
        FaqBot bot = bot(good, FakeClassifier.always("msc_basics", 0.9));
        KnowledgeBase shipped = Kbs.shipped();

        bot.swap(brain(shipped, FakeClassifier.always("msc_basics", 0.9)));

        assertSame(shipped, bot.knowledgeBase());
        assertThrows(NullPointerException.class, () -> bot.swap(null));
    }

    @Test
    void decide_isNeverCached() {
        FakeClassifier classifier = FakeClassifier.always("msc_basics", 0.9);
        FaqBot bot = bot(good, classifier);

        bot.decide("what are MSCs?");
        bot.decide("what are MSCs?");

        assertEquals(0, cache.stats().requestCount());
        assertEquals(2, classifier.calls());
    }

    // ---- the detector's two levels, and two questions in one ----

    /** A detector that is sure of "gasping" and unsure of "so scared". */
    private static final IntentClassifier DETECTOR = query -> new Ranking(List.of(
            new Scored(CrisisDetector.EMERGENCY, query.text().contains("gasping") ? 0.9
                    : query.text().contains("so scared") ? 0.3 : 0.0),
            new Scored(CrisisDetector.NONE, query.text().contains("gasping") ? 0.1
                    : query.text().contains("so scared") ? 0.7 : 1.0)));

    private FaqBot botWithDetector(FakeClassifier classifier) {
        SafetyCheck safety = new SafetyCheck(good.crisis(), java.util.Optional.of(new CrisisDetector(DETECTOR, 0.5, 0.2)));
        return new FaqBot(new Brain(good, classifier, safety), NORMALISER, new Decider(Thresholds.DEFAULTS), cache,
                Region.OTHER, Kbs.TODAY);
    }

    @Test
    void theDetectorSure_sendsTheEmergencyReplyAlone() {
        Outcome outcome = botWithDetector(FakeClassifier.always("msc_basics", 0.9)).ask("he keeps gasping");

        Outcome.Emergency emergency = assertInstanceOf(Outcome.Emergency.class, outcome);
        assertEquals(Danger.MEDICAL_EMERGENCY, emergency.danger());
    }

    @Test
    void theDetectorUnsure_putsTheEmergencyLinesAboveTheNormalAnswer() {
        Outcome outcome = botWithDetector(FakeClassifier.always("msc_basics", 0.9)).ask("so scared, what are mscs");

        Outcome.Cautioned cautioned = assertInstanceOf(Outcome.Cautioned.class, outcome);
        assertEquals(good.crisis().emergencyReply(Region.OTHER), cautioned.reply());
        assertEquals("msc_basics", assertInstanceOf(Outcome.Answered.class, cautioned.answer()).response().id());
    }

    @Test
    void aCalmQuestion_getsNoCaution() {
        assertInstanceOf(Outcome.Answered.class,
                botWithDetector(FakeClassifier.always("msc_basics", 0.9)).ask("what are mscs"));
    }

    @Test
    void twoClearQuestions_answerOne_andOfferTheOtherFirst() {
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("msc_basics=0.5", "fda_status=0.45",
                "out_of_scope=0.05"))
                .when("what are mscs", "msc_basics=0.95", "fda_status=0.05")
                .when("are they fda approved?", "fda_status=0.95", "msc_basics=0.05");

        Outcome outcome = bot(good, classifier).ask("What are MSCs and are they FDA approved?");

        Outcome.Answered answered = assertInstanceOf(Outcome.Answered.class, outcome);
        assertEquals("msc_basics", answered.response().id());
        assertEquals("fda_status", answered.related().get(0).id());
    }

    @Test
    void theShortestPartIsReadFirst_andALongOneIsNotReadWhenTheShortOneIsNoQuestion() {
        String longPart = "what are mesenchymal stem cells, where do they come from and how are they grown in a lab?";
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("msc_basics=0.95", "fda_status=0.05"))
                .when("thanks so much everyone", "greeting=0.95", "msc_basics=0.05");

        Outcome outcome = bot(good, classifier).ask(longPart + " thanks so much everyone");

        assertEquals("msc_basics", assertInstanceOf(Outcome.Answered.class, outcome).response().id());
        assertEquals(List.of(longPart + " thanks so much everyone", "thanks so much everyone"), classifier.seen);
    }

    @Test
    void twoQuestions_ofWhichOneIsUnclear_keepTheWholeMessagesDecision() {
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("msc_basics=0.5", "fda_status=0.45",
                "out_of_scope=0.05"))
                .when("what are mscs", "msc_basics=0.95", "fda_status=0.05")
                .when("are they fda approved?", "fda_status=0.5", "msc_basics=0.5");

        assertInstanceOf(Outcome.Clarify.class, bot(good, classifier).ask("What are MSCs and are they FDA approved?"));
    }

    @Test
    void aDidYouMean_endsWithTheRegionsDangerLine() {
        FakeClassifier classifier = new FakeClassifier(FakeClassifier.ranking("msc_basics=0.45", "fda_status=0.40",
                "out_of_scope=0.15"));
        FaqBot uk = new FaqBot(brain(good, classifier), NORMALISER, new Decider(Thresholds.DEFAULTS), cache, Region.UK,
                Kbs.TODAY);

        Outcome.Clarify clarify = assertInstanceOf(Outcome.Clarify.class, uk.ask("msc fda?"));

        assertEquals(good.crisis().dangerLine(Region.UK), clarify.dangerLine());
        assertTrue(clarify.dangerLine().contains("999"));
    }

    // ---- sentence vectors ----

    /** A classifier that reads the sentence vector, as the real one does. */
    private static final IntentClassifier READS_VECTORS = query -> {
        query.vector();
        return FakeClassifier.ranking("msc_basics=0.9", "fda_status=0.1");
    };

    private FaqBot botWithVectors(GatedEncoder encoder) {
        Brain brain = new Brain(good, READS_VECTORS, new SafetyCheck(good.crisis()),
                java.util.Optional.of(dev.faqbot.classify.Embedder.uncached(encoder)));
        return new FaqBot(brain, NORMALISER, new Decider(Thresholds.DEFAULTS), cache, Region.OTHER, Kbs.TODAY);
    }

    @Test
    void aQuestionsVector_isComputedOnce_andNotAgainWhenTheCacheHasTheAnswer() {
        GatedEncoder encoder = new GatedEncoder();
        FaqBot bot = botWithVectors(encoder);

        assertInstanceOf(Outcome.Answered.class, bot.ask("What are MSCs?"));
        assertInstanceOf(Outcome.Answered.class, bot.ask("What are MSCs?"));

        assertEquals(1, encoder.timesEncoded());
    }

    @Test
    void aMessageThePatternsRecognise_isAnsweredWithoutWaitingForItsVector() {
        GatedEncoder encoder = new GatedEncoder();
        String text = NORMALISER.cap(NORMALISER.clean("I can't breathe"));
        encoder.gate(text); // held until the end: waiting for it would take 10 s and then fail
        try {
            assertInstanceOf(Outcome.Emergency.class, botWithVectors(encoder).ask("I can't breathe"));

            assertNotEquals(Thread.currentThread().getName(), encoder.threadOf(text));
        } finally {
            encoder.open(text);
        }
    }

    @Test
    void aQuestionsVector_isStartedOnTheHelperBeforeTheModelsAskForIt() {
        GatedEncoder encoder = new GatedEncoder();
        String text = NORMALISER.cap(NORMALISER.clean("What are MSCs?"));
        java.util.concurrent.CountDownLatch started = encoder.gate(text);
        // a classifier that waits until someone else has started the vector: only the helper can have
        IntentClassifier patient = query -> {
            try {
                assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS), "the vector was not started");
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            encoder.open(text);
            query.vector();
            return FakeClassifier.ranking("msc_basics=0.9", "fda_status=0.1");
        };
        Brain brain = new Brain(good, patient, new SafetyCheck(good.crisis()),
                java.util.Optional.of(dev.faqbot.classify.Embedder.uncached(encoder)));
        FaqBot bot = new FaqBot(brain, NORMALISER, new Decider(Thresholds.DEFAULTS), cache, Region.OTHER, Kbs.TODAY);

        assertInstanceOf(Outcome.Answered.class, bot.ask("What are MSCs?"));

        assertNotEquals(Thread.currentThread().getName(), encoder.threadOf(text));
        assertEquals(1, encoder.timesEncoded());
    }
}
