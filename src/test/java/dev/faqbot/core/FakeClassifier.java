package dev.faqbot.core;

import dev.faqbot.classify.IntentClassifier;
import dev.faqbot.classify.Query;
import dev.faqbot.classify.Ranking;
import dev.faqbot.classify.Scored;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A classifier that ranks by a fixed table: text -> ranking, anything else -> {@code otherwise}. Counts calls. */
final class FakeClassifier implements IntentClassifier {

    private final Map<String, Ranking> table = new HashMap<>();
    private final Ranking otherwise;
    final List<String> seen = new CopyOnWriteArrayList<>();

    FakeClassifier(Ranking otherwise) {
        this.otherwise = otherwise;
    }

    /** A classifier that is always this sure of one intent. */
    static FakeClassifier always(String intent, double confidence) {
        return new FakeClassifier(ranking(intent + "=" + confidence, "out_of_scope=" + (1 - confidence) / 2));
    }

    FakeClassifier when(String normalised, String... scored) {
        table.put(normalised, ranking(scored));
        return this;
    }

    static Ranking ranking(String... scored) {
        List<Scored> list = new ArrayList<>();
        for (String s : scored) {
            int eq = s.indexOf('=');
            list.add(new Scored(s.substring(0, eq), Double.parseDouble(s.substring(eq + 1))));
        }
        return new Ranking(list);
    }

    @Override
    public Ranking classify(Query query) {
        seen.add(query.text());
        return table.getOrDefault(query.text(), otherwise);
    }

    int calls() {
        return seen.size();
    }
}
