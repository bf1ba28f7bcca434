package dev.faqbot.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word side of a message as weighted features: stemmed words, word pairs and character 4-grams inside
 * words (for typos), each weighted by tf-idf (sub-linear counts) and scaled to unit length, so a long letter
 * and a three-word question weigh the same against the sentence vector. Only features seen in training count.
 */
final class SparseFeatures {

    private static final int CHAR_GRAM = 4;

    private final TextFeatures words;
    private final Map<String, Double> idf;

    private SparseFeatures(TextFeatures words, Map<String, Double> idf) {
        this.words = words;
        this.idf = Map.copyOf(idf);
    }

    /** Learns the idf weights from the training texts, given as their tokens. */
    static SparseFeatures fit(TextFeatures words, List<String[]> tokenised) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String[] tokens : tokenised) {
            raw(tokens).stream().distinct().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        double n = tokenised.size();
        documentFrequency.forEach((f, df) -> idf.put(f, Math.log((1 + n) / (1 + df)) + 1));
        return new SparseFeatures(words, idf);
    }

    /** Writes the idf weights (the model cache keeps them beside the model: no re-reading of every example). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(idf.size());
        for (Map.Entry<String, Double> e : new TreeMap<>(idf).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    static SparseFeatures read(TextFeatures words, DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad feature count " + n);
        }
        Map<String, Double> idf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            idf.put(in.readUTF(), in.readDouble());
        }
        return new SparseFeatures(words, idf);
    }

    /** The weighted features of a normalised text: names and values, same order. */
    Weighted of(String text) {
        return of(words.tokens(text));
    }

    /** The weighted features of a text given as its tokens. */
    Weighted of(String[] tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String f : raw(tokens)) {
            if (idf.containsKey(f)) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        String[] names = new String[counts.size()];
        float[] values = new float[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double value = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            names[i] = e.getKey();
            values[i++] = (float) value;
            norm += value * value;
        }
        double length = Math.sqrt(norm);
        for (int j = 0; j < values.length; j++) {
            values[j] /= (float) length;
        }
        return new Weighted(names, values);
    }

    /** Features with values. */
    record Weighted(String[] names, float[] values) {
    }

    private static List<String> raw(String[] tokens) {
        List<String> features = new ArrayList<>();
        for (String token : tokens) {
            features.add("w=" + token);
        }
        for (int i = 0; i + 1 < tokens.length; i++) {
            features.add("b=" + tokens[i] + "_" + tokens[i + 1]);
        }
        for (String token : tokens) {
            String word = "<" + token + ">";
            for (int i = 0; word.length() > CHAR_GRAM + 1 && i + CHAR_GRAM <= word.length(); i++) {
                features.add("c=" + word.substring(i, i + CHAR_GRAM));
            }
        }
        return features;
    }
}
