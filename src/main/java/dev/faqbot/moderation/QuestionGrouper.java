package dev.faqbot.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Greedy clustering of logged questions: each entry, oldest first, joins the group it is most like, if it is like
 * it enough, else starts a new group. By meaning (sentence vectors, {@link QuestionVectors}), an entry is compared
 * with the group's mean vector, so "induced pluripotent stem cells ALS trial?" and "anything with iPS cells for als"
 * meet although they share one word. By words (token-set Jaccard; without a sentence model), with the group's first
 * question only, which keeps groups from drifting into a chain of loosely related questions.
 */
final class QuestionGrouper {

    /** Words: the share of content words two questions must have in common. */
    static final double DEFAULT_SIMILARITY = 0.5;
    /**
     * Meaning: the cosine of centred BGE-small vectors from which a question joins a group. Measured on wordings of
     * one question (iPSCs: 0.50 to 0.62 pairwise, 0.6 and more with the group's mean; two wordings of a cost question:
     * 0.90) against unrelated ALS questions (below 0.2, mostly below 0; "stem cells for als" 0.3 to 0.6, a question
     * of its own that is close to every stem cell question).
     */
    static final double MEANING_SIMILARITY = 0.45;

    private final double similarity;
    private final Optional<QuestionVectors> meaning;

    /** Groups by words. */
    QuestionGrouper(double similarity) {
        this(similarity, Optional.empty());
    }

    QuestionGrouper(double similarity, Optional<QuestionVectors> meaning) {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be above 0 and at most 1: " + similarity);
        }
        this.similarity = similarity;
        this.meaning = meaning;
    }

    /** Groups by meaning, words where a text has no vector. */
    static QuestionGrouper byMeaning(QuestionVectors vectors) {
        return new QuestionGrouper(MEANING_SIMILARITY, Optional.of(vectors));
    }

    List<List<LearningEntry>> group(List<LearningEntry> entries) {
        List<LearningEntry> ordered = entries.stream().sorted(Comparator.comparing(LearningEntry::time)).toList();
        if (ordered.isEmpty()) {
            return List.of(); // nothing to embed, not even the background
        }
        LinkedHashSet<String> texts = ordered.stream().map(LearningEntry::text)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, float[]> vectors = meaning.map(m -> m.vectors(texts)).orElse(Map.of());
        List<Seed> seeds = new ArrayList<>();
        for (LearningEntry entry : ordered) {
            Seed probe = new Seed(entry.text(), TokenSet.of(entry.text()), vectors.get(entry.text()));
            Seed home = seeds.stream().filter(s -> probe.likeness(s) >= similarity)
                    .max(Comparator.comparingDouble(probe::likeness)).orElse(null);
            if (home == null) {
                home = probe;
                seeds.add(home);
            }
            home.add(entry, probe.vector);
        }
        return seeds.stream().map(s -> List.copyOf(s.members)).toList();
    }

    /** A group: its first question's words, the sum of its members' vectors (null by words), its members. */
    private static final class Seed {
        final String text;
        final TokenSet words;
        final float[] vector;
        final List<LearningEntry> members = new ArrayList<>();

        Seed(String text, TokenSet words, float[] vector) {
            this.text = text;
            this.words = words;
            this.vector = vector == null ? null : vector.clone();
        }

        /** How like {@code group} this one-question seed is: 1 for the same text. */
        double likeness(Seed group) {
            if (group.text.equals(text)) {
                return 1;
            }
            if (vector != null && group.vector != null) {
                return Cosine.of(vector, group.vector);
            }
            return words.jaccard(group.words);
        }

        void add(LearningEntry entry, float[] entryVector) {
            if (!members.isEmpty() && vector != null && entryVector != null) {
                for (int d = 0; d < vector.length; d++) {
                    vector[d] += entryVector[d];
                }
            }
            members.add(entry);
        }
    }
}
