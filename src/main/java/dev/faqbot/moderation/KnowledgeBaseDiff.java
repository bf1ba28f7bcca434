package dev.faqbot.moderation;

import dev.faqbot.kb.ContentRules;
import dev.faqbot.kb.CrisisRules;
import dev.faqbot.kb.Intent;
import dev.faqbot.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What changed between two knowledge bases, for the audit log and the moderator log channel: intents added,
 * removed or changed, how many training examples came and went, answers added, removed or changed, and which
 * special files (disclaimer, crisis rules, content rules, synonyms) changed.
 */
public record KnowledgeBaseDiff(List<String> intentsAdded, List<String> intentsRemoved, List<String> intentsChanged,
                                int examplesAdded, int examplesRemoved, List<String> responsesAdded,
                                List<String> responsesRemoved, List<String> responsesChanged,
                                List<String> otherChanged) {

    public KnowledgeBaseDiff {
        intentsAdded = List.copyOf(intentsAdded);
        intentsRemoved = List.copyOf(intentsRemoved);
        intentsChanged = List.copyOf(intentsChanged);
        responsesAdded = List.copyOf(responsesAdded);
        responsesRemoved = List.copyOf(responsesRemoved);
        responsesChanged = List.copyOf(responsesChanged);
        otherChanged = List.copyOf(otherChanged);
        if (examplesAdded < 0 || examplesRemoved < 0) {
            throw new IllegalArgumentException("example counts must not be negative");
        }
    }

    public static KnowledgeBaseDiff between(KnowledgeBase before, KnowledgeBase after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Changes intents = Changes.of(before.intents(), after.intents());
        Changes responses = Changes.of(before.responses(), after.responses());
        int examplesAdded = 0;
        int examplesRemoved = 0;
        for (String id : union(before.intents(), after.intents())) {
            List<String> old = examples(before.intents().get(id));
            List<String> now = examples(after.intents().get(id));
            examplesAdded += missingFrom(old, now);
            examplesRemoved += missingFrom(now, old);
        }
        return new KnowledgeBaseDiff(intents.added(), intents.removed(), intents.changed(), examplesAdded,
                examplesRemoved, responses.added(), responses.removed(), responses.changed(),
                otherChanges(before, after));
    }

    /** True when no content differs (a comment or layout edit gives a new version but an empty diff). */
    public boolean isEmpty() {
        return intentsAdded.isEmpty() && intentsRemoved.isEmpty() && intentsChanged.isEmpty() && examplesAdded == 0
                && examplesRemoved == 0 && responsesAdded.isEmpty() && responsesRemoved.isEmpty()
                && responsesChanged.isEmpty() && otherChanged.isEmpty();
    }

    /** One line for people: "intents added [x]; examples +3 -1; responses changed [y]". */
    public String summary() {
        if (isEmpty()) {
            return "no content changes (comments or layout only)";
        }
        List<String> parts = new ArrayList<>();
        part(parts, "intents added", intentsAdded);
        part(parts, "intents removed", intentsRemoved);
        part(parts, "intents changed", intentsChanged);
        if (examplesAdded > 0 || examplesRemoved > 0) {
            parts.add("examples +" + examplesAdded + " -" + examplesRemoved);
        }
        part(parts, "responses added", responsesAdded);
        part(parts, "responses removed", responsesRemoved);
        part(parts, "responses changed", responsesChanged);
        part(parts, "also changed", otherChanged);
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, String label, List<String> ids) {
        if (!ids.isEmpty()) {
            parts.add(label + " " + ids);
        }
    }

    private static List<String> otherChanges(KnowledgeBase before, KnowledgeBase after) {
        List<String> other = new ArrayList<>();
        if (!before.disclaimer().equals(after.disclaimer())) {
            other.add("disclaimer");
        }
        if (!crisisKey(before.crisis()).equals(crisisKey(after.crisis()))) {
            other.add("crisis");
        }
        if (!rulesKey(before.rules()).equals(rulesKey(after.rules()))) {
            other.add("content-rules");
        }
        if (!before.synonyms().equals(after.synonyms())) {
            other.add("synonyms");
        }
        return other;
    }

    // Pattern has identity equality, so compare the pattern texts.
    private static List<Object> crisisKey(CrisisRules crisis) {
        return List.of(texts(crisis.emergency()), texts(crisis.selfHarm()), crisis.emergencyReplies(),
                crisis.selfHarmReplies());
    }

    private static List<Object> rulesKey(ContentRules rules) {
        return List.of(new TreeSet<>(rules.allowedDomains()), rules.bannedPhrases(),
                rules.phonePattern() == null ? "" : rules.phonePattern().pattern(), rules.minSources(),
                rules.maxAnswerChars(), rules.warnGradeAbove(), rules.withdrawAfterDays(),
                new TreeSet<>(rules.fastMoving()), rules.fastReviewMonths(), rules.reviewMonths());
    }

    private static List<String> texts(List<Pattern> patterns) {
        return patterns.stream().map(Pattern::pattern).toList();
    }

    private static List<String> examples(Intent intent) {
        return intent == null ? List.of() : intent.examples();
    }

    /** Ids added, removed and changed between two maps of records (record equality: every field). */
    private record Changes(List<String> added, List<String> removed, List<String> changed) {

        static <V> Changes of(Map<String, V> before, Map<String, V> after) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (String id : union(before, after)) {
                V old = before.get(id);
                V now = after.get(id);
                if (old == null) {
                    added.add(id);
                } else if (now == null) {
                    removed.add(id);
                } else if (!old.equals(now)) {
                    changed.add(id);
                }
            }
            return new Changes(added, removed, changed);
        }
    }

    private static <V> TreeSet<String> union(Map<String, V> a, Map<String, V> b) {
        TreeSet<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids;
    }

    /** How many of {@code wanted} are not in {@code present}, counting repeats (a multiset difference). */
    private static int missingFrom(List<String> present, List<String> wanted) {
        Map<String, Integer> left = new HashMap<>();
        present.forEach(e -> left.merge(e, 1, Integer::sum));
        int missing = 0;
        for (String e : wanted) {
            if (left.merge(e, -1, Integer::sum) < 0) {
                missing++;
            }
        }
        return missing;
    }
}
