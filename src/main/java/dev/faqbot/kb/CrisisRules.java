package dev.faqbot.kb;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the safety check looks for (from {@code intents/crisis.yml}) and what it replies
 * (from {@code responses/crisis.yml}).
 */
public record CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm,
                          EmergencyReply emergencyReply, EmergencyReply selfHarmReply) {

    public CrisisRules {
        emergency = List.copyOf(emergency);
        selfHarm = List.copyOf(selfHarm);
    }
}
