package dev.faqbot.cli;

import dev.faqbot.classify.Ranking;
import dev.faqbot.config.Settings;
import dev.faqbot.core.FaqBot;
import dev.faqbot.moderation.LearningEntry;
import dev.faqbot.moderation.LearningLog;
import dev.faqbot.moderation.QuestionGroup;
import dev.faqbot.moderation.UnansweredReport;
import dev.faqbot.storage.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code review}: the learning log's questions, grouped by similarity, with the intent each group is closest to. */
@Command(name = "review", mixinStandardHelpOptions = true, description = {
        "Show the questions the bot declined or was unsure about (the learning log), grouped by meaning,",
        "each group with its size, last time, example wordings and the intent the current model finds closest.",
        "The log is kept in the store (storage.url) only when learning.enabled is true (off by default)."})
final class ReviewCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb = new KbOptions();

    /** The command line this runs under, for the bot's clock (a plain {@code Main} when run on its own). */
    @ParentCommand
    Main main = new Main();

    @Mixin
    ServerOptions servers = new ServerOptions();

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "1", description = "Show only groups of at least N questions (default: 1).")
    int minGroup = 1;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N groups (default: 50).")
    int limit = 50;

    @Override
    public Integer call() {
        Startup startup = new Startup(Terminal.ERR, main.clock);
        Optional<Settings> settings = startup.settings(kb);
        settings.ifPresent(startup::prepare);
        if (settings.isEmpty()) {
            return 1;
        }
        Optional<Store> opened = startup.store(settings.get());
        if (opened.isEmpty()) {
            return 1;
        }
        List<LearningEntry> entries;
        String source;
        try (Store store = opened.get();
             LearningLog log = LearningLog.of(store, settings.get().learning(), Startup.normaliser(settings.get()),
                     main.clock)) {
            entries = log.entries(servers.scope()); // read only: entries past the retention time are left out
            source = store.describe();
        }
        if (entries.isEmpty()) {
            Terminal.OUT.println("No logged questions in " + source + (settings.get().learning().enabled() ? "."
                    : ". They are kept only when learning.enabled is true (off by default; see MODERATORS.md)."));
            Terminal.OUT.flush();
            return 0;
        }
        List<QuestionGroup> groups = report(startup, settings.get(), entries).mostFrequent(limit, Math.max(1, minGroup));
        new ReviewPrinter(Terminal.OUT).print(source, entries.size(), groups, minGroup);
        return 0;
    }

    /**
     * Grouped by meaning with the current model, which also says which intent each group is closest to; when the
     * knowledge base will not load, by words, with the guesses stored with each question.
     */
    private UnansweredReport report(Startup startup, Settings settings, List<LearningEntry> entries) {
        Optional<FaqBot> bot = startup.knowledgeBase(kb, settings).map(k -> startup.bot(k, settings));
        if (bot.isEmpty()) {
            Terminal.ERR.println("note: grouping by words, with the guesses stored with each question, instead of"
                    + " by meaning with the current model");
            return new UnansweredReport(() -> entries, text -> Optional.<Ranking>empty());
        }
        return UnansweredReport.of(() -> entries, bot.get());
    }
}
