package dev.faqbot.classify;

import java.util.Set;

/**
 * Words that say nothing about what is asked (pronouns, articles, fillers). Question words (what, how, why,
 * is, can) are kept: "what are MSCs" and "how do MSCs work" differ only in them.
 */
final class StopWords {

    static final Set<String> WORDS = Set.of(
            "i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "our", "ours", "us", "you", "your", "yours",
            "he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "the", "a", "an",
            "and", "or", "but", "so", "of", "to", "in", "on", "at", "by", "with", "from", "as", "this", "that",
            "these", "those", "just", "really", "very", "also", "too", "some", "any", "all", "been", "being",
            "am", "was", "were", "be", "has", "have", "had", "having", "get", "got", "there", "here", "then",
            "well", "ok", "okay", "um", "uh", "like", "know", "dont", "oh", "yeah", "guys", "pls", "plz");

    private StopWords() {
    }
}
