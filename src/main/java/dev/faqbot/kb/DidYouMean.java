package dev.faqbot.kb;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a typo most likely meant ({@code next_reveiw} -> {@code next_review}), by edit distance: letters
 * added, dropped, changed or swapped. Only a close name is offered; a far one would send a moderator the wrong way.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest of {@code known} to {@code typo}, if it is close enough to be what was meant. */
    public static Optional<String> closest(String typo, Collection<String> known) {
        String t = typo.toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> !k.equals(typo))
                .map(k -> new Candidate(k, distance(t, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance <= allowed(Math.min(t.length(), c.name.length())))
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    /** " (did you mean X?)" to follow "unknown field" and the like, or nothing. */
    public static String hint(String typo, Collection<String> known) {
        return closest(typo, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    // One slip in a short name, two in a longer one, three in a long one: beyond that it is another word.
    private static int allowed(int length) {
        return length <= 4 ? 1 : length <= 10 ? 2 : 3;
    }

    /** Optimal string alignment distance: a swap of two neighbouring letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Candidate(String name, int distance) {
    }
}
