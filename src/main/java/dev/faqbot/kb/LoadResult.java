package dev.faqbot.kb;

import java.util.List;

/** What loading a knowledge base gave: a usable one (perhaps with warnings), or a refusal with every problem. */
public sealed interface LoadResult {

    List<Problem> problems();

    /** Loaded; {@code problems} holds warnings only. */
    record Loaded(KnowledgeBase knowledgeBase, List<Problem> problems) implements LoadResult {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Refused: at least one problem is an error. Nothing of it may be used. */
    record Refused(List<Problem> problems) implements LoadResult {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
