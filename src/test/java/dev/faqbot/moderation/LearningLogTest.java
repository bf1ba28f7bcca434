package dev.faqbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqbot.core.Decision;
import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningLogTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:34:56.789Z"));

    private LearningLog log(long maxBytes) {
        return new LearningLog(dir.resolve("data/unanswered.jsonl"), new Redactor(new Normaliser(500)), clock, 0.65,
                Duration.ofDays(30), maxBytes);
    }

    @Test
    void aDeclinedQuestion_isKeptRedactedWithTheTopThreeGuesses() throws IOException {
        LearningLog log = log(100_000);

        log.onOutcome(Outcomes.noMatch("<@123456789012345678> hey @sam, what about **knee** cells", Decision.Reason.NOT_CONFIDENT),
                Outcomes.decline(Decision.Reason.NOT_CONFIDENT));

        List<String> lines = Files.readAllLines(log.path());
        assertEquals(1, lines.size());
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals(Set.of("time", "text", "outcome", "guesses"), fieldNames(json));
        assertEquals("hey, what about knee cells", json.get("text").asText());
        assertEquals("fallback", json.get("outcome").asText());
        assertEquals("2026-03-01T12:00:00Z", json.get("time").asText());
        assertEquals(List.of(new LearningEntry.Guess("cost", 0.41), new LearningEntry.Guess("risks", 0.30),
                new LearningEntry.Guess("nurown", 0.19)), log.entries().get(0).guesses());
    }

    @Test
    void clarifyAndLowConfidenceAnswers_areKept_confidentAnswersAreNot() {
        LearningLog log = log(100_000);

        log.onOutcome(Outcomes.clarify("cost or risks?"), Outcomes.clarifyDecision());
        log.onOutcome(Outcomes.answered("how much is it", "cost", 0.55), Outcomes.answer("cost", 0.55));
        log.onOutcome(Outcomes.answered("what does it cost", "cost", 0.95), Outcomes.answer("cost", 0.95));

        assertEquals(List.of("clarify", "low_confidence"), log.entries().stream().map(LearningEntry::outcome).toList());
    }

    @Test
    void emergenciesAndEmptyMessages_areNeverKept() {
        LearningLog log = log(100_000);

        log.onOutcome(Outcomes.emergency("my dad cant breathe"), Outcomes.emergencyDecision());
        log.recordNotHelpful("my dad cant breathe", Outcomes.emergencyDecision());
        log.onOutcome(Outcomes.noMatch("???", Decision.Reason.EMPTY), Outcomes.decline(Decision.Reason.EMPTY));
        log.onOutcome(Outcomes.noMatch("<@123>", Decision.Reason.NOT_CONFIDENT), Outcomes.decline(Decision.Reason.NOT_CONFIDENT));

        assertEquals(List.of(), log.entries());
        assertFalse(Files.exists(log.path()));
    }

    @Test
    void notHelpfulFeedback_isKept() {
        LearningLog log = log(100_000);

        log.recordNotHelpful("Is it expensive?", Outcomes.answer("cost", 0.9));

        LearningEntry entry = log.entries().get(0);
        assertEquals("not_helpful", entry.outcome());
        assertEquals("is it expensive?", entry.text());
    }

    @Test
    void purge_dropsEntriesOlderThanTheRetentionTime() {
        LearningLog log = log(100_000);
        log.onOutcome(Outcomes.clarify("old question"), Outcomes.clarifyDecision());
        clock.advance(Duration.ofDays(20));
        log.onOutcome(Outcomes.clarify("newer question"), Outcomes.clarifyDecision());
        clock.advance(Duration.ofDays(15));

        assertEquals(List.of("newer question"), log.entries().stream().map(LearningEntry::text).toList());
        assertEquals(1, log.purge());
        assertEquals(1, readLines(log.path()).size());
    }

    @Test
    void theFile_neverGrowsPastItsCap_andKeepsTheNewest() throws IOException {
        LearningLog log = log(2_048);

        for (int i = 0; i < 200; i++) {
            log.onOutcome(Outcomes.clarify("question number " + i), Outcomes.clarifyDecision());
            assertTrue(Files.size(log.path()) <= 2_048, "size after " + i + ": " + Files.size(log.path()));
        }

        List<LearningEntry> kept = log.entries();
        assertEquals("question number 199", kept.get(kept.size() - 1).text());
        assertTrue(kept.size() < 200);
    }

    @Test
    void aDamagedLine_isSkipped() throws IOException {
        LearningLog log = log(100_000);
        log.onOutcome(Outcomes.clarify("first"), Outcomes.clarifyDecision());
        Files.writeString(log.path(), "{\"time\":\"2026-03-01T12:00:00Z\",\"te", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(log.path(), "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        log.onOutcome(Outcomes.clarify("second"), Outcomes.clarifyDecision());

        assertEquals(List.of("first", "second"), log.entries().stream().map(LearningEntry::text).toList());
    }

    @Test
    void theFile_isReadableByItsOwnerOnly() throws IOException {
        LearningLog log = log(100_000);
        log.onOutcome(Outcomes.clarify("a question"), Outcomes.clarifyDecision());

        if (log.path().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.path())));
        }
    }

    private static Set<String> fieldNames(JsonNode json) {
        Set<String> names = new java.util.TreeSet<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> readLines(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
