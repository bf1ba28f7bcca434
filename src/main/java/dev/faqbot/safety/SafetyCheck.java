package dev.faqbot.safety;

import dev.faqbot.classify.Query;
import dev.faqbot.kb.CrisisRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first step for every message: a medical emergency or a risk of self-harm is recognised here, before any
 * classification, so that such a message gets emergency guidance and nothing from the knowledge base. The
 * moderators' patterns ({@code intents/crisis.yml}) OR the detector ({@link CrisisDetector}) raise the alarm.
 */
public final class SafetyCheck {

    /** What kind of danger a message shows. */
    public enum Danger { MEDICAL_EMERGENCY, SELF_HARM }

    private final CrisisRules rules;
    private final Optional<CrisisDetector> detector;

    /** Patterns alone. */
    public SafetyCheck(CrisisRules rules) {
        this(rules, Optional.empty());
    }

    public SafetyCheck(CrisisRules rules, Optional<CrisisDetector> detector) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** The patterns alone on cleaned (lower-case, mark-up free) text; self-harm first as it needs another reply. */
    public Optional<Danger> check(String cleaned) {
        if (matchesAny(rules.selfHarm(), cleaned)) {
            return Optional.of(Danger.SELF_HARM);
        }
        if (matchesAny(rules.emergency(), cleaned)) {
            return Optional.of(Danger.MEDICAL_EMERGENCY);
        }
        return Optional.empty();
    }

    /**
     * The detector's reading, for a message the patterns ({@link #check(String)}) have already passed: they are not
     * run again here, as on a long letter they cost as much as the detector itself. {@code cleaned} is the whole
     * message; {@code query} gives the sentence vectors (shared with the classifier).
     */
    public Optional<Alarm> detect(String cleaned, Query query) {
        return detector.flatMap(d -> d.check(cleaned, query));
    }

    /**
     * The texts the detector reads for a message (the classifier's text first), whose sentence vectors it will ask
     * for; the classifier's text alone without a detector.
     */
    public List<String> reads(String cleaned, String classifierText) {
        return detector.isPresent() ? CrisisDetector.windows(cleaned, classifierText) : List.of(classifierText);
    }

    /** The detector, when the bot has sentence vectors. */
    public Optional<CrisisDetector> detector() {
        return detector;
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
}
