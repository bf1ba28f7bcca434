package dev.faqbot.classify;

/** Told how far a long step (embedding every example, training) has come, so a console can show it. */
@FunctionalInterface
public interface Progress {

    /** {@code done} of {@code total} units of {@code step} are finished. */
    void report(String step, int done, int total);

    Progress NONE = (step, done, total) -> {
    };
}
