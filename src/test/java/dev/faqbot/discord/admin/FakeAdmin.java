package dev.faqbot.discord.admin;

import dev.faqbot.core.Decision;
import dev.faqbot.core.Explanation;
import dev.faqbot.core.Origin;
import dev.faqbot.discord.Backend;
import dev.faqbot.discord.answer.Answers;
import dev.faqbot.discord.answer.AskedQuestions;
import dev.faqbot.discord.answer.NoAnswers;
import dev.faqbot.discord.render.Fixtures;
import dev.faqbot.moderation.ChartData;
import dev.faqbot.moderation.ReloadListener;
import dev.faqbot.moderation.ReloadResult;
import dev.faqbot.moderation.StaleReport;
import dev.faqbot.moderation.StatsSnapshot;
import dev.faqbot.moderation.UnansweredReport;
import dev.faqbot.storage.Recent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Moderation with canned replies, which remembers what it was asked to do. */
public final class FakeAdmin implements Admin {

    static final Instant STARTED = Instant.parse("2026-11-21T08:00:00Z");

    final List<String> reloads = new CopyOnWriteArrayList<>();
    /** Answers counted as moderator posts, as "intent@server". */
    final List<String> posts = new CopyOnWriteArrayList<>();
    /** Thrown by {@link #chart()} when set: a chart that cannot be drawn. */
    /** A RuntimeException or an Error (a JRE without fonts throws InternalError) that drawing the chart throws. */
    Throwable chartFailure;
    ChartData chart = ChartData.of(new Recent(LocalDate.of(2026, 10, 23), List.of(
            new Recent.Count(LocalDate.of(2026, 11, 21), "answered", "msc_basics", 2),
            new Recent.Count(LocalDate.of(2026, 11, 21), "fallback", "", 1)), Map.of()), LocalDate.of(2026, 11, 21));
    final List<String> explained = new CopyOnWriteArrayList<>();
    final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    final List<dev.faqbot.moderation.ReviewListener> reviewListeners = new CopyOnWriteArrayList<>();
    CompletableFuture<ReloadResult> reloadResult =
            CompletableFuture.completedFuture(new ReloadResult.Unchanged("someone", "abc123"));
    StatsSnapshot stats = new StatsSnapshot(Optional.of(LocalDate.of(2026, 11, 21)), 3,
            Map.of("answered", 2L, "fallback", 1L), Map.of("msc_basics", 2L), Map.of(LocalDate.of(2026, 11, 21), 3L),
            Map.of("1200000000000000002", 3L), 1 / 3.0, Map.of("msc_basics", new StatsSnapshot.Votes(1, 1)),
            Map.of("msc_basics", 1L), Optional.of(new StatsSnapshot.Live(STARTED, Duration.ofMinutes(75), 0.5, "abc123", STARTED)));
    Optional<UnansweredReport> unanswered = Optional.empty();
    StaleReport stale = new StaleReport(LocalDate.of(2026, 11, 21), STALE_WITHIN_DAYS, List.of());

    /** A backend with these answers, this moderation, and feedback that goes nowhere. */
    public static Backend backend(Answers answers, FakeAdmin admin) {
        return new Backend(answers, admin, (question, intent, helpful, origin) -> { }, AskedQuestions.off());
    }

    public static Backend none() {
        return backend(new NoAnswers(), new FakeAdmin());
    }

    @Override
    public CompletableFuture<ReloadResult> reload(String trigger) {
        reloads.add(trigger);
        return reloadResult;
    }

    @Override
    public void onReload(ReloadListener listener) {
        listeners.add(listener);
    }

    @Override
    public void onWithdrawn(dev.faqbot.moderation.ReviewListener listener) {
        reviewListeners.add(listener);
    }

    @Override
    public Explanation explain(String question) {
        explained.add(question);
        return new Explanation(Fixtures.answered(), new Decision.Answer("msc_basics", 0.91, null), List.of());
    }

    @Override
    public StatsSnapshot stats() {
        return stats;
    }

    @Override
    public ChartData chart() {
        if (chartFailure instanceof Error error) {
            throw error;
        }
        if (chartFailure != null) {
            throw (RuntimeException) chartFailure;
        }
        return chart;
    }

    @Override
    public void posted(String intentId, Origin origin) {
        posts.add(intentId + "@" + origin.server());
    }

    @Override
    public Optional<UnansweredReport> unanswered() {
        return unanswered;
    }

    @Override
    public StaleReport stale() {
        return stale;
    }
}
