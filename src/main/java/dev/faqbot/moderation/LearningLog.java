package dev.faqbot.moderation;

import dev.faqbot.classify.Ranking;
import dev.faqbot.config.Settings;
import dev.faqbot.core.Decision;
import dev.faqbot.core.Outcome;
import dev.faqbot.core.OutcomeListener;
import dev.faqbot.text.Normaliser;
import java.nio.file.Path;
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
 * question, the model's top three guesses, the outcome and the time are kept; emergencies are never kept.
 * Entries older than the retention time are deleted at start and once a day.
 */
public final class LearningLog implements OutcomeListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LearningLog.class);
    private static final int GUESSES = 3;

    private final LearningFile file;
    private final Redactor redactor;
    private final Clock clock;
    private final double lowConfidence;
    private final Duration retention;
    private final ScheduledExecutorService purger;

    public LearningLog(Path path, Redactor redactor, Clock clock, double lowConfidence, Duration retention,
                       long maxBytes) {
        this.file = new LearningFile(path, maxBytes);
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new IllegalArgumentException("low confidence must be from 0 to 1: " + lowConfidence);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        this.lowConfidence = lowConfidence;
        this.retention = retention;
        this.purger = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "learning-log-purge");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The log the settings describe ({@code learning:} in reference.yml); the caller checks {@code enabled}. */
    public static LearningLog of(Settings.Learning settings, Normaliser normaliser, Clock clock) {
        return new LearningLog(Path.of(settings.file()), new Redactor(normaliser), clock, settings.lowConfidence(),
                Duration.ofDays(settings.retentionDays()), settings.maxFileKb() * 1_024L);
    }

    /** Deletes expired entries now, then once a day; a failure is logged and does not stop the bot. */
    public LearningLog start() {
        purgeQuietly();
        purger.scheduleAtFixedRate(this::purgeQuietly, 1, 1, TimeUnit.DAYS);
        return this;
    }

    @Override
    public void onOutcome(Outcome outcome, Decision decision) {
        if (outcome instanceof Outcome.NoMatch noMatch && noMatch.reason() != Decision.Reason.EMPTY) {
            record(outcome.question(), LearningEntry.FALLBACK, ranking(decision));
        } else if (outcome instanceof Outcome.Clarify) {
            record(outcome.question(), LearningEntry.CLARIFY, ranking(decision));
        } else if (outcome instanceof Outcome.Answered answered && answered.confidence() < lowConfidence
                && decision instanceof Decision.Answer) {
            record(outcome.question(), LearningEntry.LOW_CONFIDENCE, ranking(decision));
        }
    }

    /** A "not helpful" vote; {@code decision} is the bot's decision for the question (for its guesses). */
    public void recordNotHelpful(String question, Decision decision) {
        // A message that raised any alarm is never kept: it may say far more about a person than a question.
        if (!(decision instanceof Decision.Emergency) && !(decision instanceof Decision.Cautioned)) {
            record(question, LearningEntry.NOT_HELPFUL, ranking(decision));
        }
    }

    /** The entries still within the retention time, oldest first. */
    public List<LearningEntry> entries() {
        Instant cutoff = cutoff();
        return file.read().stream().filter(e -> !e.time().isBefore(cutoff)).toList();
    }

    /** Deletes entries older than the retention time; returns how many. */
    public int purge() {
        return file.dropBefore(cutoff());
    }

    public Path path() {
        return file.path();
    }

    private void record(String question, String outcome, Ranking ranking) {
        String text = redactor.redact(question);
        if (text.isEmpty()) {
            return;
        }
        List<LearningEntry.Guess> guesses = ranking == null ? List.of() : ranking.top(GUESSES).stream()
                .map(s -> new LearningEntry.Guess(s.intent(), Math.round(s.confidence() * 10_000) / 10_000.0))
                .toList();
        // To the hour: an exact time next to a channel's history could point to the person who asked.
        file.append(new LearningEntry(clock.instant().truncatedTo(ChronoUnit.HOURS), text, outcome, guesses));
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
            LOG.info("learning log: deleted {} entries older than {} days", dropped, retention.toDays());
        } catch (RuntimeException e) {
            LOG.warn("learning log: daily clean-up failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        purger.shutdownNow();
    }
}
