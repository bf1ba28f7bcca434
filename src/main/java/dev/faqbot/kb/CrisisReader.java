package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the safety check's two files: the patterns ({@code intents/crisis.yml}) and the replies
 * ({@code responses/crisis.yml}). Each reply must name both the emergency number and the crisis line.
 */
final class CrisisReader {

    private static final Set<String> PATTERN_FIELDS = Set.of("id", "emergency", "self_harm");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("id", "emergency", "self_harm", "not_crisis");
    private static final Set<String> REPLY_FIELDS = Set.of("id", "emergency", "self_harm", "sources", "reviewed");
    private static final Set<String> REPLY_PARTS = Set.of("title", "answer");
    private static final List<String> MUST_MENTION = List.of("911", "988");

    record Patterns(List<Pattern> emergency, List<Pattern> selfHarm) {
    }

    record Replies(EmergencyReply emergency, EmergencyReply selfHarm) {
    }

    Optional<Patterns> readPatterns(YamlFile file, List<Problem> problems) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(PATTERN_FIELDS);
        Ids.checkId(fields, "crisis");
        int before = problems.size();
        List<Pattern> emergency = compile(fields, "emergency");
        List<Pattern> selfHarm = compile(fields, "self_harm");
        return problems.size() > before ? Optional.empty() : Optional.of(new Patterns(emergency, selfHarm));
    }

    private static List<Pattern> compile(Fields fields, String name) {
        List<Pattern> patterns = new ArrayList<>();
        for (Fields.Item item : fields.texts(name, true)) {
            try {
                patterns.add(Pattern.compile(item.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                fields.error("/" + name + "/" + item.index(), "not a valid pattern: " + e.getDescription()
                        + " near position " + e.getIndex() + " in '" + item.text() + "'");
            }
        }
        return patterns;
    }

    /**
     * Reads the detector's examples; each goes into {@code examplesOut} too, so that one standing under two lists,
     * or also under an intent, is reported like any duplicate example.
     */
    Optional<CrisisExamples> readExamples(YamlFile file, List<Problem> problems,
                                          List<IntentReader.ExampleAt> examplesOut) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(EXAMPLE_FIELDS);
        Ids.checkId(fields, KnowledgeBaseLoader.CRISIS_EXAMPLES);
        int before = problems.size();
        List<String> emergency = examples(fields, "emergency", examplesOut);
        List<String> selfHarm = examples(fields, "self_harm", examplesOut);
        List<String> notCrisis = examples(fields, "not_crisis", examplesOut);
        return problems.size() > before ? Optional.empty()
                : Optional.of(new CrisisExamples(emergency, selfHarm, notCrisis));
    }

    private static List<String> examples(Fields fields, String name, List<IntentReader.ExampleAt> examplesOut) {
        List<String> texts = new ArrayList<>();
        for (Fields.Item item : fields.texts(name, true)) {
            texts.add(item.text());
            examplesOut.add(new IntentReader.ExampleAt("crisis_examples " + name, item.text(), fields.file().name(),
                    item.line()));
        }
        return texts;
    }

    Optional<Replies> readReplies(YamlFile file, List<Problem> problems) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(REPLY_FIELDS);
        Ids.checkId(fields, "crisis");
        fields.date("reviewed", true);
        List<Source> sources = SourcesReader.read(fields, true);
        Optional<EmergencyReply> emergency = reply(fields, "emergency", sources);
        Optional<EmergencyReply> selfHarm = reply(fields, "self_harm", sources);
        if (emergency.isEmpty() || selfHarm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Replies(emergency.get(), selfHarm.get()));
    }

    private static Optional<EmergencyReply> reply(Fields fields, String name, List<Source> sources) {
        JsonNode node = fields.file().root().get(name);
        String at = "/" + name;
        if (node == null || !node.isObject()) {
            fields.error(at, "missing; add " + name + ": with a title and an answer");
            return Optional.empty();
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!REPLY_PARTS.contains(f)) {
                fields.error(at + "/" + f, "unknown field; expected title, answer");
            }
        });
        Optional<String> title = fields.text(node, at, "title", true);
        Optional<String> answer = fields.text(node, at, "answer", true);
        answer.ifPresent(text -> MUST_MENTION.stream().filter(n -> !text.contains(n)).forEach(
                n -> fields.error(at + "/answer", "must tell people to call " + n)));
        if (title.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EmergencyReply(title.get(), answer.get(), sources));
    }
}
