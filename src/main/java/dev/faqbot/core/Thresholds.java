package dev.faqbot.core;

/**
 * When the bot answers, asks "did you mean", or declines. Defaults and the reasons for them are in
 * {@code reference.yml}; {@code eval --calibrate} proposes values from a labelled file.
 *
 * @param answer   the top intent needs at least this confidence to be answered
 * @param margin   ... and must lead the second by at least this much
 * @param clarify  the top intent needs at least this confidence for a "did you mean" (below it: decline)
 * @param choice   an intent needs at least this confidence to be offered as a "did you mean" choice
 * @param outOfScope a question the model gives at least this out-of-scope probability is declined rather than
 *                 offered choices (it still gets a direct answer when one intent is clearly ahead); 1 turns it off
 */
public record Thresholds(double answer, double margin, double clarify, double choice, double outOfScope) {

    public static final Thresholds DEFAULTS = new Thresholds(0.80, 0.10, 0.10, 0.05, 0.30);

    public Thresholds {
        check("answer", answer);
        check("margin", margin);
        check("clarify", clarify);
        check("choice", choice);
        check("out of scope", outOfScope);
        if (clarify > answer) {
            throw new IllegalArgumentException("clarify threshold (" + clarify + ") must not be above the answer"
                    + " threshold (" + answer + ")");
        }
        if (choice > clarify) {
            throw new IllegalArgumentException("choice threshold (" + choice + ") must not be above the clarify"
                    + " threshold (" + clarify + ")");
        }
    }

    /** Thresholds without the out-of-scope rule. */
    public Thresholds(double answer, double margin, double clarify, double choice) {
        this(answer, margin, clarify, choice, 1.0);
    }

    /** Thresholds where a "did you mean" choice needs what the top intent needs. */
    public Thresholds(double answer, double margin, double clarify) {
        this(answer, margin, clarify, clarify);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " threshold must be from 0 to 1: " + value);
        }
    }
}
