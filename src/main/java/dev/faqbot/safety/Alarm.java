package dev.faqbot.safety;

import dev.faqbot.safety.SafetyCheck.Danger;
import java.util.Objects;

/**
 * The safety check's verdict on a message that shows danger.
 *
 * @param danger what kind of danger, which decides the reply
 * @param level  {@code SURE}: the emergency reply alone; {@code UNSURE}: the emergency lines first, then the
 *               normal reply (a worried-but-safe member still gets an answer)
 * @param reason what raised it, for moderators ("pattern", "detector 0.93")
 */
public record Alarm(Danger danger, Level level, String reason) {

    /** How sure the check is. */
    public enum Level { SURE, UNSURE }

    public Alarm {
        Objects.requireNonNull(danger, "danger");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean sure() {
        return level == Level.SURE;
    }
}
