package dev.faqbot.testing;

import dev.faqbot.cache.FileModelStore;
import dev.faqbot.cache.FileVectorStore;
import dev.faqbot.classify.BgeSmallEncoder;
import dev.faqbot.classify.Embedder;
import dev.faqbot.classify.Progress;
import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The real sentence model and the shipped knowledge base's brain, made once per test run and shared by every
 * test class. Vectors and models are kept in {@code target/test-cache}, so a second run trains nothing.
 */
public final class Brains {

    /** Where the tests keep sentence vectors and trained models between runs ({@code mvn clean} empties it). */
    public static final Path CACHE = Kbs.PROJECT.resolve("target/test-cache");

    private static Embedder embedder;
    private static BrainTrainer trainer;
    private static Brain shipped;

    private Brains() {
    }

    /** The real BGE model, with the tests' vector cache. */
    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new Embedder(new BgeSmallEncoder(), new FileVectorStore(CACHE, 200_000));
        }
        return embedder;
    }

    /** Trains as the bot does with the default settings, with the tests' caches. */
    public static synchronized BrainTrainer trainer() {
        if (trainer == null) {
            Settings settings = SettingsLoader.defaults();
            trainer = new BrainTrainer(Kbs.NORMALISER, settings.classifier(), settings.safety(),
                    Optional.of(embedder()), new FileModelStore(CACHE, 20), Progress.NONE);
        }
        return trainer;
    }

    /** The shipped knowledge base's brain with the default settings. */
    public static synchronized Brain shipped() {
        if (shipped == null) {
            shipped = trainer().train(Kbs.shipped());
        }
        return shipped;
    }

    /** A bot over the shipped brain with the default settings, no answer cache, on {@link Kbs#SHIPPED_TODAY}. */
    public static FaqBot shippedBot() {
        Settings settings = SettingsLoader.defaults();
        return new FaqBot(shipped(), Kbs.NORMALISER, new Decider(settings.thresholds()),
                new AnswerCache(0, Duration.ofMinutes(1)), settings.region(), Kbs.SHIPPED_TODAY);
    }

    /** Trains another knowledge base (a copy of the shipped one, say) like the shipped one. */
    public static Brain train(KnowledgeBase kb) {
        return trainer().train(kb);
    }
}
