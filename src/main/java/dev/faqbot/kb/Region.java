package dev.faqbot.kb;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where most of a community's readers live: picks which emergency and crisis numbers the emergency replies show
 * first. Each region names the numbers its lines in {@code responses/crisis.yml} must give; {@link #OTHER}, the
 * default, gives the common ones of several countries.
 */
public enum Region {
    US(List.of("911"), List.of("988")),
    CA(List.of("911"), List.of("988")),
    UK(List.of("999"), List.of("116 123")),
    IE(List.of("112"), List.of("116 123")),
    EU(List.of("112"), List.of("findahelpline.com")),
    AU(List.of("000"), List.of("findahelpline.com")),
    OTHER(List.of("911", "999", "112", "000"), List.of("988", "116 123", "findahelpline.com"));

    private final List<String> emergencyNumbers;
    private final List<String> crisisLines;

    Region(List<String> emergencyNumbers, List<String> crisisLines) {
        this.emergencyNumbers = emergencyNumbers;
        this.crisisLines = crisisLines;
    }

    /** The id used in settings and in {@code responses/crisis.yml}: {@code us}, {@code uk}, {@code other}... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The emergency numbers this region's lines must name. */
    public List<String> emergencyNumbers() {
        return emergencyNumbers;
    }

    /** The crisis lines (numbers or sites) this region's lines must name. */
    public List<String> crisisLines() {
        return crisisLines;
    }

    public static Optional<Region> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** "us, ca, uk, ie, eu, au, other": for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Region::id).collect(Collectors.joining(", "));
    }
}
