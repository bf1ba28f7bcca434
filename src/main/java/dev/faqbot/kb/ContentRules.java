package dev.faqbot.kb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editorial rules every answer must meet, from {@code responses/content-rules.yml}: which source domains
 * are trusted, which phrases are banned, how long and how readable an answer may be, how often it is reviewed.
 *
 * @param withdrawAfterDays how many days past its {@code next_review} a medical answer is still shown; after that
 *                          the bot withdraws it ({@link #withdrawn}) until moderators review it
 */
public record ContentRules(Set<String> allowedDomains, List<String> bannedPhrases, Pattern phonePattern,
                           int minSources, int maxAnswerChars, double warnGradeAbove, int withdrawAfterDays,
                           Set<String> fastMoving, int fastReviewMonths, int reviewMonths) {

    /** The rules used when a knowledge base has no rules file: structure is checked, editorial rules are not. */
    public static final ContentRules LENIENT = new ContentRules(Set.of(), List.of(), null, 1, 4_000, 99, 36_500,
            Set.of(), 1_200, 1_200);

    public ContentRules {
        allowedDomains = Set.copyOf(allowedDomains);
        bannedPhrases = List.copyOf(bannedPhrases);
    }

    /**
     * True when {@code response} is withdrawn on {@code today}: a medical answer more than {@code withdrawAfterDays}
     * past its {@code next_review}. The bot then says it is being re-checked and shows only its sources. Answers
     * without a review date (greeting, thanks, help) are never withdrawn.
     */
    public boolean withdrawn(Response response, LocalDate today) {
        return response.medical() && response.nextReview()
                .map(next -> ChronoUnit.DAYS.between(next, today) > withdrawAfterDays).orElse(false);
    }

    /** The first day on which {@code response} is withdrawn, if it has a review date. */
    public Optional<LocalDate> withdrawnFrom(Response response) {
        return response.medical() ? response.nextReview().map(next -> next.plusDays(withdrawAfterDays + 1L))
                : Optional.empty();
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
