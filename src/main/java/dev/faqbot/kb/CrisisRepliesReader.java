package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code responses/crisis.yml}: the two emergency replies, written once with the placeholders
 * {@code {emergency_numbers}} and {@code {crisis_lines}}, and under {@code regions:} the lines that fill them for
 * each {@link Region}. Every region must be there with both parts, each part must name its region's numbers, and
 * each reply must use both placeholders: so no rendering, in any region, lacks an emergency number or a crisis line.
 */
final class CrisisRepliesReader {

    static final String EMERGENCY_NUMBERS = "emergency_numbers";
    static final String CRISIS_LINES = "crisis_lines";
    static final String DANGER_LINE = "danger_line";
    private static final Set<String> FIELDS = Set.of("id", "emergency", "self_harm", "regions", "sources", "reviewed");
    private static final Set<String> REPLY_PARTS = Set.of("title", "answer");
    private static final Set<String> REGION_PARTS = Set.of(EMERGENCY_NUMBERS, CRISIS_LINES, DANGER_LINE, "sources");
    private static final List<String> PLACEHOLDERS = List.of(EMERGENCY_NUMBERS, CRISIS_LINES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    /**
     * The two replies, rendered for every region, and per region the one line that ends every "did you mean" and
     * "I don't know" reply.
     */
    record Replies(Map<Region, EmergencyReply> emergency, Map<Region, EmergencyReply> selfHarm,
                   Map<Region, String> dangerLines) {
    }

    /** One reply as written, with its placeholders. */
    private record Template(String name, String title, String answer) {
        EmergencyReply render(Lines lines, List<Source> common) {
            List<Source> sources = new ArrayList<>(lines.sources());
            common.stream().filter(s -> !sources.contains(s)).forEach(sources::add);
            return new EmergencyReply(fill(title, lines), fill(answer, lines), sources);
        }

        private static String fill(String text, Lines lines) {
            return text.replace("{" + EMERGENCY_NUMBERS + "}", lines.emergencyNumbers())
                    .replace("{" + CRISIS_LINES + "}", lines.crisisLines());
        }
    }

    /** What one region puts into the placeholders, its one-line reminder, and the sources it shows first. */
    private record Lines(String emergencyNumbers, String crisisLines, String dangerLine, List<Source> sources) {
    }

    Optional<Replies> read(YamlFile file, List<Problem> problems, ContentRules rules) {
        Fields fields = new Fields(file, problems);
        int before = problems.size();
        fields.onlyKnown(FIELDS);
        Ids.checkId(fields, "crisis");
        fields.date("reviewed", true);
        List<Source> common = SourcesReader.read(fields, true);
        Optional<Template> emergency = template(fields, "emergency");
        Optional<Template> selfHarm = template(fields, "self_harm");
        Map<Region, Lines> regions = regions(fields);
        boolean errors = problems.subList(before, problems.size()).stream().anyMatch(Problem::isError);
        if (errors || emergency.isEmpty() || selfHarm.isEmpty()) {
            return Optional.empty();
        }
        Map<Region, String> dangerLines = new EnumMap<>(Region.class);
        regions.forEach((region, lines) -> dangerLines.put(region, lines.dangerLine()));
        Replies replies = new Replies(render(emergency.get(), regions, common), render(selfHarm.get(), regions, common),
                dangerLines);
        grade(fields, emergency.get(), replies.emergency(), rules);
        grade(fields, selfHarm.get(), replies.selfHarm(), rules);
        return Optional.of(replies);
    }

    private static Optional<Template> template(Fields fields, String name) {
        JsonNode node = fields.file().root().get(name);
        String at = "/" + name;
        if (node == null || !node.isObject()) {
            fields.error(at, "missing; add " + name + ": with a title and an answer");
            return Optional.empty();
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!REPLY_PARTS.contains(f)) {
                fields.error(at + "/" + f, "unknown field" + DidYouMean.hint(f, REPLY_PARTS) + "; expected title, answer");
            }
        });
        Optional<String> title = fields.text(node, at, "title", true);
        Optional<String> answer = fields.text(node, at, "answer", true);
        title.ifPresent(text -> knownPlaceholders(fields, at + "/title", text));
        answer.ifPresent(text -> {
            knownPlaceholders(fields, at + "/answer", text);
            PLACEHOLDERS.stream().filter(p -> !text.contains("{" + p + "}")).forEach(p -> fields.error(at + "/answer",
                    "must show {" + p + "}: every reply gives the reader's emergency numbers and crisis lines"));
        });
        if (title.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Template(name, title.get(), answer.get()));
    }

    private static void knownPlaceholders(Fields fields, String at, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                fields.error(at, "unknown placeholder " + m.group() + "; use {" + EMERGENCY_NUMBERS + "} or {"
                        + CRISIS_LINES + "}");
            }
        }
    }

    private static Map<Region, Lines> regions(Fields fields) {
        Map<Region, Lines> regions = new EnumMap<>(Region.class);
        JsonNode node = fields.file().root().get("regions");
        if (node == null || !node.isObject()) {
            fields.error("/regions", "missing; add regions: with " + DANGER_LINE + ", " + EMERGENCY_NUMBERS + " and "
                    + CRISIS_LINES + " for each of " + Region.ids());
            return regions;
        }
        node.fieldNames().forEachRemaining(id -> {
            if (Region.of(id).isEmpty()) {
                fields.error("/regions/" + id, "unknown region" + DidYouMean.hint(id, Arrays.stream(Region.values()).map(Region::id).toList())
                        + "; expected one of " + Region.ids());
            }
        });
        for (Region region : Region.values()) {
            JsonNode lines = node.get(region.id());
            if (lines == null || !lines.isObject()) {
                fields.error("/regions", "region '" + region.id() + "' is missing; add " + DANGER_LINE + ", "
                        + EMERGENCY_NUMBERS + " and " + CRISIS_LINES + " for it");
            } else {
                lines(fields, region, lines).ifPresent(l -> regions.put(region, l));
            }
        }
        return regions;
    }

    private static Optional<Lines> lines(Fields fields, Region region, JsonNode node) {
        String at = "/regions/" + region.id();
        node.fieldNames().forEachRemaining(f -> {
            if (!REGION_PARTS.contains(f)) {
                fields.error(at + "/" + f, "unknown field" + DidYouMean.hint(f, REGION_PARTS) + "; expected " + EMERGENCY_NUMBERS + ", " + CRISIS_LINES
                        + ", " + DANGER_LINE + ", sources");
            }
        });
        Optional<String> emergency = fields.text(node, at, EMERGENCY_NUMBERS, true);
        Optional<String> crisis = fields.text(node, at, CRISIS_LINES, true);
        Optional<String> danger = fields.text(node, at, DANGER_LINE, true);
        danger.ifPresent(text -> names(fields, at + "/" + DANGER_LINE, text, region.emergencyNumbers()));
        emergency.ifPresent(text -> names(fields, at + "/" + EMERGENCY_NUMBERS, text, region.emergencyNumbers()));
        crisis.ifPresent(text -> names(fields, at + "/" + CRISIS_LINES, text, region.crisisLines()));
        List<Source> sources = SourcesReader.read(fields, node, at, false);
        if (emergency.isEmpty() || crisis.isEmpty() || danger.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lines(emergency.get(), crisis.get(), danger.get().strip(), sources));
    }

    private static void names(Fields fields, String at, String text, List<String> numbers) {
        numbers.stream().filter(n -> !text.contains(n))
                .forEach(n -> fields.error(at, "must name " + n + " for readers in this region"));
    }

    private static Map<Region, EmergencyReply> render(Template template, Map<Region, Lines> regions,
                                                      List<Source> common) {
        Map<Region, EmergencyReply> replies = new EnumMap<>(Region.class);
        regions.forEach((region, lines) -> replies.put(region, template.render(lines, common)));
        return replies;
    }

    /** One warning per reply, naming each region whose rendering reads too hard. */
    private static void grade(Fields fields, Template template, Map<Region, EmergencyReply> replies,
                              ContentRules rules) {
        List<String> hard = new ArrayList<>();
        replies.forEach((region, reply) -> {
            double grade = Readability.grade(reply.answer());
            if (grade > rules.warnGradeAbove()) {
                hard.add(String.format(Locale.ROOT, "%s (%.1f)", region.id(), grade));
            }
        });
        if (!hard.isEmpty()) {
            fields.warning("/" + template.name() + "/answer", String.format(Locale.ROOT,
                    "reading grade is above %.0f for region%s %s; %s", rules.warnGradeAbove(), hard.size() > 1 ? "s" : "",
                    String.join(", ", hard),
                    ReadingLevel.ADVICE));
        }
    }
}
