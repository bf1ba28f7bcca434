package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.core.FaqBot;
import dev.faqbot.core.Outcome;
import dev.faqbot.kb.Problem;
import dev.faqbot.testkit.MiniKb;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloaderTest {

    @TempDir
    Path root;

    private FaqBot bot;
    private Reloader reloader;
    private final List<ReloadResult> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        MiniKb.write(root, "A");
        bot = MiniKb.bot(root);
        reloader = new Reloader(root, MiniKb.loader(), MiniKb::train, bot);
        reloader.addListener(told::add);
    }

    @AfterEach
    void tearDown() {
        reloader.close();
    }

    @Test
    void reloadNow_afterAnAnswerWasEdited_swapsInTheNewKnowledgeBase() {
        String before = bot.knowledgeBase().version();
        MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("What are MSCs? (edited)", "2099-01-01"));

        ReloadResult result = reloader.reloadNow("moderator alice");

        ReloadResult.Loaded loaded = assertInstanceOf(ReloadResult.Loaded.class, result);
        assertEquals("moderator alice", loaded.trigger());
        assertEquals(before, loaded.oldVersion());
        assertEquals(bot.knowledgeBase().version(), loaded.newVersion());
        assertNotEquals(before, loaded.newVersion());
        assertEquals(List.of("msc_basics"), loaded.changes().responsesChanged());
        assertEquals("What are MSCs? (edited)", title(bot.ask(MiniKb.MSC_QUESTION)));
        assertEquals(List.of(result), told);
    }

    @Test
    void reloadNow_afterOnlyAnswersChanged_keepsTheModel() {
        var model = bot.brain().classifier();
        MiniKb.file(root, "responses/greeting.yml", "id: greeting\ntitle: Hey\nanswer: Hi.\nreviewed: 2025-01-01\nmedical: false\n");

        ReloadResult.Loaded loaded = assertInstanceOf(ReloadResult.Loaded.class, reloader.reloadNow("test"));

        assertFalse(loaded.retrained());
        assertSame(model, bot.brain().classifier());
        assertEquals("Hey", bot.knowledgeBase().response("greeting").orElseThrow().title());
    }

    @Test
    void reloadNow_afterAnExampleChanged_trainsANewModel() {
        var model = bot.brain().classifier();
        MiniKb.write(root, "B");

        ReloadResult.Loaded loaded = assertInstanceOf(ReloadResult.Loaded.class, reloader.reloadNow("test"));

        assertTrue(loaded.retrained());
        assertNotSame(model, bot.brain().classifier());
        assertEquals(List.of("msc_basics"), loaded.changes().intentsChanged());
    }

    @Test
    void reloadNow_withAnError_refusesAndKeepsServingTheOldKnowledgeBase() {
        String before = bot.knowledgeBase().version();
        MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("Broken", "2099-01-01")
                .replace("url: https://www.fda.gov/consumers", "url: http://example.com"));

        ReloadResult result = reloader.reloadNow("file change: responses/msc_basics.yml");

        ReloadResult.Refused refused = assertInstanceOf(ReloadResult.Refused.class, result);
        assertEquals(before, refused.servingVersion());
        assertTrue(refused.errors().stream().map(Problem::toString).anyMatch(
                p -> p.startsWith("responses/msc_basics.yml:6: sources[0].url: 'http://example.com' must start with https")),
                refused.errors().toString());
        assertEquals(before, bot.knowledgeBase().version());
        assertEquals("What are MSCs? (A)", title(bot.ask(MiniKb.MSC_QUESTION)));
    }

    @Test
    void reloadNow_withoutChanges_isUnchanged() {
        ReloadResult result = reloader.reloadNow("moderator bob");

        assertEquals(new ReloadResult.Unchanged("moderator bob", bot.knowledgeBase().version()), result);
    }

    @Test
    void aTrainingFailure_isReportedAsWhatItIs_notAsAProblemInAFile_andTheBotKeepsServing() {
        Reloader failing = new Reloader(root, MiniKb.loader(), kb -> {
            throw new IllegalArgumentException("training needs examples of at least two intents");
        }, bot);
        failing.addListener(told::add);
        String serving = bot.knowledgeBase().version();
        MiniKb.write(root, "B");

        ReloadResult result = failing.reloadNow("test");
        failing.close();

        assertEquals(new ReloadResult.Failed("test", serving, "training the model",
                "java.lang.IllegalArgumentException: training needs examples of at least two intents"), result);
        assertEquals(List.of(result), told);
        String report = ReloadReport.text(result);
        assertTrue(report.startsWith("Knowledge base NOT reloaded (test): training the model failed ("), report);
        assertFalse(report.contains("intents/:1"), report);
        assertEquals("What are MSCs? (A)", title(bot.ask(MiniKb.MSC_QUESTION)));
    }

    @Test
    void aReloadThatFailsWithAnError_isReportedToEveryListener_notDroppedSilently() {
        Reloader failing = new Reloader(root, MiniKb.loader(), kb -> {
            throw new OutOfMemoryError("Java heap space");
        }, bot);
        failing.addListener(told::add);
        MiniKb.write(root, "B");

        ReloadResult viaTheQueue = failing.reload("file change: intents/msc_basics.yml").join();
        failing.close();

        ReloadResult.Failed failed = assertInstanceOf(ReloadResult.Failed.class, viaTheQueue);
        assertEquals("training the model", failed.step());
        assertEquals("java.lang.OutOfMemoryError: Java heap space", failed.cause());
        assertEquals(List.of(viaTheQueue), told);
        assertTrue(ReloadReport.text(failed).contains("This is the bot's own failure, not a problem in the files"));
        assertEquals("What are MSCs? (A)", title(bot.ask(MiniKb.MSC_QUESTION)));
    }

    @Test
    void aListenerThatFailsWithAnError_doesNotStopTheOthers() {
        reloader.addListener(result -> {
            throw new StackOverflowError();
        });
        List<ReloadResult> after = new CopyOnWriteArrayList<>();
        reloader.addListener(after::add);

        ReloadResult result = reloader.reload("moderator carol").join();

        assertEquals(List.of(result), after);
    }

    @Test
    void aFailingListener_doesNotStopTheReloadOrOtherListeners() {
        Reloader reloading = new Reloader(root, MiniKb.loader(), MiniKb::train, bot);
        List<ReloadResult> second = new CopyOnWriteArrayList<>();
        reloading.addListener(r -> {
            throw new IllegalStateException("discord is down");
        });
        reloading.addListener(second::add);
        MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("Newer", "2099-01-01"));

        ReloadResult result = reloading.reloadNow("test");
        reloading.close();

        assertInstanceOf(ReloadResult.Loaded.class, result);
        assertEquals(List.of(result), second);
    }

    @Test
    void reloadNow_calledFromAListener_runsInsteadOfWaitingOnItself() {
        List<ReloadResult> nested = new CopyOnWriteArrayList<>();
        reloader.addListener(r -> {
            if (r.trigger().equals("outer")) {
                nested.add(reloader.reloadNow("inner"));
            }
        });

        reloader.reloadNow("outer");

        assertEquals(1, nested.size());
        assertInstanceOf(ReloadResult.Unchanged.class, nested.get(0));
    }

    static String title(Outcome outcome) {
        return assertInstanceOf(Outcome.Answered.class, outcome).response().title();
    }
}
