package dev.faqbot.discord.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqbot.discord.standin.LogCapture;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private static final String SECRET = "MTIzNDU2Nzg5.secret.value";
    private final FailureLog failures = new FailureLog(new Token(SECRET));

    @Test
    void aDescriptionNamesEveryCauseWithoutTheToken() {
        Exception error = new IllegalStateException("login with " + SECRET + " failed", new IOException("reset"));

        assertEquals("IllegalStateException: login with [token] failed <- IOException: reset",
                failures.describe(error));
    }

    @Test
    void guardedWorkThatThrowsIsLoggedWithWhereAndDoesNotEscape() {
        try (LogCapture logs = new LogCapture()) {
            failures.guard("message 42 in channel 7", () -> {
                throw new IllegalArgumentException("bad " + SECRET);
            });

            assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("ERROR")
                    && l.contains("message 42 in channel 7") && l.contains("bad [token]")), logs.lines().toString());
            assertFalse(logs.lines().toString().contains(SECRET));
        }
    }

    @Test
    void aFailedSendIsLoggedWithWhatAndWhere() {
        try (LogCapture logs = new LogCapture()) {
            failures.onFailure("answer", "message 42").accept(new IllegalStateException("403"));

            assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("WARN")
                    && l.contains("Could not answer (message 42): IllegalStateException: 403")), logs.lines().toString());
        }
    }
}
