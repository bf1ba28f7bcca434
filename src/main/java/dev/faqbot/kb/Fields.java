package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed fields from one {@link YamlFile}, collecting a {@link Problem} for each bad or missing one. */
final class Fields {

    private final YamlFile file;
    private final List<Problem> problems;

    Fields(YamlFile file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    YamlFile file() {
        return file;
    }

    void error(String pointer, String message) {
        problems.add(Problem.error(file.name(), file.line(pointer), fieldName(pointer), message));
    }

    void warning(String pointer, String message) {
        problems.add(Problem.warning(file.name(), file.line(pointer), fieldName(pointer), message));
    }

    /** "/sources/1/url" -> "sources[1].url", as moderators read it. */
    static String fieldName(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return out.toString();
    }

    /** Reports every top-level field that is not one of {@code allowed} (usually a typo). */
    void onlyKnown(Set<String> allowed) {
        Iterator<String> names = file.root().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error("/" + name, "unknown field" + DidYouMean.hint(name, allowed) + "; expected one of "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    Optional<String> text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        String at = pointer + "/" + name;
        if (node == null || node.isNull()) {
            if (required) {
                error(at, "missing; add a " + name + " field");
            }
            return Optional.empty();
        }
        if (!node.isValueNode() || node.isBoolean()) {
            error(at, "must be text");
            return Optional.empty();
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            error(at, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> text(String name, boolean required) {
        return text(file.root(), "", name, required);
    }

    Optional<LocalDate> date(String name, boolean required) {
        return text(name, required).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                error("/" + name, "'" + value + "' is not a date; write it as YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    boolean bool(String name, boolean fallback) {
        JsonNode node = file.root().get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        error("/" + name, "must be true or false");
        return fallback;
    }

    /** A list of text items; each bad item is reported with its own line. */
    List<Item> texts(String name, boolean required) {
        JsonNode node = file.root().get(name);
        List<Item> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                error("/" + name, "missing; add a list of " + name);
            }
            return items;
        }
        if (!node.isArray()) {
            error("/" + name, "must be a list (one \"- item\" per line)");
            return items;
        }
        if (node.isEmpty() && required) {
            error("/" + name, "must not be empty");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "/" + name + "/" + i;
            if (item != null && item.isBoolean()) {
                // YAML reads a bare yes/no/on/off/true/false as a truth value, not as the word
                error(at, "YAML reads this as " + item.asText() + "; put the text in quotes, like \"no\"");
            } else if (item == null || !item.isValueNode() || item.isNull()) {
                error(at, "must be text");
            } else if (item.asText().isBlank()) {
                error(at, "must not be empty");
            } else {
                items.add(new Item(item.asText().strip(), file.line(at), i));
                joined(at, item.asText().strip());
            }
        }
        return items;
    }

    /** An item that YAML read together with the more indented "- " line(s) under it: two items became one. */
    private void joined(String at, String text) {
        for (int line : JoinedItems.of(file, at)) {
            problems.add(Problem.error(file.name(), line, fieldName(at), "this \"- \" line is indented further than"
                    + " the items above, so YAML joined it to the item on line " + file.line(at) + " as one: '" + text
                    + "'; line its \"-\" up with the other items"));
        }
    }

    /** A list entry with the line it stands on and its index in the list. */
    record Item(String text, int line, int index) {
    }
}
