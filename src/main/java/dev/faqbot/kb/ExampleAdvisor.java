package dev.faqbot.kb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqbot.text.Normaliser;
import dev.faqbot.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Advice on training examples for people running {@code validate}, as warnings (they never block a load): an
 * intent with too few examples to be recognised reliably, and examples under two intents that are nearly the
 * same (the model cannot learn to tell them apart). Exact duplicates are the loader's business (an error).
 * It reads the intent files itself, so it gives advice even when the knowledge base has errors.
 */
public final class ExampleAdvisor {

    /** Fewer examples than this and an intent is often missed; the shipped intents have about 60. */
    public static final int MIN_EXAMPLES = 20;
    /** Token-set Jaccard similarity from which two examples count as nearly the same. */
    public static final double NEARLY_SAME = 0.8;

    private final Normaliser normaliser;

    public ExampleAdvisor(Normaliser normaliser) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** Warnings for the intents in {@code root/intents}, in reading order. */
    public List<Problem> advise(Path root) {
        List<Problem> warnings = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (YamlFile file : intentFiles(root.resolve("intents"))) {
            JsonNode list = file.root().get("examples");
            if (list == null || !list.isArray()) {
                continue; // the loader reports it
            }
            String intent = file.root().path("id").asText("");
            if (list.size() < MIN_EXAMPLES && !list.isEmpty()) {
                warnings.add(Problem.warning(file.name(), file.line("/examples"), "examples", "only " + list.size()
                        + " examples; write at least " + MIN_EXAMPLES + " varied ones so the model recognises this intent"));
            }
            for (int i = 0; i < list.size(); i++) {
                String text = list.get(i).asText("").strip();
                if (!text.isEmpty()) {
                    examples.add(example(intent, text, file.name(), file.line("/examples/" + i)));
                }
            }
        }
        nearlySame(examples, warnings);
        warnings.sort(Problem.READING_ORDER);
        return warnings;
    }

    private void nearlySame(List<Example> examples, List<Problem> warnings) {
        for (int i = 0; i < examples.size(); i++) {
            Example a = examples.get(i);
            for (int j = i + 1; j < examples.size(); j++) {
                Example b = examples.get(j);
                if (a.intent.equals(b.intent) || a.key.equals(b.key)) {
                    continue;
                }
                double similarity = jaccard(a.tokens, b.tokens);
                if (similarity >= NEARLY_SAME) {
                    warnings.add(Problem.warning(b.file, b.line, "examples", String.format(Locale.ROOT,
                            "'%s' is nearly the same as '%s' in %s:%d (intent '%s', similarity %.2f); the model"
                                    + " cannot tell them apart: reword one or keep it under one intent only",
                            b.text, a.text, a.file, a.line, a.intent, similarity)));
                }
            }
        }
    }

    private Example example(String intent, String text, String file, int line) {
        String normalised = normaliser.normalise(text);
        // The same key as the loader's exact-duplicate check, so one pair is never reported twice.
        String key = normalised.replaceAll("[^\\p{L}\\p{N} ]", "");
        return new Example(intent, text, file, line, key, Set.of(dedupe(Tokens.of(normalised))));
    }

    private static String[] dedupe(String[] tokens) {
        return Stream.of(tokens).distinct().toArray(String[]::new);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static List<YamlFile> intentFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<YamlFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                String id = name.replaceFirst("\\.ya?ml$", "");
                if (id.equals(name) || name.startsWith(".") || id.equals(KnowledgeBaseLoader.CRISIS)
                        || id.equals(KnowledgeBaseLoader.SYNONYMS)) {
                    continue;
                }
                try {
                    files.add(YamlFile.read(path, "intents/" + name));
                } catch (YamlFile.BadFile e) {
                    // the loader reports it
                }
            }
        } catch (IOException e) {
            return files; // the loader reports it
        }
        return files;
    }

    private record Example(String intent, String text, String file, int line, String key, Set<String> tokens) {
    }
}
