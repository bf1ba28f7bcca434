package dev.faqbot.kb;

import java.util.Locale;

/** The reading-level rule that answers, the disclaimer and the emergency replies share. */
final class ReadingLevel {

    private ReadingLevel() {
    }

    /** Warns at {@code pointer} when {@code text} reads above the content rules' grade. */
    static void check(Fields fields, String pointer, String text, ContentRules rules) {
        double grade = Readability.grade(text);
        if (grade > rules.warnGradeAbove()) {
            fields.warning(pointer, String.format(Locale.ROOT, "reading grade %.1f is above %.0f; %s", grade,
                    rules.warnGradeAbove(), ADVICE));
        }
    }

    static final String ADVICE = "use shorter sentences and everyday words";
}
