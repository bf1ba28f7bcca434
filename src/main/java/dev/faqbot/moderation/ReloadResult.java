package dev.faqbot.moderation;

import dev.faqbot.kb.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a reload did. {@code trigger} says who or what asked for it: a file change, or a moderator's name. */
public sealed interface ReloadResult {

    String trigger();

    /**
     * The new knowledge base is live; {@code warnings} are its non-blocking problems. {@code retrained} is false
     * when no intent or synonym changed, so the model in use was kept.
     */
    record Loaded(String trigger, String oldVersion, String newVersion, KnowledgeBaseDiff changes,
                  List<Problem> warnings, Duration took, boolean retrained) implements ReloadResult {
        public Loaded {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(changes, "changes");
            warnings = List.copyOf(warnings);
        }
    }

    /** The files have errors; the bot keeps serving {@code servingVersion}, the one it had. */
    record Refused(String trigger, String servingVersion, List<Problem> problems) implements ReloadResult {
        public Refused {
            Objects.requireNonNull(trigger, "trigger");
            problems = List.copyOf(problems);
        }

        /** The errors only, each as {@code file:line: field: message}. */
        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /**
     * The reload failed for a reason that is not in the files: training the model ran out of memory, a library is
     * missing, a bug. The bot keeps serving {@code servingVersion}; {@code step} says what was being done ("training
     * the model"), {@code cause} what went wrong, as the exception names it.
     */
    record Failed(String trigger, String servingVersion, String step, String cause) implements ReloadResult {
        public Failed {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** The files hold what is already live (a save without edits, or an editor's temporary file). */
    record Unchanged(String trigger, String version) implements ReloadResult {
        public Unchanged {
            Objects.requireNonNull(trigger, "trigger");
        }
    }
}
