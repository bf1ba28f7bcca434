package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the safety check's patterns ({@code intents/crisis.yml}) and its detector's examples
 * ({@code intents/crisis_examples.yml}); {@link CrisisRepliesReader} reads its replies.
 */
final class CrisisReader {

    private static final Set<String> PATTERN_FIELDS = Set.of("id", "emergency", "self_harm");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("id", "emergency", "self_harm", "not_crisis");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    record Patterns(List<Pattern> emergency, List<Pattern> selfHarm) {
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
                Pattern written = Pattern.compile(item.text(), FLAGS);
                patterns.add(fast(written));
            } catch (PatternSyntaxException e) {
                fields.error("/" + name + "/" + item.index(), "not a valid pattern: " + e.getDescription()
                        + " near position " + e.getIndex() + " in '" + item.text() + "'");
            }
        }
        return patterns;
    }

    /**
     * The same pattern, rewritten to be cheap to search with: lookbehinds checked last ({@link LookbehindsLast}) and
     * the characters a match can start with checked first ({@link FirstChars}); as written if that fails.
     */
    static Pattern fast(Pattern written) {
        String lookbehindsLast = LookbehindsLast.rewrite(written.pattern());
        String rewritten = FirstChars.of(lookbehindsLast).map(first -> "(?=" + first + ")(?:" + lookbehindsLast + ")")
                .orElse(lookbehindsLast);
        try {
            return rewritten.equals(written.pattern()) ? written : Pattern.compile(rewritten, FLAGS);
        } catch (PatternSyntaxException e) {
            return written;
        }
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
}
