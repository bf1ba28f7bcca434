package dev.faqbot.discord;

import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Region;
import dev.faqbot.testing.Brains;
import dev.faqbot.testing.Kbs;
import dev.faqbot.text.Normaliser;
import java.nio.file.Path;

/**
 * The real core, trained once per test run from the shipped knowledge base (the tests run in the project folder),
 * on the day of its last review ({@link Kbs#SHIPPED_TODAY}).
 */
final class RealBot {

    private static FaqBot bot;

    private RealBot() {
    }

    static synchronized FaqBot get() {
        if (bot == null) {
            Settings settings = SettingsLoader.defaults();
            Normaliser normaliser = new Normaliser(settings.maxQuestionChars());
            LoadResult result = new KnowledgeBaseLoader(normaliser, Kbs.SHIPPED_TODAY).load(Path.of("."));
            if (!(result instanceof LoadResult.Loaded loaded)) {
                throw new IllegalStateException("the shipped knowledge base does not load: " + result.problems());
            }
            bot = new FaqBot(Brains.shipped(), normaliser,
                    new Decider(settings.thresholds()),
                    new AnswerCache(settings.cache().maximumSize(), settings.cache().expireAfterWrite()),
                    Region.OTHER, Kbs.SHIPPED_TODAY);
        }
        return bot;
    }

    /** Trains a changed copy of the shipped knowledge base as the bot would. */
    static java.util.function.Function<dev.faqbot.kb.KnowledgeBase, Brain> trainer() {
        return Brains::train;
    }
}
