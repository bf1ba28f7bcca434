package dev.faqbot.kb;

import dev.faqbot.text.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads and checks a knowledge base folder ({@code intents/} and {@code responses/}). Every problem in every
 * file is collected before deciding; a knowledge base with any error is refused whole, never half-loaded.
 */
public final class KnowledgeBaseLoader {

    static final String CRISIS = "crisis";
    static final String CRISIS_EXAMPLES = "crisis_examples";
    static final String SYNONYMS = "synonyms";
    static final String DISCLAIMER = "disclaimer";
    static final String RULES = "content-rules";

    private final Normaliser normaliser;
    private final Clock clock;
    private final FileReader reader;

    /** @param clock review dates are judged by it (never to refuse: see {@link ContentChecker}) */
    public KnowledgeBaseLoader(Normaliser normaliser, Clock clock) {
        this(normaliser, clock, Files::readAllBytes);
    }

    /** As above, reading files through {@code reader} (a test's, to edit a file just after it was read). */
    KnowledgeBaseLoader(Normaliser normaliser, Clock clock, FileReader reader) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** How the loader reads a file's bytes. */
    @FunctionalInterface
    interface FileReader {
        byte[] read(Path path) throws IOException;
    }

    public LoadResult load(Path root) {
        List<Problem> problems = new ArrayList<>();
        Map<String, YamlFile> intentFiles = readFolder(root, "intents", problems, reader);
        Map<String, YamlFile> responseFiles = readFolder(root, "responses", problems, reader);

        Map<String, Intent> intents = new TreeMap<>();
        List<IntentReader.ExampleAt> examples = new ArrayList<>();
        IntentReader intentReader = new IntentReader();
        intentFiles.forEach((id, file) -> {
            if (!id.equals(CRISIS) && !id.equals(SYNONYMS) && !id.equals(CRISIS_EXAMPLES)) {
                intentReader.read(file, id, problems, examples).ifPresent(i -> intents.put(id, i));
            }
        });
        CrisisReader crisisReader = new CrisisReader();
        CrisisExamples crisisExamples = Files.isDirectory(root.resolve("intents"))
                ? crisisExamples(intentFiles, crisisReader, problems, examples) : CrisisExamples.NONE;
        new ExampleChecker(normaliser).check(examples, problems);

        ContentRules rules = Optional.ofNullable(responseFiles.get(RULES))
                .flatMap(f -> new RulesReader().read(f, problems)).orElse(ContentRules.LENIENT);
        Optional<CrisisReader.Patterns> patterns = special(intentFiles, CRISIS, "intents", problems)
                .flatMap(f -> crisisReader.readPatterns(f, problems));
        Optional<CrisisRepliesReader.Replies> replies = special(responseFiles, CRISIS, "responses", problems)
                .flatMap(f -> new CrisisRepliesReader().read(f, problems, rules));
        Synonyms synonyms = Optional.ofNullable(intentFiles.get(SYNONYMS))
                .flatMap(f -> new SynonymsReader().read(f, problems)).orElse(Synonyms.none());
        Optional<String> disclaimer = special(responseFiles, DISCLAIMER, "responses", problems)
                .flatMap(f -> readDisclaimer(f, problems, rules));

        Map<String, Response> responses = readResponses(root, responseFiles, intentFiles, intents, rules, problems);

        problems.sort(Problem.READING_ORDER);
        if (problems.stream().anyMatch(Problem::isError) || patterns.isEmpty() || replies.isEmpty()
                || disclaimer.isEmpty()) {
            return new LoadResult.Refused(problems);
        }
        CrisisRules crisis = new CrisisRules(patterns.get().emergency(), patterns.get().selfHarm(), crisisExamples,
                replies.get().emergency(), replies.get().selfHarm(), replies.get().dangerLines());
        KnowledgeBase kb = new KnowledgeBase(intents, responses, disclaimer.get(), crisis, synonyms, rules,
                version(intentFiles, responseFiles), clock.instant());
        return new LoadResult.Loaded(kb, problems);
    }

    /** The detector's examples; without the file the safety check runs on its patterns alone (a warning). */
    private static CrisisExamples crisisExamples(Map<String, YamlFile> intentFiles, CrisisReader reader,
                                                 List<Problem> problems, List<IntentReader.ExampleAt> examples) {
        YamlFile file = intentFiles.get(CRISIS_EXAMPLES);
        if (file == null) {
            problems.add(Problem.warning("intents/" + CRISIS_EXAMPLES + ".yml", 1, "", "missing: the safety check"
                    + " will recognise emergencies by the patterns in intents/crisis.yml alone"));
            return CrisisExamples.NONE;
        }
        return reader.readExamples(file, problems, examples).orElse(CrisisExamples.NONE);
    }

    private Map<String, Response> readResponses(Path root, Map<String, YamlFile> files, Map<String, YamlFile> intentFiles,
                                                Map<String, Intent> intents, ContentRules rules,
                                                List<Problem> problems) {
        Map<String, Response> responses = new TreeMap<>();
        List<ResponseReader.Read> read = new ArrayList<>();
        ResponseReader reader = new ResponseReader();
        files.forEach((id, file) -> {
            if (id.equals(CRISIS) || id.equals(DISCLAIMER) || id.equals(RULES)) {
                return;
            }
            // an intent file that exists but cannot be read has its own problem already
            if (id.equals(Intent.OUT_OF_SCOPE) || !intents.containsKey(id) && !exists(root, "intents", id)) {
                problems.add(Problem.error(file.name(), file.line("/id"), "id", "'" + id + "' is not a known intent"
                        + DidYouMean.hint(id, intentFiles.keySet()) + ": add intents/" + id + ".yml with its training"
                        + " examples, or remove this response"));
                return;
            }
            reader.read(file, id, problems).ifPresent(r -> {
                read.add(r);
                responses.put(id, r.response());
            });
        });
        intents.keySet().stream()
                .filter(id -> !id.equals(Intent.OUT_OF_SCOPE) && !files.containsKey(id) && !exists(root, "responses", id))
                .forEach(id -> problems.add(Problem.error(intentFiles.get(id).name(), intentFiles.get(id).line("/id"), "id",
                        "intent '" + id + "' has no response: add responses/" + id + ".yml")));
        ContentChecker checker = new ContentChecker(rules, clock);
        read.forEach(r -> checker.check(r, responses.keySet()));
        return responses;
    }

    private static boolean exists(Path root, String folder, String id) {
        Path dir = root.resolve(folder);
        return Files.exists(dir.resolve(id + ".yml")) || Files.exists(dir.resolve(id + ".yaml"));
    }

    private static Optional<String> readDisclaimer(YamlFile file, List<Problem> problems, ContentRules rules) {
        Fields fields = new Fields(file, problems);
        fields.onlyKnown(java.util.Set.of("id", "text"));
        Ids.checkId(fields, DISCLAIMER);
        Optional<String> text = fields.text("text", true);
        text.ifPresent(t -> ReadingLevel.check(fields, "/text", t, rules));
        return text;
    }

    private static Optional<YamlFile> special(Map<String, YamlFile> files, String id, String folder,
                                              List<Problem> problems) {
        YamlFile file = files.get(id);
        if (file == null) {
            problems.add(Problem.error(folder + "/" + id + ".yml", 1, "", "missing; this file is required"));
        }
        return Optional.ofNullable(file);
    }

    /** Reads every YAML file in a folder, keyed by file name without extension; bad files become problems. */
    private static Map<String, YamlFile> readFolder(Path root, String folder, List<Problem> problems,
                                                    FileReader reader) {
        Map<String, YamlFile> files = new TreeMap<>();
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(folder + "/", 1, "", "folder not found in " + root.toAbsolutePath().normalize()));
            return files;
        }
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.sorted().toList()) {
                String fileName = path.getFileName().toString();
                String name = folder + "/" + fileName;
                if (!Files.isRegularFile(path) || fileName.startsWith(".")) {
                    continue;
                }
                if (!fileName.endsWith(".yml") && !fileName.endsWith(".yaml")) {
                    problems.add(Problem.warning(name, 1, "", "ignored: only .yml files are read"));
                    continue;
                }
                String id = fileName.substring(0, fileName.lastIndexOf('.'));
                if (!Ids.valid(id) && !id.equals(RULES)) {
                    problems.add(Problem.error(name, 1, "", "file name must be an intent id: lower case letters,"
                            + " digits and _ (like msc_basics.yml)"));
                    continue;
                }
                if (files.containsKey(id)) {
                    problems.add(Problem.error(name, 1, "", "a file for '" + id + "' already exists (.yml and .yaml)"));
                    continue;
                }
                try {
                    files.put(id, YamlFile.parse(reader.read(path), name));
                } catch (YamlFile.BadFile e) {
                    problems.add(e.problem());
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(Problem.error(name, 1, "", "cannot read the file (" + e.getMessage() + ")"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.error(folder + "/", 1, "", "cannot list the folder (" + e.getMessage() + ")"));
        }
        return files;
    }

    /**
     * A short hash of every file's name and the bytes that were parsed: the same files give the same version, and a
     * file edited while the knowledge base was read cannot give a new version with old content (or the reverse).
     */
    private static String version(Map<String, YamlFile> intents, Map<String, YamlFile> responses) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (YamlFile file : Stream.concat(intents.values().stream(), responses.values().stream()).toList()) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                file.digest(sha);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
