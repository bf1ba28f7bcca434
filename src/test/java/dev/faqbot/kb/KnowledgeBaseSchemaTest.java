package dev.faqbot.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.faqbot.testkit.MiniKb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in schema/ (what editors check as you type) and the loader (what the bot checks) must agree:
 * every shipped file names its schema on its first line and meets it, what the loader refuses the schema
 * rejects, and what the loader accepts the schema accepts.
 */
class KnowledgeBaseSchemaTest {

    private static final Pattern MODELINE =
            Pattern.compile("# yaml-language-server: \\$schema=\\.\\./schema/([a-z-]+\\.schema\\.json)");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    @TempDir
    Path root;

    static Stream<Path> shippedFiles() throws IOException {
        try (Stream<Path> intents = Files.list(Path.of("intents")); Stream<Path> responses = Files.list(Path.of("responses"))) {
            return Stream.concat(intents, responses).filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedFile_namesItsSchemaOnTheFirstLine_andMeetsIt(Path file) throws Exception {
        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Matcher modeline = MODELINE.matcher(firstLine);
        String name = file.getParent().getFileName() + "/" + file.getFileName();

        assertTrue(modeline.matches(), name + " must start with '# yaml-language-server: $schema=../schema/...'");
        assertEquals(schemaFor(name), modeline.group(1), name + " names the wrong schema");
        assertEquals(Set.of(), errors(name, Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** A file the loader refuses, and why. */
    record Bad(String file, String yaml, String why) {
        @Override
        public String toString() {
            return file + ": " + why;
        }
    }

    static Stream<Bad> refusedByTheLoader() {
        String msc = MiniKb.msc("What are MSCs?", "2099-01-01");
        return Stream.of(
                new Bad("intents/greeting.yml", "id: greeting\nexample: [hi]\n", "misspelt field"),
                new Bad("intents/greeting.yml", "id: Greeting\nexamples: [hi]\n", "id not lower case"),
                new Bad("intents/greeting.yml", "id: greeting\nexamples: []\n", "no examples"),
                new Bad("intents/greeting.yml", "id: greeting\nexamples: ['  ']\n", "blank example"),
                new Bad("intents/greeting.yml", "id: greeting\nexamples: hello\n", "examples not a list"),
                new Bad("intents/greeting.yml", "id: greeting\nexamples:\n  - {a: b}\n", "example not text"),
                new Bad("responses/msc_basics.yml", msc.replace("https://www.fda.gov", "http://www.fda.gov"), "http link"),
                new Bad("responses/msc_basics.yml", msc.replace("reviewed: 2025-01-01", "reviewed: 01/01/2025"), "bad date"),
                new Bad("responses/msc_basics.yml", msc.replace("title: \"What are MSCs?\"\n", ""), "no title"),
                new Bad("responses/msc_basics.yml", msc.replace("title:", "titel:"), "misspelt field"),
                new Bad("responses/msc_basics.yml", msc.replace("title: \"What are MSCs?\"", "title: true"), "title not text"),
                new Bad("responses/msc_basics.yml", msc.replace("title: \"What are MSCs?\"", "title: \"\""), "empty title"),
                new Bad("responses/msc_basics.yml", msc.substring(0, msc.indexOf("sources:"))
                        + msc.substring(msc.indexOf("reviewed:")), "medical answer without sources"),
                new Bad("responses/msc_basics.yml", msc.replace("next_review: 2099-01-01\n", ""), "medical answer without next_review"),
                new Bad("responses/msc_basics.yml", msc.replace("related: [greeting]", "related: greeting"), "related not a list"),
                new Bad("responses/msc_basics.yml", msc + "medical: maybe\n", "medical not true or false"),
                new Bad("responses/msc_basics.yml", msc.replace("url: https://www.fda.gov/consumers", "link: https://www.fda.gov"), "source without url"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.replace(" In crisis? {crisis_lines}", ""),
                        "emergency reply without {crisis_lines}"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.replace("If in danger:", "If in {danger}:"),
                        "unknown placeholder"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.replace("  au: {danger_line: \"danger? call 000.\", emergency_numbers: call 000., crisis_lines: see findahelpline.com.}\n", ""),
                        "a region missing"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.replace("  us: {danger_line: \"danger? call 911.\", emergency_numbers: call 911., crisis_lines: call or text 988.}",
                        "  us: {danger_line: \"danger? call 911.\", emergency_numbers: call 911.}"), "a region without crisis lines"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.replace("  ie: {", "  nz: {danger_line: call 111., emergency_numbers: call 111., crisis_lines: x}\n  ie: {"),
                        "an unknown region"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.substring(0, MiniKb.CRISIS_REPLIES.indexOf("regions:"))
                        + MiniKb.CRISIS_REPLIES.substring(MiniKb.CRISIS_REPLIES.indexOf("sources:")), "no regions"),
                new Bad("responses/crisis.yml", MiniKb.CRISIS_REPLIES.substring(0, MiniKb.CRISIS_REPLIES.indexOf("self_harm:"))
                        + MiniKb.CRISIS_REPLIES.substring(MiniKb.CRISIS_REPLIES.indexOf("regions:")), "no self-harm reply"),
                new Bad("intents/crisis.yml", "id: crisis\nemergency: []\nself_harm: [x]\n", "no emergency patterns"),
                new Bad("intents/synonyms.yml", "id: synonyms\nwords:\n  msc: []\n", "word without variants"),
                new Bad("intents/synonyms.yml", "id: synonyms\n", "no words"),
                new Bad("responses/disclaimer.yml", "id: disclaimer\n", "no text"),
                new Bad("responses/content-rules.yml", "allowed_domains: [fda.gov]\nmin_sources: 0\n", "min_sources out of range"),
                new Bad("responses/content-rules.yml", "allowed_domains: [fda.gov]\nmax_chars: 100\n", "unknown rule"),
                new Bad("responses/content-rules.yml", "banned_phrases: [miracle]\n", "no allowed domains"));
    }

    @ParameterizedTest
    @MethodSource("refusedByTheLoader")
    void whatTheLoaderRefuses_theSchemaRejects(Bad bad) {
        MiniKb.write(root, "A");
        MiniKb.file(root, bad.file(), bad.yaml());

        LoadResult result = MiniKb.loader().load(root);

        LoadResult.Refused refused = assertInstanceOf(LoadResult.Refused.class, result, bad.toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.isError() && p.file().equals(bad.file())),
                bad + ": the loader should blame this file: " + refused.problems());
        assertFalse(errors(bad.file(), bad.yaml()).isEmpty(), bad + ": the schema should reject it too");
    }

    static Stream<Bad> acceptedByTheLoader() {
        LocalDate today = dev.faqbot.kb.Today.of(MiniKb.TODAY);
        String current = MiniKb.msc("What are MSCs?", today.plusMonths(6).toString())
                .replace("reviewed: 2025-01-01", "reviewed: " + today.minusDays(1));
        return Stream.of(
                new Bad("intents/greeting.yml", "id: greeting\nexamples: [hi, 42, \"yes\"]\n", "numbers and quoted yes as examples"),
                new Bad("responses/greeting.yml", "id: greeting\ntitle: Hi\nanswer: Hello!\nreviewed: 2025-01-01\nmedical: false\n"
                        + "related: []\n", "conversational answer without sources or next review"),
                new Bad("responses/msc_basics.yml", current + "medical: true\n", "medical stated outright"),
                new Bad("responses/content-rules.yml", "allowed_domains: [fda.gov]\nreview_months: 12\n", "only the required rule"));
    }

    @ParameterizedTest
    @MethodSource("acceptedByTheLoader")
    void whatTheLoaderAccepts_theSchemaAccepts(Bad good) {
        MiniKb.write(root, "A");
        MiniKb.file(root, good.file(), good.yaml());
        if (good.file().equals("responses/content-rules.yml")) {
            LocalDate today = dev.faqbot.kb.Today.of(MiniKb.TODAY);
            MiniKb.file(root, "responses/msc_basics.yml", MiniKb.msc("What are MSCs?", today.plusMonths(6).toString())
                    .replace("reviewed: 2025-01-01", "reviewed: " + today.minusDays(1)));
        }

        LoadResult result = MiniKb.loader().load(root);

        assertInstanceOf(LoadResult.Loaded.class, result, good + ": " + result.problems());
        assertEquals(Set.of(), errors(good.file(), good.yaml()), good.toString());
    }

    /** The schema each file follows, by where it is (the special files have their own). */
    static String schemaFor(String name) {
        return switch (name) {
            case "intents/crisis.yml" -> "crisis-patterns.schema.json";
            case "intents/crisis_examples.yml" -> "crisis-examples.schema.json";
            case "intents/synonyms.yml" -> "synonyms.schema.json";
            case "responses/crisis.yml" -> "crisis-replies.schema.json";
            case "responses/disclaimer.yml" -> "disclaimer.schema.json";
            case "responses/content-rules.yml" -> "content-rules.schema.json";
            default -> name.startsWith("intents/") ? "intent.schema.json" : "response.schema.json";
        };
    }

    /** Schema errors for YAML text, parsed as the loader parses it. */
    private static Set<String> errors(String name, String yaml) {
        JsonNode node;
        try {
            node = YamlFile.parse(yaml, name).root();
        } catch (YamlFile.BadFile e) {
            return Set.of("not YAML the loader reads: " + e.getMessage());
        }
        Set<ValidationMessage> messages = schema(schemaFor(name)).validate(node);
        return messages.stream().map(ValidationMessage::getMessage).collect(java.util.stream.Collectors.toSet());
    }

    private static JsonSchema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, f -> {
            try {
                JsonNode json = new ObjectMapper().readTree(Path.of("schema", f).toFile());
                return FACTORY.getSchema(json, CONFIG);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
