package dev.faqbot.cli;

import dev.faqbot.config.Settings;
import dev.faqbot.config.SettingsLoader;
import dev.faqbot.core.AnswerCache;
import dev.faqbot.core.Brain;
import dev.faqbot.core.Decider;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.kb.Problem;
import dev.faqbot.text.Normaliser;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Loads settings and the knowledge base and trains the model, reporting problems instead of throwing. */
final class Startup {

    private final PrintWriter err;

    Startup(PrintWriter err) {
        this.err = err;
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

    Optional<KnowledgeBase> knowledgeBase(KbOptions options, Settings settings) {
        LoadResult result = loader(settings).load(options.kb);
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
        return settings(options).flatMap(s -> knowledgeBase(options, s).map(kb -> bot(kb, s)));
    }

    FaqBot bot(KnowledgeBase kb, Settings settings) {
        long start = System.nanoTime();
        Brain brain = Brain.train(kb, normaliser(settings), settings.classifier());
        err.printf("Knowledge base %s: %d intents, %d answers; model trained in %d ms.%n", kb.version(),
                kb.intents().size(), kb.responses().size(), (System.nanoTime() - start) / 1_000_000);
        return new FaqBot(brain, normaliser(settings), new Decider(settings.thresholds()),
                new AnswerCache(settings.cache().maximumSize(), settings.cache().expireAfterWrite()), settings.region());
    }

    static Normaliser normaliser(Settings settings) {
        return new Normaliser(settings.maxQuestionChars());
    }

    static KnowledgeBaseLoader loader(Settings settings) {
        return new KnowledgeBaseLoader(normaliser(settings), Clock.systemDefaultZone());
    }

    private void print(List<Problem> problems) {
        problems.forEach(err::println);
    }
}
