package dev.faqbot.kb;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the safety check looks for (the patterns in {@code intents/crisis.yml} and the detector's examples in
 * {@code intents/crisis_examples.yml}) and what it replies (from {@code responses/crisis.yml}).
 */
public record CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm, CrisisExamples examples,
                          EmergencyReply emergencyReply, EmergencyReply selfHarmReply) {

    public CrisisRules {
        emergency = List.copyOf(emergency);
        selfHarm = List.copyOf(selfHarm);
        Objects.requireNonNull(examples, "examples");
    }

    /** Patterns without detector examples. */
    public CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm, EmergencyReply emergencyReply,
                       EmergencyReply selfHarmReply) {
        this(emergency, selfHarm, CrisisExamples.NONE, emergencyReply, selfHarmReply);
    }
}
