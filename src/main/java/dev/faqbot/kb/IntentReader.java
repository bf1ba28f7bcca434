package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code intents/<id>.yml}: an id and its training examples. */
final class IntentReader {

    private static final Set<String> FIELDS = Set.of("id", "examples");

    Optional<Intent> read(YamlFile file, String expectedId, List<Problem> problems, List<ExampleAt> examplesOut) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(FIELDS);
        Ids.checkId(fields, expectedId);
        List<Fields.Item> items = fields.texts("examples", true);
        List<String> examples = new ArrayList<>();
        for (Fields.Item item : items) {
            examples.add(item.text());
            examplesOut.add(new ExampleAt(expectedId, item.text(), file.name(), item.line()));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Intent(expectedId, examples));
    }

    /** A training example with where it stands, for the duplicate check across intents. */
    record ExampleAt(String intent, String text, String file, int line) {
    }
}
