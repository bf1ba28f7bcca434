package dev.faqbot.moderation;

import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import dev.faqbot.core.FaqBot;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The learning log grouped by meaning (by words without a sentence model), for {@code faqbot review} and {@code /faq-admin unanswered}: the most
 * frequent and the most recent groups, each with the intent it most resembles under the current model (so a
 * moderator sees whether to add examples to an intent or write a new one).
 */
public final class UnansweredReport {

    private static final int EXAMPLES = 3;
    // Enough wordings to average over; a bound so a huge group does not cost a classifier call per entry.
    private static final int CLASSIFIED_PER_GROUP = 20;

    private final Supplier<List<LearningEntry>> entries;
    private final Function<String, Optional<Ranking>> model;
    private final QuestionGrouper grouper;

    /**
     * @param entries where the logged questions come from (usually {@code learningLog::entries})
     * @param model   ranks a question with the current model ({@link #model(FaqBot)}); empty when it cannot
     */
    public UnansweredReport(Supplier<List<LearningEntry>> entries, Function<String, Optional<Ranking>> model,
                            double similarity) {
        this(entries, model, new QuestionGrouper(similarity));
    }

    /** Groups by words: questions that use mostly the same words. */
    public UnansweredReport(Supplier<List<LearningEntry>> entries, Function<String, Optional<Ranking>> model) {
        this(entries, model, QuestionGrouper.DEFAULT_SIMILARITY);
    }

    /** Groups by meaning with {@code meaning}; by words without it (no sentence model). */
    public UnansweredReport(Supplier<List<LearningEntry>> entries, Function<String, Optional<Ranking>> model,
                            Optional<QuestionVectors> meaning) {
        this(entries, model, meaning.map(QuestionGrouper::byMeaning)
                .orElseGet(() -> new QuestionGrouper(QuestionGrouper.DEFAULT_SIMILARITY)));
    }

    private UnansweredReport(Supplier<List<LearningEntry>> entries, Function<String, Optional<Ranking>> model,
                             QuestionGrouper grouper) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.model = Objects.requireNonNull(model, "model");
        this.grouper = grouper;
    }

    /** The report {@code review} and {@code /faq-admin unanswered} show: grouped by meaning where the bot can. */
    public static UnansweredReport of(Supplier<List<LearningEntry>> entries, FaqBot bot) {
        return new UnansweredReport(entries, model(bot), QuestionVectors.of(bot));
    }

    /** The live model of {@code bot}, as a ranking function. */
    public static Function<String, Optional<Ranking>> model(FaqBot bot) {
        return text -> bot.decide(text).rankingIfAny();
    }

    /** Groups of at least {@code minCount} questions, largest first (the most recent first among equals). */
    public List<QuestionGroup> mostFrequent(int limit, int minCount) {
        Comparator<List<LearningEntry>> order = Comparator.<List<LearningEntry>>comparingInt(List::size).reversed()
                .thenComparing(UnansweredReport::lastSeen, Comparator.reverseOrder());
        return select(order, limit, minCount);
    }

    /** The groups asked most recently, newest first. */
    public List<QuestionGroup> mostRecent(int limit) {
        return select(Comparator.comparing(UnansweredReport::lastSeen, Comparator.reverseOrder()), limit, 1);
    }

    private List<QuestionGroup> select(Comparator<List<LearningEntry>> order, int limit, int minCount) {
        if (limit < 0 || minCount < 1) {
            throw new IllegalArgumentException("limit must not be negative and minimum group size must be positive");
        }
        // Only the groups shown are classified: grouping is cheap, the model is not.
        return grouper.group(entries.get()).stream().filter(g -> g.size() >= minCount).sorted(order).limit(limit)
                .map(this::describe).toList();
    }

    private QuestionGroup describe(List<LearningEntry> members) {
        List<LearningEntry> newestFirst = members.stream()
                .sorted(Comparator.comparing(LearningEntry::time).reversed()).toList();
        List<String> wordings = newestFirst.stream().map(LearningEntry::text)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        Map<String, Long> outcomes = members.stream()
                .collect(Collectors.groupingBy(LearningEntry::outcome, Collectors.counting()));
        return new QuestionGroup(members.size(), wordings.subList(0, Math.min(EXAMPLES, wordings.size())),
                newestFirst.get(0).time(), outcomes, resemblance(wordings, members));
    }

    private Optional<QuestionGroup.Resemblance> resemblance(List<String> wordings, List<LearningEntry> members) {
        List<List<Scored>> rankings = wordings.stream().limit(CLASSIFIED_PER_GROUP)
                .map(model).flatMap(Optional::stream).map(Ranking::ranked).toList();
        if (rankings.isEmpty()) {
            // No model at hand: fall back to the guesses stored when the questions were asked.
            rankings = members.stream().map(e -> e.guesses().stream()
                    .map(g -> new Scored(g.intent(), g.confidence())).toList()).filter(l -> !l.isEmpty()).toList();
        }
        if (rankings.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> total = new HashMap<>();
        rankings.forEach(r -> r.forEach(s -> total.merge(s.intent(), s.confidence(), Double::sum)));
        int n = rankings.size();
        return total.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> new QuestionGroup.Resemblance(e.getKey(), e.getValue() / n));
    }

    private static Instant lastSeen(List<LearningEntry> group) {
        return group.stream().map(LearningEntry::time).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
