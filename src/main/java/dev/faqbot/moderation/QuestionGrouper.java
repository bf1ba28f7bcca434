package dev.faqbot.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy clustering of logged questions: each entry, oldest first, joins the first group whose first question
 * it resembles (token-set Jaccard at or above the threshold), else starts a new group. Comparing with the first
 * question only keeps groups from drifting into a chain of loosely related questions, and the cost linear in
 * the number of groups.
 */
final class QuestionGrouper {

    static final double DEFAULT_SIMILARITY = 0.5;

    private final double similarity;

    QuestionGrouper(double similarity) {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be above 0 and at most 1: " + similarity);
        }
        this.similarity = similarity;
    }

    List<List<LearningEntry>> group(List<LearningEntry> entries) {
        List<Seed> seeds = new ArrayList<>();
        List<LearningEntry> ordered = entries.stream().sorted(Comparator.comparing(LearningEntry::time)).toList();
        for (LearningEntry entry : ordered) {
            TokenSet words = TokenSet.of(entry.text());
            Seed home = null;
            for (Seed seed : seeds) {
                if (seed.text.equals(entry.text()) || seed.words.jaccard(words) >= similarity) {
                    home = seed;
                    break;
                }
            }
            if (home == null) {
                home = new Seed(entry.text(), words, new ArrayList<>());
                seeds.add(home);
            }
            home.members.add(entry);
        }
        return seeds.stream().map(s -> List.copyOf(s.members)).toList();
    }

    private record Seed(String text, TokenSet words, List<LearningEntry> members) {
    }
}
