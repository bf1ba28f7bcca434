package dev.faqbot.kb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML file that remembers the line of every field and list item, so that each problem can name
 * its line. Fields are addressed by JSON pointer: {@code /sources/1/url}.
 */
public final class YamlFile {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String name;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    /** The last line of every value that runs over more than one line. */
    private final Map<String, Integer> endLines;
    private final List<String> text;
    private final byte[] bytes;

    private YamlFile(String name, JsonNode root, Map<String, Integer> lines, Map<String, Integer> endLines,
                     String text, byte[] bytes) {
        this.name = name;
        this.root = root;
        this.lines = lines;
        this.endLines = endLines;
        this.text = text.lines().toList();
        this.bytes = bytes;
    }

    /** Reads a file; syntax errors and empty files come back as a {@link Problem} in the exception. */
    public static YamlFile read(Path path, String name) throws BadFile {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadFile(Problem.error(name, 1, "", "cannot read the file (" + e.getMessage() + ")"));
        }
        return parse(bytes, name);
    }

    /** Parses a file's bytes (UTF-8); {@code name} is how problems refer to it. */
    public static YamlFile parse(byte[] bytes, String name) throws BadFile {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFile(Problem.error(name, 1, "", "cannot read the file (" + e.getMessage() + ")"));
        }
        return parse(text, bytes.clone(), name);
    }

    /** Parses YAML text; {@code name} is how problems refer to it. */
    public static YamlFile parse(String text, String name) throws BadFile {
        return parse(text, text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static YamlFile parse(String text, byte[] bytes, String name) throws BadFile {
        if (text.strip().isEmpty() || onlyComments(text)) {
            throw new BadFile(Problem.error(name, 1, "", "the file is empty"));
        }
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> endLines = new HashMap<>();
        // One pass: the tree is built from the very tokens whose lines are noted (parsing twice cost a quarter of a
        // second at every start).
        try (JsonParser parser = new LineRecorder(FACTORY.createParser(text), lines, endLines)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new BadFile(Problem.error(name, 1, "", "the file is empty"));
            }
            if (!root.isObject()) {
                throw new BadFile(Problem.error(name, 1, "", "expected a mapping of fields (key: value), found "
                        + (root.isArray() ? "a list" : root.isTextual() ? "text" : root.isNumber() ? "a number" : "a true/false value")));
            }
            return new YamlFile(name, root, lines, endLines, text, bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            throw new BadFile(Problem.error(name, line, "", "YAML syntax error: " + explain(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading YAML from a string failed", e);
        }
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
    }

    /** The parser's words, without its echo of the file, and a hint a moderator can act on. */
    private static String explain(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            String problem = firstLine(marked.getProblem());
            return context + problem + hint(context + problem);
        }
        String message = firstLine(e.getOriginalMessage());
        return message.startsWith("Duplicate field") ? message + "; each field may appear only once" : message;
    }

    private static String hint(String what) {
        if (what.contains("quoted scalar")) {
            return " (a quote opened on this line is never closed)";
        }
        if (what.contains("block end") || what.contains("block sequence") || what.contains("mapping values")
                || what.contains("block mapping")) {
            return " (check the indentation: list items start with \"- \" and line up with the ones above,"
                    + " and each field is written as name: value)";
        }
        return "";
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /**
     * Notes the line of every field and list item (by JSON pointer) as the tree is read, and the last line of every
     * value that runs over more than one line. Every way of reading on goes through {@link #nextToken()}.
     */
    private static final class LineRecorder extends JsonParserDelegate {

        private final Map<String, Integer> lines;
        private final Map<String, Integer> endLines;

        LineRecorder(JsonParser parser, Map<String, Integer> lines, Map<String, Integer> endLines) {
            super(parser);
            this.lines = lines;
            this.endLines = endLines;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token != null && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                String pointer = delegate.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointer = delegate.getParsingContext().getParent() == null
                            ? "" : delegate.getParsingContext().getParent().pathAsPointer().toString();
                }
                int line = delegate.currentTokenLocation().getLineNr();
                lines.putIfAbsent(pointer, line);
                if (token.isScalarValue() && delegate.currentLocation().getLineNr() > line) {
                    endLines.put(pointer, delegate.currentLocation().getLineNr());
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            if (currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY) {
                for (int open = 1; open > 0; ) {
                    JsonToken token = nextToken();
                    if (token == null) {
                        break;
                    }
                    open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                }
            }
            return this;
        }
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    /** Feeds the bytes this file was parsed from to {@code digest}: a version is the hash of what was read. */
    public void digest(MessageDigest digest) {
        digest.update(bytes);
    }

    /** The line of the field at {@code pointer}, else of its nearest enclosing field, else 1. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return 1;
            }
            p = p.substring(0, slash);
        }
    }

    /** The last line of the value at {@code pointer}, when it runs over more than one line. */
    Optional<Integer> endLine(String pointer) {
        return Optional.ofNullable(endLines.get(pointer));
    }

    /** Line {@code n} (from 1) of the file as written. */
    String rawLine(int n) {
        return n >= 1 && n <= text.size() ? text.get(n - 1) : "";
    }

    /** A file that cannot be read at all; carries the problem that says why. */
    public static final class BadFile extends Exception {
        private final transient Problem problem;

        BadFile(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
