package dev.faqbot.discord.gateway;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what went wrong, where, with the token scrubbed from every message. Listeners run their work
 * through {@link #guard} so that one bad event is logged and the next one is still handled. Question text
 * is never logged: it can say a lot about a person's health.
 */
public final class FailureLog {

    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);
    private static final int MAX_CAUSES = 5;

    private final Token token;

    public FailureLog(Token token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    /** A failure handler, for a queued request or a piece of work: logs "could not {what} ({where}): {cause}". */
    public Consumer<Throwable> onFailure(String what, String where) {
        return error -> LOG.warn("Could not {} ({}): {}", what, where, describe(error));
    }

    /** Runs a listener's work; anything it throws is logged with {@code where}, and the listener lives on. */
    public void guard(String where, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Failed to handle {}: {}", where, describe(e));
        }
    }

    /** The exception and its causes, one line, without the token. */
    public String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return token.redact(text.toString());
    }
}
