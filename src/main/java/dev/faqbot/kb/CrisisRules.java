package dev.faqbot.kb;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the safety check looks for (the patterns in {@code intents/crisis.yml} and the detector's examples in
 * {@code intents/crisis_examples.yml}) and what it replies (from {@code responses/crisis.yml}), with the replies
 * rendered for every {@link Region}.
 */
public record CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm, CrisisExamples examples,
                          Map<Region, EmergencyReply> emergencyReplies, Map<Region, EmergencyReply> selfHarmReplies) {

    public CrisisRules {
        emergency = List.copyOf(emergency);
        selfHarm = List.copyOf(selfHarm);
        Objects.requireNonNull(examples, "examples");
        emergencyReplies = everyRegion(emergencyReplies, "emergencyReplies");
        selfHarmReplies = everyRegion(selfHarmReplies, "selfHarmReplies");
    }

    /** Patterns alone, and the same two replies for every region (a stand-in knowledge base, tests). */
    public CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm, EmergencyReply emergencyReply,
                       EmergencyReply selfHarmReply) {
        this(emergency, selfHarm, CrisisExamples.NONE, same(emergencyReply), same(selfHarmReply));
    }

    /** The reply to a medical emergency, with the region's emergency and crisis numbers first. */
    public EmergencyReply emergencyReply(Region region) {
        return emergencyReplies.get(Objects.requireNonNull(region, "region"));
    }

    /** The reply to a risk of self-harm, with the region's crisis lines and emergency numbers first. */
    public EmergencyReply selfHarmReply(Region region) {
        return selfHarmReplies.get(Objects.requireNonNull(region, "region"));
    }

    private static Map<Region, EmergencyReply> everyRegion(Map<Region, EmergencyReply> replies, String name) {
        Map<Region, EmergencyReply> copy = new EnumMap<>(Region.class);
        copy.putAll(replies);
        copy.values().forEach(r -> Objects.requireNonNull(r, name));
        if (copy.size() != Region.values().length) {
            throw new IllegalArgumentException(name + " must have a reply for every region");
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<Region, EmergencyReply> same(EmergencyReply reply) {
        Objects.requireNonNull(reply, "reply");
        return Arrays.stream(Region.values()).collect(Collectors.toMap(Function.identity(), r -> reply));
    }
}
