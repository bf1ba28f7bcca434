package dev.faqbot.kb;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Applies the editorial {@link ContentRules} to one response: reading level (every answer), and for medical answers
 * sources, phrasing, length and dates.
 */
final class ContentChecker {

    private final ContentRules rules;
    private final Clock clock;

    ContentChecker(ContentRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    void check(ResponseReader.Read read, Set<String> knownIntents) {
        Response response = read.response();
        Fields fields = read.fields();
        checkRelated(read, knownIntents);
        // Every answer is read by the same tired, worried or non-native readers, medical or not.
        ReadingLevel.check(fields, "/answer", response.answer(), rules);
        if (!response.medical()) {
            return;
        }
        checkSources(read);
        checkText(response, fields);
        checkDates(response, fields);
    }

    private static void checkRelated(ResponseReader.Read read, Set<String> knownIntents) {
        for (Fields.Item item : read.related()) {
            String id = item.text();
            String at = "/related/" + item.index();
            if (!knownIntents.contains(id) || Intent.OUT_OF_SCOPE.equals(id)) {
                read.fields().error(at, "'" + id + "' is not an intent with a response" + DidYouMean.hint(id, knownIntents));
            } else if (id.equals(read.response().id())) {
                read.fields().error(at, "an answer cannot list itself as related");
            }
        }
    }

    private void checkSources(ResponseReader.Read read) {
        if (read.sources().size() < rules.minSources()) {
            read.fields().error("/sources", "a medical answer needs at least " + rules.minSources() + " sources, found "
                    + read.sources().size());
        }
        for (SourcesReader.At source : read.sources()) {
            String host = SourcesReader.host(source.source().url());
            if (!rules.allowsHost(host)) {
                read.fields().error(source.pointer() + "/url", host + " is not on the allowed source list"
                        + " (responses/content-rules.yml: allowed_domains)");
            }
        }
    }

    private void checkText(Response response, Fields fields) {
        String text = (response.title() + "\n" + response.answer()).toLowerCase(Locale.ROOT);
        for (String phrase : rules.bannedPhrases()) {
            if (text.contains(phrase)) {
                fields.error(text.indexOf(phrase) <= response.title().length() ? "/title" : "/answer",
                        "contains the banned phrase '" + phrase + "'");
            }
        }
        if (rules.phonePattern() != null) {
            Matcher phone = rules.phonePattern().matcher(response.answer());
            if (phone.find()) {
                fields.error("/answer", "contains what looks like a phone number ('" + phone.group().strip()
                        + "'); answers never give phone numbers");
            }
        }
        if (response.answer().length() > rules.maxAnswerChars()) {
            fields.error("/answer", "is " + response.answer().length() + " characters; keep it within "
                    + rules.maxAnswerChars() + " so it fits a phone screen");
        }
    }

    /**
     * Review dates never refuse an answer: they are checked against the clock, and a machine whose clock is wrong, or
     * a review that is late, must not take the bot (and its emergency replies) down. A late review withdraws the
     * answer instead ({@link ContentRules#withdrawn}); the dates themselves (missing, or too far apart) are errors.
     */
    private void checkDates(Response response, Fields fields) {
        LocalDate today = Today.of(clock);
        if (response.reviewed().isAfter(today)) {
            fields.warning("/reviewed", response.reviewed() + " is in the future (today is " + today
                    + " in UTC): a typo, or is this machine's clock wrong?");
        }
        if (response.nextReview().isEmpty()) {
            fields.error("/next_review", "missing; add the date this answer must be checked again");
            return;
        }
        LocalDate next = response.nextReview().get();
        boolean fast = rules.fastMoving().contains(response.id());
        int months = fast ? rules.fastReviewMonths() : rules.reviewMonths();
        if (next.isAfter(response.reviewed().plusMonths(months))) {
            fields.error("/next_review", next + " is more than " + months + " months after reviewed"
                    + (fast ? " (this topic changes fast)" : ""));
        }
        long overdue = ChronoUnit.DAYS.between(next, today);
        if (rules.withdrawn(response, today)) {
            fields.warning("/next_review", "withdrawn: review is " + overdue + " days overdue (due " + next
                    + "), so the bot says this answer is being re-checked and shows only its sources; check the facts"
                    + " and sources, then update reviewed and next_review");
        } else if (overdue > 0) {
            fields.warning("/next_review", "review is overdue since " + next + "; the bot withdraws the answer from "
                    + rules.withdrawnFrom(response).orElseThrow() + " unless it is reviewed");
        }
    }

}
