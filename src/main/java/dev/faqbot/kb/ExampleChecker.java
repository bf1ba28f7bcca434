package dev.faqbot.kb;

import dev.faqbot.text.Normaliser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds training examples that stand twice: under two intents (an error) or twice in one (a warning). */
final class ExampleChecker {

    private final Normaliser normaliser;

    ExampleChecker(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    void check(List<IntentReader.ExampleAt> examples, List<Problem> problems) {
        Map<String, IntentReader.ExampleAt> first = new HashMap<>();
        for (IntentReader.ExampleAt example : examples) {
            String key = normaliser.normalise(example.text()).replaceAll("[^\\p{L}\\p{N} ]", "");
            IntentReader.ExampleAt earlier = first.putIfAbsent(key, example);
            if (earlier == null) {
                continue;
            }
            String where = earlier.file() + ":" + earlier.line();
            if (earlier.intent().equals(example.intent())) {
                problems.add(Problem.warning(example.file(), example.line(), "examples",
                        "'" + example.text() + "' is listed twice (also at " + where + ")"));
            } else {
                problems.add(Problem.error(example.file(), example.line(), "examples",
                        "'" + example.text() + "' is also an example of '" + earlier.intent() + "' (" + where
                                + "); an example can belong to one intent only"));
            }
        }
    }
}
