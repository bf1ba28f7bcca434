package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code intents/synonyms.yml}: {@code words: {canonical: [variant, ...]}}. */
final class SynonymsReader {

    private static final Set<String> FIELDS = Set.of("id", "words");

    Optional<Synonyms> read(YamlFile file, List<Problem> problems) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(FIELDS);
        Ids.checkId(fields, "synonyms");
        JsonNode words = file.root().get("words");
        if (words == null || !words.isObject()) {
            fields.error("/words", "missing; add words: with one 'canonical: [variant, ...]' line per word");
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, List<String>> map = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        words.properties().forEach(entry -> {
            String at = "/words/" + entry.getKey();
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                fields.error(at, "must be a non-empty list of words or phrases that mean '" + entry.getKey() + "'");
                return;
            }
            List<String> variants = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                String variant = entry.getValue().get(i).asText().strip().toLowerCase(Locale.ROOT);
                String previous = seen.putIfAbsent(variant, entry.getKey());
                if (variant.isEmpty()) {
                    fields.error(at + "/" + i, "must not be empty");
                } else if (previous != null) {
                    fields.error(at + "/" + i, "'" + variant + "' is already listed under '" + previous + "'");
                } else {
                    variants.add(variant);
                }
            }
            map.put(entry.getKey().toLowerCase(Locale.ROOT), variants);
        });
        return problems.size() > before ? Optional.empty() : Optional.of(new Synonyms(map));
    }
}
