package dev.faqbot.kb;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editorial rules every answer must meet, from {@code responses/content-rules.yml}: which source domains
 * are trusted, which phrases are banned, how long and how readable an answer may be, how often it is reviewed.
 */
public record ContentRules(Set<String> allowedDomains, List<String> bannedPhrases, Pattern phonePattern,
                           int minSources, int maxAnswerChars, double warnGradeAbove, int overdueErrorDays,
                           Set<String> fastMoving, int fastReviewMonths, int reviewMonths) {

    /** The rules used when a knowledge base has no rules file: structure is checked, editorial rules are not. */
    public static final ContentRules LENIENT = new ContentRules(Set.of(), List.of(), null, 1, 4_000, 99, 36_500,
            Set.of(), 1_200, 1_200);

    public ContentRules {
        allowedDomains = Set.copyOf(allowedDomains);
        bannedPhrases = List.copyOf(bannedPhrases);
    }

    /** True when the host is an allowed domain or a subdomain of one (an empty allow-list allows all). */
    public boolean allowsHost(String host) {
        if (allowedDomains.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return allowedDomains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }
}
