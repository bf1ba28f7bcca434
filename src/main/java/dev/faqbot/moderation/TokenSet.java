package dev.faqbot.moderation;

import dev.faqbot.text.Tokens;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * A question as the set of its stemmed content words, and the Jaccard similarity of two such sets: how
 * {@code review} tells that "is nurown approved" and "was NurOwn approved yet?" ask the same thing.
 */
record TokenSet(Set<String> words) {

    // The words that carry no topic; without them "what is X" and "what is Y" would look alike.
    private static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been",
            "am", "do", "does", "did", "i", "im", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her",
            "it", "its", "they", "them", "their", "this", "that", "these", "those", "what", "whats", "which", "who",
            "how", "why", "when", "where", "can", "could", "would", "should", "will", "to", "of", "in", "on", "at",
            "for", "from", "with", "about", "and", "or", "but", "if", "so", "any", "there", "have", "has", "had",
            "get", "got", "yet", "just", "please", "anyone", "someone", "know", "hi", "hello", "thanks");

    // SnowballStemmer keeps state between calls, so each thread has its own.
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    TokenSet {
        words = Set.copyOf(words);
    }

    /** The content words of already normalised (lower-case) text, stemmed. */
    static TokenSet of(String normalised) {
        Set<String> words = new HashSet<>();
        SnowballStemmer stemmer = STEMMER.get();
        for (String token : Tokens.of(normalised)) {
            if (!STOP.contains(token)) {
                words.add(stemmer.stem(token).toString());
            }
        }
        return new TokenSet(words);
    }

    /** Shared words over all words, from 0 to 1; two empty sets are not similar (there is nothing to compare). */
    double jaccard(TokenSet other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : words) {
            if (other.words.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (words.size() + other.words.size() - shared);
    }
}
