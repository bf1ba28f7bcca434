package dev.faqbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Region;
import dev.faqbot.kb.Response;
import dev.faqbot.render.Wording;
import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot under a clock 120 days after its answers were reviewed: it starts, answers, withdraws only the answers
 * whose review is more than 30 days late, and still sends emergency replies. It runs on a copy of the shipped
 * knowledge base whose dates are set as a review on {@link #REVIEWED} leaves them (fast-moving topics due after 3
 * months less a day, the rest after 6), so the test does not change when moderators review the real answers.
 */
class ClockAheadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEWED = "2026-12-02";
    private static final Clock AHEAD = Clock.fixed(Instant.parse(REVIEWED + "T12:00:00Z").plus(Duration.ofDays(120)),
            ZoneOffset.UTC);

    @TempDir
    static Path kb;
    private static Set<String> fastMoving;

    @BeforeAll
    static void reviewEveryAnswerOnTheSameDay() {
        Kbs.shippedReviewedOn(kb, LocalDate.parse(REVIEWED));
        fastMoving = new TreeSet<>(Kbs.shipped().rules().fastMoving());
    }

    @Test
    void theCoreWithdrawsExactlyTheAnswersMoreThan30DaysLate_andNothingElse() {
        KnowledgeBase copy = assertInstanceOf(LoadResult.Loaded.class, Kbs.load(kb, AHEAD)).knowledgeBase();
        Brain shipped = Brains.shipped();
        FaqBot bot = new FaqBot(new Brain(copy, shipped.classifier(), shipped.safety(), shipped.embedder()),
                Kbs.NORMALISER, new Decider(Thresholds.DEFAULTS), new AnswerCache(10, Duration.ofMinutes(1)),
                Region.OTHER, AHEAD);

        List<String> withdrawn = new ArrayList<>();
        for (Response response : copy.responses().values()) {
            if (bot.answerFor(response.id(), response.id()).orElseThrow() instanceof Outcome.Withdrawn) {
                withdrawn.add(response.id());
            }
        }

        assertEquals(fastMoving, new TreeSet<>(withdrawn), "withdrawn: the fast-moving answers, 31 days late");
        assertInstanceOf(Outcome.Emergency.class, bot.ask("my husband can't breathe"));
        assertInstanceOf(Outcome.Emergency.class, bot.ask("i want to end my life"));
    }

    @Test
    void ask_answers_withdrawsTheLateAnswer_andSendsEmergencyReplies() throws Exception {
        Console.Run run = Console.runAt(AHEAD, String.join("\n", "what is als?", "is stem cell therapy FDA approved?",
                "I can't breathe", "i want to end my life"), "ask", "--json", "--kb", kb.toString());

        assertEquals(0, run.exit(), run::toString);
        List<JsonNode> replies = run.out().lines().map(ClockAheadTest::json).toList();
        assertEquals(4, replies.size(), run::toString);
        JsonNode als = replies.get(0);
        assertEquals("als_basics", als.get("intent").asText(), als.toString());
        assertTrue(als.get("withdrawn").isNull(), als.toString());
        assertFalse(als.get("answer").asText().startsWith(Wording.WITHDRAWN_TEXT));
        JsonNode fda = replies.get(1);
        assertEquals("answer", fda.get("outcome").asText(), fda.toString());
        assertEquals("fda_status", fda.get("intent").asText());
        assertEquals("2027-03-01", fda.get("withdrawn").get("next_review").asText());
        assertEquals(31, fda.get("withdrawn").get("days_overdue").asInt());
        assertTrue(fda.get("answer").asText().startsWith(Wording.WITHDRAWN_TEXT), fda.toString());
        assertTrue(fda.get("sources").size() >= 2, "its sources are shown");
        assertEquals("emergency", replies.get(2).get("outcome").asText());
        assertEquals("emergency", replies.get(3).get("outcome").asText());
        assertTrue(replies.get(3).get("answer").asText().contains("988"), replies.get(3).toString());
    }

    @Test
    void validate_loadsTheKnowledgeBase_andNamesEveryWithdrawnAnswer() {
        Console.Run run = Console.runAt(AHEAD, "", "validate", "--kb", kb.toString());

        assertEquals(0, run.exit(), run::toString);
        List<String> withdrawn = run.out().lines().filter(l -> l.contains(": warning: next_review: withdrawn:"))
                .map(l -> l.substring("responses/".length(), l.indexOf(".yml"))).sorted().toList();
        assertEquals(List.copyOf(fastMoving), withdrawn, run::toString);
        String summary = run.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(summary.startsWith("OK: ") && summary.contains(fastMoving.size() + " answer(s) withdrawn for review"),
                summary);
    }

    @Test
    void theChat_starts_tellsTheModeratorsWhatIsWithdrawn_andShowsTheNotice() {
        Console.Run run = Console.runAt(AHEAD, "is stem cell therapy FDA approved?\nquit\n", "chat", "--no-watch",
                "--kb", kb.toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains(Wording.WITHDRAWN_TEXT), run::toString);
        assertTrue(run.err().contains(fastMoving.size() + " answer(s) withdrawn for review"), run::toString);
        assertTrue(run.err().contains("fda_status: withdrawn, review 31 days overdue (due 2027-03-01)"), run::toString);
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
