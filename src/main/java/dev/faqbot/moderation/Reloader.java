package dev.faqbot.moderation;

import dev.faqbot.core.Brain;
import dev.faqbot.core.FaqBot;
import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.KnowledgeBaseLoader;
import dev.faqbot.kb.LoadResult;
import dev.faqbot.safety.SafetyCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, checks and trains a knowledge base in the background, then swaps it into the bot at once. Reloads run
 * one at a time on a single thread, so a file-change reload and a moderator's reload never race. A knowledge
 * base with any error is refused whole and the bot keeps answering from the one it has.
 */
public final class Reloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final Path root;
    private final KnowledgeBaseLoader loader;
    private final Function<KnowledgeBase, Brain> trainer;
    private final FaqBot bot;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker;
    private volatile Thread workerThread;

    /** @param trainer builds a brain from a checked knowledge base (in production {@link Brain#train}) */
    public Reloader(Path root, KnowledgeBaseLoader loader, Function<KnowledgeBase, Brain> trainer, FaqBot bot) {
        this.root = Objects.requireNonNull(root, "root");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.bot = Objects.requireNonNull(bot, "bot");
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kb-reload");
            thread.setDaemon(true);
            workerThread = thread;
            return thread;
        });
    }

    public void addListener(ReloadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Queues a reload on the background thread; the future completes after listeners were told. */
    public CompletableFuture<ReloadResult> reload(String trigger) {
        Objects.requireNonNull(trigger, "trigger");
        return CompletableFuture.supplyAsync(() -> run(trigger), worker);
    }

    /** Reloads and waits for the result (for {@code /faq-admin reload} and tests). */
    public ReloadResult reloadNow(String trigger) {
        if (Thread.currentThread() == workerThread) {
            return run(trigger); // called from a listener: queueing would wait on ourselves
        }
        return reload(trigger).join();
    }

    private ReloadResult run(String trigger) {
        ReloadResult result;
        try {
            result = attempt(trigger);
        } catch (RuntimeException | Error e) {
            // A bug, or the JVM itself (out of memory, a missing native library): reported, never dropped.
            LOG.error("reload ({}) failed", trigger, e);
            result = new ReloadResult.Failed(trigger, bot.knowledgeBase().version(), "reloading", e.toString());
        }
        for (ReloadListener listener : listeners) {
            try {
                listener.reloaded(result);
            } catch (RuntimeException | Error e) {
                LOG.warn("reload listener {} failed: {}", listener.getClass().getName(), e.toString());
            }
        }
        return result;
    }

    private ReloadResult attempt(String trigger) {
        long start = System.nanoTime();
        Brain currentBrain = bot.brain();
        KnowledgeBase current = currentBrain.knowledgeBase();
        LoadResult result;
        try {
            result = loader.load(root);
        } catch (RuntimeException | Error e) {
            LOG.error("reload ({}): reading the files failed", trigger, e);
            return new ReloadResult.Failed(trigger, current.version(), "reading the files", e.toString());
        }
        if (result instanceof LoadResult.Refused refused) {
            return new ReloadResult.Refused(trigger, current.version(), refused.problems());
        }
        KnowledgeBase next = ((LoadResult.Loaded) result).knowledgeBase();
        KnowledgeBaseDiff diff = KnowledgeBaseDiff.between(current, next);
        // The version is the hash of the bytes that were parsed, so equal versions mean equal content.
        if (next.version().equals(current.version()) && diff.isEmpty()) {
            return new ReloadResult.Unchanged(trigger, current.version());
        }
        boolean retrain = needsNewModel(current, next);
        Brain brain;
        try {
            // Same intents and synonyms give the same model: an edit to answers alone is live at once.
            brain = retrain ? trainer.apply(next) : new Brain(next, currentBrain.classifier(),
                    new SafetyCheck(next.crisis(), currentBrain.safety().detector()), currentBrain.embedder());
        } catch (RuntimeException | Error e) {
            // The files passed every check: this is not a file:line problem, and is not reported as one.
            LOG.error("reload ({}): training the model failed", trigger, e);
            return new ReloadResult.Failed(trigger, current.version(), retrain ? "training the model"
                    : "building the safety check", e.toString());
        }
        bot.swap(brain);
        return new ReloadResult.Loaded(trigger, current.version(), next.version(), diff, result.problems(),
                Duration.ofNanos(System.nanoTime() - start), retrain);
    }

    /**
     * The models depend on the intents' examples, the synonyms and the emergency detector's examples (the
     * settings are fixed while the bot runs).
     */
    static boolean needsNewModel(KnowledgeBase current, KnowledgeBase next) {
        return !current.intents().equals(next.intents()) || !current.synonyms().equals(next.synonyms())
                || !current.crisis().examples().equals(next.crisis().examples());
    }

    /** Stops the background thread; a reload under way finishes first. */
    @Override
    public void close() {
        worker.shutdown();
    }
}
