package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    /** Every variant in one alternation, longest first: one linear pass over the text, whatever the count. */
    private final Pattern any;
    private final Map<String, String> canonicalOf;

    /** @param canonicalToVariants each canonical word with the lower-case variants that mean the same */
    public Synonyms(Map<String, List<String>> canonicalToVariants) {
        List<Rule> all = new ArrayList<>();
        canonicalToVariants.forEach((canonical, variants) -> {
            for (String variant : variants) {
                all.add(new Rule(variant, canonical));
            }
        });
        // Longest first, so "mesenchymal stem cells" wins over "stem cells" where both start.
        all.sort(Comparator.comparingInt((Rule r) -> r.variant().length()).reversed().thenComparing(Rule::variant));
        this.rules = List.copyOf(all);
        Map<String, String> canonical = new HashMap<>();
        all.forEach(r -> canonical.putIfAbsent(r.variant(), r.canonical()));
        this.canonicalOf = Map.copyOf(canonical);
        String alternation = String.join("|", all.stream().map(r -> Pattern.quote(r.variant())).toList());
        this.any = all.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    public static Synonyms none() {
        return NONE;
    }

    /** Rewrites every variant in normalised text to its canonical word. */
    public String apply(CharSequence normalised) {
        if (any == null) {
            return normalised.toString();
        }
        Matcher matcher = any.matcher(normalised);
        StringBuilder out = new StringBuilder(normalised.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(canonicalOf.get(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public int size() {
        return rules.size();
    }

    /** Equal when they rewrite the same variants to the same words: a reload keeps the model only then. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Synonyms that && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    /** The same text for the same rules, whatever order they were listed in: for cache keys. */
    public String fingerprint() {
        return String.join("\n", rules.stream().map(r -> r.variant() + '\u0000' + r.canonical()).toList());
    }

    private record Rule(String variant, String canonical) {
    }
}
