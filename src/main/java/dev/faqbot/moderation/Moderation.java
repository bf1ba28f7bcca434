package dev.faqbot.moderation;

import dev.faqbot.config.Settings;
import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.Today;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Everything moderators work with, wired to one running bot: reloads (and the file watcher), statistics,
 * feedback, the learning log and the reports. The console and the Discord adapter each make one at start-up;
 * {@code /faq-admin} commands call its parts.
 */
public final class Moderation implements AutoCloseable {

    /** How long the files must be quiet before a reload: an editor's save is several events in a row. */
    public static final Duration DEBOUNCE = Duration.ofMillis(500);
    /** The trigger of the one reload made when watching starts. */
    public static final String START_UP_CHECK = "start-up check";

    private final FaqBot bot;
    private final Clock clock;
    private final Reloader reloader;
    private final Optional<KnowledgeBaseWatcher> watcher;
    private final BotStats stats;
    private final Optional<LearningLog> learning;
    private final FeedbackRecorder feedback;
    private final ReviewWatch reviews;
    private final AtomicReference<Meaning> meaning = new AtomicReference<>();

    /** The sentence vectors {@code unanswered} groups by, and the brain they belong to. */
    private record Meaning(Brain brain, Optional<QuestionVectors> vectors) {
    }

    private Moderation(FaqBot bot, Clock clock, Reloader reloader, Optional<KnowledgeBaseWatcher> watcher,
                       BotStats stats, Optional<LearningLog> learning, ReviewWatch reviews) {
        this.bot = bot;
        this.clock = clock;
        this.reloader = reloader;
        this.watcher = watcher;
        this.stats = stats;
        this.learning = learning;
        this.feedback = new FeedbackRecorder(stats, learning, bot::decide);
        this.reviews = reviews;
    }

    /**
     * Wires moderation to {@code bot}, which was trained from the knowledge base in {@code kbRoot}.
     *
     * @param store     where statistics, votes and the learning log are kept; the caller closes it, after this
     * @param trainer   builds a brain from a checked knowledge base (the one that trained {@code bot})
     * @param watch     reload by itself when files in intents/ or responses/ change
     * @param clock     the bot's one clock (the one {@code bot} judges review dates by)
     * @param listeners told of every reload (e.g. {@link AuditLog}, the console, the moderator log channel); those
     *                  that are also {@link ReviewListener}s are told of answers withdrawn for review too
     */
    public static Moderation start(Path kbRoot, Settings settings, Store store, FaqBot bot,
                                   Function<KnowledgeBase, Brain> trainer, Clock clock, boolean watch,
                                   List<ReloadListener> listeners) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(store, "store");
        Normaliser normaliser = new Normaliser(settings.maxQuestionChars());
        Reloader reloader = new Reloader(kbRoot, new KnowledgeBaseLoader(normaliser, clock), trainer, bot);
        listeners.forEach(reloader::addListener);
        ReviewWatch reviews = new ReviewWatch(bot::knowledgeBase, clock);
        listeners.stream().filter(ReviewListener.class::isInstance).map(ReviewListener.class::cast)
                .forEach(reviews::addListener);
        // A reload can bring an answer that is already past its review, or bring one back.
        reloader.addListener(result -> {
            if (result instanceof ReloadResult.Loaded) {
                reviews.check();
            }
        });
        BotStats stats = BotStats.of(store, bot, clock);
        bot.addListener(stats);
        Optional<LearningLog> learning = Optional.empty();
        if (settings.learning().enabled()) {
            LearningLog log = LearningLog.of(store, settings.learning(), normaliser, clock).start();
            bot.addListener(log);
            learning = Optional.of(log);
        }
        Optional<KnowledgeBaseWatcher> watcher = Optional.empty();
        try {
            if (watch) {
                watcher = Optional.of(new KnowledgeBaseWatcher(kbRoot, DEBOUNCE, reloader::reload).start());
                // A file saved while the bot was loading and training came before the watcher: catch it now.
                // Usually Unchanged, which costs a load and no training.
                reloader.reload(START_UP_CHECK);
            }
        } catch (IOException | RuntimeException e) {
            reloader.close();
            learning.ifPresent(LearningLog::close);
            throw e;
        }
        return new Moderation(bot, clock, reloader, watcher, stats, learning, reviews.start());
    }

    public Reloader reloader() {
        return reloader;
    }

    public BotStats stats() {
        return stats;
    }

    public FeedbackRecorder feedback() {
        return feedback;
    }

    /** The learning log; empty when {@code learning.enabled} is false. */
    public Optional<LearningLog> learning() {
        return learning;
    }

    /** Unanswered questions of every server grouped, judged by the live model; empty when the learning log is off. */
    public UnansweredReport unanswered() {
        return unanswered(ServerScope.ALL);
    }

    /** Unanswered questions of {@code scope}'s servers, grouped and judged by the live model. */
    public UnansweredReport unanswered(ServerScope scope) {
        return new UnansweredReport(() -> learning.map(log -> log.entries(scope)).orElse(List.of()),
                UnansweredReport.model(bot), meaning());
    }

    /** The sentence vectors for grouping, made anew only when a reload brought a new brain. */
    private Optional<QuestionVectors> meaning() {
        Brain brain = bot.brain();
        Meaning current = meaning.get();
        if (current == null || current.brain() != brain) {
            current = new Meaning(brain, QuestionVectors.of(brain, bot.normaliser()));
            meaning.set(current);
        }
        return current.vectors();
    }

    /** The live answers due for review within {@code withinDays} days, or overdue (and which are withdrawn). */
    public StaleReport stale(int withinDays) {
        return StaleReport.of(bot.knowledgeBase(), Today.of(clock), withinDays);
    }

    /** Tells moderators when answers are withdrawn for review (at start-up, after reloads, hourly). */
    public ReviewWatch reviews() {
        return reviews;
    }

    @Override
    public void close() throws IOException {
        if (watcher.isPresent()) {
            watcher.get().close();
        }
        reloader.close();
        reviews.close();
        learning.ifPresent(LearningLog::close);
    }
}
