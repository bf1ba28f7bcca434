package dev.faqbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqbot.classify.ClassifierSettings;
import dev.faqbot.core.Thresholds;
import dev.faqbot.kb.DidYouMean;
import dev.faqbot.kb.Problem;
import dev.faqbot.kb.Region;
import dev.faqbot.kb.YamlFile;
import dev.faqbot.safety.DetectorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the bundled {@code reference.yml} and lays a user's settings file over it. Every key of the user file
 * must exist in the reference (a typo is an error, not a silent default) and every value is checked.
 */
public final class SettingsLoader {

    private static final String REFERENCE = "reference.yml";
    /** Settings that existed once, and what took their place. */
    private static final Map<String, String> REMOVED = Map.of(
            "learning.file", "removed: the learning log is kept in the database now (storage.url)",
            "learning.max_file_kb", "removed: the learning log is limited by entries now (learning.max_entries)");

    /** Bad settings: each problem names the file, line and key. */
    public static final class BadSettings extends Exception {
        private final transient List<Problem> problems;

        BadSettings(List<Problem> problems) {
            super(String.join("\n", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The defaults alone. */
    public static Settings defaults() {
        try {
            return load(Optional.empty());
        } catch (BadSettings e) {
            throw new IllegalStateException("the bundled reference.yml is broken: " + e.getMessage(), e);
        }
    }

    /** The defaults, overlaid with {@code userFile} when given. */
    public static Settings load(Optional<Path> userFile) throws BadSettings {
        YamlFile reference = reference();
        ObjectNode merged = reference.root().deepCopy();
        List<Problem> problems = new ArrayList<>();
        YamlFile user = null;
        if (userFile.isPresent()) {
            try {
                user = YamlFile.read(userFile.get(), userFile.get().toString());
            } catch (YamlFile.BadFile e) {
                throw new BadSettings(List.of(e.problem()));
            }
            // An unknown key keeps its default and is reported with the bad values below: every error at once.
            overlay(merged, user.root(), "", user, problems);
        }
        SettingsReader reader = new SettingsReader(merged, user == null ? reference : user, problems);
        Settings settings = reader.read();
        if (!problems.isEmpty()) {
            problems.sort(Problem.READING_ORDER);
            throw new BadSettings(problems);
        }
        return settings;
    }

    private static YamlFile reference() {
        try (InputStream in = SettingsLoader.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException(REFERENCE + " is missing from the jar");
            }
            return YamlFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), REFERENCE);
        } catch (IOException | YamlFile.BadFile e) {
            throw new IllegalStateException("cannot read the bundled " + REFERENCE + ": " + e.getMessage(), e);
        }
    }

    private static void overlay(ObjectNode target, JsonNode source, String pointer, YamlFile user,
                                List<Problem> problems) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            String at = pointer + "/" + field.getKey();
            JsonNode known = target.get(field.getKey());
            if (known == null) {
                problems.add(unknownKey(target, pointer, at, user));
            } else if (known.isObject() && field.getValue().isObject()) {
                overlay((ObjectNode) known, field.getValue(), at, user, problems);
            } else if (known.isObject()) {
                problems.add(Problem.error(user.name(), user.line(at), at.substring(1).replace('/', '.'),
                        "must be a section with its own keys"));
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** A key the reference does not have: removed, or (most often) misspelt. */
    private static Problem unknownKey(ObjectNode section, String pointer, String at, YamlFile user) {
        String key = at.substring(1).replace('/', '.');
        List<String> siblings = new ArrayList<>();
        section.fieldNames().forEachRemaining(name -> siblings.add(pointer.isEmpty() ? name
                : pointer.substring(1).replace('/', '.') + "." + name));
        return Problem.error(user.name(), user.line(at), key, REMOVED.getOrDefault(key, "unknown setting"
                + DidYouMean.hint(key, siblings) + "; see reference.yml (README: Settings) for the ones there are"));
    }

    /** Reads typed values out of the merged tree, reporting bad ones against the user's file. */
    private static final class SettingsReader {
        private final JsonNode root;
        private final YamlFile file;
        private final List<Problem> problems;

        SettingsReader(JsonNode root, YamlFile file, List<Problem> problems) {
            this.root = root;
            this.file = file;
            this.problems = problems;
        }

        Settings read() {
            ClassifierSettings classifier = build("classifier", () -> new ClassifierSettings(
                    engine("/classifier/engine"),
                    integer("/classifier/iterations", 1, 10_000), integer("/classifier/words_iterations", 1, 10_000),
                    integer("/classifier/cutoff", 0, 1_000),
                    decimal("/classifier/gaussian_sigma", 0, 100), bool("/classifier/stem"),
                    bool("/classifier/bigrams"), integer("/classifier/char_grams", 0, 5),
                    bool("/classifier/stop_words"), bool("/classifier/length_feature"),
                    decimal("/classifier/l2_cost", 0, 100), decimal("/classifier/vector_weight", 0.001, 100)));
            DetectorSettings safety = build("safety", () -> new DetectorSettings(bool("/safety/detector"),
                    decimal("/safety/sure", 0.01, 1), decimal("/safety/unsure", 0.01, 1),
                    decimal("/safety/vector_weight", 0.001, 100), decimal("/safety/l2_cost", 0, 100)));
            Thresholds thresholds = build("thresholds", () -> new Thresholds(decimal("/thresholds/answer", 0, 1),
                    decimal("/thresholds/margin", 0, 1), decimal("/thresholds/clarify", 0, 1),
                    decimal("/thresholds/choice", 0, 1), decimal("/thresholds/out_of_scope", 0, 1)));
            Settings.Cache cache = new Settings.Cache(integer("/cache/maximum_size", 0, 10_000_000),
                    Duration.ofMinutes(integer("/cache/expire_after_minutes", 1, 100_000)), text("/cache/folder"));
            int maxChars = integer("/max_question_chars", 20, 4_000);
            Settings.Discord discord = new Settings.Discord(text("/discord/token_file"),
                    texts("/discord/auto_answer_channels"), integer("/discord/cooldown_seconds", 0, 3_600),
                    roleId("/discord/moderator_role"), text("/discord/mod_log_channel"),
                    integer("/discord/shards_total", 1, 100_000),
                    texts("/discord/shard_ids").stream().map(s -> parseShard(s)).toList(),
                    serverIds("/discord/admin_guilds"), integer("/discord/replies_per_second", 1, 45),
                    integer("/discord/max_waiting_events", 1, 1_000_000), channelIds("/discord/forum_channels"));
            Settings.Learning learning = new Settings.Learning(bool("/learning/enabled"),
                    integer("/learning/retention_days", 1, 3_650), decimal("/learning/low_confidence", 0, 1),
                    integer("/learning/max_entries", 100, 10_000_000));
            Settings.Storage storage = new Settings.Storage(storageUrl("/storage/url"), text("/storage/user"),
                    text("/storage/password"), integer("/storage/queue_size", 1, 10_000_000),
                    integer("/storage/batch_size", 1, 100_000));
            return new Settings(classifier, safety, thresholds, cache, maxChars, discord, learning, region("/region"),
                    storage);
        }

        private <T> T build(String section, java.util.function.Supplier<T> constructor) {
            int before = problems.size();
            try {
                T value = constructor.get();
                return problems.size() > before ? null : value;
            } catch (IllegalArgumentException e) {
                if (problems.size() == before) { // else it is about the stand-in for a value already reported
                    problem("/" + section, e.getMessage());
                }
                return null;
            }
        }

        private void problem(String pointer, String message) {
            problems.add(Problem.error(file.name(), file.line(pointer), pointer.substring(1).replace('/', '.'), message));
        }

        private int integer(String pointer, int min, int max) {
            JsonNode node = root.at(pointer);
            if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
                problem(pointer, "must be a whole number from " + min + " to " + max);
                return min;
            }
            return node.asInt();
        }

        private double decimal(String pointer, double min, double max) {
            JsonNode node = root.at(pointer);
            if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
                problem(pointer, "must be a number from " + min + " to " + max);
                return min;
            }
            return node.asDouble();
        }

        private ClassifierSettings.Engine engine(String pointer) {
            String value = text(pointer);
            try {
                return ClassifierSettings.Engine.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(pointer, "must be embeddings or words, not '" + value + "'");
                return ClassifierSettings.Engine.EMBEDDINGS;
            }
        }

        private boolean bool(String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isBoolean()) {
                problem(pointer, "must be true or false");
                return false;
            }
            return node.asBoolean();
        }

        private String text(String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isValueNode() || node.isNull()) {
                problem(pointer, "must be text (use \"\" for none)");
                return "";
            }
            return node.asText().strip();
        }

        private Region region(String pointer) {
            JsonNode node = root.at(pointer);
            Optional<Region> region = node.isTextual() ? Region.of(node.asText().strip()) : Optional.empty();
            if (region.isEmpty()) {
                problem(pointer, "'" + node.asText() + "' is not a region; use one of " + Region.ids());
                return Region.OTHER;
            }
            return region.get();
        }

        private List<String> texts(String pointer) {
            JsonNode node = root.at(pointer);
            if (!node.isArray()) {
                problem(pointer, "must be a list, like [123, 456] or []");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText().strip()));
            return values;
        }

        /** A role id or nothing: a role name can be taken by anyone who may create roles. */
        private String roleId(String pointer) {
            String value = text(pointer);
            if (!value.isEmpty() && !Ids.isSnowflake(value)) {
                problem(pointer, "must be the role's id (digits: Server Settings, Roles, right-click the role,"
                        + " Copy Role ID), not its name: '" + value + "'");
                return "";
            }
            return value;
        }

        private List<String> serverIds(String pointer) {
            List<String> ids = texts(pointer);
            ids.stream().filter(id -> !Ids.isSnowflake(id)).findFirst().ifPresent(bad -> problem(pointer,
                    "'" + bad + "' is not a server id (digits: right-click the server icon, Copy Server ID)"));
            return ids.stream().filter(Ids::isSnowflake).toList();
        }

        private List<String> channelIds(String pointer) {
            List<String> ids = texts(pointer);
            ids.stream().filter(id -> !Ids.isSnowflake(id)).findFirst().ifPresent(bad -> problem(pointer,
                    "'" + bad + "' is not a channel id (digits: right-click the channel, Copy Channel ID)"));
            return ids.stream().filter(Ids::isSnowflake).toList();
        }

        private String storageUrl(String pointer) {
            String value = text(pointer);
            if (!value.isEmpty() && !value.startsWith("jdbc:sqlite:") && !value.startsWith("jdbc:postgresql:")) {
                problem(pointer, "must be a jdbc:sqlite: or jdbc:postgresql: URL, or \"\" for the default"
                        + " (" + Settings.Storage.DEFAULT_URL + ")");
                return "";
            }
            return value;
        }

        private int parseShard(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problem("/discord/shard_ids", "'" + value + "' is not a shard number");
                return 0;
            }
        }
    }

    private SettingsLoader() {
    }

}
