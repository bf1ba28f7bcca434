package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.faqbot.kb.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AuditLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void attach() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
    }

    @Test
    void theAuditTrail_isKeptEvenWhenTheRestOfTheLogIsQuiet() {
        assertTrue(logger.isInfoEnabled(), "logback.xml must keep faqbot.audit at INFO");
    }

    @Test
    void aReload_isLoggedWithWhoTheVersionsAndTheChanges() {
        KnowledgeBaseDiff diff = new KnowledgeBaseDiff(List.of("cost"), List.of(), List.of(), 12, 0, List.of("cost"),
                List.of(), List.of(), List.of());

        new AuditLog().reloaded(new ReloadResult.Loaded("moderator alice", "aaa111", "bbb222", diff, List.of(),
                Duration.ofSeconds(2), true));

        assertEquals(List.of("reload by moderator alice: aaa111 -> bbb222; intents added [cost]; examples +12 -0;"
                + " responses added [cost]"), messages());
    }

    @Test
    void aRefusal_isLoggedWithEveryError() {
        new AuditLog().reloaded(new ReloadResult.Refused("file change: responses/cost.yml", "aaa111",
                List.of(Problem.error("responses/cost.yml", 4, "title", "missing; add a title field"))));

        assertEquals(List.of("reload by file change: responses/cost.yml refused, still serving aaa111:"
                + " responses/cost.yml:4: title: missing; add a title field"), messages());
    }

    @Test
    void aFailure_isLoggedAsAnError_withWhatWasBeingDoneAndWhy() {
        new AuditLog().reloaded(new ReloadResult.Failed("moderator alice", "aaa111", "training the model",
                "java.lang.OutOfMemoryError: Java heap space"));

        assertEquals(List.of("reload by moderator alice failed while training the model, still serving aaa111:"
                + " java.lang.OutOfMemoryError: Java heap space"), messages());
        assertEquals(ch.qos.logback.classic.Level.ERROR, appender.list.get(0).getLevel());
    }

    @Test
    void aWithdrawal_isLoggedAsAWarning_withEveryAnswer() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 4, 2);
        new AuditLog().withdrawn(new Withdrawals(today, List.of(new StaleReport.Due("cost", "What does it cost?",
                today.minusMonths(4), today.minusDays(31), -31, true)), List.of("cost")));

        assertTrue(messages().get(0).startsWith("answers withdrawn for review: 1 answer(s) withdrawn for review"
                + " (newly: cost)"), messages().toString());
        assertTrue(messages().get(0).endsWith("| cost: withdrawn, review 31 days overdue (due 2027-03-02)"),
                messages().toString());
    }

    private List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
