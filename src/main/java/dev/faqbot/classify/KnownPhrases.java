package dev.faqbot.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The moderators' own examples, word for word (after normalising, synonyms and stemming): a question that is one
 * of them, under exactly one intent, goes to that intent with full confidence. A smoothed model is shy on
 * three-word questions, and a phrase a moderator wrote for an intent is the surest evidence there is.
 */
final class KnownPhrases {

    private final TextFeatures features;
    private final Map<String, String> phrases;

    private KnownPhrases(TextFeatures features, Map<String, String> phrases) {
        this.features = features;
        this.phrases = Map.copyOf(phrases);
    }

    KnownPhrases(TextFeatures features, List<LabelledText> examples) {
        this(features, examples, examples.stream().map(e -> features.tokens(e.text())).toList());
    }

    /** @param tokenised the examples' tokens, in the same order (when they are at hand already) */
    KnownPhrases(TextFeatures features, List<LabelledText> examples, List<String[]> tokenised) {
        this.features = features;
        Map<String, String> known = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (int i = 0; i < examples.size(); i++) {
            LabelledText example = examples.get(i);
            String key = String.join(" ", tokenised.get(i));
            if (key.isEmpty()) {
                continue;
            }
            if (!example.label().equals(known.getOrDefault(key, example.label()))) {
                ambiguous.add(key);
            }
            known.put(key, example.label());
        }
        ambiguous.forEach(known::remove);
        this.phrases = Map.copyOf(known);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(phrases.size());
        for (Map.Entry<String, String> e : new TreeMap<>(phrases).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    static KnownPhrases read(TextFeatures features, DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad phrase count " + n);
        }
        Map<String, String> phrases = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            phrases.put(in.readUTF(), in.readUTF());
        }
        return new KnownPhrases(features, phrases);
    }

    /** The intent whose example {@code text} is, if any. */
    Optional<String> intentOf(String text) {
        return Optional.ofNullable(phrases.get(key(text)));
    }

    /** {@code ranking} with the known intent at 1 and every other at 0, or unchanged for an unknown text. */
    Ranking apply(String text, Ranking ranking) {
        Optional<String> known = intentOf(text);
        if (known.isEmpty()) {
            return ranking;
        }
        List<Scored> sure = new ArrayList<>(ranking.ranked().size());
        ranking.ranked().forEach(s -> sure.add(new Scored(s.intent(), s.intent().equals(known.get()) ? 1.0 : 0.0)));
        return new Ranking(sure);
    }

    private String key(String text) {
        return String.join(" ", features.tokens(text));
    }
}
