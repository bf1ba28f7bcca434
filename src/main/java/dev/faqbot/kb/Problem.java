package dev.faqbot.kb;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong (or worth a look) in a knowledge-base file, with where it is. */
public record Problem(String file, int line, String field, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    /** Orders problems as a reader scans them: by file, then line. */
    public static final Comparator<Problem> READING_ORDER =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::field);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static Problem error(String file, int line, String field, String message) {
        return new Problem(file, line, field, message, Severity.ERROR);
    }

    public static Problem warning(String file, int line, String field, String message) {
        return new Problem(file, line, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: field: message}, with "warning:" before the field for warnings. */
    @Override
    public String toString() {
        String where = file + ":" + Math.max(line, 1) + ": ";
        String what = field.isEmpty() ? message : field + ": " + message;
        return severity == Severity.WARNING ? where + "warning: " + what : where + what;
    }
}
