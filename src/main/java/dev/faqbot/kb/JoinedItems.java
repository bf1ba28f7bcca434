package dev.faqbot.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds list items that YAML silently joined to the item above: a "- " line indented further than the items
 * before it is not an item of its own but the rest of the one before ("what is an MSC - where do MSCs come from").
 * The parser cannot tell; the file's own lines can. A block of text ({@code - |}) may hold such lines on purpose.
 */
final class JoinedItems {

    private JoinedItems() {
    }

    /** The lines inside the item at {@code pointer} that start with "- ". */
    static List<Integer> of(YamlFile file, String pointer) {
        int start = file.line(pointer);
        List<Integer> joined = new ArrayList<>();
        int end = file.endLine(pointer).orElse(start);
        if (blockText(file.rawLine(start))) {
            return joined;
        }
        for (int line = start + 1; line <= end; line++) {
            String raw = file.rawLine(line).strip();
            if (raw.equals("-") || raw.startsWith("- ")) {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean blockText(String line) {
        String value = line.strip();
        value = value.startsWith("- ") ? value.substring(2).strip() : value;
        value = value.contains(": ") ? value.substring(value.indexOf(": ") + 2).strip() : value;
        return value.startsWith("|") || value.startsWith(">");
    }
}
