package dev.faqbot.safety;

import dev.faqbot.kb.CrisisRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first step for every message: a medical emergency or a risk of self-harm is recognised here, before any
 * classification, so that such a message gets emergency guidance and nothing from the knowledge base.
 */
public final class SafetyCheck {

    /** What kind of danger a message shows. */
    public enum Danger { MEDICAL_EMERGENCY, SELF_HARM }

    private final CrisisRules rules;

    public SafetyCheck(CrisisRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Checks cleaned (lower-case, mark-up free) text; self-harm is checked first as it needs a different line. */
    public Optional<Danger> check(String cleaned) {
        if (matchesAny(rules.selfHarm(), cleaned)) {
            return Optional.of(Danger.SELF_HARM);
        }
        if (matchesAny(rules.emergency(), cleaned)) {
            return Optional.of(Danger.MEDICAL_EMERGENCY);
        }
        return Optional.empty();
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
}
