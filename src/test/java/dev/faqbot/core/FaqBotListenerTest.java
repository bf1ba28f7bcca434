package dev.faqbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqBotListenerTest {

    @TempDir
    Path root;

    @Test
    void ask_tellsEveryListenerTheOutcomeAndTheDecisionBehindIt() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<String> heard = new CopyOnWriteArrayList<>();
        bot.addListener((outcome, decision) -> heard.add(outcome.getClass().getSimpleName() + "/"
                + decision.getClass().getSimpleName()));

        bot.ask(MiniKb.MSC_QUESTION);
        bot.ask(MiniKb.MSC_QUESTION); // from the cache: still told
        bot.ask("help i cant breathe");

        assertEquals(List.of("Answered/Answer", "Answered/Answer", "Emergency/Emergency"), heard);
    }

    @Test
    void aListenerThatThrows_neverCostsTheAnswer() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<Outcome> later = new CopyOnWriteArrayList<>();
        bot.addListener((outcome, decision) -> {
            throw new IllegalStateException("disk full");
        });
        bot.addListener((outcome, decision) -> later.add(outcome));

        Outcome outcome = bot.ask(MiniKb.MSC_QUESTION);

        assertInstanceOf(Outcome.Answered.class, outcome);
        assertEquals(List.of(outcome), later);
    }

    @Test
    void decideAndAnswerFor_doNotTellListeners() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<Outcome> heard = new CopyOnWriteArrayList<>();
        bot.addListener((outcome, decision) -> heard.add(outcome));

        bot.decide(MiniKb.MSC_QUESTION);
        bot.answerFor("greeting", "1");

        assertEquals(List.of(), heard);
    }

    @Test
    void peekAndExplain_giveWhatAskWouldWithoutTellingListeners() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));
        List<Outcome> heard = new CopyOnWriteArrayList<>();
        bot.addListener((outcome, decision) -> heard.add(outcome));

        Outcome peeked = bot.peek(MiniKb.MSC_QUESTION);
        Explanation explained = bot.explain(MiniKb.MSC_QUESTION);

        assertEquals(List.of(), heard);
        Outcome asked = bot.ask(MiniKb.MSC_QUESTION);
        assertEquals(asked, peeked);
        assertEquals(asked, explained.outcome());
        assertInstanceOf(Decision.Answer.class, explained.decision());
        assertEquals(FaqBot.EXPLAINED, explained.top().size());
        assertEquals("msc_basics", explained.top().get(0).intent());
        assertEquals(((Outcome.Answered) asked).confidence(), explained.top().get(0).confidence());
    }

    @Test
    void explain_hasNoRankingWhenTheClassifierWasNotAsked() {
        FaqBot bot = MiniKb.bot(MiniKb.write(root, "A"));

        Explanation emergency = bot.explain("help i cant breathe");
        Explanation empty = bot.explain("?!");

        assertInstanceOf(Outcome.Emergency.class, emergency.outcome());
        assertEquals(List.of(), emergency.top());
        assertInstanceOf(Outcome.NoMatch.class, empty.outcome());
        assertEquals(List.of(), empty.top());
    }
}
