package dev.faqbot.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One thing to store, as the writer thread receives it. */
sealed interface Write {

    /** What a log line says about it: never the question's text. */
    String describe();

    /** {@code count} more questions with this outcome (and answered intent, or ""), on a day, in a server. */
    record Question(LocalDate day, String server, String outcome, String intent, long count) implements Write {
        public Question {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(intent, "intent");
        }

        Question plus(Question other) {
            return new Question(day, server, outcome, intent, count + other.count);
        }

        @Override
        public String describe() {
            return "question count " + day + " server '" + server + "' " + outcome + " " + intent;
        }
    }

    /** Helpful and not-helpful votes on an intent's answer, on a day, in a server. */
    record Vote(LocalDate day, String server, String intent, long helpful, long notHelpful) implements Write {
        public Vote {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(intent, "intent");
        }

        Vote plus(Vote other) {
            return new Vote(day, server, intent, helpful + other.helpful, notHelpful + other.notHelpful);
        }

        @Override
        public String describe() {
            return "vote " + day + " server '" + server + "' " + intent;
        }
    }

    /** {@code count} more answers to an intent posted by moderators ({@code /faq post}), on a day, in a server. */
    record Post(LocalDate day, String server, String intent, long count) implements Write {
        public Post {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(intent, "intent");
        }

        Post plus(Post other) {
            return new Post(day, server, intent, count + other.count);
        }

        @Override
        public String describe() {
            return "moderator post " + day + " server '" + server + "' " + intent;
        }
    }

    /** A learning-log entry. */
    record Kept(StoredQuestion question) implements Write {
        public Kept {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public String describe() {
            Instant hour = question.hour();
            return "learning-log entry of " + hour + " (" + question.outcome() + ")";
        }
    }
}
