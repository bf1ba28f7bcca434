package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and phrases that mean the same thing (from {@code intents/synonyms.yml}), rewritten to one canonical
 * word before classification, so "mesenchymal stromal cells" and "MSCs" look alike to the classifier.
 */
public final class Synonyms {

    private static final Synonyms NONE = new Synonyms(Map.of());

    private final List<Rule> rules;

    /** @param canonicalToVariants each canonical word with the lower-case variants that mean the same */
    public Synonyms(Map<String, List<String>> canonicalToVariants) {
        List<Rule> all = new ArrayList<>();
        canonicalToVariants.forEach((canonical, variants) -> {
            for (String variant : variants) {
                all.add(new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant) + "(?![\\p{L}\\p{N}])"),
                        canonical, variant.length()));
            }
        });
        // Longest first, so "mesenchymal stem cells" wins over "stem cells".
        all.sort(Comparator.comparingInt(Rule::length).reversed());
        this.rules = List.copyOf(all);
    }

    public static Synonyms none() {
        return NONE;
    }

    /** Rewrites every variant in normalised text to its canonical word. */
    public String apply(String normalised) {
        String text = normalised;
        for (Rule rule : rules) {
            text = rule.pattern.matcher(text).replaceAll(Matcher.quoteReplacement(rule.canonical));
        }
        return text;
    }

    public int size() {
        return rules.size();
    }

    /** Equal when they rewrite the same variants to the same words: a reload keeps the model only then. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Synonyms that && keys().equals(that.keys());
    }

    @Override
    public int hashCode() {
        return keys().hashCode();
    }

    private List<String> keys() {
        return rules.stream().map(r -> r.pattern.pattern() + '\u0000' + r.canonical).toList();
    }

    private record Rule(Pattern pattern, String canonical, int length) {
    }
}
