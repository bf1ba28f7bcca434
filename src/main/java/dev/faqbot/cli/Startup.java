package dev.faqbot.cli;

import dev.faqbot.cache.TrainerSetup;
import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.BrainTrainer;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Problem;
import dev.faqbot.storage.Store;
import dev.faqbot.text.Normaliser;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads settings and the knowledge base and trains the model, reporting problems instead of throwing. The
 * sentence model loads in the background meanwhile; long steps show their progress on standard error.
 */
final class Startup {

    private final PrintWriter err;
    private final Clock clock;
    private TrainerSetup setup;

    /** @param clock the bot's one clock: review dates are judged by it */
    Startup(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    Optional<Settings> settings(KbOptions options) {
        try {
            return Optional.of(SettingsLoader.load(options.settingsFile()));
        } catch (SettingsLoader.BadSettings e) {
            e.problems().forEach(err::println);
            err.println("The settings have errors; nothing was started.");
            return Optional.empty();
        }
    }

    /**
     * Starts loading the sentence model in the background, so it is ready by the time the knowledge base is read
     * (a no-op after the first call). Commands that will train call it as soon as they have the settings.
     */
    void prepare(Settings settings) {
        if (setup == null) {
            setup = TrainerSetup.start(settings, normaliser(settings), this::progress);
        }
    }

    Optional<KnowledgeBase> knowledgeBase(KbOptions options, Settings settings) {
        LoadResult result = loader(settings, clock).load(options.kb);
        print(result.problems());
        if (result instanceof LoadResult.Loaded loaded) {
            return Optional.of(loaded.knowledgeBase());
        }
        err.println("The knowledge base in " + options.kb.toAbsolutePath().normalize() + " has "
                + result.problems().stream().filter(Problem::isError).count() + " error(s) and was not loaded.");
        return Optional.empty();
    }

    /** The whole bot, trained and ready; empty when settings or knowledge base are broken (already reported). */
    Optional<FaqBot> bot(KbOptions options) {
        return settings(options).flatMap(s -> {
            prepare(s);
            return knowledgeBase(options, s).map(kb -> bot(kb, s));
        });
    }

    FaqBot bot(KnowledgeBase kb, Settings settings) {
        long start = System.nanoTime();
        Brain brain = trainer(settings).train(kb);
        err.printf("Knowledge base %s: %d intents, %d answers; %s ready in %d ms.%n", kb.version(),
                kb.intents().size(), kb.responses().size(), brain.embedder().isPresent() ? "sentence model and"
                        + " classifier" : "classifier (words only)", (System.nanoTime() - start) / 1_000_000);
        return new FaqBot(brain, normaliser(settings), new Decider(settings.thresholds()),
                new AnswerCache(settings.cache().maximumSize(), settings.cache().expireAfterWrite()), settings.region(),
                clock);
    }

    /** What trains a brain from a knowledge base with these settings: at start-up and on every reload. */
    BrainTrainer trainer(Settings settings) {
        prepare(settings);
        return setup.trainer();
    }

    /**
     * Opens the store the settings name (statistics, votes, learning log), creating or updating its tables;
     * empty when it cannot be opened (reported).
     */
    Optional<Store> store(Settings settings) {
        try {
            return Optional.of(Store.open(settings.storage(), System.getenv(), clock));
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            err.println("The store (storage.url) could not be opened; nothing was started.");
            return Optional.empty();
        }
    }

    static Normaliser normaliser(Settings settings) {
        return new Normaliser(settings.maxQuestionChars());
    }

    static KnowledgeBaseLoader loader(Settings settings, Clock clock) {
        return new KnowledgeBaseLoader(normaliser(settings), clock);
    }

    private void progress(String step, int done, int total) {
        if (total > 1) {
            err.printf(Locale.ROOT, "%s: %d of %d%n", step, done, total);
        } else if (done == 0) {
            err.println(step + "...");
        }
        err.flush();
    }

    private void print(List<Problem> problems) {
        problems.forEach(err::println);
    }
}
