package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads {@code responses/content-rules.yml}, the editorial rules that {@link ContentChecker} applies. */
final class RulesReader {

    private static final Set<String> FIELDS = Set.of("allowed_domains", "banned_phrases", "phone_pattern",
            "min_sources", "max_answer_chars", "warn_grade_above", "review_overdue_error_days", "fast_moving",
            "fast_review_months", "review_months");

    Optional<ContentRules> read(YamlFile file, List<Problem> problems) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(FIELDS);
        int before = problems.size();
        Set<String> domains = new HashSet<>();
        fields.texts("allowed_domains", true).forEach(i -> domains.add(i.text().toLowerCase(Locale.ROOT)));
        List<String> banned = fields.texts("banned_phrases", false).stream()
                .map(i -> i.text().toLowerCase(Locale.ROOT)).toList();
        Pattern phone = fields.text("phone_pattern", false).map(p -> compile(fields, p)).orElse(null);
        Set<String> fast = new HashSet<>();
        fields.texts("fast_moving", false).forEach(i -> fast.add(i.text()));
        ContentRules rules = new ContentRules(domains, banned, phone,
                number(fields, "min_sources", 1, 1, 10),
                number(fields, "max_answer_chars", 1_200, 100, 4_000),
                number(fields, "warn_grade_above", 8, 1, 20),
                number(fields, "review_overdue_error_days", 30, 0, 3_650),
                fast,
                number(fields, "fast_review_months", 3, 1, 60),
                number(fields, "review_months", 12, 1, 60));
        return problems.size() > before ? Optional.empty() : Optional.of(rules);
    }

    private static Pattern compile(Fields fields, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            fields.error("/phone_pattern", "not a valid pattern: " + e.getDescription());
            return null;
        }
    }

    private static int number(Fields fields, String name, int fallback, int min, int max) {
        JsonNode node = fields.file().root().get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isNumber() || node.asInt() < min || node.asInt() > max) {
            fields.error("/" + name, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return node.asInt();
    }
}
