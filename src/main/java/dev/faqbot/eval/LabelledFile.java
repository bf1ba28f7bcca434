package dev.faqbot.eval;

import dev.faqbot.kb.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code label<TAB>message} files; {@code a|b} means either label is right. Blank and # lines are skipped. */
public final class LabelledFile {

    private LabelledFile() {
    }

    /** Thrown for an unreadable or malformed file; the message names the file and line. */
    public static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    public static List<LabelledLine> read(Path path) throws BadFile {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadFile(path + ": cannot read (" + e.getMessage() + ")");
        }
        List<LabelledLine> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                problems.add(Problem.error(path.toString(), i + 1, "", "expected label<TAB>message").toString());
                continue;
            }
            Set<String> labels = new LinkedHashSet<>(Arrays.asList(line.substring(0, tab).strip().split("\\|")));
            labels.removeIf(String::isBlank);
            if (labels.isEmpty()) {
                problems.add(Problem.error(path.toString(), i + 1, "", "expected label<TAB>message").toString());
                continue;
            }
            result.add(new LabelledLine(labels, line.substring(tab + 1).strip(), i + 1));
        }
        if (!problems.isEmpty()) {
            throw new BadFile(String.join("\n", problems));
        }
        if (result.isEmpty()) {
            throw new BadFile(path + ":1: the file has no labelled lines");
        }
        return result;
    }
}
