package dev.faqbot.moderation;

import dev.faqbot.kb.KnowledgeBase;
import dev.faqbot.kb.Today;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices, with the bot's clock, when live answers become withdrawn for review (their {@code next_review} further
 * past than the content rules allow), and tells moderators: at start-up, after every reload, and every hour, since
 * an answer is withdrawn by the passing of time, not by an edit. Each withdrawal is told once; a listener added later
 * hears the answers withdrawn at that moment.
 */
public final class ReviewWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewWatch.class);
    /** How often the dates are looked at: a withdrawal is told within the hour. */
    static final Duration EVERY = Duration.ofHours(1);

    private final Supplier<KnowledgeBase> knowledgeBase;
    private final Clock clock;
    private final List<ReviewListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private Set<String> withdrawn = Set.of();
    private Optional<Withdrawals> last = Optional.empty();

    /** @param knowledgeBase the live knowledge base (usually {@code bot::knowledgeBase}) */
    public ReviewWatch(Supplier<KnowledgeBase> knowledgeBase, Clock clock) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Looks now, then every {@link #EVERY} on a daemon thread. */
    public ReviewWatch start() {
        checkQuietly();
        synchronized (this) {
            startTimer();
        }
        return this;
    }

    private void startTimer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "review-watch");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::checkQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Adds a listener, and tells it at once of the answers withdrawn now, if any. */
    public void addListener(ReviewListener listener) {
        Objects.requireNonNull(listener, "listener");
        Optional<Withdrawals> now;
        synchronized (this) {
            listeners.add(listener);
            now = last;
        }
        now.ifPresent(w -> tell(listener, new Withdrawals(w.today(), w.answers(), List.of())));
    }

    /**
     * Looks at the live answers' review dates now; tells every listener when an answer was withdrawn since the
     * last look, and returns what it told.
     */
    public Optional<Withdrawals> check() {
        Withdrawals now;
        List<ReviewListener> told;
        synchronized (this) {
            LocalDate today = Today.of(clock);
            List<StaleReport.Due> answers = StaleReport.of(knowledgeBase.get(), today, 0).withdrawn();
            Set<String> ids = answers.stream().map(StaleReport.Due::intent).collect(Collectors.toSet());
            List<String> newly = answers.stream().map(StaleReport.Due::intent).filter(id -> !withdrawn.contains(id))
                    .toList();
            withdrawn = ids;
            last = answers.isEmpty() ? Optional.empty() : Optional.of(new Withdrawals(today, answers,
                    newly.isEmpty() ? List.of() : newly));
            if (newly.isEmpty()) {
                return Optional.empty();
            }
            now = last.orElseThrow();
            told = List.copyOf(listeners);
        }
        told.forEach(listener -> tell(listener, now));
        return Optional.of(now);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException | Error e) {
            LOG.warn("looking at the answers' review dates failed: {}", e.toString());
        }
    }

    private static void tell(ReviewListener listener, Withdrawals withdrawals) {
        try {
            listener.withdrawn(withdrawals);
        } catch (RuntimeException e) {
            LOG.warn("review listener {} failed: {}", listener.getClass().getName(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
