package dev.faqbot.kb;

import java.util.List;

/**
 * What the safety check's detector learns from ({@code intents/crisis_examples.yml}): messages that show a
 * medical emergency, a risk of self-harm, and near misses that are not emergencies (questions ABOUT breathing,
 * choking, suicide statistics...). Every knowledge-base example counts as a non-emergency too.
 */
public record CrisisExamples(List<String> emergency, List<String> selfHarm, List<String> notCrisis) {

    public static final CrisisExamples NONE = new CrisisExamples(List.of(), List.of(), List.of());

    public CrisisExamples {
        emergency = List.copyOf(emergency);
        selfHarm = List.copyOf(selfHarm);
        notCrisis = List.copyOf(notCrisis);
    }

    /** Whether there is enough to train a detector on: some emergencies and some self-harm. */
    public boolean trainable() {
        return !emergency.isEmpty() && !selfHarm.isEmpty();
    }
}
