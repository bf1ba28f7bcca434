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
                          Map<Region, EmergencyReply> emergencyReplies, Map<Region, EmergencyReply> selfHarmReplies,
                          Map<Region, String> dangerLines) {

    /** The line that ends "did you mean" and "I don't know" replies where no region's own line is given. */
    public static final String DEFAULT_DANGER_LINE = "If someone is in danger now, call your emergency number"
            + " (911 in the US and Canada, 999 in the UK, 112 in the EU, 000 in Australia).";

    public CrisisRules {
        emergency = List.copyOf(emergency);
        selfHarm = List.copyOf(selfHarm);
        Objects.requireNonNull(examples, "examples");
        emergencyReplies = everyRegion(emergencyReplies, "emergencyReplies");
        selfHarmReplies = everyRegion(selfHarmReplies, "selfHarmReplies");
        dangerLines = everyRegion(dangerLines, "dangerLines");
    }

    /** The region's one-line reminder of what to do if someone is in danger now. */
    public String dangerLine(Region region) {
        return dangerLines.get(Objects.requireNonNull(region, "region"));
    }

    /** Patterns alone, and the same two replies for every region (a stand-in knowledge base, tests). */
    public CrisisRules(List<Pattern> emergency, List<Pattern> selfHarm, EmergencyReply emergencyReply,
                       EmergencyReply selfHarmReply) {
        this(emergency, selfHarm, CrisisExamples.NONE, same(emergencyReply), same(selfHarmReply),
                same(DEFAULT_DANGER_LINE));
    }

    /** The reply to a medical emergency, with the region's emergency and crisis numbers first. */
    public EmergencyReply emergencyReply(Region region) {
        return emergencyReplies.get(Objects.requireNonNull(region, "region"));
    }

    /** The reply to a risk of self-harm, with the region's crisis lines and emergency numbers first. */
    public EmergencyReply selfHarmReply(Region region) {
        return selfHarmReplies.get(Objects.requireNonNull(region, "region"));
    }

    private static <T> Map<Region, T> everyRegion(Map<Region, T> replies, String name) {
        Map<Region, T> copy = new EnumMap<>(Region.class);
        copy.putAll(replies);
        copy.values().forEach(r -> Objects.requireNonNull(r, name));
        if (copy.size() != Region.values().length) {
            throw new IllegalArgumentException(name + " must have a reply for every region");
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static <T> Map<Region, T> same(T reply) {
        Objects.requireNonNull(reply, "reply");
        return Arrays.stream(Region.values()).collect(Collectors.toMap(Function.identity(), r -> reply));
    }
}
