package dev.faqbot.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.classify.Ranking;
import dev.faqbot.config.Settings;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Origin;
import dev.faqbot.core.Outcome;
import dev.faqbot.core.OutcomeListener;
import dev.faqbot.storage.ServerScope;
import dev.faqbot.storage.Store;
import dev.faqbot.storage.StoredQuestion;
import dev.faqbot.text.Normaliser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning loop: keeps the questions the bot declined, was unsure about, or answered unhelpfully, so that
 * moderators can see what to add ({@code faqbot review}, {@code /faq-admin unanswered}). Only the redacted
 * question, the model's top three guesses, the outcome, the hour and the server id are kept, in the store;
 * emergencies are never kept. Entries older than the retention time, and the oldest beyond the entry limit, are
 * deleted at start and once a day.
 */
public final class LearningLog implements OutcomeListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LearningLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LearningEntry.Guess>> GUESSES_TYPE = new TypeReference<>() {
    };
    private static final int GUESSES = 3;

    private final Store store;
    private final Redactor redactor;
    private final Clock clock;
    private final double lowConfidence;
    private final Duration retention;
    private final int maxEntries;
    private final ScheduledExecutorService purger;

    public LearningLog(Store store, Redactor redactor, Clock clock, double lowConfidence, Duration retention,
                       int maxEntries) {
        this.store = Objects.requireNonNull(store, "store");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new IllegalArgumentException("low confidence must be from 0 to 1: " + lowConfidence);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the learning log must hold at least one entry: " + maxEntries);
        }
        this.lowConfidence = lowConfidence;
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.purger = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "learning-log-purge");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The log the settings describe ({@code learning:} in reference.yml); the caller checks {@code enabled}. */
    public static LearningLog of(Store store, Settings.Learning settings, Normaliser normaliser, Clock clock) {
        return new LearningLog(store, new Redactor(normaliser), clock, settings.lowConfidence(),
                Duration.ofDays(settings.retentionDays()), settings.maxEntries());
    }

    /** Deletes expired entries now, then once a day; a failure is logged and does not stop the bot. */
    public LearningLog start() {
        purgeQuietly();
        purger.scheduleAtFixedRate(this::purgeQuietly, 1, 1, TimeUnit.DAYS);
        return this;
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision) {
        onOutcome(outcome, decision, Origin.UNKNOWN);
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision, Origin origin) {
        if (outcome instanceof Outcome.NoMatch noMatch && noMatch.reason() != Decision.Reason.EMPTY) {
            record(outcome.question(), LearningEntry.FALLBACK, ranking(decision), origin);
        } else if (outcome instanceof Outcome.Clarify) {
            record(outcome.question(), LearningEntry.CLARIFY, ranking(decision), origin);
        } else if (outcome instanceof Outcome.Answered answered && answered.confidence() < lowConfidence
                && decision instanceof Decision.Answer) {
            record(outcome.question(), LearningEntry.LOW_CONFIDENCE, ranking(decision), origin);
        }
    }

    /** A "not helpful" vote at {@code origin}; {@code decision} is the bot's decision for the question. */
    public void recordNotHelpful(String question, Decision decision, Origin origin) {
        // A message that raised any alarm is never kept: it may say far more about a person than a question.
        if (!(decision instanceof Decision.Emergency) && !(decision instanceof Decision.Cautioned)) {
            record(question, LearningEntry.NOT_HELPFUL, ranking(decision), origin);
        }
    }

    /** The entries of every server still within the retention time, oldest first. */
    public List<LearningEntry> entries() {
        return entries(ServerScope.ALL);
    }

    /** The entries of {@code scope}'s servers still within the retention time, oldest first. */
    public List<LearningEntry> entries(ServerScope scope) {
        return store.questions(cutoff(), scope).stream().map(LearningLog::entry).toList();
    }

    /** Deletes entries older than the retention time and the oldest beyond the entry limit; returns how many. */
    public int purge() {
        return store.forget(cutoff(), maxEntries);
    }

    /** Where the entries are kept, safe to show. */
    public String describe() {
        return store.describe();
    }

    private void record(String question, String outcome, Ranking ranking, Origin origin) {
        String text = redactor.redact(question);
        if (text.isEmpty()) {
            return;
        }
        List<LearningEntry.Guess> guesses = ranking == null ? List.of() : ranking.top(GUESSES).stream()
                .map(s -> new LearningEntry.Guess(s.intent(), Math.round(s.confidence() * 10_000) / 10_000.0))
                .toList();
        // To the hour: an exact time next to a channel's history could point to the person who asked.
        store.keep(new StoredQuestion(clock.instant().truncatedTo(ChronoUnit.HOURS), origin.server(), text, outcome,
                json(guesses)));
    }

    private static String json(List<LearningEntry.Guess> guesses) {
        try {
            return JSON.writeValueAsString(guesses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("guesses always serialise", e);
        }
    }

    private static LearningEntry entry(StoredQuestion stored) {
        List<LearningEntry.Guess> guesses;
        try {
            guesses = JSON.readValue(stored.guesses(), GUESSES_TYPE);
        } catch (JsonProcessingException e) {
            guesses = List.of(); // a damaged row still shows its question
        }
        return new LearningEntry(stored.hour(), stored.text(), stored.outcome(), guesses);
    }

    private static Ranking ranking(Decision decision) {
        return decision.rankingIfAny().orElse(null);
    }

    private Instant cutoff() {
        return clock.instant().minus(retention);
    }

    private void purgeQuietly() {
        try {
            int dropped = purge();
            LOG.info("learning log: deleted {} entries older than {} days or beyond {} entries", dropped,
                    retention.toDays(), maxEntries);
        } catch (RuntimeException e) {
            LOG.warn("learning log: daily clean-up failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        purger.shutdownNow();
    }
}
