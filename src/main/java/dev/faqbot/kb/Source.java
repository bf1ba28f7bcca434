package dev.faqbot.kb;

/** A citation shown under an answer. */
public record Source(String title, String url) {
}
