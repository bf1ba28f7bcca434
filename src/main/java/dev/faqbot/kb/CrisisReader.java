package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the safety check's patterns ({@code intents/crisis.yml}); {@link CrisisRepliesReader} reads its replies.
 */
final class CrisisReader {

    private static final Set<String> PATTERN_FIELDS = Set.of("id", "emergency", "self_harm");

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
                patterns.add(Pattern.compile(item.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                fields.error("/" + name + "/" + item.index(), "not a valid pattern: " + e.getDescription()
                        + " near position " + e.getIndex() + " in '" + item.text() + "'");
            }
        }
        return patterns;
    }
}
